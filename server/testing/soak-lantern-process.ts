import v8 from 'node:v8';
import vm from 'node:vm';
import { createRedactingLogger } from '../logging/redacting-logger.ts';
import type { ProxyLimits } from '../proxy/proxy-limits.ts';
import { startLanternServer } from '../start-lantern-server.ts';
import { testClusterConfig } from './cluster-config-fixture.ts';

// The Lantern server of the proxy soak run, in a process of its own so that the run can see it
// exit (a crash would otherwise take the run down with it) and measure its memory alone.
// Forked by proxy-soak.ts; talks over the IPC channel only.

export interface SoakServerConfig {
  clusters: { id: string; restBaseUrl: string }[];
  upstreamTimeoutMs: number;
  proxyLimits: Partial<ProxyLimits>;
}

export type SoakParentMessage = { type: 'start'; config: SoakServerConfig } | { type: 'memory'; gc: boolean };

export type SoakChildMessage =
  { type: 'listening'; port: number } | { type: 'memory'; rssMb: number; heapUsedMb: number };

function reply(message: SoakChildMessage): void {
  process.send?.(message);
}

function memory(gc: boolean): SoakChildMessage {
  if (gc) {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as (() => void) | undefined)?.();
  }
  const usage = process.memoryUsage();
  return { type: 'memory', rssMb: usage.rss / 2 ** 20, heapUsedMb: usage.heapUsed / 2 ** 20 };
}

process.on('message', (message: SoakParentMessage) => {
  if (message.type === 'memory') {
    reply(memory(message.gc));
    return;
  }
  const { config } = message;
  void startLanternServer({
    port: 0,
    spa: { kind: 'none' },
    // Every hostile answer is logged as a warning at most; the run is about the process, not its log.
    logger: createRedactingLogger(() => undefined),
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    proxyLimits: config.proxyLimits,
    clusters: config.clusters.map((c) => testClusterConfig({ id: c.id, name: c.id, restBaseUrl: c.restBaseUrl })),
  }).then((server) => reply({ type: 'listening', port: server.port }));
});

// The parent going away (a finished or killed run) ends this process too.
process.on('disconnect', () => process.exit(0));
