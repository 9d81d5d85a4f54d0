import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDemoCluster, type DemoCluster } from '../demo/emulator/start-demo-cluster.ts';
import { loadScenarioFile } from '../demo/scenarios/load-scenario.ts';
import { startLanternServer, type RunningLanternServer } from '../server/start-lantern-server.ts';
import { testClusterConfig } from '../server/testing/cluster-config-fixture.ts';
import { AuditPage } from './pages/audit-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';
import { expectAccessibleInBothThemes, setTheme } from './support/axe-scan.ts';
import { resetCluster } from './support/fault-control.ts';
import { e2ePorts } from './support/ports.ts';

// Issue 14 on the demo `helm` cluster (Basic auth, 8.9), signed in as demo (admin): the findings
// seeded in demo/scenarios/helm.json, a fix applied and undone, two users compared. The shipped
// demo has no protected 8.8 cluster, so the 8.8 → 8.9 readiness runs on one started here: helm's
// directory on 8.8 with a task-level grant seeded ahead of the upgrade.
const ports = e2ePorts();
const helm = `http://localhost:${ports.helm}`;
const demoAuth = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };

async function openAudit(page: Page, origin = '', clusterId = 'helm'): Promise<AuditPage> {
  const audit = new AuditPage(page);
  await page.goto(`${origin}/c/${clusterId}/audit`);
  await signInBasic(page, 'demo', 'demo');
  await expect(audit.heading).toBeVisible({ timeout: 30_000 });
  return audit;
}

test.describe('authorization audit on helm', () => {
  test('shows each seeded finding with why it matters and its fix; every grant is in the table', async ({ page }) => {
    const audit = await openAudit(page);
    await expect(audit.findings.first()).toBeVisible({ timeout: 60_000 });

    const orphan = audit.finding('orphaned-owner', 'user anna@example.com does not exist');
    await expect(orphan).toContainText('USER anna@example.com');
    const key = /authorizations\/(\d+)/.exec(await audit.snippet(orphan, 'curl'))?.[1];
    expect(key).toMatch(/^\d+$/);
    expect(await audit.snippet(orphan, 'c8ctl')).toBe(`c8ctl delete auth ${key}`);
    await expect(orphan.getByRole('button', { name: 'Apply fix…' })).toBeVisible();

    const overBroad = audit.finding('over-broad', 'client worker-client may CREATE_PROCESS_INSTANCE on every process');
    // The fix narrows the wildcard: delete it, the note says what to grant per process instead.
    await expect(overBroad.getByText(/^Delete /)).toBeVisible();

    const redundant = audit.finding('redundant', 'user paul: READ_PROCESS_DEFINITION');
    await expect(redundant).toContainText('via group claims');
    await expect(redundant.getByRole('button', { name: 'Apply fix…' })).toBeVisible();

    await expect(
      audit.finding('principal-without-access', 'client reporting-client is authorized for nothing'),
    ).toBeVisible();
    await expect(audit.finding('principal-without-access', 'user nina can see no task and no process')).toBeVisible();
    await expect(audit.finding('empty-group', 'group it-support has no members')).toBeVisible();

    // Every grant, the default roles' included, in one table with its count.
    await expect(audit.tableCount).toHaveText(/^(\d+) of \1 authorizations/);
    await page.getByLabel('Owner type').selectOption('CLIENT');
    await expect(audit.tableCount).toHaveText(/^1 of \d+ authorizations/);
  });

  test("applying the orphaned grant's fix deletes it and the finding disappears (the cluster is reset after)", async ({
    page,
    request,
  }) => {
    try {
      const audit = await openAudit(page);
      const orphan = audit.finding('orphaned-owner', 'user anna@example.com does not exist');
      await expect(orphan).toBeVisible({ timeout: 60_000 });
      await orphan.getByRole('button', { name: 'Apply fix…' }).click();
      await expect(audit.applyDialog.getByLabel('Requests')).toContainText(/^DELETE \/v2\/authorizations\/\d+$/);
      await audit.applyDialog.getByRole('button', { name: 'Send these requests' }).click();
      await expect(orphan).toHaveCount(0, { timeout: 30_000 });
      await expect(audit.findingsOf('over-broad')).toHaveCount(1);
      const left = await request.post(`${helm}/v2/authorizations/search`, {
        headers: demoAuth,
        data: { filter: { ownerId: 'anna@example.com' } },
      });
      expect(((await left.json()) as { items: unknown[] }).items).toEqual([]);
    } finally {
      await resetCluster(ports.helm);
    }
  });

  test('anna and ron side by side: what only one of them may do, and where it comes from', async ({ page }) => {
    const audit = await openAudit(page);
    await audit.firstPrincipal.selectOption('USER:anna', { timeout: 60_000 });
    await audit.secondPrincipal.selectOption('USER:ron', { timeout: 60_000 });
    const diff = audit.compareResult.getByTestId('audit-compare-diff');
    await expect(diff.first()).toBeVisible();
    // anna claims her tasks (role task-worker); ron, read-only, may not.
    await expect(diff.filter({ hasText: 'Claim' }).first()).toContainText(/allowed.*denied/s);
    await expect(audit.compareResult.getByRole('heading', { name: 'Only anna' })).toBeVisible();
    await expect(audit.compareResult).toContainText('via role task-worker');
    await expect(audit.compareResult).toContainText('via role readonly-admin');
  });

  test('the audit view has no serious or critical axe violation in either theme', async ({ page }) => {
    const audit = await openAudit(page);
    await expect(audit.findings.first()).toBeVisible({ timeout: 60_000 });
    await expect(audit.readinessResult).toBeVisible({ timeout: 30_000 });
    await expectAccessibleInBothThemes(page, 'audit');
    // Screenshots for review go to SHOTS_DIR when set; no assertion depends on them.
    const shotsDir = process.env.SHOTS_DIR;
    if (shotsDir) {
      mkdirSync(shotsDir, { recursive: true });
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await page.screenshot({ path: `${shotsDir}/audit-helm-${theme}.png`, fullPage: true, animations: 'disabled' });
      }
    }
  });

  test('helm 8.9 → 8.10: the readiness compares every user and client and says nobody changes', async ({ page }) => {
    const audit = await openAudit(page);
    // The whole directory is read first; on a busy machine that takes a while.
    await expect(audit.readinessTarget).toHaveValue('8.10', { timeout: 60_000 });
    await expect(audit.readinessResult.getByRole('status')).toHaveText(
      /^Nobody changes from 8\.9 to 8\.10 with today's grants \(\d+ principals compared\)\.$/,
      { timeout: 30_000 },
    );
  });
});

