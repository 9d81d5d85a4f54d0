import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SimulatorPanel } from './pages/simulator-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';
import { expectAccessibleInBothThemes } from './support/axe-scan.ts';
import { e2ePorts } from './support/ports.ts';

// "Can they…?" (issue 13, item 5): demo asks about other principals, from the administrator's
// view of the directory. Read-only: nothing on the clusters changes.
const helm = `http://localhost:${e2ePorts().helm}`;
const demoAuth = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };

/** The part of the page the story is about (the access page is long), or the whole page. */
async function shoot(page: Page, name: string, part?: Locator): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  if (part) await part.screenshot({ path: `${dir}/${name}.png` });
  else await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** The key of an open "Review invoice" task (invoice-approval, candidate group accounting). */
async function reviewInvoiceTask(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${helm}/v2/user-tasks/search`, {
    headers: demoAuth,
    data: { filter: { state: 'CREATED', processDefinitionId: 'invoice-approval', candidateGroup: 'accounting' } },
  });
  expect(response.status()).toBe(200);
  const items = ((await response.json()) as { items: { userTaskKey: string }[] }).items;
  expect(items.length).toBeGreaterThan(0);
  return items[0]?.userTaskKey ?? '';
}

test.describe('Can they…?', () => {
  test.describe.configure({ timeout: 180_000 });
  test('demo asks whether anna and ron may complete a task on helm: allowed by grant with provenance, denied with the nearest miss and an explain link', async ({
    page,
    request,
  }) => {
    const key = await reviewInvoiceTask(request);
    const simulator = new SimulatorPanel(page);
    await simulator.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    // The panel needs the directory, read after the access check: slow on a busy machine.
    await expect(simulator.panel).toBeVisible({ timeout: 90_000 });

    await simulator.choosePrincipal('User', 'anna');
    await simulator.chooseOperation('post completion', 'completeUserTask');
    await simulator.field('User task key').fill(key);
    // The task's facts come from the cluster: its process and candidate groups.
    await expect(simulator.panel).toContainText('Process invoice-approval');
    await expect(simulator.panel).toContainText('candidate groups accounting');
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'allowed');
    await expect(simulator.result).toContainText('Deciding grant');
    await expect(simulator.result).toContainText('via role task-worker');
    await shoot(page, 'simulator-anna-complete', simulator.panel);

    await simulator.choosePrincipal('User', 'ron');
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'denied');
    await expect(simulator.result).toContainText('UPDATE_USER_TASK on process invoice-approval');
    await expect(simulator.result).toContainText('Nearest miss');
    await expect(simulator.result).toContainText('via role readonly-admin');
    const explain = simulator.result.getByRole('link', { name: 'Explain and fix this' });
    await expect(explain).toHaveAttribute('href', /^\/c\/helm\/access\/explain#f=[A-Za-z0-9_-]+$/);
    const href = (await explain.getAttribute('href')) ?? '';
    const facts = JSON.parse(Buffer.from(href.split('#f=')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(facts).toMatchObject({
      clusterId: 'helm',
      method: 'POST',
      path: `/v2/user-tasks/${key}/completion`,
      operationId: 'completeUserTask',
      principal: { type: 'USER', id: 'ron' },
      hints: { userTaskKey: key, processDefinitionId: 'invoice-approval' },
    });
    await shoot(page, 'simulator-ron-complete', simulator.panel);
    await expectAccessibleInBothThemes(page, 'simulator');
  });

  test('demo asks on saas whether worker-client may CREATE_PROCESS_INSTANCE on invoice-approval', async ({ page }) => {
    const simulator = new SimulatorPanel(page);
    await simulator.goto('saas');
    await new SignInPage(page).startUserLogin();
    await new LoginFormPage(page).signIn('demo', 'demo');
    // The panel needs the directory, read after the access check: slow on a busy machine.
    await expect(simulator.panel).toBeVisible({ timeout: 90_000 });
    await simulator.choosePrincipal('Client', 'worker-client');
    await simulator.chooseOperation('CREATE_PROCESS_INSTANCE', 'createProcessInstance');
    await simulator.field('Process id (BPMN process id)').fill('invoice-approval');
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'allowed');
    await expect(simulator.result).toContainText('CREATE_PROCESS_INSTANCE on every process (*)');
    await expect(simulator.result).toContainText('direct');
    // The same question for the invoice worker: its grant names the process but another permission.
    await simulator.choosePrincipal('Client', 'invoice-worker');
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'denied');
    await expect(simulator.result).toContainText('Nearest miss: UPDATE_PROCESS_INSTANCE on process invoice-approval');
    await shoot(page, 'simulator-saas-worker-client', simulator.panel);
  });

  test('demo checks a matrix of principals × operations on helm and downloads it as CSV', async ({ page }) => {
    const simulator = new SimulatorPanel(page);
    await simulator.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    // The panel needs the directory, read after the access check: slow on a busy machine.
    await expect(simulator.panel).toBeVisible({ timeout: 90_000 });
    await simulator.matrixMode();
    for (const [search, label] of [
      ['anna', 'User anna'],
      ['ron', 'User ron'],
      ['worker-client', 'Client worker-client'],
    ] as const) {
      await simulator.pick('Find principals', search, label);
    }
    for (const [search, label] of [
      ['createProcessInstance', 'POST /process-instances — createProcessInstance'],
      ['searchProcessInstances', 'POST /process-instances/search — searchProcessInstances'],
      ['createAuthorization', 'POST /authorizations — createAuthorization'],
    ] as const) {
      await simulator.pick('Find operations', search, label);
    }
    await simulator.matrix.getByLabel('Process id (BPMN process id)').fill('invoice-approval');
    await simulator.matrix.getByRole('button', { name: 'Check 3 × 3' }).click();
    const table = simulator.matrix.getByRole('table');
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('User ron').locator('[data-verdict]')).toHaveCount(3);
    const verdicts = async (name: string) =>
      row(name)
        .locator('[data-verdict]')
        .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-verdict')));
    // Columns follow the catalogue's order (by path), whatever the order they were picked in.
    expect(await verdicts('User ron')).toEqual(['denied', 'denied', 'allowed']);
    expect(await verdicts('Client worker-client')).toEqual(['denied', 'allowed', 'filtered']);
    await shoot(page, 'simulator-matrix', simulator.panel);

    const { name, text } = await simulator.download(simulator.matrix.getByRole('button', { name: 'Download CSV' }));
    expect(name).toBe('lantern-helm-can-they.csv');
    expect(text.split('\r\n')).toEqual([
      'principal type,principal id,POST /authorizations,POST /process-instances,POST /process-instances/search',
      'USER,anna,denied,denied,filtered',
      'USER,ron,denied,denied,allowed',
      'CLIENT,worker-client,denied,allowed,filtered',
      '',
    ]);
    await expectAccessibleInBothThemes(page, 'simulator matrix');
  });
});
