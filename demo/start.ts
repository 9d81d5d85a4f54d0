import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../server/config/cluster-config.ts';
import { createRedactingLogger } from '../server/logging/redacting-logger.ts';
import type { DemoPorts } from './demo-environment.ts';
import { demoLogins } from './demo-logins.ts';
import { loadWithoutExpectedRuntimeWarning } from './oidc/expected-runtime-warning.ts';

// `npm start`: the complete demo environment in one process (docs/decisions.md, "Processes and ports").
//   --dev  Vite middleware instead of the production build (HMR, relaxed CSP)
//   --e2e  always rebuild into LANTERN_DIST first and start the `scale` cluster too (Playwright);
//          the demo app and worker do not run (e2e/worker-story.spec.ts starts its own)

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const e2e = args.has('--e2e');

function integer(name: string, fallback: number, max: number, what: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new ConfigError(`${name}: must be ${what}`);
  return value;
}

const port = (name: string, fallback: number) => integer(name, fallback, 65535, 'a port number (1–65535)');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`.trimEnd()).join('\n');
}

async function main(): Promise<void> {
  const scalePort = process.env.DEMO_SCALE_PORT;
  const ports: DemoPorts = {
    lantern: port('LANTERN_PORT', 5173),
    oidc: port('DEMO_OIDC_PORT', 18080),
    c8run: port('DEMO_C8RUN_PORT', 8080),
    helm: port('DEMO_HELM_PORT', 8081),
    saas: port('DEMO_SAAS_PORT', 8082),
    scale: e2e || scalePort ? port('DEMO_SCALE_PORT', 8083) : null,
  };
  const ttl = integer('DEMO_OIDC_ACCESS_TOKEN_TTL', 300, 86_400, 'a number of seconds (1–86400)');
  const dist = process.env.LANTERN_DIST?.trim() || 'dist';
  const logger = createRedactingLogger();
  // The demo app and worker log from their first call on; their lines wait until the table is out.
  const workerInterval = integer('DEMO_WORKER_INTERVAL_MS', 5000, 600_000, 'a number of milliseconds');
  const workersLog =
    process.env.DEMO_WORKERS_LOG?.trim() || path.join(tmpdir(), `lantern-demo-workers-${ports.saas}.log`);
  let bannerShown = false;
  const heldLines: string[] = [];
  const echo = (line: string) => {
    if (bannerShown) process.stdout.write(`${line}\n`);
    else heldLines.push(line);
  };
  // Loaded here, not by a static import, so oidc-provider's Node 20 notice can be left out.
  const { buildIsStale, buildSpa, startDemoEnvironment } = await loadWithoutExpectedRuntimeWarning(
    () => import('./demo-environment.ts'),
  );

  if (!dev && (e2e || buildIsStale(dist))) {
    process.stdout.write(`Building the production bundle into ${dist}/ …\n`);
    await buildSpa(dist);
  }
  const env = await startDemoEnvironment({
    ports,
    spa: dev ? { kind: 'vite' } : { kind: 'dist', dir: dist },
    accessTokenTtlSeconds: ttl,
    logger,
    ...(e2e ? {} : { workers: { intervalMs: workerInterval, logFile: workersLog, echo } }),
  });

  const clusterRows = env.clusters.map((c) => [`cluster ${c.id}`, c.url, c.name]);
  process.stdout.write(
    [
      '',
      `Lantern demo is running${dev ? ' (development: Vite middleware, relaxed CSP)' : ''}:`,
      '',
      table([
        ['Lantern', env.lanternUrl, 'open this in the browser'],
        ['OIDC provider', env.issuer, `discovery: ${env.issuer}/.well-known/openid-configuration`],
        ...clusterRows,
      ]),
      '',
      'Demo logins (Basic on helm, the OIDC login page for saas; c8run needs none):',
      '',
      table([['principal', 'secret', 'what it shows'], ...demoLogins]),
      '',
      `Try first: open ${env.lanternUrl}, pick the helm cluster, sign in as ron / ron and open a task:`,
      '"Assign to me" is disabled with the permission ron lacks; press "Try anyway" and the 403 is explained,',
      'with the authorization that fixes it.',
      '',
      ...(env.workersLog
        ? [
            'Demo app and worker (Camunda SDK clients invoice-app and invoice-worker on the saas cluster):',
            '  invoice-app is refused CREATE_PROCESS_INSTANCE on invoice-approval. Copy its 403 line below, sign in',
            '  to saas as demo, paste it into Access → Explain an error and apply the fix: the app recovers by itself.',
            `  Their log (also below): ${env.workersLog}`,
            '',
          ]
        : []),
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  bannerShown = true;
  for (const line of heldLines.splice(0)) process.stdout.write(`${line}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the demo environment…\n`);
    env
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`npm start failed: ${message}\n`);
  process.exit(1);
});
