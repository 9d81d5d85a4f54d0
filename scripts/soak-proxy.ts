import { runProxySoak } from '../server/testing/proxy-soak.ts';

// Sends a mix of hostile cluster answers through the proxy for 60 s (or SOAK_SECONDS) while normal
// requests continue, all on loopback, and prints whether the server lived, how the normal requests
// fared and what memory did. Stops by itself. Run: `node --import tsx scripts/soak-proxy.ts`.
// The bounded version with assertions is server/proxy/proxy-soak.test.ts.

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
  console.error('SOAK_SECONDS must be between 1 and 600');
  process.exit(2);
}

const result = await runProxySoak({
  durationMs: seconds * 1000,
  maxRequests: 2_000_000,
  normalWorkers: 4,
  hostileWorkers: 6,
  onProgress: (line) => console.log(line),
});

const mb = (value: number) => `${value.toFixed(1)} MB`;
const { normal, hostile, memory } = result;
console.log('');
console.log(`Proxy soak, ${(result.durationMs / 1000).toFixed(1)} s on loopback (Node ${process.version})`);
console.log(`  server never exited:       ${result.serverExited ? `NO, it exited (${result.serverExit})` : 'yes'}`);
console.log(`  normal requests:           ${normal.succeeded} succeeded, ${normal.failed} failed`);
console.log(`  normal latency:            p50 ${normal.p50Ms.toFixed(1)} ms, p95 ${normal.p95Ms.toFixed(1)} ms`);
console.log(`  hostile requests:          ${hostile.sent} sent, ${hostile.hung} hung`);
console.log(
  `  server RSS start/peak/end: ${mb(memory.start.rssMb)} / ${mb(memory.peak.rssMb)} / ${mb(memory.end.rssMb)}`,
);
console.log(
  `  server heap start/peak/end: ${mb(memory.start.heapUsedMb)} / ${mb(memory.peak.heapUsedMb)} / ${mb(memory.end.heapUsedMb)}`,
);
console.log(`  sockets to the hostile cluster left open: ${result.hostileSocketsLeftOpen}`);
console.log('  hostile answers, as the browser saw them:');
for (const [behaviour, counts] of Object.entries(hostile.outcomes)) {
  const text = Object.entries(counts)
    .map(([outcome, n]) => `${outcome} ×${n}`)
    .join(', ');
  console.log(`    ${behaviour.padEnd(28)} ${text}`);
}
if (normal.failures.length > 0) console.log(`  first failures:\n    ${normal.failures.join('\n    ')}`);
const ok = !result.serverExited && normal.failed === 0 && hostile.hung === 0 && result.hostileSocketsLeftOpen === 0;
process.exit(ok ? 0 : 1);
