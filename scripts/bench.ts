import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { loadWithoutExpectedRuntimeWarning } from '../demo/oidc/expected-runtime-warning.ts';
import { loadScenarioFile } from '../demo/scenarios/load-scenario.ts';
import { e2ePorts } from '../e2e/support/ports.ts';
import { createRedactingLogger } from '../server/logging/redacting-logger.ts';
import { startLanternServer } from '../server/start-lantern-server.ts';
import { measureAuditScale } from './bench-audit.ts';
import { formatAuditView, measureAuditView } from './bench/audit-view.ts';
import { analyzeBundle, buildWithManifest } from './bundle-size.ts';
import { buildFloorPage, floorJsGzip, measureFloor } from './bench/floor.ts';
import { formatQueueRender, measureQueueRender } from './bench/queue-render.ts';
import { type BenchResults, budgetVerdicts, formatFloor, formatResults } from './bench/report.ts';
import {
  measureAccessCheck,
  measureFirstScreen,
  measureHiddenTab,
  measureScale,
  measureSignIn,
  measureViews,
} from './bench/scenarios.ts';

// `npm run bench` (issue 7, docs/benchmark.md): Lantern as an operator feels it, on the production
// build against the demo environment, in Debian's Chromium. Prints a table and writes
// bench-results/bench.json. Exits 1 when a deterministic budget (bytes, counts) is broken;
// timings are reported only.
//
//   BENCH_RUNS       runs per timing (default 5)
//   BENCH_PORT_BASE  first of seven private ports (default E2E_PORT_BASE, else 36000; same layout as
//                    E2E_PORT_BASE, plus base + 6 for the floor page's Lantern server)
//   BENCH_ONLY=floor only the floor comparison (a quicker loop when working on the boot)
//   BENCH_ONLY=audit only the audit view on the scale cluster (printed, not written to bench.json)
//   BENCH_ONLY=queue only the task queue's render after data, with a CPU profile (printed)
//   BENCH_DIST       build directory (default dist-bench; the floor page goes to <BENCH_DIST>-floor)

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const portBase = Number(process.env.BENCH_PORT_BASE ?? process.env.E2E_PORT_BASE ?? 36000);
const floorOnly = process.env.BENCH_ONLY === 'floor';
const auditOnly = process.env.BENCH_ONLY === 'audit';
const queueOnly = process.env.BENCH_ONLY === 'queue';
const ports = e2ePorts(portBase);
const floorPort = portBase + 6;
const dist = path.resolve(root, process.env.BENCH_DIST ?? 'dist-bench');
const floorDist = `${dist}-floor`;
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The audit's slices run the same code in the view; the longest one is the longest the main thread
// would be blocked (budget 200 ms, docs/audit.md). Reported, never a reason to fail.
function formatAuditScale(timings: Awaited<ReturnType<typeof measureAuditScale>>): string {
  const lines = timings.map(
    (t) =>
      `  ${t.name.padEnd(22)} total ${(t.totalMs / 1000).toFixed(2)} s, ${t.slices} slices, longest slice ${t.longestSliceMs.toFixed(0)} ms (CPU ${t.longestSliceCpuMs.toFixed(0)} ms; budget 200 ms)`,
  );
  return ['Audit at scale: 10,000 authorizations × 1,010 principals, in slices', ...lines].join('\n');
}

