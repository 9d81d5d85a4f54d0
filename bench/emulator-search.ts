// Searching 10,000 user tasks for a page of 50, as admin (`demo`) and as a filtered user (`anna`),
// on the bundled scale scenario. Target: < 50 ms per page. Reports medians; asserts nothing.
//   node --import tsx bench/emulator-search.ts
import { resolveAccess } from '../demo/emulator/authorization-engine.ts';
import { ClusterState, hashPasswords } from '../demo/emulator/cluster-state.ts';
import { startDemoCluster } from '../demo/emulator/start-demo-cluster.ts';
import { searchUserTasks } from '../demo/emulator/user-task-service.ts';
import { loadScenarioFile } from '../demo/scenarios/load-scenario.ts';
import { elapsedMs, median } from '../scripts/bench/stats.ts';

const RUNS = 25;
const BODY = {
  filter: { state: 'CREATED' },
  sort: [{ field: 'dueDate', order: 'ASC' }],
  page: { from: 0, limit: 50 },
};

const scenario = await loadScenarioFile('demo/scenarios/scale.json');
const state = new ClusterState(scenario, await hashPasswords(scenario));
console.log(`scale scenario: ${state.userTasks.size} user tasks, auth ${scenario.auth.method}`);

// 1. The domain search alone (no HTTP, no password hashing).
for (const username of ['demo', 'anna']) {
  const access = resolveAccess(
    state,
    { kind: 'user', id: username, username },
    { authorizationsEnabled: true, multiTenancyChecksEnabled: false },
  );
  const ctx = { state, version: scenario.version, access, now: () => new Date().toISOString(), bcryptCost: 4 };
  for (let i = 0; i < 3; i++) searchUserTasks(ctx, BODY); // warm-up
  const samples: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++)
    samples.push(
      await elapsedMs(() => {
        const r = searchUserTasks(ctx, BODY).body as { page: { totalItems: number } };
        total = r.page.totalItems;
      }),
    );
  console.log(
    `domain search as ${username.padEnd(4)}: median ${median(samples).toFixed(2)} ms (totalItems ${total}, page 50)`,
  );
}

// 2. End to end over HTTP (Basic auth with bcrypt on every request, JSON, Express).
const cluster = await startDemoCluster({ scenario, port: 0 });
try {
  for (const username of ['demo', 'anna']) {
    const auth = `Basic ${Buffer.from(`${username}:${username}`).toString('base64')}`;
    const request = () =>
      fetch(`${cluster.url}/v2/user-tasks/search`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(BODY),
      }).then((r) => r.json());
    for (let i = 0; i < 3; i++) await request();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await elapsedMs(request));
    console.log(
      `HTTP search as ${username.padEnd(4)}:   median ${median(samples).toFixed(2)} ms (bcrypt cost ${scenario.auth.method === 'basic' ? (scenario.auth.bcryptCost ?? 10) : '-'})`,
    );
  }
} finally {
  await cluster.close();
}
