import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes, seriousViolations, setTheme } from './support/axe-scan.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';

// The task queue worked as an operator does (issue 15): sort next to the filters without losing
// what was typed, count and position, the way from the navigation to the first task, shortcuts and
// their help, and saved views that travel in the URL.

const shotsDir = process.env.SHOTS_DIR;

async function shoot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: `${shotsDir}/${name}-${theme}.png`, animations: 'disabled' });
  }
  await setTheme(page, 'light');
}

/** The element with focus, described by what a test can assert: its task key or its text. */
async function focused(page: Page): Promise<{ taskKey: string | null; text: string; tag: string }> {
  return page.evaluate<{ taskKey: string | null; text: string; tag: string }>(`(() => {
    const el = document.activeElement;
    return { taskKey: el?.getAttribute('data-task-key') ?? null, text: (el?.textContent ?? '').trim(), tag: el?.tagName ?? '' };
  })()`);
}

async function openQueue(page: Page, query = ''): Promise<UserTasksPage> {
  const queue = new UserTasksPage(page);
  await queue.goto('helm', query);
  await signInBasic(page, 'demo', 'demo');
  await expect(queue.rows.first()).toBeVisible();
  return queue;
}

test.describe('task queue', () => {
  test('changing the sort applies the typed filters with it instead of dropping them', async ({ page }) => {
    const queue = await openQueue(page);
    const sortBy = page.getByLabel('Sort by');
    // The sort comes before every filter field in the panel.
    const sortTop = (await sortBy.boundingBox())?.y ?? Infinity;
    const groupTop = (await queue.candidateGroup.boundingBox())?.y ?? -Infinity;
    expect(sortTop).toBeLessThan(groupTop);

    await queue.candidateGroup.fill('accounting');
    await expect(page.getByTestId('filters-pending')).toHaveText('Not applied yet');
    const searches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/v2/user-tasks/search')) searches.push(r.postData() ?? '');
    });
    await sortBy.selectOption('priority');

    await expect(page).toHaveURL(/candidateGroup=accounting/);
    await expect(page).toHaveURL(/sort=priority%3Adesc/);
    await expect(queue.candidateGroup).toHaveValue('accounting');
    await expect(page.getByTestId('filters-pending')).toHaveCount(0);
    await expect(queue.rows.first()).toContainText('accounting');
    for (const text of await queue.rows.allInnerTexts()) expect(text).toContain('accounting');
    expect(searches).toHaveLength(1);
    expect(JSON.parse(searches[0]!)).toMatchObject({
      filter: { candidateGroup: 'accounting' },
      sort: [{ field: 'priority', order: 'DESC' }],
    });
  });

  test('the count and the position in the list are visible', async ({ page }) => {
    const queue = new UserTasksPage(page);
    await queue.goto('scale', 'state=any');
    await signInBasic(page, 'demo', 'demo');
    await expect(queue.rows.first()).toBeVisible();
    await expect(queue.count).toHaveText('10,000 tasks · 1 filter active');
    const position = page.getByTestId('task-position');
    await expect(position).toHaveText(/^Tasks 1–\d+ of 10,000$/);

    await page.keyboard.press('j');
    await expect(position).toHaveText('Task 1 of 10,000');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(position).toHaveText('Task 3 of 10,000');
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await expect(position).toHaveText('Task 23 of 10,000');
    // The focused row is the one the position names, also for screen readers.
    await expect(page.locator('li:has(> a:focus)')).toHaveAttribute('aria-posinset', '23');
    await expect(page.locator('li:has(> a:focus)')).toHaveAttribute('aria-setsize', '10000');
    await shoot(page, 'task-queue-position');
  });

  test('from the navigation, the first task is 3 Tab presses and Enter away, or one shortcut', async ({ page }) => {
    const queue = await openQueue(page);
    const firstKey = await queue.rows.first().getAttribute('data-task-key');
    const nav = page.getByRole('navigation', { name: 'Cluster views' }).getByRole('link', { name: 'User tasks' });

    await nav.focus();
    let presses = 0;
    while (presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
      if ((await focused(page)).text === 'Skip to the task list') break;
    }
    expect(presses).toBeLessThanOrEqual(5);
    await expect(page.getByRole('link', { name: 'Skip to the task list' })).toBeVisible();
    await page.keyboard.press('Enter');
    expect((await focused(page)).taskKey).toBe(firstKey);
    test.info().annotations.push({ type: 'tab presses', description: String(presses) });

    await nav.focus();
    await page.keyboard.press('j');
    expect((await focused(page)).taskKey).toBe(firstKey);
  });

  test('shortcuts move, open and claim; they never fire while typing; ? shows them in a dialog', async ({ page }) => {
    const queue = await openQueue(page, 'candidateGroup=claims');
    const position = page.getByTestId('task-position');
    const keys = await queue.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-key')));
    expect(keys.length).toBeGreaterThanOrEqual(2);

    // Typing a j in a filter field types it.
    await page.getByLabel('Candidate user').fill('');
    await page.getByLabel('Candidate user').press('j');
    await expect(page.getByLabel('Candidate user')).toHaveValue('j');
    await expect(position).toHaveText(/^Tasks /);
    await page.getByLabel('Candidate user').fill('');
    await page.locator('body').click({ position: { x: 5, y: 400 } });

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(position).toHaveText(/^Task 2 of /);
    expect((await focused(page)).taskKey).toBe(keys[1]);
    await page.keyboard.press('k');
    expect((await focused(page)).taskKey).toBe(keys[0]);

    await page.keyboard.press('f');
    await expect(page.getByLabel('Sort by')).toBeFocused();
    await page.keyboard.press('Escape');

    // Back into the list at the current task, then claim an unassigned one: its row says it is now the user's.
    await page.getByLabel('Sort by').blur();
    await page.keyboard.press('j');
    expect((await focused(page)).taskKey).toBe(keys[0]);
    const unassigned = queue.rows.filter({ hasText: 'Unassigned' }).first();
    const claimKey = await unassigned.getAttribute('data-task-key');
    const claimPosition = await unassigned.locator('xpath=..').getAttribute('aria-posinset');
    await unassigned.focus();
    await page.keyboard.press('c');
    await expect(page.getByTestId('queue-shortcut-status')).toHaveText(
      new RegExp(`^Claimed “.+” \\(task ${claimPosition}\\)\\.$`),
    );
    await expect(page.locator(`[data-task-key="${claimKey}"]`)).toContainText('demo (you)');
    await queue.rows.first().focus();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const text of ['Next task', 'Previous task', 'Open the current task', 'Claim the current task', 'filters']) {
      await expect(help).toContainText(text);
    }
    // Keys pressed inside the dialog are not shortcuts.
    await page.keyboard.press('j');
    await expect(position).toHaveText(/^Task 1 of /);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'task-queue-shortcuts');
    // The theme switch of the screenshots took the focus; Escape closes from inside the dialog.
    await help.getByRole('button', { name: /close/i }).focus();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.locator(`[data-task-key="${keys[1]}"]`).focus();
    await page.keyboard.press('o');
    await expect(page).toHaveURL(new RegExp(`/c/helm/tasks/${keys[1]}$`));
  });

  test('a saved view restores from its URL in a fresh page, and stays saved in this browser', async ({
    page,
    browser,
  }) => {
    const queue = await openQueue(page);
    await queue.state.selectOption('any');
    await queue.candidateGroup.fill('accounting');
    await queue.applyFilters.click();
    await page.getByLabel('Order').selectOption('ASC');
    await expect(page).toHaveURL(/sort=creationDate%3Aasc/);
    await page.getByLabel('Save filter and sort as').fill('Accounting, oldest first');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved the view “Accounting, oldest first”.' }),
    ).toBeVisible();
    await expect(page.getByLabel('Open a saved view')).toHaveValue('Accounting, oldest first');
    const shared = page.url();
    await shoot(page, 'task-queue-saved-view');

    // Somebody else's browser: no saved views, the same queue from the link alone.
    const other = await browser.newContext({ baseURL: new URL(shared).origin });
    const fresh = await other.newPage();
    const freshQueue = new UserTasksPage(fresh);
    await fresh.goto(shared);
    await signInBasic(fresh, 'demo', 'demo');
    await expect(freshQueue.rows.first()).toBeVisible();
    await expect(freshQueue.state).toHaveValue('any');
    await expect(freshQueue.candidateGroup).toHaveValue('accounting');
    await expect(fresh.getByLabel('Sort by')).toHaveValue('creationDate');
    await expect(fresh.getByLabel('Order')).toHaveValue('ASC');
    for (const text of await freshQueue.rows.allInnerTexts()) expect(text).toContain('accounting');
    await expect(fresh.getByText('No saved views for this cluster yet.')).toBeVisible();
    await other.close();

    // Here (a reload: Basic credentials live in memory only): the default queue, then the view by name.
    await queue.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    await expect(queue.rows.first()).toBeVisible();
    await expect(queue.candidateGroup).toHaveValue('');
    await page.getByLabel('Open a saved view').selectOption('Accounting, oldest first');
    await expect(page).toHaveURL(shared);
    await expect(queue.candidateGroup).toHaveValue('accounting');
    const stored = await page.evaluate<string>(`JSON.stringify(Object.keys(window.localStorage))`);
    expect(JSON.parse(stored)).toContain('lantern.taskViews.helm');
  });

  test('a page reached after scrolling another one starts with its title below the header', async ({ page }) => {
    const queue = await openQueue(page);
    await queue.rows.first().click();
    await expect(page.getByTestId('task-state')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 400 });
    await expect
      .poll(() => page.evaluate<number>('(window.scrollTo(0, document.documentElement.scrollHeight), window.scrollY)'))
      .toBeGreaterThan(100);
    await page.getByRole('navigation', { name: 'Cluster views' }).getByRole('link', { name: 'User tasks' }).click();
    await expect(queue.heading).toBeVisible();
    const header = await page.getByRole('banner').boundingBox();
    const title = await queue.heading.boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  });

  test('axe finds nothing serious on the queue with its views, in both themes', async ({ page }) => {
    await openQueue(page);
    await page.keyboard.press('j');
    await expectAccessibleInBothThemes(page, 'task queue');
  });
});
