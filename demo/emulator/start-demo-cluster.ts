import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Scenario } from '../scenarios/scenario-types.ts';
import { createAuthenticator } from './authenticate.ts';
import { ClusterState, hashPasswords } from './cluster-state.ts';
import { createApp, type EmulatorRuntime } from './create-app.ts';
import { FaultInjector } from './fault-injection.ts';

export interface DemoClusterOptions {
  scenario: Scenario;
  port: number;
  /** Bind address; default 127.0.0.1 (the demo is local only). */
  host?: string;
  /** The OIDC provider to trust, for `auth.method: oidc` scenarios. */
  oidc?: { issuer: string; jwksUri: string };
}

export interface DemoCluster {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Restores the scenario state (writes are forgotten) and removes injected faults. */
  reset(): void;
}

export async function startDemoCluster(options: DemoClusterOptions): Promise<DemoCluster> {
  const { scenario } = options;
  const hashes = await hashPasswords(scenario);
  let state = new ClusterState(scenario, hashes);
  let startedAt = Date.now();
  const faults = new FaultInjector();
  const runtime: EmulatorRuntime = {
    scenario,
    state: () => state,
    authenticator: createAuthenticator(scenario, () => state.users, options.oidc),
    faults,
    reset() {
      state = new ClusterState(scenario, hashes);
      startedAt = Date.now();
      faults.clear();
    },
    clock: () => new Date(state.now + (Date.now() - startedAt)).toISOString(),
  };
  const app = createApp(runtime);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port, options.host ?? '127.0.0.1', (error?: Error) =>
      error ? reject(error) : resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    reset: () => runtime.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
