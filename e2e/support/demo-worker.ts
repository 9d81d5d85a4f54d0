import { readFile } from 'node:fs/promises';
import { test as base } from '@playwright/test';
import type { AuthorizationKey, CamundaClient } from 'sdk88';
import {
  type DemoWorkersOptions,
  type RunningDemoWorkers,
  demoClient,
  startDemoWorkers,
} from '../../demo/workers/start-demo-workers.ts';
import { resetCluster } from './fault-control.ts';
import { e2ePorts } from './ports.ts';

// The demo app and worker (demo/workers) for the specs that tell the worker story. The e2e
// environment (`start.ts --e2e`) does not run them, so other specs keep the scenario's task counts;
// a spec that needs them takes this fixture, which runs them against saas with a short interval,
// logs to the test's output folder, and afterwards stops them, deletes the grant the story made and
// resets saas (removing the instances and tasks the recovered app created).

export interface DemoWorker {
  /** Starts the demo app and worker; their log is empty until then. */
  start: () => Promise<void>;
  /** Everything the app and worker have logged so far. */
  log: () => Promise<string>;
  /** The cluster as ops-client, the admin client: grants made through the REST API, not through Lantern. */
  admin: () => CamundaClient;
  /** Deletes this authorization when the test ends; the story's grant must not leak into later specs. */
  deleteAfterTest: (authorizationKey: string | null) => void;
}

export const test = base.extend<{ demoWorker: DemoWorker }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern; it needs none.
  demoWorker: async ({}, use, testInfo) => {
    const ports = e2ePorts();
    const options: DemoWorkersOptions = {
      restAddress: `http://localhost:${ports.saas}`,
      tokenUrl: `http://localhost:${ports.oidc}/token`,
      // The demo provider's audience for the orchestration API (not imported: its module loads oidc-provider).
      audience: 'orchestration-api',
      intervalMs: 500,
      logFile: testInfo.outputPath('demo-workers.log'),
    };
    const admin = () => demoClient(options, { clientId: 'ops-client', clientSecret: 'ops-secret' });
    // Set by the test through the fixture's methods, read when it ends.
    const made: { workers?: RunningDemoWorkers; authorizationKey?: string | null } = {};

    await use({
      start: async () => {
        made.workers = await startDemoWorkers(options);
      },
      log: () => readFile(options.logFile, 'utf8').catch(() => ''),
      admin,
      deleteAfterTest: (key) => {
        made.authorizationKey = key;
      },
    });

    await made.workers?.close();
    if (made.authorizationKey)
      await admin().deleteAuthorization({ authorizationKey: made.authorizationKey as AuthorizationKey });
    await resetCluster(ports.saas);
  },
});

export { expect } from '@playwright/test';
