import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { ClusterConfig } from '../config/cluster-config.ts';
import { createRedactingLogger } from '../logging/redacting-logger.ts';
import { type RunningLanternServer, startLanternServer } from '../start-lantern-server.ts';
import { testClusterConfig } from './cluster-config-fixture.ts';
import { type DemoCluster, startDemoCluster } from '../../demo/emulator/start-demo-cluster.ts';
import { loadScenarioFile } from '../../demo/scenarios/load-scenario.ts';
import type { Scenario } from '../../demo/scenarios/scenario-types.ts';

// A loopback load test of the cluster proxy: demo clusters plus a Lantern server in this process,
// then bursts of concurrent requests sent both through the proxy and straight to the cluster, so the
// latency the proxy adds can be told apart from the emulator's own cost. Shared by
// `scripts/load-test.ts` (numbers for people) and `server/proxy-load.test.ts` (counts in `npm test`).

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface LoadTarget {
  /** A label for the report, e.g. `c8run GET /v2/topology`. */
  label: string;
  clusterId: string;
  method: 'GET' | 'POST';
  /** Path under the cluster's REST address, starting with `/v2/`. */
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface RequestOutcome {
  ok: boolean;
  status: number;
  ms: number;
  error?: string;
}

export interface BurstResult {
  outcomes: RequestOutcome[];
  errors: string[];
}

export interface LoadEnvironment {
  lantern: RunningLanternServer;
  clusters: Map<string, DemoCluster>;
  close(): Promise<void>;
}

/** Basic credentials of the demo scenarios (passwords = user names). */
export const demoBasic = `Basic ${Buffer.from('demo:demo').toString('base64')}`;

/**
 * Starts `c8run` (no auth) and `helm` (Basic) on port 0 and a Lantern server in front of them.
 * `bcryptCost` lowers helm's hash cost: Basic auth hashes on every request, and at Camunda's cost 10
 * the emulator's bcrypt would dominate every number this test exists to measure.
 */
export async function startLoadEnvironment(options: { bcryptCost?: number } = {}): Promise<LoadEnvironment> {
  const scenarios: [string, Scenario][] = [];
  for (const id of ['c8run', 'helm']) {
    const scenario = await loadScenarioFile(path.join(repoRoot, 'demo', 'scenarios', `${id}.json`));
    const auth =
      scenario.auth.method === 'basic' && options.bcryptCost !== undefined
        ? { ...scenario.auth, bcryptCost: options.bcryptCost }
        : scenario.auth;
    scenarios.push([id, { ...scenario, auth }]);
  }
  const clusters = new Map<string, DemoCluster>();
  const configs: ClusterConfig[] = [];
  try {
    for (const [id, scenario] of scenarios) {
      const cluster = await startDemoCluster({ scenario, port: 0 });
      clusters.set(id, cluster);
      configs.push(
        testClusterConfig({
          id,
          name: scenario.displayName,
          restBaseUrl: cluster.url,
          auth: scenario.auth.method === 'basic' ? 'basic' : 'none',
        }),
      );
    }
    const lantern = await startLanternServer({
      port: 0,
      clusters: configs,
      spa: { kind: 'none' },
      // One line per request would flood the terminal; the logger's redaction is tested elsewhere.
      logger: createRedactingLogger(() => undefined),
    });
    return {
      lantern,
      clusters,
      async close() {
        await lantern.close();
        for (const cluster of clusters.values()) await cluster.close();
      },
    };
  } catch (error) {
    for (const cluster of clusters.values()) await cluster.close().catch(() => undefined);
    throw error;
  }
}

export function proxiedUrl(env: LoadEnvironment, target: LoadTarget): string {
  return `${env.lantern.url}/clusters/${target.clusterId}${target.path}`;
}

export function directUrl(env: LoadEnvironment, target: LoadTarget): string {
  const cluster = env.clusters.get(target.clusterId);
  if (!cluster) throw new Error(`no demo cluster ${target.clusterId}`);
  return `${cluster.url}${target.path}`;
}

async function timedRequest(url: string, target: LoadTarget, timeoutMs: number): Promise<RequestOutcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: target.method,
      headers: {
        accept: 'application/json',
        ...(target.body ? { 'content-type': 'application/json' } : {}),
        ...target.headers,
      },
      body: target.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read the whole body: a proxy that stalls mid-stream must count as slow, not as fast.
    const text = await response.text();
    const ms = performance.now() - started;
    if (!response.ok)
      return { ok: false, status: response.status, ms, error: `${response.status} ${text.slice(0, 200)}` };
    JSON.parse(text);
    return { ok: true, status: response.status, ms };
  } catch (error) {
    return { ok: false, status: 0, ms: performance.now() - started, error: String(error) };
  }
}

/** Sends `count` requests at once (all in flight together) and waits for every one of them. */
export async function burst(
  urlFor: (target: LoadTarget) => string,
  targets: LoadTarget[],
  count: number,
  timeoutMs: number,
): Promise<BurstResult> {
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const target = targets[i % targets.length]!;
      return timedRequest(urlFor(target), target, timeoutMs);
    }),
  );
  const errors = outcomes.flatMap((o) => (o.ok ? [] : [o.error ?? `status ${o.status}`]));
  return { outcomes, errors };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface MemorySample {
  rssMb: number;
  heapUsedMb: number;
}

/** Memory after a full garbage collection, so growth means retained objects, not garbage. */
export function memoryAfterGc(): MemorySample {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  gc?.();
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, heapUsedMb: usage.heapUsed / 2 ** 20 };
}

export const defaultTargets: LoadTarget[] = [
  { label: 'c8run GET /v2/topology', clusterId: 'c8run', method: 'GET', path: '/v2/topology' },
  {
    label: 'c8run POST /v2/user-tasks/search',
    clusterId: 'c8run',
    method: 'POST',
    path: '/v2/user-tasks/search',
    body: '{"page":{"limit":50}}',
  },
  {
    label: 'helm POST /v2/user-tasks/search (Basic)',
    clusterId: 'helm',
    method: 'POST',
    path: '/v2/user-tasks/search',
    body: '{"page":{"limit":50}}',
    headers: { authorization: demoBasic },
  },
];
