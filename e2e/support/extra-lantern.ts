import path from 'node:path';
import { startLanternServer, type RunningLanternServer } from '../../server/start-lantern-server.ts';
import { testClusterConfig } from '../../server/testing/cluster-config-fixture.ts';
import { e2ePorts } from './ports.ts';

// A second Lantern server on the same production build, configured with clusters the demo
// environment does not have (a dead address, a non-Camunda address), so the connection check
// can be tested against real network failures through the real proxy.
export const extraLanternPort = (): number => e2ePorts().lantern + 9;
export const deadClusterPort = (): number => e2ePorts().lantern + 8;

export async function startExtraLantern(): Promise<RunningLanternServer> {
  const ports = e2ePorts();
  const dist = path.resolve(ports.env.LANTERN_DIST ?? 'dist');
  return startLanternServer({
    port: extraLanternPort(),
    spa: { kind: 'dist', dir: dist },
    upstreamTimeoutMs: 5_000,
    clusters: [
      testClusterConfig({
        id: 'offline',
        name: 'Offline cluster',
        restBaseUrl: `http://localhost:${deadClusterPort()}`,
      }),
      // The OIDC provider is a web server but not the Camunda REST API.
      testClusterConfig({
        id: 'not-camunda',
        name: 'Not a Camunda cluster',
        restBaseUrl: `http://localhost:${ports.oidc}`,
      }),
    ],
  });
}
