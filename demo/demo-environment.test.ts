import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterListResponse } from '../src/lib/clusters/cluster-summary.ts';
import { createRedactingLogger } from '../server/logging/redacting-logger.ts';
import { type DemoEnvironment, startDemoEnvironment } from './demo-environment.ts';

// The wiring of `npm start`: each demo cluster is reachable through the Lantern proxy with the
// credentials its scenario expects, and the saas cluster trusts the demo OIDC provider's tokens.

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let env: DemoEnvironment;
let dist: string;
const logLines: string[] = [];

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'lantern-demo-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  env = await startDemoEnvironment({
    ports: {
      lantern: await freePort(),
      oidc: await freePort(),
      c8run: await freePort(),
      helm: await freePort(),
      saas: await freePort(),
      scale: null,
    },
    spa: { kind: 'dist', dir: dist },
    accessTokenTtlSeconds: 120,
    logger: createRedactingLogger((line) => logLines.push(line)),
  });
});

afterAll(async () => {
  await env?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the demo environment', () => {
  it('configures Lantern with the three demo clusters and the provider as the saas issuer', async () => {
    const list = (await (await fetch(`${env.lanternUrl}/api/clusters`)).json()) as ClusterListResponse;
    expect(list.clusters.map((c) => [c.id, c.auth])).toEqual([
      ['c8run', 'none'],
      ['helm', 'basic'],
      ['saas', 'oidc'],
    ]);
    const saas = list.clusters.find((c) => c.id === 'saas');
    expect(saas?.oidc).toMatchObject({ issuer: env.issuer, clientId: 'lantern', audience: 'orchestration-api' });
    const discovery = await fetch(`${env.issuer}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
  });

  it('reaches every cluster through the proxy with the credentials it expects', async () => {
    const topology = (id: string, headers: Record<string, string> = {}) =>
      fetch(`${env.lanternUrl}/clusters/${id}/v2/topology`, { headers });
    expect((await topology('c8run')).status).toBe(200);
    expect((await topology('helm')).status).toBe(401);
    expect((await topology('helm', { authorization: `Basic ${btoa('demo:demo')}` })).status).toBe(200);
    expect((await topology('saas')).status).toBe(401);

    const session = await fetch(`${env.lanternUrl}/api/clusters/saas/client-credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'ops-client', clientSecret: 'ops-secret' }),
    });
    expect(session.status).toBe(201);
    const { sessionId } = (await session.json()) as { sessionId: string };
    expect((await topology('saas', { 'x-lantern-session': sessionId })).status).toBe(200);
    expect(logLines.join('\n')).not.toContain('ops-secret');
  });
});
