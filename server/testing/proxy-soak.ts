import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { type DemoCluster, startDemoCluster } from '../../demo/emulator/start-demo-cluster.ts';
import { loadScenarioFile } from '../../demo/scenarios/load-scenario.ts';
import {
  type HostileBehaviour,
  type HostileUpstream,
  hostileBehaviours,
  startHostileUpstream,
} from './hostile-upstream.ts';
import { percentile } from './proxy-load.ts';
import { proxyOutcome } from './proxy-outcome.ts';
import type { SoakChildMessage, SoakParentMessage, SoakServerConfig } from './soak-lantern-process.ts';

// The proxy soak: a Lantern server in its own process, a demo cluster answering normally and a
// hostile one answering every broken thing hostile-upstream.ts knows, all on loopback. Hostile
// requests run back to back while normal requests continue; the run ends by itself after
// `durationMs` or `maxRequests`, whichever comes first. Shared by `scripts/soak-proxy.ts` (60 s,
// numbers for people) and `server/proxy/proxy-soak.test.ts` (a few seconds, counts in `npm test`).

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface SoakOptions {
  durationMs: number;
  /** Hard cap on requests of both kinds together, so a fast machine does not run away. */
  maxRequests: number;
  normalWorkers: number;
  hostileWorkers: number;
  /**
   * The proxy's upstream timeout (headers and silence; the total is four times it). Short, so the
   * slow behaviours cycle many times; a test on a loaded machine gives normal answers more room.
   */
  upstreamTimeoutMs?: number;
  /** Called about once a second with a progress line (the script prints it; the test does not). */
  onProgress?: (line: string) => void;
}

export interface MemoryPoint {
  rssMb: number;
  heapUsedMb: number;
}

export interface SoakResult {
  durationMs: number;
  /** The server process exited during the run (it must not). */
  serverExited: boolean;
  serverExit: string | null;
  normal: { succeeded: number; failed: number; failures: string[]; p50Ms: number; p95Ms: number };
  hostile: {
    sent: number;
    /** Requests the proxy never ended (no answer, no cut) within 15 s: a hang. */
    hung: number;
    /** Per behaviour: how each request ended, e.g. `502 invalid-status` or `cut after 200`. */
    outcomes: Record<string, Record<string, number>>;
  };
  /** After a full GC once warmed up / highest seen (no GC) / after a full GC at the end. */
  memory: { start: MemoryPoint; peak: MemoryPoint; end: MemoryPoint };
  /** Connections from the proxy to the hostile cluster still open at the end (must be 0). */
  hostileSocketsLeftOpen: number;
}

/** Short limits, so the slow behaviours cycle many times in a short run. */
function soakLimits(upstreamTimeoutMs = 500) {
  return { upstreamTimeoutMs, proxyLimits: { totalTimeoutMs: 4 * upstreamTimeoutMs, maxBodyBytes: 2 ** 20 } };
}

interface SoakServer {
  port: number;
  exited(): string | null;
  memory(gc: boolean): Promise<MemoryPoint>;
  stop(): Promise<void>;
}

async function startSoakServer(config: SoakServerConfig): Promise<SoakServer> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'soak-lantern-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, LANTERN_REQUEST_LOG: 'off' },
  });
  let exit: string | null = null;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = `code ${code ?? '-'} signal ${signal ?? '-'}`;
      resolve();
    }),
  );
  const next = <T extends SoakChildMessage['type']>(type: T) =>
    new Promise<Extract<SoakChildMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (message: SoakChildMessage) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message as Extract<SoakChildMessage, { type: T }>);
      };
      child.on('message', onMessage);
      void exitedPromise.then(() => reject(new Error(`the soak server exited (${exit})`)));
    });
  const send = (message: SoakParentMessage) => child.send(message);
  const listening = next('listening');
  send({ type: 'start', config });
  const { port } = await listening;
  return {
    port,
    exited: () => exit,
    async memory(gc) {
      const reply = next('memory');
      send({ type: 'memory', gc });
      const { rssMb, heapUsedMb } = await reply;
      return { rssMb, heapUsedMb };
    },
    async stop() {
      if (exit === null) {
        child.kill('SIGTERM');
        await exitedPromise;
      }
    },
  };
}

function describeOutcome(outcome: Awaited<ReturnType<typeof proxyOutcome>>): string {
  if (outcome.kind === 'cut') return `cut after ${outcome.status ?? 'no status'}`;
  const error = outcome.headers['x-lantern-proxy-error'];
  const type = String(outcome.headers['content-type'] ?? '-');
  return error ? `${outcome.status} ${String(error)}` : `${outcome.status} ${type}`;
}

