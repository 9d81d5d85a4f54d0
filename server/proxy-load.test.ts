import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LoadEnvironment,
  burst,
  defaultTargets,
  memoryAfterGc,
  proxiedUrl,
  startLoadEnvironment,
} from './testing/proxy-load.ts';

// The bounded version of scripts/load-test.ts: the proxy serves bursts of 200 concurrent requests
// to real demo clusters without a single failure and without retaining memory per request.
// Counts only; the latency numbers are the script's job (timings are never asserted).

let env: LoadEnvironment;

beforeAll(async () => {
  env = await startLoadEnvironment({ bcryptCost: 4 });
});

afterAll(async () => {
  await env.close();
});

describe('the proxy under load', () => {
  it('answers 200 concurrent requests to two clusters with no error, every answer a 200 with a JSON body', async () => {
    const result = await burst((t) => proxiedUrl(env, t), defaultTargets, 200, 15_000);
    expect(result.errors).toEqual([]);
    expect(result.outcomes).toHaveLength(200);
    expect(result.outcomes.every((o) => o.status === 200)).toBe(true);
  }, 60_000);

  it('retains no memory per request over 600 more proxied requests', async () => {
    // The first burst above warmed pools and JIT; growth from here on would be a per-request leak.
    const before = memoryAfterGc();
    for (let round = 0; round < 3; round++) {
      const result = await burst((t) => proxiedUrl(env, t), defaultTargets, 200, 15_000);
      expect(result.errors).toEqual([]);
    }
    const after = memoryAfterGc();
    // 600 requests × ~10 KB bodies: holding on to them (or their sockets) would exceed this.
    expect(after.heapUsedMb - before.heapUsedMb).toBeLessThan(20);
  }, 90_000);
});
