// Searching 100,000 process instances for a page of 50, as admin (`demo`, wildcard READ) and as a
// filtered user (`paul`, READ_PROCESS_INSTANCE on claims-handling only), on the bundled scale
// scenario. Target: ≤ 50 ms per page. Reports medians; asserts nothing.
//   node --import tsx bench/emulator-instance-search.ts
import { resolveAccess } from '../demo/emulator/authorization-engine.ts';
import { ClusterState, hashPasswords } from '../demo/emulator/cluster-state.ts';
import { searchProcessInstances } from '../demo/emulator/process-instance-service.ts';
import { startDemoCluster } from '../demo/emulator/start-demo-cluster.ts';
import { loadScenarioFile } from '../demo/scenarios/load-scenario.ts';
import { elapsedMs, median } from '../scripts/bench/stats.ts';

const RUNS = 25;
const BODIES: Record<string, unknown> = {
  'ACTIVE, key order': { filter: { state: 'ACTIVE' }, page: { from: 0, limit: 50 } },
  'ACTIVE, by startDate desc': {
    filter: { state: 'ACTIVE' },
    sort: [{ field: 'startDate', order: 'DESC' }],
    page: { from: 0, limit: 50 },
  },
};

const scenario = await loadScenarioFile('demo/scenarios/scale.json');
const built = performance.now();
const state = new ClusterState(scenario, await hashPasswords(scenario));
console.log(
  `scale scenario: ${state.runtime.instances.size} process instances, built in ${(performance.now() - built).toFixed(0)} ms`,
);

// 1. The domain search alone (no HTTP, no password hashing).
for (const [label, body] of Object.entries(BODIES))
  for (const username of ['demo', 'paul']) {
    const access = resolveAccess(
      state,
      { kind: 'user', id: username, username },
      { authorizationsEnabled: true, multiTenancyChecksEnabled: false },
    );
    const ctx = { state, version: scenario.version, access, now: () => new Date().toISOString(), bcryptCost: 4 };
    for (let i = 0; i < 3; i++) searchProcessInstances(ctx, body); // warm-up
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++)
      samples.push(
        await elapsedMs(() => {
          const r = searchProcessInstances(ctx, body).body as { page: { totalItems: number } };
          total = r.page.totalItems;
        }),
      );
    console.log(
      `domain search as ${username.padEnd(4)} (${label}): median ${median(samples).toFixed(2)} ms (totalItems ${total}, page 50)`,
    );
  }

// 2. End to end over HTTP (Basic auth with bcrypt on every request, JSON, Express).
const cluster = await startDemoCluster({ scenario, port: 0 });
try {
  for (const username of ['demo', 'paul']) {
    const auth = `Basic ${Buffer.from(`${username}:${username}`).toString('base64')}`;
    const request = () =>
      fetch(`${cluster.url}/v2/process-instances/search`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(BODIES['ACTIVE, key order']),
      }).then((r) => r.json());
    for (let i = 0; i < 3; i++) await request();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await elapsedMs(request));
    console.log(`HTTP search as ${username.padEnd(4)}: median ${median(samples).toFixed(2)} ms (ACTIVE, key order)`);
  }
} finally {
  await cluster.close();
}
