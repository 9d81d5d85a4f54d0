import path from 'node:path';
import type { ClusterConfig } from '../../server/config/cluster-config.ts';
import { type RunningLanternServer, startLanternServer } from '../../server/start-lantern-server.ts';
import { clusterConfigFor } from '../../demo/demo-environment.ts';
import { type DemoCluster, startDemoCluster } from '../../demo/emulator/start-demo-cluster.ts';
import { type RunningDemoOidcProvider, startDemoOidcProvider } from '../../demo/oidc/demo-oidc-provider.ts';
import { loadScenarioFile } from '../../demo/scenarios/load-scenario.ts';
import type { Scenario } from '../../demo/scenarios/scenario-types.ts';
import { e2ePorts } from './ports.ts';

// Faults the demo environment cannot inject into itself: a cluster that is not running yet (then
// starts), an identity provider that is down (then comes up), and access tokens that expire within
// seconds. A second Lantern server on the same production build fronts them.

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export const faultPorts = () => {
  const base = e2ePorts().lantern;
  return { lantern: base + 13, flaky: base + 14, oidc: base + 15, saas: base + 16 };
};

/** Short enough to expire within a test, long enough to sign in and look at a page first. */
export const shortTokenTtlSeconds = 20;

export interface FaultEnvironment {
  lanternUrl: string;
  issuer: string;
  /** Starts the cluster `flaky` (nothing listens on its port until then). */
  startFlakyCluster(): Promise<void>;
  /** Starts the identity provider of `saas-own` (down until then). */
  startProvider(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultEnvironment(): Promise<FaultEnvironment> {
  const ports = faultPorts();
  const scenarios = path.join(repoRoot, 'demo', 'scenarios');
  const c8run = await loadScenarioFile(path.join(scenarios, 'c8run.json'));
  const saasFile = await loadScenarioFile(path.join(scenarios, 'saas.json'));
  if (saasFile.auth.method !== 'oidc') throw new Error('saas.json is expected to use OIDC');
  const issuer = `http://localhost:${ports.oidc}`;
  // No leeway: a token is refused the second it expires, so the test need not wait a minute more.
  const saas: Scenario = {
    ...saasFile,
    displayName: 'SaaS (own provider)',
    auth: { ...saasFile.auth, issuer, jwksUri: `${issuer}/jwks`, clockSkewSeconds: 0 },
  };
  const lanternOrigin = `http://localhost:${ports.lantern}`;
  let flaky: DemoCluster | null = null;
  let provider: RunningDemoOidcProvider | null = null;
  const saasCluster = await startDemoCluster({
    scenario: saas,
    port: ports.saas,
    oidc: { issuer, jwksUri: `${issuer}/jwks` },
  });
  // The cluster settings only need the issuer; the provider itself starts later (or never).
  const providerToBe: RunningDemoOidcProvider = {
    issuer,
    jwksUri: `${issuer}/jwks`,
    orchestrationResource: `${issuer}/orchestration-api`,
    otherResource: `${issuer}/other-api`,
    close: () => Promise.resolve(),
  };
  const configs: ClusterConfig[] = [
    clusterConfigFor('flaky', { ...c8run, displayName: 'Flaky cluster' }, `http://localhost:${ports.flaky}`, null),
    clusterConfigFor('saas-own', saas, saasCluster.url, providerToBe),
  ];
  let lantern: RunningLanternServer;
  try {
    lantern = await startLanternServer({
      port: ports.lantern,
      spa: { kind: 'dist', dir: path.resolve(repoRoot, e2ePorts().env.LANTERN_DIST ?? 'dist') },
      upstreamTimeoutMs: 5_000,
      clusters: configs,
    });
  } catch (error) {
    await saasCluster.close();
    throw error;
  }
  return {
    lanternUrl: lantern.url,
    issuer,
    async startFlakyCluster() {
      flaky ??= await startDemoCluster({ scenario: c8run, port: ports.flaky });
    },
    async startProvider() {
      provider ??= await startDemoOidcProvider({
        port: ports.oidc,
        lanternOrigins: [lanternOrigin],
        scenario: saas,
        accessTokenTtlSeconds: shortTokenTtlSeconds,
      });
    },
    async close() {
      await lantern.close();
      await saasCluster.close();
      await flaky?.close();
      await provider?.close();
    },
  };
}
