import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { e2ePorts } from './support/ports.ts';
import { clientCredentialsToken } from './support/tokens.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';

// Apply and verify on each kind of cluster (issue 13, item 4): a refused assignment is fixed by
// someone with more rights than the caller — an administrator signing in in a popup (saas, OIDC),
// an administrator's Basic login (helm), or the Lantern server's administrative client (saas, for
// its configured Lantern administrator) — then the fix is verified on the re-read authorizations,
// naming the deciding grant, and the refused request is re-run. Direct calls to the demo clusters
// only read facts and undo what a story changed, so later specs see the scenario as seeded.

const ports = e2ePorts();
const helm = `http://localhost:${ports.helm}`;
const saas = `http://localhost:${ports.saas}`;
const demoBasic = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Opens the first unassigned task and asks the cluster to assign it to `assignee`; returns its key. */
async function refusedAssignment(page: Page, assignee: string): Promise<string> {
  const queue = new UserTasksPage(page);
  const detail = new UserTaskDetailPage(page);
  await queue.rows.first().click();
  await expect(page).toHaveURL(/\/tasks\/\d+/);
  const key = /\/tasks\/(\d+)/.exec(page.url())?.[1] ?? '';
  // Lantern predicts that these callers may not assign (it reads their grants after the task), so the
  // control waits behind "Try anyway"; the cluster's own answer is what the story needs.
  const tryAnyway = page
    .getByRole('region', { name: 'Assignment' })
    .getByRole('paragraph')
    .filter({ hasText: 'Assign: not permitted.' })
    .getByRole('button', { name: 'Try anyway' });
  await tryAnyway.click({ timeout: 15_000 });
  await detail.assignTo.fill(assignee);
  await detail.assignButton.click();
  const callout = page.getByTestId('forbidden-callout');
  await expect(callout).toContainText('UPDATE_USER_TASK');
  await callout.getByRole('link', { name: 'Explain this 403' }).click();
  await expect(page).toHaveURL(/\/access\/requests\//);
  return key;
}

async function undo(
  request: APIRequestContext,
  base: string,
  headers: Record<string, string>,
  authorizationKey: string,
  taskKey: string,
) {
  expect((await request.delete(`${base}/v2/authorizations/${authorizationKey}`, { headers })).status()).toBe(204);
  expect((await request.delete(`${base}/v2/user-tasks/${taskKey}/assignee`, { headers })).status()).toBe(204);
}

test.describe('apply and verify', () => {
  test('saas (OIDC): anna is refused; demo signs in in a popup for this one change; verified by the grant, retried', async ({
    page,
    request,
  }) => {
    const diagnosis = new DiagnosisPage(page);
    await new UserTasksPage(page).goto('saas', 'assignee=%40unassigned');
    await new SignInPage(page).startUserLogin();
    await new LoginFormPage(page).signIn('anna', 'anna');
    await expect(page).toHaveURL(/\/c\/saas\/tasks/);
    const taskKey = await refusedAssignment(page, 'ron');

    await diagnosis.applyFix.click();
    await expect(diagnosis.dialog).toBeVisible();
    await expect(diagnosis.dialog).toContainText('anna may not create authorizations');
    await diagnosis.dialog.getByText('As an administrator who signs in for this change').click();
    const popupOpened = page.waitForEvent('popup');
    await diagnosis.dialog.getByRole('button', { name: 'Sign in as an administrator for this change' }).click();
    const popup = await popupOpened;
    await new LoginFormPage(popup).signIn('demo', 'demo');
    await popup.waitForEvent('close');
    await expect(page.getByTestId('admin-popup-status')).toContainText(/Signed in as demo for this change only/i);
    await shoot(page, 'apply-popup-signed-in');
    await diagnosis.confirmApply.click();

    await expect(diagnosis.applyResult).toContainText('the request now succeeds');
    const verified = page.getByTestId('verify-result');
    await expect(verified).toContainText('re-read as demo: user anna is now allowed');
    await expect(verified).toContainText(/Deciding grant \d+: UPDATE_USER_TASK on process/);
    const authorizationKey = (await diagnosis.applyResult.locator('code').first().textContent()) ?? '';
    expect(authorizationKey).toMatch(/^\d+$/);
    await expect(verified).toContainText(`Deciding grant ${authorizationKey}`);
    await shoot(page, 'apply-popup-verified');

    // The tab is still anna's, and it holds one access token: demo's was used for the change and dropped.
    await expect(page.getByRole('banner')).toContainText('anna');
    const stored = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage, ...window.localStorage }));
    expect(stored.match(/"access_token/g) ?? []).toHaveLength(1);

    const admin = { Authorization: `Bearer ${await clientCredentialsToken('ops-client', 'ops-secret')}` };
    const task = await request.get(`${saas}/v2/user-tasks/${taskKey}`, { headers: admin });
    expect(((await task.json()) as { assignee: string | null }).assignee).toBe('ron');
    await undo(request, saas, admin, authorizationKey, taskKey);
  });

  test("saas (OIDC): ron, the server's Lantern administrator, applies through its administrative client", async ({
    page,
    request,
  }) => {
    const diagnosis = new DiagnosisPage(page);
    await new UserTasksPage(page).goto('saas', 'assignee=%40unassigned');
    await new SignInPage(page).startUserLogin();
    await new LoginFormPage(page).signIn('ron', 'ron');
    await expect(page).toHaveURL(/\/c\/saas\/tasks/);
    const taskKey = await refusedAssignment(page, 'ron');

    await diagnosis.applyFix.click();
    const viaServer = diagnosis.dialog.getByText("With Lantern's administrative client ops-client");
    await expect(viaServer).toBeVisible();
    await viaServer.click();
    await diagnosis.confirmApply.click();
    await expect(diagnosis.applyResult).toContainText("with Lantern's administrative client");
    await expect(diagnosis.applyResult).toContainText('the request now succeeds');
    await expect(page.getByTestId('verify-result')).toContainText('user ron is now allowed');
    await shoot(page, 'apply-server-admin');
    const authorizationKey = (await diagnosis.applyResult.locator('code').first().textContent()) ?? '';
    const admin = { Authorization: `Bearer ${await clientCredentialsToken('ops-client', 'ops-secret')}` };
    await undo(request, saas, admin, authorizationKey, taskKey);
  });

  test("helm (Basic): ron is refused; demo's login for this one request; verified by the grant, retried", async ({
    page,
    request,
  }) => {
    const diagnosis = new DiagnosisPage(page);
    await new UserTasksPage(page).goto('helm', 'assignee=%40unassigned');
    await signInBasic(page, 'ron', 'ron');
    const taskKey = await refusedAssignment(page, 'ron');

    await diagnosis.applyFix.click();
    await diagnosis.adminUsername.fill('demo');
    await diagnosis.adminPassword.fill('demo');
    await diagnosis.confirmApply.click();
    await expect(diagnosis.applyResult).toContainText('the request now succeeds');
    const authorizationKey = (await diagnosis.applyResult.locator('code').first().textContent()) ?? '';
    await expect(page.getByTestId('verify-result')).toContainText(
      `re-read as demo: user ron is now allowed. Deciding grant ${authorizationKey}: UPDATE_USER_TASK on process`,
    );
    await shoot(page, 'apply-helm-basic');
    await undo(request, helm, demoBasic, authorizationKey, taskKey);
  });
});
