import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SimulatorPanel } from './pages/simulator-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';
import { expectAccessibleInBothThemes } from './support/axe-scan.ts';

// Permission-aware actions (issue 13, item 6): where Lantern can read the caller's grants, what
// the caller may not do is disabled with the missing permission in words and a link; the rest
// stays enabled. Nothing here changes the clusters except the 403 ron provokes on purpose.

/** The part of the page the story is about (the access page is long), or the whole page. */
async function shoot(page: Page, name: string, part?: Locator): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  if (part) await part.screenshot({ path: `${dir}/${name}.png` });
  else await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

test.describe('permission-aware task actions', () => {
  test("ron (helm: reads everything, writes nothing) sees Assign to me, Assign and the edit form disabled with the reason; Explain this asks the simulator; Try anyway gets the cluster's 403", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const queue = new UserTasksPage(page);
    const detail = new UserTaskDetailPage(page);
    await queue.goto('helm', 'assignee=%40unassigned');
    await signInBasic(page, 'ron', 'ron');
    await queue.rows.first().click();
    await expect(page).toHaveURL(/\/c\/helm\/tasks\/\d+/);
    const key = /\/tasks\/(\d+)/.exec(page.url())?.[1] ?? '';

    const notes = page.getByTestId('permission-gate-reason');
    const claimNote = notes.filter({ hasText: 'Assign to me: not permitted.' });
    await expect(claimNote).toContainText('it needs UPDATE_USER_TASK on process');
    await expect(claimNote).toContainText('CLAIM_USER_TASK');
    await expect(claimNote).toContainText('no grant of user ron gives that');
    await expect(detail.assignToMe).toBeDisabled();
    await expect(detail.assignToMe).toHaveAccessibleDescription(/^Assign to me: not permitted\./);
    await expect(notes.filter({ hasText: 'Assign: not permitted.' })).toContainText(`UPDATE on user task ${key}`);
    await expect(detail.assignTo).toBeDisabled();
    await expect(detail.assignButton).toBeDisabled();
    await expect(notes.filter({ hasText: 'Change: not permitted.' })).toBeVisible();
    await expect(page.getByLabel('Priority (0–100)')).toBeDisabled();
    await shoot(page, 'permission-aware-ron');
    await expectAccessibleInBothThemes(page, 'task detail with disabled actions');

    // The explanation: the simulator with ron, the claim and this task filled in.
    await claimNote.getByRole('link', { name: 'Explain this' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/c/helm/access\\?as=USER%3Aron&op=assignUserTask&r\\.userTaskKey=${key}&self=1#simulate$`),
    );
    const simulator = new SimulatorPanel(page);
    // The simulator needs the directory, read after the access check: slow on a busy machine.
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'denied', { timeout: 90_000 });
    await expect(simulator.panel.getByLabel('User id')).toHaveValue('ron');
    await expect(simulator.panel.getByLabel('Assign to themselves (a claim)')).toBeChecked();
    await expect(simulator.result).toContainText('CLAIM_USER_TASK on process');
    await shoot(page, 'permission-aware-ron-explained', simulator.panel);

    // Try anyway: the cluster's own answer, explained as before.
    await page.goBack();
    await claimNote.getByRole('button', { name: 'Try anyway' }).click();
    // The assignment's notes are gone; the other sections keep theirs until tried there.
    await expect(notes.filter({ hasText: /Assign( to me)?: not permitted/ })).toHaveCount(0);
    await expect(notes.filter({ hasText: 'Change: not permitted.' })).toBeVisible();
    await detail.assignToMe.click();
    const callout = page.getByTestId('forbidden-callout');
    await expect(callout).toContainText('Forbidden (403)');
    await expect(callout).toContainText('CLAIM_USER_TASK');
    await expect(detail.assignee).toHaveText('Unassigned');
  });

  test('anna (saas 8.10: her own authorizations) may unassign her task but not assign it to someone else or edit it', async ({
    page,
  }) => {
    const queue = new UserTasksPage(page);
    const detail = new UserTaskDetailPage(page);
    await queue.goto('saas', 'assignee=anna');
    await new SignInPage(page).startUserLogin();
    await new LoginFormPage(page).signIn('anna', 'anna');
    await queue.row('Review invoice').first().click();
    await expect(page).toHaveURL(/\/c\/saas\/tasks\/\d+/);
    await expect(detail.assignee).toContainText('anna');

    const notes = page.getByTestId('permission-gate-reason');
    await expect(notes.filter({ hasText: 'Assign: not permitted.' })).toContainText(
      'it needs UPDATE_USER_TASK on process invoice-approval',
    );
    await expect(detail.assignButton).toBeDisabled();
    await expect(notes.filter({ hasText: 'Change: not permitted.' })).toBeVisible();
    // Her own task: the assignee property grant of the task-worker role lets her give it back.
    await expect(detail.unassign).toBeEnabled();
    await expect(notes.filter({ hasText: 'Unassign' })).toHaveCount(0);
    await shoot(page, 'permission-aware-anna-saas');
  });
});
