import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSessionKeys } from './auth/session-seal.ts';
import type { ClusterConfig } from './config/cluster-config.ts';
import { defaultAllowedHosts } from './http/host-check.ts';
import { type Logger, createRedactingLogger } from './logging/redacting-logger.ts';
import { type RunningLanternServer, startLanternServer } from './start-lantern-server.ts';
import { testClusterConfig } from './testing/cluster-config-fixture.ts';
import {
  type FakeUpstream,
  type RawResponse,
  closeServer,
  closedPort,
  listen,
  rawRequest,
  startFakeUpstream,
} from './testing/test-servers.ts';

// Sessions across replicas, cross-site requests as a browser sends them, secret guessing, the
// DNS-rebinding guard on a public bind and what reaches the log. Everything runs on loopback.

const configuredSecret = 'configured-secret-R2d5';
const typedSecret = 'typed-secret-W8n3';

let upstream: FakeUpstream;
let idp: http.Server;
let idpUrl: string;
let idpCalls = 0;
const started: RunningLanternServer[] = [];

function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'at+jwt' })}.${part(claims)}.c2lnbmF0dXJl`;
}

function saas(extra: Partial<ClusterConfig> = {}): ClusterConfig {
  return testClusterConfig({
    id: 'saas',
    name: 'SaaS',
    restBaseUrl: upstream.url,
    auth: 'oidc',
    oidc: {
      issuer: 'https://idp.example.test/realms/camunda',
      clientId: 'lantern',
      audience: null,
      scope: 'openid',
      usernameClaim: 'sub',
      clientIdClaim: null,
      groupsClaim: null,
      preferUsernameClaim: false,
    },
    tokenEndpoint: `${idpUrl}/token`,
    serverClientCredentials: { clientId: 'ops-client', clientSecret: configuredSecret },
    allowTypedClientCredentials: true,
    ...extra,
  });
}

async function lantern(options: Partial<Parameters<typeof startLanternServer>[0]> = {}): Promise<RunningLanternServer> {
  const server = await startLanternServer({
    port: 0,
    spa: { kind: 'none' },
    logger: createRedactingLogger(() => undefined),
    upstreamTimeoutMs: 2000,
    clusters: [saas(), testClusterConfig({ id: 'open', name: 'Open', restBaseUrl: upstream.url })],
    ...options,
  });
  started.push(server);
  return server;
}

const json = { 'content-type': 'application/json' };

function createSession(port: number, body: object = {}, headers: http.OutgoingHttpHeaders = {}): Promise<RawResponse> {
  return rawRequest(port, '/api/clusters/saas/client-credentials', {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  });
}

function sessionIdOf(res: RawResponse): string {
  expect(res.status).toBe(201);
  return (JSON.parse(res.body) as { sessionId: string }).sessionId;
}

const topology = (port: number, sessionId: string) =>
  rawRequest(port, '/clusters/saas/v2/topology', { headers: { 'x-lantern-session': sessionId } });

const problemType = (res: RawResponse) => (JSON.parse(res.body) as { type: string }).type;

beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"brokers":[]}');
  });
  idp = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      idpCalls += 1;
      const form = new URLSearchParams(body);
      const known: Record<string, string> = { 'ops-client': configuredSecret, 'worker-client': typedSecret };
      if (known[form.get('client_id') ?? ''] !== form.get('client_secret')) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_client' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: fakeJwt({ client_id: form.get('client_id'), n: idpCalls }),
          expires_in: 300,
        }),
      );
    });
  });
  idpUrl = `http://127.0.0.1:${await listen(idp)}`;
});

afterAll(async () => {
  await Promise.all(started.map((server) => server.close()));
  await Promise.all([upstream.close(), closeServer(idp)]);
});

