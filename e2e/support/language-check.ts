import { expect, type Page, type TestInfo } from '@playwright/test';
import { seriousViolations } from './axe-scan.ts';

// Checks shared by the language specs (issue 16, docs/decisions.md › UI languages): a view in
// German shows no English word and the same view in English no German one. What is not Lantern's
// own wording is left out of the text checked: elements marked `lang="en"` (texts quoted verbatim
// from the cluster or the API, which Lantern marks so screen readers pronounce them in English),
// `<code>` (API names, ids, generated REST/curl/YAML), cluster names and hints, scripts and styles.

/** English function words that never occur in a German sentence (not "was", "will", "also", "an"). */
export const COMMON_ENGLISH = [
  'the',
  'and',
  'of',
  'with',
  'you',
  'your',
  'this',
  'that',
  'from',
  'has',
  'have',
  'are',
  'is',
  'can',
  'cannot',
  'could',
  'should',
  'which',
  'who',
  'what',
  'when',
  'there',
  'these',
  'their',
  'it',
  'for',
  'not',
  'yet',
];

/** German function words that never occur in an English sentence. */
export const COMMON_GERMAN = [
  'und',
  'nicht',
  'ist',
  'sind',
  'mit',
  'für',
  'Sie',
  'Ihre',
  'keine',
  'kein',
  'wird',
  'werden',
  'oder',
  'auf',
  'einen',
  'einer',
  'diese',
  'dieser',
  'wurde',
  'kann',
  'können',
  'noch',
];

const SKIPPED =
  '[lang="en"]:not(html), code, pre, script, style, .lantern-cluster-card__name, .lantern-cluster-card__address, [data-testid="cluster-hint"]';

/**
 * The page's visible wording and accessible labels (aria-label, title, placeholder, alt), without
 * what is not Lantern's own wording (above). `skip` adds selectors for a view's own exceptions.
 */
export async function wordingOf(page: Page, skip: readonly string[] = []): Promise<string> {
  const selector = [SKIPPED, ...skip].join(', ');
  // A string, evaluated in the page: the e2e TypeScript project has no DOM types.
  return page.evaluate<string>(`(() => {
    const clone = document.body.cloneNode(true);
    for (const element of clone.querySelectorAll(${JSON.stringify(selector)})) element.remove();
    const labels = [...clone.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].map((e) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? '').join(' '),
    );
    // Text nodes joined by spaces: a heading's last word and the next paragraph's first stay apart.
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
    return texts.join(' ') + ' ' + labels.join(' ');
  })()`);
}

/** The words of `words` that occur in `text` as whole words (case-sensitive, hyphens count as letters). */
export function wordsIn(text: string, words: readonly string[]): string[] {
  return words.filter((word) => new RegExp(`(^|[^\\p{L}-])${word}([^\\p{L}-]|$)`, 'u').test(text));
}

/** Fails listing the English words of the view (common ones plus `viewWords`), with the context of the first. */
export async function expectNoEnglish(page: Page, viewWords: readonly string[] = [], skip: readonly string[] = []) {
  const text = await wordingOf(page, skip);
  const found = wordsIn(text, [...COMMON_ENGLISH, ...viewWords]);
  const first = found[0];
  const context = first ? text.slice(Math.max(0, text.search(new RegExp(`\\b${first}\\b`)) - 80)).slice(0, 200) : '';
  expect(found, `English in the German view: …${context}…`).toEqual([]);
}

/** Fails listing the German words of the view (common ones plus `viewWords`). */
export async function expectNoGerman(page: Page, viewWords: readonly string[] = [], skip: readonly string[] = []) {
  const text = await wordingOf(page, skip);
  const found = wordsIn(text, [...COMMON_GERMAN, ...viewWords]);
  const first = found[0];
  const context = first ? text.slice(Math.max(0, text.search(new RegExp(`\\b${first}\\b`)) - 80)).slice(0, 200) : '';
  expect(found, `German in the English view: …${context}…`).toEqual([]);
}

export type Theme = 'light' | 'dark';

/** Sets the theme before the app starts (call before the first navigation). */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((t) => window.localStorage.setItem('lantern.theme', t), theme);
}

/** Chooses the UI language before the app starts, whatever the browser says. */
export async function useLanguage(page: Page, language: 'en' | 'de'): Promise<void> {
  await page.addInitScript((l) => window.localStorage.setItem('lantern.language', l), language);
}

/**
 * The layout checks of a view in one theme and width: axe clean, the page does not scroll
 * sideways (long German words wrap), and a full-page screenshot named `name` for a person to look at.
 */
export async function expectSoundLayout(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/**
 * Switches the UI language with the shell's own control, in place: a signed-in session and the
 * page's state stay (sign in with the English page objects first, then switch).
 */
export async function switchLanguage(page: Page, language: 'en' | 'de'): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|Sprache)$/ }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Chooses the theme in place with the shell's control (both languages' label). */
export async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  await page.getByRole('combobox', { name: /^(Theme|Design)$/ }).selectOption(theme);
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\bcds--${theme === 'dark' ? 'g100' : 'g10'}\\b`));
}

/**
 * `expectSoundLayout` in the light and the dark theme at each width (screenshots named
 * `<name>-<width>-<theme>`), switched in place; the page is left at 1280 px.
 */
export async function expectSoundLayouts(
  page: Page,
  testInfo: TestInfo,
  name: string,
  widths: readonly number[] = [1280, 375],
): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await expectSoundLayout(page, testInfo, `${name}-${width}-${theme}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
