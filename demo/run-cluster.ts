// Starts one demo cluster from any scenario file:
//   npm run demo:cluster -- --scenario demo/scenarios/helm.json --port 9000 [--host 127.0.0.1]
//                           [--oidc-issuer http://localhost:18080] [--oidc-jwks-uri URL]
import { parseArgs } from 'node:util';
import { startDemoCluster } from './emulator/start-demo-cluster.ts';
import { loadScenarioFile } from './scenarios/load-scenario.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      port: { type: 'string', default: '0' },
      host: { type: 'string' },
      'oidc-issuer': { type: 'string' },
      'oidc-jwks-uri': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.scenario) {
    console.log(
      'Usage: npm run demo:cluster -- --scenario <file.json> [--port 9000] [--host 127.0.0.1] [--oidc-issuer URL] [--oidc-jwks-uri URL]',
    );
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got '${values.port}'`);
  const scenario = await loadScenarioFile(values.scenario);
  const issuer = values['oidc-issuer'];
  // The demo provider serves its JWKS at <issuer>/jwks (docs/decisions.md).
  const oidc = issuer ? { issuer, jwksUri: values['oidc-jwks-uri'] ?? `${issuer.replace(/\/$/, '')}/jwks` } : undefined;
  const cluster = await startDemoCluster({ scenario, port, host: values.host, oidc });
  console.log(
    `${scenario.displayName} (${scenario.version}, auth ${scenario.auth.method}) listening at ${cluster.url}/v2`,
  );
  const stop = () => {
    void cluster.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