function step(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

async function main(): Promise<number> {
  const started = Date.now();
  step(`building the production bundle into ${path.relative(root, dist)}/`);
  await buildWithManifest(dist);
  const bundle = analyzeBundle(dist);
  // Loaded here, as in demo/start.ts, so oidc-provider's expected Node 20 notice is left out.
  const { clusterConfigFor, startDemoEnvironment } = await loadWithoutExpectedRuntimeWarning(
    () => import('../demo/demo-environment.ts'),
  );
  step(`building the floor page into ${path.relative(root, floorDist)}/`);
  await buildFloorPage(floorDist);

  step(`starting the demo environment on ports ${ports.lantern}–${floorPort}`);
  const logger = createRedactingLogger(() => {});
  const env = await startDemoEnvironment({
    ports: { ...ports },
    spa: { kind: 'dist', dir: dist },
    accessTokenTtlSeconds: 300,
    logger,
  });
  // The floor page's own Lantern server: the same server code and the same c8run cluster, so the
  // floor and Lantern pay the same proxy.
  const c8run = await loadScenarioFile(path.join(root, 'demo', 'scenarios', 'c8run.json'));
  const floorServer = await startLanternServer({
    clusters: [clusterConfigFor('c8run', c8run, `http://localhost:${ports.c8run}`, null)],
    spa: { kind: 'dist', dir: floorDist },
    logger,
    port: floorPort,
  }).catch(async (error: unknown) => {
    await env.close();
    throw error;
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const base = env.lanternUrl;
    if (floorOnly) {
      step('the floor page only (BENCH_ONLY=floor)');
      const floor = await measureFloor(browser, base, floorServer.url, runs * 2, floorJsGzip(floorDist));
      process.stdout.write(
        `\n${formatFloor({ floor })}\n\nWhole run: ${Math.round((Date.now() - started) / 1000)} s\n`,
      );
      return 0;
    }
    if (auditOnly) {
      step('the audit view only (BENCH_ONLY=audit)');
      process.stdout.write(`\n${formatAuditView(await measureAuditView(browser, base))}\n`);
      return 0;
    }
    if (queueOnly) {
      step('the task queue render only (BENCH_ONLY=queue)');
      // Three times the runs: the figure is a few tens of ms on a shared machine.
      process.stdout.write(`\n${formatQueueRender(await measureQueueRender(browser, base, runs * 3))}\n`);
      return 0;
    }
    step('first screen');
    const firstScreen = await measureFirstScreen(browser, base, bundle, runs);
    step('topology and task list: page loads, in-app navigation, returns');
    const views = await measureViews(browser, base, runs);
    step('the floor page: the same topology with React, React Router and TanStack Query only');
    // Twice the runs: the two pages are compared run by run, and one slow run should not decide the ratio.
    const floor = await measureFloor(browser, base, floorServer.url, runs * 2, floorJsGzip(floorDist));
    step('sign-in and the first view');
    const signIn = await measureSignIn(browser, base);
    step('the task queue render after data, profiled');
    const queueRender = await measureQueueRender(browser, base, runs * 3);
    step('scrolling 10,000 tasks');
    const scale = await measureScale(browser, base);
    step('access check');
    const accessCheck = [];
    for (const cluster of ['helm', 'c8run'] as const) {
      accessCheck.push(
        // The access page may not be there yet in a build of the tree; the rest is still worth reporting.
        await measureAccessCheck(browser, base, runs, cluster).catch((error: unknown) => ({
          cluster,
          skipped: `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        })),
      );
    }
    step('hidden tab');
    const hiddenTab = await measureHiddenTab(browser, base);
    step('audit and upgrade readiness on 10,000 authorizations (Node, sliced as in the view)');
    const auditScale = await measureAuditScale();
    step('the audit view on the scale cluster in Chromium: findings, then readiness, long tasks recorded');
    const auditView = await measureAuditView(browser, base);

    const results: BenchResults = { bundle, firstScreen, views, floor, signIn, scale, accessCheck, hiddenTab };
    const verdicts = budgetVerdicts(results);
    const seconds = Math.round((Date.now() - started) / 1000);
    process.stdout.write(
      `\n${formatResults(results, runs)}\n\n${formatQueueRender(queueRender)}\n\n${formatAuditScale(auditScale)}\n\n${formatAuditView(auditView)}\n\nWhole run: ${seconds} s\n`,
    );
    const outDir = path.join(root, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const json = {
      measuredAt: new Date().toISOString(),
      runs,
      seconds,
      chromium: browser.version(),
      budgets: verdicts,
      ...results,
      queueRender,
      auditScale,
      auditView,
    };
    writeFileSync(path.join(outDir, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`Written: bench-results/bench.json\n`);
    return verdicts.some((v) => !v.ok && !v.timing) ? 1 : 0;
  } finally {
    await browser.close();
    await floorServer.close();
    await env.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
