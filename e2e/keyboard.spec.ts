import { expect, test } from '@playwright/test';
import { ClusterPickerPage } from './pages/cluster-picker-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage } from './pages/user-tasks-page.ts';
import { resetCluster } from './support/fault-control.ts';
import { finishWalk, newTabWalk, tabTo } from './support/keyboard.ts';
import { e2ePorts } from './support/ports.ts';

// A keyboard-only walk (no mouse, no URL typed after the start page): sign in to helm as anna,
// claim a task, be refused assigning it to someone else, and read the diagnosis of that 403.
// Every element that takes focus on the way must show it, and the outcomes that appear without a
// page change are in live regions a screen reader announces.

test.afterEach(async () => {
  // Claiming changed the scenario; later specs expect it as seeded.
  await resetCluster(e2ePorts().helm);
});

test('sign-in, claiming a task and reading the diagnosis, by keyboard only, with visible focus', async ({ page }) => {
  test.setTimeout(120_000);
  const walk = newTabWalk();
  const picker = new ClusterPickerPage(page);
  await picker.goto();

  await tabTo(page, picker.card('Helm (Basic auth)').getByRole('link'), walk);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/c\/helm$/);

  const form = page.getByRole('form', { name: 'Basic authentication' });
  await tabTo(page, form.getByLabel('Username'), walk);
  await page.keyboard.type('anna');
  await tabTo(page, form.getByLabel('Password', { exact: true }), walk);
  await page.keyboard.type('not-her-password');
  await page.keyboard.press('Enter');
  // The failure is announced: it sits in an alert.
  await expect(form.getByRole('alert').filter({ hasText: /\S/ })).toContainText('rejected');
  await form.getByLabel('Password', { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('anna');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner')).toContainText('anna');

  const views = page.getByRole('navigation', { name: 'Cluster views' });
  await tabTo(page, views.getByRole('link', { name: 'User tasks' }), walk);
  await page.keyboard.press('Enter');
  const queue = new UserTasksPage(page);
  await expect(queue.heading).toBeVisible();
  // The count of the queue is a polite live region: a new search result is announced.
  await expect(queue.count).toHaveAttribute('aria-live', 'polite');

  await tabTo(page, queue.candidateGroup, walk);
  await page.keyboard.type('accounting');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/candidateGroup=accounting/);
  const unassigned = queue.rows.filter({ hasText: 'Unassigned' }).first();
  await expect(unassigned).toBeVisible();
  await tabTo(page, unassigned, walk, 120);
  await page.keyboard.press('Enter');

  const detail = new UserTaskDetailPage(page);
  await expect(detail.assignee).toHaveText('Unassigned');
  await tabTo(page, detail.assignToMe, walk);
  await page.keyboard.press('Enter');
  await expect(detail.assignee).toHaveText('anna');

  // Assigning to someone else needs UPDATE, which anna lacks: the 403 is announced as an alert.
  await tabTo(page, detail.assignTo, walk);
  await page.keyboard.type('paul');
  await page.keyboard.press('Enter');
  const callout = page.getByTestId('forbidden-callout');
  await expect(callout).toBeVisible();
  await expect(callout).toHaveAttribute('role', 'alert');

  await tabTo(page, callout.getByRole('link', { name: 'Explain this 403' }), walk);
  await page.keyboard.press('Enter');
  const diagnosis = new DiagnosisPage(page);
  await expect(diagnosis.explanation).toContainText('UPDATE');
  // The diagnosis can be read on by keyboard: its report download is reachable.
  await tabTo(page, diagnosis.downloadMarkdown, walk, 150);

  const invisible = await finishWalk(page, walk);
  expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
  expect(walk.presses).toBeGreaterThan(5);
});

test('the request log drawer opens, announces and closes by keyboard', async ({ page }) => {
  const walk = newTabWalk();
  await page.goto('/c/c8run/topology');
  await expect(page.getByRole('table', { name: 'Brokers and partitions' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Request log', exact: true }), walk);
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('complementary', { name: 'Request log' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('status')).toContainText(/requests? in this tab/);
  await tabTo(page, drawer.getByRole('button', { name: 'Copy as curl' }).first(), walk);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  const invisible = await finishWalk(page, walk);
  expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
});

test('a successful claim is announced in a live region, not only shown', async ({ page }) => {
  await page.goto('/c/helm/tasks?assignee=%40unassigned&candidateGroup=accounting');
  await page.getByLabel('Username').fill('anna');
  await page.getByLabel('Password', { exact: true }).fill('anna');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('list', { name: 'User tasks' }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Assign to me' }).press('Enter');
  await expect(page.getByTestId('task-assignee')).toHaveText('anna');
  await expect(page.getByRole('status').filter({ hasText: /assigned to anna|claimed/i })).toBeVisible();
});
