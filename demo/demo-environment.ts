import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ClusterConfig } from '../server/config/cluster-config.ts';
import { demoSignInHint } from './demo-logins.ts';
import { createViteMiddleware } from '../server/http/vite-dev.ts';
import type { Logger } from '../server/logging/redacting-logger.ts';
import { type RunningLanternServer, startLanternServer } from '../server/start-lantern-server.ts';
import { startDemoCluster } from './emulator/start-demo-cluster.ts';
import {
  type RunningDemoOidcProvider,
  lanternClientId,
  orchestrationAudience,
  startDemoOidcProvider,
} from './oidc/demo-oidc-provider.ts';
import { type Scenario, loadScenarioFile } from './scenarios/load-scenario.ts';
import { startDemoWorkers } from './workers/start-demo-workers.ts';

// The whole demo environment in one process: the demo OIDC provider, the demo clusters and the
// Lantern server configured with exactly those clusters. `demo/start.ts` is the command line around
// it; tests and benchmarks can call startDemoEnvironment() directly.

export interface DemoPorts {
  lantern: number;
  oidc: number;
  c8run: number;
  helm: number;
  saas: number;
  /** null: the 10,000-task `scale` cluster is not started. */
  scale: number | null;
}

export interface DemoEnvironmentOptions {
  ports: DemoPorts;
  /** Production build directory, or 'vite' for Vite middleware (development, relaxed CSP). */
  spa: { kind: 'dist'; dir: string } | { kind: 'vite' };
  accessTokenTtlSeconds: number;
  logger: Logger;
  scenarioDir?: string;
  /** The demo app and worker on the saas cluster (docs/scenarios.md, "Demo worker and app"); absent: not run. */
  workers?: { intervalMs: number; logFile: string; echo: (line: string) => void };
}

export interface DemoEnvironment {
  lanternUrl: string;
  issuer: string;
  clusters: { id: string; name: string; url: string; auth: string }[];
  /** Where the demo app and worker write their log, or null when they do not run. */
  workersLog: string | null;
  close(): Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '..');

interface Closable {
  close(): Promise<void>;
}

/** The Lantern view of a demo cluster: auth method and claim names exactly as the scenario says. */
export function clusterConfigFor(
  id: string,
  scenario: Scenario,
  url: string,
  provider: RunningDemoOidcProvider | null,
): ClusterConfig {
  const base = {
    id,
    name: scenario.displayName,
    restBaseUrl: url,
    tokenEndpoint: null,
    tokenAudience: null,
    tokenScope: null,
    serverClientCredentials: null,
    allowTypedClientCredentials: false,
    signInHint: demoSignInHint(id, scenario.auth.method),
  };
  const auth = scenario.auth;
  if (auth.method !== 'oidc') return { ...base, auth: auth.method, oidc: null };
  if (!provider) throw new Error(`cluster ${id} uses OIDC but no demo OIDC provider is running`);
  return {
    ...base,
    auth: 'oidc',
    oidc: {
      issuer: provider.issuer,
      clientId: lanternClientId,
      audience: orchestrationAudience,
      scope: 'openid profile email groups',
      usernameClaim: auth.usernameClaim,
      clientIdClaim: auth.clientIdClaim,
      groupsClaim: auth.groupsClaim ?? null,
      preferUsernameClaim: auth.preferUsernameClaim,
    },
    tokenEndpoint: `${provider.issuer}/token`,
    // Operators type a machine client's id and secret into Lantern; the server exchanges them.
    allowTypedClientCredentials: true,
    // ron (auditor: reads everything, writes nothing) is saas's Lantern administrator: he applies the
    // fixes he diagnoses through the server's ops-client, whose secret never reaches his browser.
    ...(id === 'saas'
      ? { adminClient: { clientId: 'ops-client', clientSecret: 'ops-secret', adminPrincipals: ['ron'] } }
      : {}),
  };
}

export async function startDemoEnvironment(options: DemoEnvironmentOptions): Promise<DemoEnvironment> {
  const scenarioDir = options.scenarioDir ?? path.join(repoRoot, 'demo', 'scenarios');
  const { ports, logger } = options;
  const started: Closable[] = [];
  const closeAll = async () => {
    for (const part of started.reverse()) await part.close().catch(() => undefined);
  };

  try {
    const clusterPorts = new Map<string, number>([
      ['c8run', ports.c8run],
      ['helm', ports.helm],
      ['saas', ports.saas],
    ]);
    if (ports.scale !== null) clusterPorts.set('scale', ports.scale);
    const ids = [...clusterPorts.keys()];
    const scenarios = new Map<string, Scenario>();
    for (const id of ids) scenarios.set(id, await loadScenarioFile(path.join(scenarioDir, `${id}.json`)));

    const lanternOrigins = [`http://localhost:${ports.lantern}`, `http://127.0.0.1:${ports.lantern}`];
    const provider = await startDemoOidcProvider({
      port: ports.oidc,
      lanternOrigins,
      scenario: scenarios.get('saas')!,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds,
    });
    started.push(provider);

    const clusterConfigs: ClusterConfig[] = [];
    const clusterList: DemoEnvironment['clusters'] = [];
    for (const id of ids) {
      const scenario = scenarios.get(id)!;
      const port = clusterPorts.get(id)!;
      const usesOidc = scenario.auth.method === 'oidc';
      const cluster = await startDemoCluster({
        scenario,
        port,
        ...(usesOidc ? { oidc: { issuer: provider.issuer, jwksUri: provider.jwksUri } } : {}),
      });
      started.push(cluster);
      const url = `http://localhost:${port}`;
      clusterConfigs.push(clusterConfigFor(id, scenario, url, usesOidc ? provider : null));
      clusterList.push({ id, name: scenario.displayName, url: `${url}/v2`, auth: scenario.auth.method });
    }

    let workersLog: string | null = null;
    if (options.workers) {
      const workers = await startDemoWorkers({
        ...options.workers,
        restAddress: `http://localhost:${ports.saas}`,
        tokenUrl: `${provider.issuer}/token`,
        audience: orchestrationAudience,
      });
      started.push(workers);
      workersLog = workers.logFile;
    }

    let lantern: RunningLanternServer;
    if (options.spa.kind === 'vite') {
      const vite = await createViteMiddleware();
      lantern = await startLanternServer({
        clusters: clusterConfigs,
        spa: { kind: 'vite', middlewares: vite.middlewares },
        logger,
        port: ports.lantern,
        onClose: vite.close,
      });
    } else {
      lantern = await startLanternServer({ clusters: clusterConfigs, spa: options.spa, logger, port: ports.lantern });
    }
    started.push(lantern);
    return { lanternUrl: lantern.url, issuer: provider.issuer, clusters: clusterList, workersLog, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when the build is missing or older than anything it is built from. */
export function buildIsStale(distDir: string): boolean {
  const index = path.resolve(repoRoot, distDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = ['src', 'index.html', 'public', 'vite.config.ts', 'package-lock.json'].map((p) =>
    path.join(repoRoot, p),
  );
  return sources.some((source) => newestMtime(source) > built);
}

export async function buildSpa(distDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: repoRoot,
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: path.resolve(repoRoot, distDir), emptyOutDir: true },
  });
}