export async function runProxySoak(options: SoakOptions): Promise<SoakResult> {
  const scenario = await loadScenarioFile(path.join(repoRoot, 'demo', 'scenarios', 'c8run.json'));
  const cluster: DemoCluster = await startDemoCluster({ scenario, port: 0 });
  let hostile: HostileUpstream | null = null;
  let server: SoakServer | null = null;
  try {
    hostile = await startHostileUpstream({ trickleMs: 50 });
    server = await startSoakServer({
      ...soakLimits(options.upstreamTimeoutMs),
      clusters: [
        { id: 'c8run', restBaseUrl: cluster.url },
        { id: 'hostile', restBaseUrl: hostile.url },
      ],
    });
    const lantern = server;
    const normalPaths = [
      { method: 'GET', path: '/clusters/c8run/v2/topology', body: undefined },
      { method: 'POST', path: '/clusters/c8run/v2/user-tasks/search', body: '{"page":{"limit":20}}' },
    ] as const;

    // Warm-up: pools, JIT and the demo cluster's caches, so the start figure is not a cold process.
    for (let i = 0; i < 20; i++) {
      const target = normalPaths[i % normalPaths.length]!;
      await proxyOutcome(lantern.port, target.path, {
        method: target.method,
        body: target.body,
        headers: target.body ? { 'content-type': 'application/json' } : {},
      });
    }
    const start = await lantern.memory(true);
    const peak: MemoryPoint = { ...start };

    const startedAt = Date.now();
    let requests = 0;
    const running = () => Date.now() - startedAt < options.durationMs && requests < options.maxRequests;
    const normalMs: number[] = [];
    const failures: string[] = [];
    const outcomes: Record<string, Record<string, number>> = {};
    let hostileSent = 0;
    let hung = 0;

    const normalWorker = async (offset: number) => {
      for (let i = offset; running(); i++) {
        requests++;
        const target = normalPaths[i % normalPaths.length]!;
        const began = performance.now();
        try {
          const outcome = await proxyOutcome(lantern.port, target.path, {
            method: target.method,
            body: target.body,
            headers: { accept: 'application/json', ...(target.body ? { 'content-type': 'application/json' } : {}) },
            timeoutMs: 15_000,
          });
          if (outcome.kind === 'answer' && outcome.status === 200) {
            JSON.parse(outcome.body);
            normalMs.push(performance.now() - began);
          } else {
            failures.push(`${target.method} ${target.path}: ${describeOutcome(outcome)}`);
          }
        } catch (error) {
          failures.push(`${target.method} ${target.path}: ${String(error)}`);
        }
      }
    };
    const hostileWorker = async (offset: number) => {
      for (let i = offset; running(); i++) {
        requests++;
        hostileSent++;
        const behaviour: HostileBehaviour = hostileBehaviours[i % hostileBehaviours.length]!;
        const counts = (outcomes[behaviour] ??= {});
        try {
          const outcome = await proxyOutcome(lantern.port, `/clusters/hostile/v2/hostile/${behaviour}`, {
            timeoutMs: 15_000,
          });
          const key = describeOutcome(outcome);
          counts[key] = (counts[key] ?? 0) + 1;
        } catch {
          hung++;
        }
      }
    };
    const pending: { sample: Promise<void> | null } = { sample: null };
    const sampler = setInterval(() => {
      if (pending.sample) return;
      pending.sample = lantern
        .memory(false)
        .then((m) => {
          peak.rssMb = Math.max(peak.rssMb, m.rssMb);
          peak.heapUsedMb = Math.max(peak.heapUsedMb, m.heapUsedMb);
          options.onProgress?.(
            `${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${normalMs.length} normal ok, ${failures.length} failed, ` +
              `${hostileSent} hostile, rss ${m.rssMb.toFixed(1)} MB, heap ${m.heapUsedMb.toFixed(1)} MB`,
          );
        })
        .catch(() => undefined)
        .finally(() => (pending.sample = null));
    }, 1_000);
    await Promise.all([
      ...Array.from({ length: options.normalWorkers }, (_, w) => normalWorker(w)),
      ...Array.from({ length: options.hostileWorkers }, (_, w) => hostileWorker(w * 7)),
    ]);
    clearInterval(sampler);
    // One memory question at a time: the final figure must not be the answer to a sample.
    await pending.sample;
    const durationMs = Date.now() - startedAt;
    const serverExit = lantern.exited();
    const end = serverExit === null ? await lantern.memory(true) : { rssMb: Number.NaN, heapUsedMb: Number.NaN };
    // The proxy's sockets to the hostile cluster close right after its last request ended.
    const openUntil = Date.now() + 3_000;
    while (hostile.openSockets() > 0 && Date.now() < openUntil) await new Promise((r) => setTimeout(r, 50));
    return {
      durationMs,
      serverExited: serverExit !== null,
      serverExit,
      normal: {
        succeeded: normalMs.length,
        failed: failures.length,
        failures: failures.slice(0, 10),
        p50Ms: percentile(normalMs, 50),
        p95Ms: percentile(normalMs, 95),
      },
      hostile: { sent: hostileSent, hung, outcomes },
      memory: { start, peak, end },
      hostileSocketsLeftOpen: hostile.openSockets(),
    };
  } finally {
    await server?.stop();
    await hostile?.close();
    await cluster.close();
  }
}
