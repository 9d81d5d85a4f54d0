import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createCamundaClient, type CamundaClient } from 'sdk88';
import { startDemoApp } from './demo-app.ts';
import { startDemoWorker } from './demo-worker.ts';

// The demo app and demo worker as two real machine clients of one demo cluster: each exchanges
// its own client credentials at the demo OIDC provider (the SDK's OAUTH strategy) and calls /v2
// with the Bearer token, exactly as a worker or app deployed against Camunda SaaS would.

export const demoAppClient = { clientId: 'invoice-app', clientSecret: 'invoice-app-secret' } as const;
export const demoWorkerClient = { clientId: 'invoice-worker', clientSecret: 'invoice-worker-secret' } as const;

export interface DemoWorkersOptions {
  /** The cluster's REST address without /v2, e.g. http://localhost:8082. */
  restAddress: string;
  tokenUrl: string;
  audience: string;
  intervalMs: number;
  logFile: string;
  /** Where the prefixed lines go besides the file (the terminal of `npm start`). */
  echo?: (line: string) => void;
}

export interface RunningDemoWorkers {
  logFile: string;
  close(): Promise<void>;
}

export function demoClient(
  options: DemoWorkersOptions,
  client: { clientId: string; clientSecret: string },
): CamundaClient {
  return createCamundaClient({
    config: {
      CAMUNDA_REST_ADDRESS: options.restAddress,
      CAMUNDA_AUTH_STRATEGY: 'OAUTH',
      CAMUNDA_CLIENT_ID: client.clientId,
      CAMUNDA_CLIENT_SECRET: client.clientSecret,
      CAMUNDA_OAUTH_URL: options.tokenUrl,
      CAMUNDA_TOKEN_AUDIENCE: options.audience,
      // The loops below retry and back off themselves; the SDK's own retries would hide the timing.
      CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1,
      CAMUNDA_SDK_LOG_LEVEL: 'silent',
    },
  });
}

export async function startDemoWorkers(options: DemoWorkersOptions): Promise<RunningDemoWorkers> {
  await mkdir(path.dirname(options.logFile), { recursive: true });
  const file = createWriteStream(options.logFile, { flags: 'a' });
  const logFor = (source: string) => (line: string) => {
    const text = `${new Date().toISOString()} [${source}] ${line}`;
    file.write(`${text}\n`);
    options.echo?.(text);
  };
  const app = startDemoApp({
    camunda: demoClient(options, demoAppClient),
    intervalMs: options.intervalMs,
    log: logFor(demoAppClient.clientId),
  });
  const worker = startDemoWorker({
    camunda: demoClient(options, demoWorkerClient),
    intervalMs: options.intervalMs,
    log: logFor(demoWorkerClient.clientId),
    waitingAtCheck: () => app.started - worker.checked,
  });
  return {
    logFile: options.logFile,
    async close() {
      await Promise.all([app.stop(), worker.stop()]);
      await new Promise<void>((resolve) => file.end(resolve));
    },
  };
}