test.describe('upgrade readiness from 8.8', () => {
  let cluster: DemoCluster;
  let lantern: RunningLanternServer;
  test.beforeAll(async () => {
    const helmScenario = await loadScenarioFile('demo/scenarios/helm.json');
    const gatewayVersion = '8.8.5';
    cluster = await startDemoCluster({
      port: ports.lantern + 18,
      scenario: {
        ...helmScenario,
        version: '8.8',
        displayName: 'Helm 8.8 (Basic auth)',
        topology: {
          ...helmScenario.topology,
          gatewayVersion,
          brokers: helmScenario.topology.brokers.map((b) => ({ ...b, version: gatewayVersion })),
        },
        // Seeded by identity-as-code ahead of the upgrade: 8.8 has no USER_TASK resource and ignores it.
        authorizations: [
          ...helmScenario.authorizations,
          {
            ownerType: 'GROUP',
            ownerId: 'claims',
            resourceType: 'USER_TASK',
            resourceId: '*',
            permissionTypes: ['READ'],
          },
        ],
      },
    });
    lantern = await startLanternServer({
      port: ports.lantern + 17,
      spa: { kind: 'dist', dir: path.resolve(ports.env.LANTERN_DIST ?? 'dist') },
      clusters: [testClusterConfig({ id: 'helm88', name: 'Helm 8.8', restBaseUrl: cluster.url, auth: 'basic' })],
    });
  });
  test.afterAll(async () => {
    await lantern?.close();
    await cluster?.close();
  });

  test('names the principals that gain or lose on 8.9 and the grants that keep them whole', async ({ page }) => {
    const audit = await openAudit(page, lantern.url, 'helm88');
    // The whole directory is read first; on a busy machine that takes a while.
    await expect(audit.readinessTarget).toHaveValue('8.9', { timeout: 60_000 });
    await expect(audit.readinessResult.getByRole('status')).toHaveText(
      /^2 principals change from 8\.8 to 8\.9; \d+ stay the same\.$/,
      { timeout: 30_000 },
    );
    // paul's group holds a task-level grant that 8.8 never checks; on 8.9 it lets him read every task.
    const paul = audit.readinessPrincipals.filter({ has: page.getByRole('heading', { name: 'user paul' }) });
    await expect(paul).toContainText(/Gains.*getUserTask.*USER_TASK:\*.*\[user-task-resource-8-9\]/s);
    // anna is in a role named task-worker, which 8.9 fills with its default grants.
    const anna = audit.readinessPrincipals.filter({ has: page.getByRole('heading', { name: 'user anna' }) });
    await expect(anna).toContainText(/Gains.*completeUserTask.*USER_TASK:@candidateGroups.*\[task-worker-role-8-9\]/s);

    // What keeps them whole: delete the grant that starts to count; the role is a note (its grants do not exist yet).
    const search = await fetch(`${cluster.url}/v2/authorizations/search`, {
      method: 'POST',
      headers: { ...demoAuth, 'content-type': 'application/json' },
      body: JSON.stringify({ filter: { ownerId: 'claims' } }),
    });
    expect(search.status).toBe(200);
    const { items } = (await search.json()) as { items: { authorizationKey: string; resourceType: string }[] };
    const seeded = items.find((a) => a.resourceType === 'USER_TASK');
    expect(seeded).toBeDefined();
    await expect(audit.keepSame.getByLabel('curl script')).toContainText(
      new RegExp(`curl -X DELETE '[^']*/v2/authorizations/${seeded?.authorizationKey}'`),
    );
    await expect(audit.keepSame.getByLabel('c8ctl script')).toContainText(
      `c8ctl delete auth ${seeded?.authorizationKey}`,
    );
    await expect(audit.keepSame).toContainText('role task-worker');
  });
});
