import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';

const shotsDir = process.env.SHOTS_DIR;

async function shoot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  // A tall viewport instead of fullPage: the sticky header would otherwise be stamped mid-page.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 1700 });
  await page.getByLabel('Theme', { exact: true }).selectOption('light');
  // Transitions finished: Carbon fades colours, a shot right after the switch catches them halfway.
  await page.screenshot({ path: `${shotsDir}/${name}-light.png`, animations: 'disabled' });
  await page.getByLabel('Theme', { exact: true }).selectOption('dark');
  await page.screenshot({ path: `${shotsDir}/${name}-dark.png`, animations: 'disabled' });
  await page.getByLabel('Theme', { exact: true }).selectOption('light');
  if (viewport) await page.setViewportSize(viewport);
}

test.describe('user tasks', () => {
  test('anna filters her candidate-group tasks, claims one, completes it with the form, and it leaves the open queue', async ({
    page,
  }) => {
    const queue = new UserTasksPage(page);
    const detail = new UserTaskDetailPage(page);
    await queue.goto('helm');
    await signInBasic(page, 'anna', 'anna');
    await expect(queue.heading).toBeVisible();

    await queue.assigneeMode.selectOption('unassigned');
    await queue.candidateGroup.fill('accounting');
    await queue.process.fill('invoice-approval');
    let searches = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/v2/user-tasks/search')) searches += 1;
    });
    await queue.applyFilters.click();
    await expect(page).toHaveURL(/candidateGroup=accounting/);
    await expect(page).toHaveURL(/assignee=%40unassigned/);
    await expect(queue.rows.first()).toBeVisible();
    expect(searches).toBe(1);
    for (const text of await queue.rows.allInnerTexts()) {
      expect(text).toContain('accounting');
      expect(text).toContain('Unassigned');
      expect(text).toContain('Invoice approval');
    }
    await shoot(page, 'tasks-anna-queue');

    const first = queue.row('Review invoice').first();
    const key = await first.getAttribute('data-task-key');
    expect(key).toBeTruthy();
    await first.click();
    await expect(detail.assignee).toHaveText('Unassigned');
    await detail.assignToMe.click();
    await expect(detail.assignee).toHaveText('anna');

    // The invoice form (bpmn.io viewer): cost center and decision required; e2e/forms.spec.ts has the rest.
    await detail.completeButton.click();
    await expect(page.getByText('Field is required.')).toHaveCount(2);
    await detail.formField('Cost center').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await detail.formField('Approve').check();
    await shoot(page, 'task-detail-anna');
    await detail.completeButton.click();

    // Back in the same filtered queue, without the completed task.
    await expect(queue.heading).toBeVisible();
    await expect(page).toHaveURL(/candidateGroup=accounting/);
    await expect(page.locator(`[data-task-key="${key}"]`)).toHaveCount(0);
  });

  test('a deep link restores the filter', async ({ page }) => {
    const queue = new UserTasksPage(page);
    await queue.goto('helm', 'state=any&candidateGroup=accounting&sort=priority%3Aasc');
    await signInBasic(page, 'demo', 'demo');
    await expect(queue.heading).toBeVisible();
    await expect(page).toHaveURL(/state=any&candidateGroup=accounting&sort=priority%3Aasc/);
    await expect(queue.candidateGroup).toHaveValue('accounting');
    await expect(queue.state).toHaveValue('any');
    await expect(page.getByLabel('Sort by')).toHaveValue('priority');
    await expect(page.getByLabel('Order', { exact: true })).toHaveValue('ASC');
    await expect(queue.rows.first()).toBeVisible();
    for (const text of await queue.rows.allInnerTexts()) expect(text).toContain('accounting');
  });

  test('nina, who may read nothing, sees "filtered, not empty" and the way to the access check', async ({ page }) => {
    const queue = new UserTasksPage(page);
    await queue.goto('helm');
    await signInBasic(page, 'nina', 'nina');
    await expect(queue.empty).toBeVisible();
    await expect(queue.filteredNotEmpty).toContainText('Filtered, not necessarily empty');
    await expect(queue.filteredNotEmpty).toContainText('READ_USER_TASK on PROCESS_DEFINITION or READ on USER_TASK');
    await expect(queue.empty).toContainText('nina has no roles and no groups');
    await expect(page.getByRole('link', { name: 'Check what nina may access' })).toHaveAttribute(
      'href',
      '/c/helm/access',
    );
    await shoot(page, 'tasks-nina-empty');
  });

  test("ron's assignment attempt ends in the diagnosis explanation", async ({ page }) => {
    const queue = new UserTasksPage(page);
    const detail = new UserTaskDetailPage(page);
    await queue.goto('helm', 'assignee=%40unassigned');
    await signInBasic(page, 'ron', 'ron');
    await queue.rows.first().click();
    // ron may read the grants, so Lantern disables the claim up front; the cluster's own 403 is one click away.
    await page.getByRole('button', { name: 'Try anyway' }).first().click();
    await detail.assignToMe.click();
    const callout = page.getByTestId('forbidden-callout');
    await expect(callout).toBeVisible();
    await expect(detail.assignee).toHaveText('Unassigned');
    await shoot(page, 'task-detail-ron-forbidden');
    await expect(callout).toBeVisible();
    await expect(callout).toContainText('Forbidden (403)');
    await expect(callout).toContainText('CLAIM_USER_TASK');
    await callout.getByRole('link', { name: 'Explain this 403' }).click();
    await expect(page).toHaveURL(/\/c\/helm\/access\/requests\//);
    await expect(page.getByText('CLAIM_USER_TASK').first()).toBeVisible();
    await shoot(page, 'task-diagnosis-ron');
  });

  test('scrolling all 10,000 tasks of the scale cluster keeps at most 100 rows in the DOM and a few pages in memory', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const queue = new UserTasksPage(page);
    await queue.goto('scale', 'state=any');
    await signInBasic(page, 'demo', 'demo');
    await expect(queue.count).toContainText('10,000 tasks');
    const firstKey = await queue.taskAt(1).getAttribute('data-task-key');
    expect(firstKey).toBeTruthy();
    const pageRequests: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/v2/user-tasks/search')) pageRequests.push(r.postData() ?? '');
    });
    let maxRows = 0;
    let maxPages = 0;
    const sample = async () => {
      maxRows = Math.max(maxRows, await queue.rows.count());
      maxPages = Math.max(maxPages, await queue.loadedPages());
    };
    // The list fetches page after page up to the end; the end marker exists once the last one is in.
    for (let i = 0; i < 200 && (await queue.endOfList.count()) === 0; i++) {
      await queue.scrollToEnd();
      await page.waitForTimeout(100);
      await sample();
    }
    await expect(queue.endOfList).toHaveText('End of list: 10,000 tasks.');
    await queue.scrollToEnd();
    await expect(queue.list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', '10000');
    await expect(queue.taskAt(10_000)).toBeVisible();
    await expect(queue.endOfList).toBeInViewport();
    await sample();

    // Back at the top, the first pages (dropped on the way down) are fetched again.
    await queue.scrollToTop();
    for (let i = 0; i < 200 && (await queue.taskAt(1).count()) === 0; i++) {
      await page.waitForTimeout(100);
      await sample();
    }
    await expect(queue.taskAt(1)).toHaveAttribute('data-task-key', firstKey ?? '');
    await expect(queue.taskAt(1)).toBeInViewport();
    await sample();

    test.info().annotations.push({ type: 'max task rows in the DOM', description: String(maxRows) });
    test.info().annotations.push({ type: 'max pages held', description: String(maxPages) });
    expect(maxRows).toBeGreaterThan(5);
    expect(maxRows).toBeLessThanOrEqual(100);
    // 3 pages of 200 tasks, however far the list was scrolled.
    expect(maxPages).toBeGreaterThan(0);
    expect(maxPages).toBeLessThanOrEqual(3);
    // Down to #10000 and back up to #1: every page once each way, none asked for twice in a row.
    expect(pageRequests.length).toBeGreaterThanOrEqual(49 + 47);
    expect(new Set(pageRequests).size).toBe(pageRequests.length);
  });
});
