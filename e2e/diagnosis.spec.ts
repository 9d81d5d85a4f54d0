import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { e2ePorts } from './support/ports.ts';
import { AccessPage, DiagnosisPage } from './pages/diagnosis-page.ts';
import { SimulatorPanel } from './pages/simulator-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';

// Stories of issue 6 on the demo `helm` cluster (Basic auth, 8.9). Direct calls to the demo
// cluster (as `demo`) only read facts and undo what a story changed, so later specs see the
// scenario as seeded.
const helm = `http://localhost:${e2ePorts().helm}`;
const demoAuth = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };
const DEMO_SECRETS = ['demo:demo', 'anna:anna', 'ron:ron', 'nina:nina', 'worker-secret', 'ops-secret'];

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

async function taskProcessId(request: APIRequestContext, key: string): Promise<string> {
  const response = await request.get(`${helm}/v2/user-tasks/${key}`, { headers: demoAuth });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { processDefinitionId: string }).processDefinitionId;
}

test.describe('403 diagnosis', () => {
  test('ron is refused an assignment; the diagnosis names the process-level and task-level permissions; demo applies the fix and the retry succeeds; the report holds no secret', async ({
    page,
    request,
  }) => {
    const queue = new UserTasksPage(page);
    const detail = new UserTaskDetailPage(page);
    const diagnosis = new DiagnosisPage(page);

    await queue.goto('helm', 'assignee=%40unassigned');
    await signInBasic(page, 'ron', 'ron');
    await queue.rows.first().click();
    await expect(page).toHaveURL(/\/c\/helm\/tasks\/\d+/);
    const key = /\/tasks\/(\d+)/.exec(page.url())?.[1] ?? '';
    const processId = await taskProcessId(request, key);

    // ron may read the grants, so Lantern disables the assignment up front; the cluster's own 403 is one click away.
    await page.getByRole('button', { name: 'Try anyway' }).first().click();
    await detail.assignTo.fill('ron');
    await detail.assignButton.click();
    const callout = page.getByTestId('forbidden-callout');
    await expect(callout).toContainText('UPDATE_USER_TASK');
    await callout.getByRole('link', { name: 'Explain this 403' }).click();
    await expect(page).toHaveURL(/\/c\/helm\/access\/requests\//);

    // The explanation: UPDATE_USER_TASK on PROCESS_DEFINITION <process id>, or UPDATE on the USER_TASK.
    await expect(diagnosis.explanation).toContainText(
      `You need UPDATE_USER_TASK on process ${processId} (or on every process), or UPDATE on this user task.`,
    );
    const rows = diagnosis.requirements.getByRole('row');
    await expect(rows.filter({ hasText: 'PROCESS_DEFINITION' })).toContainText('UPDATE_USER_TASK');
    await expect(rows.filter({ hasText: 'PROCESS_DEFINITION' })).toContainText(processId);
    await expect(rows.filter({ hasText: 'USER_TASK' }).filter({ hasText: key })).toContainText('UPDATE');
    await expect(diagnosis.explanation).toContainText('Process-level permissions are checked first');
    await expect(diagnosis.rawDetail).toContainText("Command 'ASSIGN' rejected with code 'FORBIDDEN'");

    // The recommended fix: the narrowest process-level grant, for ron.
    await expect(diagnosis.snippet).toContainText(
      `"ownerId": "ron",\n  "ownerType": "USER",\n  "resourceType": "PROCESS_DEFINITION",\n  "resourceId": "${processId}",\n  "permissionTypes": [\n    "UPDATE_USER_TASK"\n  ]`,
    );
    await diagnosis.format('curl').click();
    await expect(diagnosis.snippet).toContainText("-u '<username>:<password>'");
    // The cluster address already ends in /v2: the drafted command posts to it once.
    await expect(diagnosis.snippet).toContainText(`curl -X POST '${helm}/v2/authorizations'`);

    // The exported report: useful, and without any secret.
    for (const button of [diagnosis.downloadMarkdown, diagnosis.downloadJson]) {
      const text = await diagnosis.download(button);
      expect(text).toContain('UPDATE_USER_TASK');
      expect(text).toContain(processId);
      expect(text).toContain(`'${helm}/v2/authorizations'`);
      expect(text).not.toContain('/v2/v2');
      for (const secret of DEMO_SECRETS) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(Buffer.from(secret).toString('base64'));
      }
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
      expect(text).not.toMatch(/Basic [A-Za-z0-9+/]{6,}/);
    }

    // What ron has (from the authorization data, which ron may read): the near miss of his read-only role.
    await expect(diagnosis.have).toContainText('Denied: nothing grants UPDATE_USER_TASK');
    const nearMiss = diagnosis.have.getByRole('listitem').filter({ hasText: 'via role readonly-admin' }).first();
    await expect(nearMiss).toContainText('READ_USER_TASK');
    await expect(nearMiss).toContainText('but this needs UPDATE_USER_TASK');

    await shoot(page, 'diagnosis-ron');

    // ron may not create authorizations; demo signs for this one request.
    await diagnosis.applyFix.click();
    await expect(diagnosis.dialog).toBeVisible();
    await expect(diagnosis.dialog).toContainText('ron may not create authorizations');
    await diagnosis.adminUsername.fill('demo');
    await diagnosis.adminPassword.fill('demo');
    await diagnosis.confirmApply.click();
    await expect(diagnosis.applyResult).toContainText('the request now succeeds');
    const authorizationKey = (await diagnosis.applyResult.locator('code').first().textContent()) ?? '';
    expect(authorizationKey).toMatch(/^\d+$/);

    const task = await request.get(`${helm}/v2/user-tasks/${key}`, { headers: demoAuth });
    expect(((await task.json()) as { assignee: string | null }).assignee).toBe('ron');

    // Undo: the grant and the assignment, so the seeded scenario holds for other specs.
    expect(
      (await request.delete(`${helm}/v2/authorizations/${authorizationKey}`, { headers: demoAuth })).status(),
    ).toBe(204);
    expect((await request.delete(`${helm}/v2/user-tasks/${key}/assignee`, { headers: demoAuth })).status()).toBe(204);
  });

  test('worker-client (client credentials) sees in the access matrix what it may and may not do', async ({ page }) => {
    const access = new AccessPage(page);
    await access.goto('saas');
    await new SignInPage(page).signInClientCredentials('worker-client', 'worker-secret');
    await expect(page).toHaveURL(/\/c\/saas\/access$/);
    await expect(access.tokenPrincipal).toContainText('CLIENT worker-client');
    await expect(access.timing).toBeVisible({ timeout: 30_000 });
    test
      .info()
      .annotations.push({ type: 'access-check timing', description: (await access.timing.textContent()) ?? '' });

    await expect(access.verdict('view-topology')).toHaveAttribute('data-verdict', 'allowed');
    await expect(access.verdict('search-user-tasks')).toHaveAttribute('data-verdict', 'filtered-empty');
    await expect(access.row('search-user-tasks')).toContainText('you lack READ_USER_TASK on every process');
    await expect(access.verdict('read-authorizations')).toHaveAttribute('data-verdict', 'filtered-empty');
    // Writes are never probed; on 8.10 the client's own authorizations decide them.
    await expect(access.verdict('create-process-instance')).toHaveAttribute('data-verdict', 'allowed');
    await expect(access.verdict('complete-user-task')).toHaveAttribute('data-verdict', 'denied');
    await expect(access.verdict('create-authorizations')).toHaveAttribute('data-verdict', 'denied');
    // The catalogue's other reads: the job search is probed and filtered (no READ_PROCESS_INSTANCE); the
    // instance search shows no key to read a process instance with, so the client's own authorizations decide it.
    await expect(access.verdict('op-searchJobs')).toHaveAttribute('data-verdict', 'filtered-empty');
    await expect(access.row('op-searchJobs')).toContainText('READ_PROCESS_INSTANCE');
    await expect(access.verdict('op-getProcessInstance')).toHaveAttribute('data-verdict', 'denied');
    await expect(access.row('op-getProcessInstance')).toContainText('No process instance visible to probe with');
    await shoot(page, 'access-worker-client');
  });

  test("nina's empty task search is explained as filtered", async ({ page }) => {
    const access = new AccessPage(page);
    await access.goto('helm');
    await signInBasic(page, 'nina', 'nina');
    await expect(access.timing).toBeVisible({ timeout: 30_000 });
    await expect(access.verdict('search-user-tasks')).toHaveAttribute('data-verdict', 'filtered-empty');
    await expect(access.row('search-user-tasks')).toContainText('Searches filter silently');
    await expect(access.verdict('assign-user-task')).toHaveAttribute('data-verdict', 'unknown');
  });

  test('the unprotected c8run cluster says once that everything is allowed, and no verdict contradicts it', async ({
    page,
  }) => {
    const access = new AccessPage(page);
    await access.goto('c8run');
    await expect(page.getByTestId('unprotected-notice')).toContainText("This cluster's API is unprotected.");
    await expect(access.timing).toBeVisible({ timeout: 30_000 });
    // Reads were probed and answered; writes need no probe: nothing checks them.
    await expect(access.verdict('search-user-tasks')).toHaveAttribute('data-verdict', 'allowed');
    for (const write of ['assign-user-task', 'complete-user-task', 'create-authorizations']) {
      await expect(access.verdict(write)).toHaveAttribute('data-verdict', 'allowed');
    }
    await expect(access.matrix.locator('[data-verdict="denied"], [data-verdict="filtered-empty"]')).toHaveCount(0);
    await expect(access.row('read-own-identity')).not.toContainText('did not accept the credentials');
    // Nothing to simulate or grant: those sections are not offered, and no message asks for READ on authorizations.
    await expect(page.getByText('Needs READ on authorizations')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveText([
      'Who am I',
      'Access check',
    ]);
    await shoot(page, 'access-c8run');
  });

  test('the access page has jump links to each section', async ({ page }) => {
    const access = new AccessPage(page);
    await access.goto('helm');
    await signInBasic(page, 'ron', 'ron');
    await expect(access.timing).toBeVisible({ timeout: 30_000 });
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link')).toHaveText([
      'Who am I',
      'Access check',
      'Can they…?',
      'Who may work on a task',
    ]);
    await shoot(page, 'access-ron');
    await toc.getByRole('link', { name: 'Can they…?' }).click();
    await expect(page).toHaveURL(/#simulate$/);
    await expect(page.getByRole('heading', { name: 'Can they…?' })).toBeInViewport();
  });

  test('demo simulates anna and nina: grants with provenance, and who may work on a task', async ({ page }) => {
    test.setTimeout(150_000);
    const access = new AccessPage(page);
    await access.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    // The simulator needs the directory, read after the access check: slow on a busy machine.
    await expect(access.simulate).toBeVisible({ timeout: 90_000 });
    await expect(access.timing).toBeVisible({ timeout: 30_000 });
    // demo sees tasks, so the GET-by-key probes run too, chained to the task search.
    await expect(access.verdict('read-user-task')).toHaveAttribute('data-verdict', 'allowed');
    test
      .info()
      .annotations.push({ type: 'access-check timing', description: (await access.timing.textContent()) ?? '' });
    // "Can they…?": anna's grants with provenance, her filtered task search, nina with nothing.
    const simulator = new SimulatorPanel(page);
    await expect(simulator.panel.getByLabel('Find an operation')).toBeVisible();
    await simulator.choosePrincipal('User', 'anna');
    await simulator.chooseOperation('post user-tasks search', 'searchUserTasks');
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'filtered');
    await expect(simulator.result).toContainText('only what user anna may see');
    await expect(simulator.result).toContainText('process invoice-approval');
    await access.simulate.getByText(/^All grants of anna/).click();
    const grants = access.simulate.getByRole('table', { name: 'Effective grants' });
    await expect(grants.getByRole('row').filter({ hasText: 'invoice-approval' })).toContainText('direct');
    await expect(grants.getByRole('row').filter({ hasText: 'candidate' }).first()).toContainText(
      'via role task-worker',
    );
    await simulator.choosePrincipal('User', 'nina');
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'filtered');
    await expect(access.simulate).toContainText('None: every check is denied');
    await shoot(page, 'access-demo');

    const who = page.getByRole('table', { name: 'Who may work on this task' });
    await expect(who.getByRole('row').filter({ hasText: 'user demo' })).toContainText('allowed');
    await expect(who.getByRole('row').filter({ hasText: 'user nina' })).not.toContainText('allowed');
  });
});
