import type { Locator, Page, TestInfo } from '@playwright/test';

// A newcomer's route through Lantern, counted as they would do it: every click, every paste or typed
// text, and the words they must read before the next decision. The wall time of the browser is
// recorded too, but a browser does not read or move a mouse, so the human time is estimated with the
// Keystroke-Level Model (Card, Moran & Newell, "The Psychology of Human-Computer Interaction", 1983):
// M 1.35 s to decide on each step, P 1.1 s to point and B 0.2 s to click, K 0.28 s per typed
// character (an average non-secretary typist), a paste as three keys (focus, Ctrl, V); reading at
// 200 words per minute (a slow, careful pace for technical text in a language that may not be the
// reader's own).
const MENTAL_S = 1.35;
const POINT_CLICK_S = 1.1 + 0.2;
const KEY_S = 0.28;
const WORDS_PER_MINUTE = 200;

export interface NewcomerTally {
  steps: number;
  clicks: number;
  typedCharacters: number;
  pastes: number;
  wordsRead: number;
  wallSeconds: number;
  estimatedHumanSeconds: number;
}

export class NewcomerMeter {
  private steps = 0;
  private clicks = 0;
  private typedCharacters = 0;
  private pastes = 0;
  private wordsRead = 0;
  private readonly started = Date.now();
  private readonly log: string[] = [];

  constructor(private readonly page: Page) {}

  /** One click of the newcomer's; `why` names the step for the report. */
  async click(target: Locator, why: string): Promise<void> {
    this.note(why);
    this.clicks += 1;
    await target.click();
  }

  /** Text the newcomer types (a user name, a password). */
  async type(target: Locator, text: string, why: string): Promise<void> {
    this.note(why);
    this.clicks += 1;
    this.typedCharacters += text.length;
    await target.fill(text);
  }

  /** Text the newcomer pastes from somewhere else (a log line). */
  async paste(target: Locator, text: string, why: string): Promise<void> {
    this.note(why);
    this.clicks += 1;
    this.pastes += 1;
    await target.fill(text);
  }

  /** A page address the newcomer types or follows from a bookmark. */
  async open(url: string, why: string): Promise<void> {
    this.note(why);
    this.typedCharacters += url.length;
    await this.page.goto(url);
  }

  /** What the newcomer has to read before the next step: the visible words of `region`. */
  async read(region: Locator): Promise<void> {
    const text = await region.innerText();
    this.wordsRead += text.split(/\s+/).filter(Boolean).length;
  }

  tally(): NewcomerTally {
    const estimated =
      this.steps * MENTAL_S +
      this.clicks * POINT_CLICK_S +
      (this.typedCharacters + this.pastes * 3) * KEY_S +
      (this.wordsRead / WORDS_PER_MINUTE) * 60;
    return {
      steps: this.steps,
      clicks: this.clicks,
      typedCharacters: this.typedCharacters,
      pastes: this.pastes,
      wordsRead: this.wordsRead,
      wallSeconds: Math.round((Date.now() - this.started) / 100) / 10,
      estimatedHumanSeconds: Math.round(estimated),
    };
  }

  /** Records the tally and the steps in the test's annotations (the HTML and list reports show them). */
  report(testInfo: TestInfo, label: string): NewcomerTally {
    const tally = this.tally();
    testInfo.annotations.push(
      { type: `${label}: tally`, description: JSON.stringify(tally) },
      { type: `${label}: steps`, description: this.log.join(' → ') },
    );
    return tally;
  }

  private note(why: string): void {
    this.steps += 1;
    this.log.push(why);
  }
}
