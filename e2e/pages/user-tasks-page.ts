import { expect, type Locator, type Page } from '@playwright/test';
import { SignInPage } from './sign-in-page.ts';

// The task queue: filters, the virtualized list and its empty state.
export class UserTasksPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly scroller: Locator;
  readonly endOfList: Locator;
  readonly count: Locator;
  readonly empty: Locator;
  readonly filteredNotEmpty: Locator;
  readonly candidateGroup: Locator;
  readonly process: Locator;
  readonly state: Locator;
  readonly assigneeMode: Locator;
  readonly applyFilters: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'User tasks' });
    this.list = page.getByRole('list', { name: 'User tasks' });
    this.rows = this.list.getByRole('link');
    this.scroller = page.getByTestId('task-list-scroll');
    this.endOfList = page.getByTestId('task-list-end');
    this.count = page.getByTestId('task-count');
    this.empty = page.getByTestId('task-queue-empty');
    this.filteredNotEmpty = page.getByTestId('filtered-not-empty');
    this.candidateGroup = page.getByLabel('Candidate group');
    this.process = page.getByLabel('Process (BPMN process id)');
    this.state = page.getByLabel('State');
    this.assigneeMode = page.getByLabel('Assignee', { exact: true });
    this.applyFilters = page.getByRole('button', { name: 'Apply filters' });
  }

  async goto(clusterId: string, query = ''): Promise<void> {
    await this.page.goto(`/c/${clusterId}/tasks${query ? `?${query}` : ''}`);
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  /** The task link at a 1-based position in the whole result (absent while its page is not held). */
  taskAt(position: number): Locator {
    return this.list.locator(`[aria-posinset="${position}"]`).getByRole('link');
  }

  /** How many pages of tasks the list holds in memory. */
  async loadedPages(): Promise<number> {
    return Number(await this.scroller.getAttribute('data-loaded-pages'));
  }

  async scrollToTop(): Promise<void> {
    await this.scroller.evaluate((el: { scrollTo: (o: { top: number }) => void }) => el.scrollTo({ top: 0 }));
  }

  /** Scrolls the list to its end once; the list fetches the pages up to there by itself. */
  async scrollToEnd(): Promise<void> {
    // Typed by hand: the e2e project compiles without the DOM library.
    await this.scroller.evaluate((el: { scrollTo: (o: { top: number }) => void; scrollHeight: number }) =>
      el.scrollTo({ top: el.scrollHeight }),
    );
  }
}

/**
 * Basic sign-in on Lantern's connect page (cluster routes redirect there and come back). Waits
 * for the first connection check to settle, which would otherwise re-render the form mid-typing.
 */
export async function signInBasic(page: Page, username: string, password: string): Promise<void> {
  const signIn = new SignInPage(page);
  await expect(signIn.stage('auth')).toHaveAttribute('data-verdict', /^(warn|fail|pass|skipped)$/);
  await signIn.signInBasic(username, password);
}
