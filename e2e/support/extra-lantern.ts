import path from 'node:path';
import type { ClusterConfig } from '../../server/config/cluster-config.ts';
import { startLanternServer, type RunningLanternServer } from '../../server/start-lantern-server.ts';
import { e2ePorts } from './ports.ts';

// A second Lantern server on the same production build, configured with clusters the demo
// environment does not have (a dead address, a non-Camunda address), so the connection check
// can be tested against real network failures through the real proxy.
export const extraLanternPort = (): number => e2ePorts().lantern + 9;
export const deadClusterPort = (): number => e2ePorts().lantern + 8;

function cluster(id: string, name: string, restBaseUrl: string): ClusterConfig {
  return {
    id,
    name,
    restBaseUrl,
    auth: 'none',
    oidc: null,
    tokenEndpoint: null,
    tokenAudience: null,
    tokenScope: null,
    serverClientCredentials: null,
    allowTypedClientCredentials: false,
  };
}

export async function startExtraLantern(): Promise<RunningLanternServer> {
  const ports = e2ePorts();
  const dist = path.resolve(ports.env.LANTERN_DIST ?? 'dist');
  return startLanternServer({
    port: extraLanternPort(),
    spa: { kind: 'dist', dir: dist },
    upstreamTimeoutMs: 5_000,
    clusters: [
      cluster('offline', 'Offline cluster', `http://localhost:${deadClusterPort()}`),
      // The OIDC provider is a web server but not the Camunda REST API.
      cluster('not-camunda', 'Not a Camunda cluster', `http://localhost:${ports.oidc}`),
    ],
  });
}
