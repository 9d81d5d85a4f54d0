import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ElementId, ProcessDefinitionId } from 'sdk88';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_CATALOGUE } from '../../src/lib/catalogue/operation-catalogue.ts';
import { type DemoCluster, startDemoCluster } from '../emulator/start-demo-cluster.ts';
import {
  type RunningDemoOidcProvider,
  orchestrationAudience,
  startDemoOidcProvider,
} from '../oidc/demo-oidc-provider.ts';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { type RunningDemoWorkers, demoAppClient, demoClient, startDemoWorkers } from './start-demo-workers.ts';

// The worker story end to end in one process: the saas demo cluster and the demo OIDC provider as
// `npm start` wires them, the demo app and worker on Camunda's 8.8 SDK with their own client
// credentials. The app is refused until the missing grant exists, then instances reach the user tasks.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const createPermission = OPERATION_CATALOGUE.find((entry) => entry.operationId === 'createProcessInstance')!.versions[
  '8.10'
]!.permissions[0]!;

describe('demo app and demo worker against the saas demo cluster', () => {
  let provider: RunningDemoOidcProvider;
  let cluster: DemoCluster;
  let workers: RunningDemoWorkers;
  let dir: string;
  const echoed: string[] = [];
  const options = () => ({
    restAddress: cluster.url,
    tokenUrl: `${provider.issuer}/token`,
    audience: orchestrationAudience,
    intervalMs: 100,
    logFile: path.join(dir, 'demo-workers.log'),
    echo: (line: string) => echoed.push(line),
  });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lantern-demo-workers-'));
    const scenario = await loadScenarioFile('demo/scenarios/saas.json');
    provider = await startDemoOidcProvider({
      port: await freePort(),
      lanternOrigins: ['http://localhost:9'],
      scenario,
      accessTokenTtlSeconds: 300,
    });
    cluster = await startDemoCluster({
      scenario,
      port: 0,
      oidc: { issuer: provider.issuer, jwksUri: provider.jwksUri },
    });
  });
  afterAll(async () => {
    await workers?.close();
    await cluster?.close();
    await provider?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('logs the SDK 403 once, summarises repeats, and recovers after the grant without a restart', async () => {
    const ops = demoClient(options(), { clientId: 'ops-client', clientSecret: 'ops-secret' });
    const reviewTasks = async () =>
      (
        await ops.searchUserTasks(
          { filter: { elementId: ElementId.assumeExists('review-invoice'), state: 'CREATED' } },
          { consistency: { waitUpToMs: 0 } },
        )
      ).page.totalItems;
    const tasksBefore = await reviewTasks();
    workers = await startDemoWorkers(options());

    const refused = (line: string) =>
      line.includes('[invoice-app] createProcessInstance(invoice-approval) refused: 403');
    await vi.waitFor(() => expect(echoed.filter((line) => line.includes('still refused (×2)'))).toHaveLength(1), {
      timeout: 10_000,
      interval: 50,
    });
    const first = echoed.find(refused)!;
    expect(first).toContain(`'${createPermission.permissionType}' on resource '${createPermission.resourceType}'`);
    expect(first).toContain('FORBIDDEN');
    // Repeats are summarised, not printed one by one.
    expect(echoed.filter(refused)).toHaveLength(1);

    await ops.createAuthorization({
      ownerId: demoAppClient.clientId,
      ownerType: 'CLIENT',
      resourceType: createPermission.resourceType,
      resourceId: 'invoice-approval',
      permissionTypes: [createPermission.permissionType],
    } as Parameters<typeof ops.createAuthorization>[0]);

    await vi.waitFor(
      () => expect(echoed.some((line) => line.includes('[invoice-worker] completed 1 check-invoice job'))).toBe(true),
      {
        timeout: 15_000,
        interval: 50,
      },
    );
    expect(echoed.some((line) => line.includes('[invoice-app] recovered: started invoice-approval instance'))).toBe(
      true,
    );
    await vi.waitFor(async () => expect(await reviewTasks()).toBeGreaterThan(tasksBefore), {
      timeout: 5_000,
      interval: 100,
    });

    await workers.close();
    const file = await readFile(path.join(dir, 'demo-workers.log'), 'utf8');
    expect(file.trimEnd().split('\n')).toEqual(echoed);
  });

  it('names the silent filter when instances wait and the worker gets no jobs', async () => {
    // invoice-app can start instances now (granted above); a worker without UPDATE_PROCESS_INSTANCE
    // — worker-client — is handed nothing, and its log says why.
    const { startDemoApp } = await import('./demo-app.ts');
    const { startDemoWorker } = await import('./demo-worker.ts');
    const lines: string[] = [];
    const app = startDemoApp({ camunda: demoClient(options(), demoAppClient), intervalMs: 100, log: () => undefined });
    const worker = startDemoWorker({
      camunda: demoClient(options(), { clientId: 'worker-client', clientSecret: 'worker-secret' }),
      intervalMs: 100,
      log: (line) => lines.push(line),
      waitingAtCheck: () => app.started,
    });
    try {
      await vi.waitFor(() => expect(lines.some((line) => line.includes('returned no jobs although'))).toBe(true), {
        timeout: 10_000,
        interval: 50,
      });
      expect(lines.find((line) => line.includes('returned no jobs'))).toContain(
        'UPDATE_PROCESS_INSTANCE on PROCESS_DEFINITION invoice-approval',
      );
      expect(lines.filter((line) => line.includes('returned no jobs'))).toHaveLength(1);
      expect(worker.checked).toBe(0);
    } finally {
      await Promise.all([app.stop(), worker.stop()]);
    }
    // The instances really wait: an admin sees their check-invoice jobs.
    const ops = demoClient(options(), { clientId: 'ops-client', clientSecret: 'ops-secret' });
    const jobs = await ops.searchJobs(
      { filter: { type: 'check-invoice', processDefinitionId: ProcessDefinitionId.assumeExists('invoice-approval') } },
      { consistency: { waitUpToMs: 0 } },
    );
    expect(jobs.items.some((job) => job.state === 'CREATED')).toBe(true);
  });
});