/** A round-robin TCP balancer: each new connection goes to the next backend. */
async function roundRobin(ports: number[]): Promise<{ port: number; used: number[]; close(): Promise<void> }> {
  const used: number[] = [];
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const target = ports[next % ports.length]!;
    next += 1;
    used.push(target);
    const backend = net.connect(target, '127.0.0.1');
    for (const socket of [client, backend]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(backend).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    used,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('client-credentials sessions across replicas', () => {
  it('signs in through one replica, continues through the other, and a sign-out through either ends it on both', async () => {
    const keys = parseSessionKeys(randomBytes(32).toString('base64'));
    const [portA, portB] = [await closedPort(), await closedPort()];
    const a = await lantern({ port: portA, sessionKeys: keys, peers: [`http://127.0.0.1:${portB}`] });
    const b = await lantern({ port: portB, sessionKeys: keys, peers: [`http://127.0.0.1:${portA}`] });
    const balancer = await roundRobin([a.port, b.port]);
    try {
      // Typed and server-held credentials alike.
      for (const body of [{}, { clientId: 'worker-client', clientSecret: typedSecret }]) {
        const sessionId = sessionIdOf(await createSession(balancer.port, body));
        upstream.requests.length = 0;
        for (let i = 0; i < 4; i += 1) expect((await topology(balancer.port, sessionId)).status).toBe(200);
        expect(upstream.requests.every((r) => r.headers.authorization?.startsWith('Bearer eyJ'))).toBe(true);
        const view = await rawRequest(balancer.port, `/api/sessions/${sessionId}/token`);
        expect(view.status).toBe(200);

        expect((await rawRequest(balancer.port, `/api/sessions/${sessionId}`, { method: 'DELETE' })).status).toBe(204);
        for (const replica of [a, b]) {
          const proxied = await topology(replica.port, sessionId);
          expect(proxied.status).toBe(401);
          expect(problemType(proxied)).toBe('https://lantern.invalid/problems/unknown-session');
          expect((await rawRequest(replica.port, `/api/sessions/${sessionId}/token`)).status).toBe(404);
        }
      }
      expect(new Set(balancer.used)).toEqual(new Set([a.port, b.port]));
    } finally {
      await balancer.close();
    }
  });

  it('tells every address a peer name resolves to (a headless Service), and logs a peer it cannot reach', async () => {
    const keys = parseSessionKeys(randomBytes(32).toString('base64'));
    const shared = await closedPort();
    const lines: string[] = [];
    // Two replicas behind one name on the same port, at different loopback addresses.
    const b = await lantern({ port: shared, host: '127.0.0.1', sessionKeys: keys });
    const c = await lantern({ port: shared, host: '127.0.0.2', sessionKeys: keys });
    const a = await lantern({
      sessionKeys: keys,
      logger: createRedactingLogger((line) => lines.push(line)),
      peers: [`http://lantern-replicas.test:${shared}`, `http://127.0.0.1:${await closedPort()}`],
      peerLookup: (hostname) => Promise.resolve(hostname === 'lantern-replicas.test' ? ['127.0.0.1', '127.0.0.2'] : []),
    });
    const sessionId = sessionIdOf(await createSession(a.port));
    const atC = () =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.2',
            port: c.port,
            path: '/clusters/saas/v2/topology',
            headers: { 'x-lantern-session': sessionId, host: `localhost:${shared}` },
            agent: false,
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end();
      });
    expect((await topology(b.port, sessionId)).status).toBe(200);
    expect(await atC()).toBe(200);
    expect((await rawRequest(a.port, `/api/sessions/${sessionId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await topology(b.port, sessionId)).status).toBe(401);
    expect(await atC()).toBe(401);
    expect(lines.some((line) => line.includes('warn sign-out not passed on to peer http://127.0.0.1:'))).toBe(true);
  });

  it('keeps sessions across a restart with the same key, and not with another', async () => {
    const keys = parseSessionKeys(randomBytes(32).toString('hex'));
    const first = await lantern({ sessionKeys: keys });
    const sessionId = sessionIdOf(await createSession(first.port));
    await first.close();
    const restarted = await lantern({ sessionKeys: keys });
    expect((await topology(restarted.port, sessionId)).status).toBe(200);
    const otherKey = await lantern({ sessionKeys: parseSessionKeys(randomBytes(32).toString('hex')) });
    expect((await topology(otherKey.port, sessionId)).status).toBe(401);
    // Without a configured key each process makes up its own: single replica only (documented).
    const [lone, other] = [await lantern(), await lantern()];
    const loneSession = sessionIdOf(await createSession(lone.port));
    expect((await topology(lone.port, loneSession)).status).toBe(200);
    expect((await topology(other.port, loneSession)).status).toBe(401);
  });

  it('accepts a peer revocation only for a session sealed with its key', async () => {
    const keys = parseSessionKeys(randomBytes(32).toString('base64'));
    const server = await lantern({ sessionKeys: keys });
    const stranger = await lantern();
    const foreign = sessionIdOf(await createSession(stranger.port));
    const revoke = (body: string) =>
      rawRequest(server.port, '/api/peer/session-revocations', {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
        body,
      });
    expect((await revoke(foreign)).status).toBe(400);
    expect((await revoke('not-a-session')).status).toBe(400);
    const own = sessionIdOf(await createSession(server.port));
    expect((await revoke(own)).status).toBe(204);
    expect((await topology(server.port, own)).status).toBe(401);
  });
});

describe('cross-site requests, as a browser sends them', () => {
  let server: RunningLanternServer;
  beforeAll(async () => {
    server = await lantern();
  });
  const self = () => `http://127.0.0.1:${server.port}`;

  it.each([
    [
      'a form post (text/plain) from another site',
      { 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    ],
    [
      'a form post from a sibling subdomain',
      { 'content-type': 'text/plain', origin: 'https://a.example', 'sec-fetch-site': 'same-site' },
    ],
    [
      'a post from an older browser naming another origin',
      { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    ],
    ['a post from a sandboxed frame (Origin: null)', { 'content-type': 'text/plain', origin: 'null' }],
    [
      'a JSON post from another site',
      { 'content-type': 'application/json', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    ],
  ])('refuses %s with a 403 problem and asks no identity provider', async (_name, headers) => {
    const before = idpCalls;
    const res = await rawRequest(server.port, '/api/clusters/saas/client-credentials', {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(problemType(res)).toBe('https://lantern.invalid/problems/cross-site-request');
    expect(idpCalls).toBe(before);
  });

  it('refuses a same-origin write that is not JSON (a form cannot send JSON)', async () => {
    const before = idpCalls;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await rawRequest(server.port, '/api/clusters/saas/client-credentials', {
        method: 'POST',
        headers: { 'content-type': type, origin: self(), 'sec-fetch-site': 'same-origin' },
        body: '{}',
      });
      expect(res.status).toBe(415);
    }
    expect(idpCalls).toBe(before);
  });

  it('accepts the SPA’s own JSON post, and refuses a cross-site sign-out or proxied write', async () => {
    const sessionId = sessionIdOf(
      await createSession(server.port, {}, { origin: self(), 'sec-fetch-site': 'same-origin' }),
    );
    const signOut = await rawRequest(server.port, `/api/sessions/${sessionId}`, {
      method: 'DELETE',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(signOut.status).toBe(403);
    expect((await topology(server.port, sessionId)).status).toBe(200);

    upstream.requests.length = 0;
    const write = await rawRequest(server.port, '/clusters/open/v2/process-instances', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body: '{"processDefinitionId":"x"}',
    });
    expect(write.status).toBe(403);
    expect(upstream.requests).toHaveLength(0);
    // Reads stay open to navigation and to programs.
    expect((await rawRequest(server.port, '/api/health', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(
      200,
    );
  });
});

describe('typed client secret guessing', () => {
  it('answers 429 with Retry-After after 5 wrong secrets for one client, before asking the identity provider', async () => {
    const server = await lantern();
    const guess = (clientId: string, secret: string) => createSession(server.port, { clientId, clientSecret: secret });
    const before = idpCalls;
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => guess('worker-client', `guess-${i}`)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    const throttled = answers.filter((a) => a.status === 429);
    expect(throttled).toHaveLength(7);
    expect(problemType(throttled[0]!)).toBe('https://lantern.invalid/problems/too-many-attempts');
    expect(Number(throttled[0]!.headers['retry-after'])).toBeGreaterThan(0);
    expect(idpCalls - before).toBe(5);
    // Even the right secret waits: the attacker cannot tell.
    expect((await guess('worker-client', typedSecret)).status).toBe(429);

    // Per source: 5 more wrong guesses for other clients use up this address's 10.
    for (let i = 0; i < 5; i += 1) expect((await guess(`client-${i}`, 'wrong')).status).toBe(401);
    expect((await guess('client-9', 'wrong')).status).toBe(429);
    // The server-held secret involves no guessing and is not throttled.
    expect((await createSession(server.port)).status).toBe(201);
  });

  it('does not count attempts the identity provider could not judge', async () => {
    const down = `http://127.0.0.1:${await closedPort()}/token`;
    const server = await lantern({ clusters: [saas({ tokenEndpoint: down })] });
    for (let i = 0; i < 8; i += 1) {
      expect((await createSession(server.port, { clientId: 'worker-client', clientSecret: `s-${i}` })).status).toBe(
        502,
      );
    }
  });

  it('does not count successful sign-ins', async () => {
    const server = await lantern();
    for (let i = 0; i < 15; i += 1) {
      expect((await createSession(server.port, { clientId: 'worker-client', clientSecret: typedSecret })).status).toBe(
        201,
      );
    }
  });
});

describe('DNS-rebinding guard on a public bind', () => {
  it('refuses to start on a non-loopback address without an explicit allow-list', async () => {
    await expect(lantern({ host: '0.0.0.0' })).rejects.toThrow('LANTERN_ALLOWED_HOSTS');
  });

  it('stops `npm run serve` with a message naming LANTERN_ALLOWED_HOSTS', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        PATH: process.env.PATH,
        LANTERN_HOST: '0.0.0.0',
        LANTERN_PORT: '0',
        CAMUNDA_REST_ADDRESS: upstream.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("LANTERN_ALLOWED_HOSTS: required when LANTERN_HOST is '0.0.0.0'");
  });

  it('answers only the listed names when it is configured for a public bind', async () => {
    const server = await lantern({ allowedHosts: defaultAllowedHosts('0.0.0.0', 'lantern.example.com') });
    const at = (host: string) => rawRequest(server.port, '/api/clusters', { headers: { host } });
    expect((await at('lantern.example.com')).status).toBe(200);
    expect((await at(`LANTERN.example.com:${server.port}`)).status).toBe(200);
    const foreign = await at('rebound.evil.example');
    expect(foreign.status).toBe(403);
    expect(problemType(foreign)).toBe('https://lantern.invalid/problems/host-not-allowed');
    const minted = await rawRequest(server.port, '/api/clusters/saas/client-credentials', {
      method: 'POST',
      headers: { ...json, host: 'rebound.evil.example' },
      body: '{}',
    });
    expect(minted.status).toBe(403);
  });
});

describe('the log', () => {
  it('masks session ids by route, whatever the case or slashes, and never registers a secret per session', async () => {
    const lines: string[] = [];
    const inner = createRedactingLogger((line) => lines.push(line));
    let registered = 0;
    const logger: Logger = {
      ...inner,
      addSecret: (secret) => {
        registered += 1;
        inner.addSecret(secret);
      },
    };
    const server = await lantern({ logger });
    const sessionIds: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const body = i % 2 === 0 ? {} : { clientId: 'worker-client', clientSecret: typedSecret };
      sessionIds.push(sessionIdOf(await createSession(server.port, body)));
    }
    for (const id of sessionIds) expect((await topology(server.port, id)).status).toBe(200);
    // Only the configured secret: the cost of a log line does not grow with the number of sessions.
    expect(registered).toBe(1);

    const id = sessionIds[0]!;
    lines.length = 0;
    for (const path of [
      `/API/SESSIONS/${id}/token`,
      `/Api/Sessions/${id}/token`,
      `//api/sessions/${id}/token`,
      `/api//sessions/${id}/token`,
      `/api/%73essions/${id}/token`,
    ]) {
      await rawRequest(server.port, path);
    }
    await rawRequest(server.port, `/API/sessions/${id}`, { method: 'DELETE' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    const log = lines.join('\n');
    expect(log).toContain(':sessionId');
    for (const part of id.split('.').filter((p) => p.length > 8)) expect(log).not.toContain(part);
    expect(log).not.toContain(typedSecret);
  });
});
