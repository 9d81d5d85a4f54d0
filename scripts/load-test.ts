import {
  type BurstResult,
  type LoadEnvironment,
  type MemorySample,
  burst,
  defaultTargets,
  directUrl,
  memoryAfterGc,
  percentile,
  proxiedUrl,
  startLoadEnvironment,
} from '../server/testing/proxy-load.ts';

// Loopback load test of the Lantern proxy (issue 8): `node --import tsx scripts/load-test.ts`.
// Starts the c8run and helm demo clusters and a Lantern server on port 0, sends ROUNDS bursts of
// CONCURRENCY simultaneous requests through the proxy and the same bursts straight to the clusters,
// then prints p50/p95 of both (the difference is what the proxy adds) and the process memory after
// a full GC before and after. Exits 1 on any failed request, on memory growth over the bound, or
// when the whole run exceeds its time budget. Everything runs in this process, so RSS includes the
// emulator and the load client; heap growth between rounds is the number that shows retention.

const concurrency = Number(process.env.LOAD_CONCURRENCY ?? 200);
const rounds = Number(process.env.LOAD_ROUNDS ?? 5);
const sequentialCount = 150;
const requestTimeoutMs = 20_000;
const budgetMs = 180_000;
/** Retained heap after all rounds, over the first round's, that counts as a leak. */
const heapGrowthBoundMb = 25;

const watchdog = setTimeout(() => {
  console.error(`load test: exceeded its ${budgetMs / 1000} s budget; aborting`);
  process.exit(1);
}, budgetMs);
watchdog.unref();

function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

function memory(label: string, sample: MemorySample): string {
  return `${label}: rss ${sample.rssMb.toFixed(1)} MB, heap used ${sample.heapUsedMb.toFixed(1)} MB`;
}

async function run(env: LoadEnvironment): Promise<boolean> {
  // Warm-up: JIT, connection pools and the emulator's first search are not what we measure.
  const warm = await burst((t) => proxiedUrl(env, t), defaultTargets, 30, requestTimeoutMs);
  if (warm.errors.length > 0) throw new Error(`warm-up failed: ${warm.errors[0]}`);
  const before = memoryAfterGc();
  let afterFirst: MemorySample | null = null;
  const proxied: BurstResult[] = [];
  const direct: BurstResult[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    direct.push(await burst((t) => directUrl(env, t), defaultTargets, concurrency, requestTimeoutMs));
    proxied.push(await burst((t) => proxiedUrl(env, t), defaultTargets, concurrency, requestTimeoutMs));
    if (round === 0) afterFirst = memoryAfterGc();
  }
  const after = memoryAfterGc();
  const elapsed = performance.now() - started;

  console.log(`\nLantern proxy load test: ${rounds} rounds × ${concurrency} concurrent requests, each way`);
  console.log(`targets: ${defaultTargets.map((t) => t.label).join('; ')}  (helm bcrypt cost lowered to 4)`);
  let ok = true;
  for (const target of defaultTargets) {
    const pick = (results: BurstResult[]) =>
      results.flatMap((r) =>
        r.outcomes.filter((_, i) => defaultTargets[i % defaultTargets.length] === target).map((o) => o.ms),
      );
    const p = pick(proxied);
    const d = pick(direct);
    console.log(
      `  ${target.label.padEnd(42)} n=${p.length}  direct p50 ${fmt(percentile(d, 50))} p95 ${fmt(percentile(d, 95))}` +
        `  proxied p50 ${fmt(percentile(p, 50))} p95 ${fmt(percentile(p, 95))}` +
        `  added p50 ${fmt(percentile(p, 50) - percentile(d, 50))} p95 ${fmt(percentile(p, 95) - percentile(d, 95))}`,
    );
  }
  // One request at a time: the proxy's own cost without 200 requests queueing in one event loop.
  const sequentialDirect: number[] = [];
  const sequentialProxied: number[] = [];
  const sequentialErrors: string[] = [];
  for (let i = 0; i < sequentialCount; i++) {
    const one = defaultTargets.slice(i % defaultTargets.length, (i % defaultTargets.length) + 1);
    sequentialDirect.push(
      ...(await burst((t) => directUrl(env, t), one, 1, requestTimeoutMs)).outcomes.map((o) => o.ms),
    );
    const result = await burst((t) => proxiedUrl(env, t), one, 1, requestTimeoutMs);
    sequentialProxied.push(...result.outcomes.map((o) => o.ms));
    sequentialErrors.push(...result.errors);
  }
  console.log(
    `  sequential (n=${sequentialCount}): direct p50 ${fmt(percentile(sequentialDirect, 50))} p95 ${fmt(percentile(sequentialDirect, 95))}` +
      `  proxied p50 ${fmt(percentile(sequentialProxied, 50))} p95 ${fmt(percentile(sequentialProxied, 95))}` +
      `  added p50 ${fmt(percentile(sequentialProxied, 50) - percentile(sequentialDirect, 50))}`,
  );
  const all = (results: BurstResult[]) => results.flatMap((r) => r.outcomes.map((o) => o.ms));
  console.log(
    `  all: direct p50 ${fmt(percentile(all(direct), 50))} p95 ${fmt(percentile(all(direct), 95))};` +
      ` proxied p50 ${fmt(percentile(all(proxied), 50))} p95 ${fmt(percentile(all(proxied), 95))}`,
  );
  const errors = [...[...proxied, ...direct].flatMap((r) => r.errors), ...sequentialErrors];
  const total = rounds * 2 * concurrency + sequentialCount * 2;
  console.log(`  requests: ${total}, failed: ${errors.length}, wall time ${(elapsed / 1000).toFixed(1)} s`);
  if (errors.length > 0) {
    ok = false;
    console.error(`  first errors:\n    ${[...new Set(errors)].slice(0, 5).join('\n    ')}`);
  }
  console.log(`  ${memory('memory before', before)}`);
  if (afterFirst) console.log(`  ${memory('after round 1', afterFirst)}`);
  console.log(`  ${memory(`after round ${rounds}`, after)}`);
  const growth = after.heapUsedMb - (afterFirst ?? before).heapUsedMb;
  console.log(`  retained heap growth after round 1: ${growth.toFixed(1)} MB (bound ${heapGrowthBoundMb} MB)`);
  if (growth > heapGrowthBoundMb) ok = false;
  return ok;
}

const env = await startLoadEnvironment({ bcryptCost: 4 });
let passed = false;
try {
  passed = await run(env);
} finally {
  await env.close();
  clearTimeout(watchdog);
}
console.log(passed ? '\nPASS' : '\nFAIL');
process.exitCode = passed ? 0 : 1;
