import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { type DemoCluster, startDemoCluster } from '../demo/emulator/start-demo-cluster.ts';
import { loadScenarioFile } from '../demo/scenarios/load-scenario.ts';
import type { Scenario } from '../demo/scenarios/scenario-types.ts';
import { type RunningLanternServer, startLanternServer } from '../server/start-lantern-server.ts';
import { testClusterConfig } from '../server/testing/cluster-config-fixture.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { ExplainPage } from './pages/explain-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';
import { e2ePorts } from './support/ports.ts';

// A tenant-hidden task (issue 13). None of the demo clusters checks tenants (docs/scenarios.md:
// multiTenancyChecksEnabled is false in every scenario, so every task is in <default> and a user
// outside a tenant is never refused), so this story runs its own cluster: helm's scenario with tenant
// checks on and the invoice task in tenant `finance`, which anna is not in. The cluster answers her
// 404, as Camunda does for a task of a tenant the caller is not assigned to; demo pastes it.

const ports = e2ePorts();
const lanternPort = ports.lantern + 20;
const clusterPort = ports.lantern + 21;
const repoRoot = path.resolve(import.meta.dirname, '..');
const anna = { Authorization: `Basic ${Buffer.from('anna:anna').toString('base64')}` };
const demo = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };

async function tenantScenario(): Promise<Scenario> {
  const helm = await loadScenarioFile(path.join(repoRoot, 'demo', 'scenarios', 'helm.json'));
  return {
    ...helm,
    displayName: 'Helm with tenants',
    multiTenancyChecksEnabled: true,
    tenants: [
      ...helm.tenants,
      { tenantId: 'finance', name: 'Finance', description: 'Invoices', users: ['demo'], clients: [] },
    ],
    processDefinitions: helm.processDefinitions.map((definition) =>
      definition.processDefinitionId === 'invoice-approval' ? { ...definition, tenantId: 'finance' } : definition,
    ),
    userTasks: helm.userTasks.map((task) =>
      task.processDefinitionId === 'invoice-approval' ? { ...task, tenantId: 'finance' } : task,
    ),
  };
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

test.describe('explain stories: a tenant-hidden task', () => {
  let cluster: DemoCluster | null = null;
  let lantern: RunningLanternServer | null = null;

  test.beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await tenantScenario(), port: clusterPort });
    lantern = await startLanternServer({
      port: lanternPort,
      spa: { kind: 'dist', dir: path.resolve(repoRoot, ports.env.LANTERN_DIST ?? 'dist') },
      upstreamTimeoutMs: 5_000,
      clusters: [
        testClusterConfig({ id: 'tenants', name: 'Helm with tenants', restBaseUrl: cluster.url, auth: 'basic' }),
      ],
    });
  });

  test.afterAll(async () => {
    await lantern?.close();
    await cluster?.close();
  });

  test("anna's 404 on a task of tenant finance: the tenant is named, her tenant assignment applied and verified", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const search = await request.post(`${cluster!.url}/v2/user-tasks/search`, {
      headers: demo,
      data: { filter: { processDefinitionId: 'invoice-approval', state: 'CREATED' }, page: { limit: 1 } },
    });
    const task = ((await search.json()) as { items: { userTaskKey: string; tenantId: string }[] }).items[0];
    expect(task?.tenantId).toBe('finance');
    const key = task?.userTaskKey ?? '';
    // What anna gets: the task does not exist for her.
    const hidden = await request.get(`${cluster!.url}/v2/user-tasks/${key}`, { headers: anna });
    expect(hidden.status()).toBe(404);
    const body = await hidden.text();

    const explain = new ExplainPage(page);
    const diagnosis = new DiagnosisPage(page);
    await page.goto(`http://localhost:${lanternPort}/c/tenants/access/explain`);
    await signInBasic(page, 'demo', 'demo');
    await explain.errorText.fill(
      [
        `> GET /v2/user-tasks/${key} HTTP/1.1`,
        `> Authorization: ${anna.Authorization}`,
        '>',
        '< HTTP/1.1 404 Not Found',
        '<',
        body,
      ].join('\n'),
    );
    await expect(explain.fact('Status')).toHaveText('404');
    await expect(explain.principalId).toHaveValue('anna');
    await expect(explain.have).toContainText('Hidden by tenant finance: user anna is not assigned to it', {
      timeout: 45_000,
    });
    await shoot(page, 'story-tenant-explained');
    await expect(explain.fix).toContainText('user anna into tenant finance');
    await explain.fix.getByText(/user anna into tenant finance/).click();
    await explain.fix.getByRole('button', { name: 'Apply this membership' }).click();
    await page
      .getByRole('dialog', { name: 'Add this membership?' })
      .getByRole('button', { name: /^Add membership and verify$/ })
      .click();
    await shoot(page, 'story-tenant-applying');
    await expect(diagnosis.applyResult).toContainText('Added user anna to tenant finance', { timeout: 20_000 });
    await expect(page.getByTestId('verify-result')).toContainText('user anna is now allowed', { timeout: 20_000 });
    await shoot(page, 'story-tenant-verified');
    // The cluster agrees: the task is hers to see now.
    expect((await request.get(`${cluster!.url}/v2/user-tasks/${key}`, { headers: anna })).status()).toBe(200);
  });
});
