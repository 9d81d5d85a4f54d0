import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterListResponse } from '../src/lib/clusters/cluster-summary.ts';
import type { ClusterConfig } from './config/cluster-config.ts';
import { createRedactingLogger } from './logging/redacting-logger.ts';
import { type RunningLanternServer, startLanternServer } from './start-lantern-server.ts';
import { testClusterConfig } from './testing/cluster-config-fixture.ts';
import {
  type FakeUpstream,
  closeServer,
  closedPort,
  listen,
  rawRequest,
  startFakeUpstream,
} from './testing/test-servers.ts';

const configuredSecret = 'configured-secret-Q7x9';
const typedSecret = 'typed-secret-Z3k8';
const basicHeader = `Basic ${Buffer.from('demo:demo-password-4711').toString('base64')}`;
const userBearer = 'user-bearer-token-8f1c2a';

function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'at+jwt', kid: 'k1' })}.${part(claims)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

function cluster(id: string, restAddress: string, extra: Partial<ClusterConfig> = {}): ClusterConfig {
  return testClusterConfig({ id, name: `Cluster ${id}`, restBaseUrl: restAddress, ...extra });
}

let upstream: FakeUpstream;
let slowUpstream: FakeUpstream;
let resettingUpstream: FakeUpstream;
let idp: http.Server;
let idpUrl: string;
const issuedTokens: string[] = [];
let lantern: RunningLanternServer;
const logLines: string[] = [];
let dist: string;
/** Lets the streaming test decide when the upstream may send its second chunk. */
let releaseSecondChunk: () => void = () => undefined;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'lantern-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Lantern</title><div id="root"></div>');
  writeFileSync(path.join(dist, 'assets', 'main-abc123.js'), 'console.log("lantern")');

  upstream = await startFakeUpstream((req, res) => {
    if (req.url === '/v2/topology') {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'upstream=1', 'x-internal': 'yes' });
      res.end(JSON.stringify({ brokers: [] }));
    } else if (req.url === '/v2/stream') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first;');
      new Promise<void>((resolve) => (releaseSecondChunk = resolve))
        .then(() => res.end('second'))
        .catch(() => res.destroy());
    } else if (req.url === '/v2/authentication/me') {
      res.writeHead(401, { 'content-type': 'application/problem+json', 'www-authenticate': 'Basic realm="camunda"' });
      res.end(JSON.stringify({ status: 401, title: 'Unauthorized', detail: 'Bad credentials' }));
    } else if (req.url === '/v2/echo') {
      res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/octet-stream' });
      req.on('data', (chunk: Buffer) => res.write(`got:${chunk.toString()};`));
      req.on('end', () => res.end('end'));
    } else {
      res.writeHead(404, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ status: 404, title: 'NOT_FOUND' }));
    }
  });
  slowUpstream = await startFakeUpstream(() => {
    // Never answers: the proxy's timeout has to end the request.
  });

  resettingUpstream = await startFakeUpstream((req) => {
    // Hangs up without an answer, like a crashing gateway.
    req.socket.destroy();
  });

  idp = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const known: Record<string, string> = { 'ops-client': configuredSecret, 'worker-client': typedSecret };
      const clientId = form.get('client_id') ?? '';
      if (form.get('grant_type') !== 'client_credentials' || known[clientId] !== form.get('client_secret')) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_client', error_description: 'client authentication failed' }));
        return;
      }
      const token = fakeJwt({ client_id: clientId, aud: form.get('audience'), iat: 1, n: issuedTokens.length });
      issuedTokens.push(token);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 300 }));
    });
  });
  idpUrl = `http://127.0.0.1:${await listen(idp)}`;

  const oidc = {
    issuer: 'https://idp.example.test/realms/camunda',
    clientId: 'lantern',
    audience: 'orchestration-api',
    scope: 'openid profile',
    usernameClaim: 'preferred_username',
    clientIdClaim: 'client_id',
    groupsClaim: 'groups',
    preferUsernameClaim: true,
  };
  lantern = await startLanternServer({
    port: 0,
    logger: createRedactingLogger((line) => logLines.push(line)),
    upstreamTimeoutMs: 400,
    spa: { kind: 'dist', dir: dist },
    clusters: [
      cluster('up', upstream.url),
      cluster('slow', slowUpstream.url),
      cluster('down', `http://127.0.0.1:${await closedPort()}`),
      cluster('dns', 'http://lantern-no-such-host.invalid'),
      cluster('reset', resettingUpstream.url),
      // TLS spoken to a plain-HTTP port: the handshake fails.
      cluster('tls', upstream.url.replace('http:', 'https:')),
      cluster('saas', upstream.url, {
        auth: 'oidc',
        oidc,
        tokenEndpoint: `${idpUrl}/token`,
        tokenAudience: 'orchestration-api',
        serverClientCredentials: { clientId: 'ops-client', clientSecret: configuredSecret },
        allowTypedClientCredentials: true,
      }),
    ],
  });
});

afterAll(async () => {
  releaseSecondChunk();
  await lantern.close();
  await Promise.all([upstream.close(), slowUpstream.close(), resettingUpstream.close(), closeServer(idp)]);
  rmSync(dist, { recursive: true, force: true });
});

beforeEach(() => {
  upstream.requests.length = 0;
});

const port = () => lantern.port;

describe('cluster list', () => {
  it('lists every configured cluster without any secret', async () => {
    const res = await rawRequest(port(), '/api/clusters');
    expect(res.status).toBe(200);
    const list = JSON.parse(res.body) as ClusterListResponse;
    expect(list.clusters.map((c) => c.id)).toEqual(['up', 'slow', 'down', 'dns', 'reset', 'tls', 'saas']);
    const saas = list.clusters.find((c) => c.id === 'saas');
    expect(saas?.serverClientCredentials).toEqual({ clientId: 'ops-client' });
    expect(saas?.typedClientCredentials).toBe(true);
    expect(list.clusters.find((c) => c.id === 'up')?.typedClientCredentials).toBe(false);
    expect(saas?.restAddress).toBe(`${upstream.url}/v2`);
    expect(res.body).not.toContain(configuredSecret);
    expect(res.body).not.toContain(idpUrl);
    expect(res.body.toLowerCase()).not.toContain('secret');
  });

  it('answers the health check', async () => {
    const res = await rawRequest(port(), '/api/health');
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });
  });
});

describe('proxy', () => {
  it('forwards to the configured cluster with Authorization and without cookies or other headers', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/topology', {
      headers: {
        authorization: userBearer,
        cookie: 'session=lantern-cookie',
        accept: 'application/json',
        'x-forwarded-host': 'evil.example',
        'x-custom': 'nope',
      },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ brokers: [] });
    expect(upstream.requests).toHaveLength(1);
    const seen = upstream.requests[0]!;
    expect(seen.url).toBe('/v2/topology');
    expect(seen.headers.authorization).toBe(userBearer);
    expect(seen.headers.accept).toBe('application/json');
    expect(seen.headers.cookie).toBeUndefined();
    expect(seen.headers['x-forwarded-host']).toBeUndefined();
    expect(seen.headers['x-custom']).toBeUndefined();
    // Upstream cookies and unknown headers do not come back either.
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-internal']).toBeUndefined();
  });

  it('passes the query string and upstream error statuses through', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/user-tasks/123?x=1');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(upstream.requests[0]?.url).toBe('/v2/user-tasks/123?x=1');
  });

  it('never passes a Basic challenge on, so the browser cannot open its native login prompt', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/authentication/me');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(res.headers['x-lantern-upstream-www-authenticate']).toBe('Basic realm="camunda"');
  });

  it.each([
    ['an unknown cluster id', '/clusters/nope/v2/topology', 404],
    ['a raw .. segment', '/clusters/up/v2/../secret', 400],
    ['a .. segment escaping the cluster', '/clusters/up/v2/../../up/v2/topology', 400],
    ['a percent-encoded .. segment', '/clusters/up/v2/%2e%2e/secret', 400],
    ['a mixed-case encoded .. segment', '/clusters/up/v2/.%2E/secret', 400],
    ['an encoded slash', '/clusters/up/v2/topology%2F..%2Fx', 400],
    ['an encoded absolute URL', '/clusters/up/v2/http%3A%2F%2Fevil.example%2Fx', 400],
    ['an absolute URL in the path', '/clusters/up/v2/http://evil.example/x', 400],
    ['a protocol-relative path', '/clusters/up/v2//evil.example/x', 400],
    ['a backslash', '/clusters/up/v2/..\\secret', 400],
    ['double encoding', '/clusters/up/v2/%252e%252e/secret', 400],
    ['a path outside /v2', '/clusters/up/actuator/health', 400],
    ['an absolute-form request target', 'http://evil.example/clusters/up/v2/topology', 400],
  ])('refuses %s without contacting any upstream', async (_name, rawPath, status) => {
    const res = await rawRequest(port(), rawPath, { headers: { cookie: 'a=b' } });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((JSON.parse(res.body) as { type: string }).type).toMatch(/^https:\/\/lantern\.invalid\/problems\//);
    expect(upstream.requests).toHaveLength(0);
  });

  it('streams the response body instead of buffering it', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: port(), path: '/clusters/up/v2/stream', agent: false },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            // The upstream only finishes once the first chunk has reached the browser side.
            if (text === 'first;') releaseSecondChunk();
          });
          res.on('end', () => resolve(text));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toBe('first;second');
  });

  it('streams the request body to the upstream chunk by chunk', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: port(),
          path: '/clusters/up/v2/echo',
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => {
            body += chunk.toString();
            // The second chunk is only sent after the upstream echoed the first one.
            if (body === 'got:one;') req.end('two');
          });
          res.on('end', () => resolve(body));
        },
      );
      req.on('error', reject);
      req.write('one');
    });
    expect(text).toBe('got:one;got:two;end');
  });

  it('answers a slow upstream with a 504 problem', async () => {
    const res = await rawRequest(port(), '/clusters/slow/v2/topology');
    expect(res.status).toBe(504);
    expect(res.headers['x-lantern-proxy-error']).toBe('timeout');
    const problem = JSON.parse(res.body) as { type: string; title: string; detail: string };
    expect(problem.type).toBe('https://lantern.invalid/problems/upstream-timeout');
    expect(problem.detail).toContain("Cluster 'slow'");
  });

  it('answers a refused connection with a 502 problem', async () => {
    const res = await rawRequest(port(), '/clusters/down/v2/topology');
    expect(res.status).toBe(502);
    expect(res.headers['x-lantern-proxy-error']).toBe('refused');
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a connection reset with a 502 reset problem', async () => {
    const res = await rawRequest(port(), '/clusters/reset/v2/topology');
    expect(res.status).toBe(502);
    expect(res.headers['x-lantern-proxy-error']).toBe('reset');
  });

  it('answers a failed TLS handshake with a 502 tls problem', async () => {
    const res = await rawRequest(port(), '/clusters/tls/v2/topology');
    expect(res.status).toBe(502);
    expect(res.headers['x-lantern-proxy-error']).toBe('tls');
  });

  it('answers an unresolvable host with a 502 dns problem', async () => {
    const res = await rawRequest(port(), '/clusters/dns/v2/topology');
    expect(res.status).toBe(502);
    expect(res.headers['x-lantern-proxy-error']).toBe('dns');
  });
});

describe('client-credentials sessions', () => {
  it('exchanges the server-held secret and attaches the token to proxied calls', async () => {
    const created = await rawRequest(port(), '/api/clusters/saas/client-credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toContain(configuredSecret);
    const session = JSON.parse(created.body) as {
      sessionId: string;
      clientId: string;
      expiresAt: string;
      token: { header: { typ: string }; claims: { client_id: string; aud: string } };
    };
    expect(session.clientId).toBe('ops-client');
    expect(session.token.header.typ).toBe('at+jwt');
    expect(session.token.claims).toMatchObject({ client_id: 'ops-client', aud: 'orchestration-api' });
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    expect(created.body).not.toContain(issuedTokens.at(-1)!);

    const proxied = await rawRequest(port(), '/clusters/saas/v2/topology', {
      headers: { 'x-lantern-session': session.sessionId },
    });
    expect(proxied.status).toBe(200);
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${issuedTokens.at(-1)}`);

    // A session is bound to its cluster.
    const otherCluster = await rawRequest(port(), '/clusters/up/v2/topology', {
      headers: { 'x-lantern-session': session.sessionId },
    });
    expect(otherCluster.status).toBe(401);

    const view = await rawRequest(port(), `/api/sessions/${session.sessionId}/token`);
    expect(view.status).toBe(200);
    expect(JSON.parse(view.body)).toMatchObject({ clientId: 'ops-client' });
    expect(view.body).not.toContain(issuedTokens.at(-1)!);

    expect((await rawRequest(port(), `/api/sessions/${session.sessionId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await rawRequest(port(), `/api/sessions/${session.sessionId}/token`)).status).toBe(404);
  });

  it('exchanges a typed-in secret and reports a wrong one as invalid_client', async () => {
    const ok = await rawRequest(port(), '/api/clusters/saas/client-credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'worker-client', clientSecret: typedSecret }),
    });
    expect(ok.status).toBe(201);
    expect((JSON.parse(ok.body) as { clientId: string }).clientId).toBe('worker-client');

    const wrong = await rawRequest(port(), '/api/clusters/saas/client-credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'worker-client', clientSecret: 'wrong-secret-123' }),
    });
    expect(wrong.status).toBe(401);
    expect((JSON.parse(wrong.body) as { title: string }).title).toBe('invalid_client');
  });

  it('refuses client credentials for a cluster without OIDC', async () => {
    const res = await rawRequest(port(), '/api/clusters/up/client-credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'x', clientSecret: 'y' }),
    });
    expect(res.status).toBe(400);
  });
});

describe('security headers and the SPA', () => {
  it.each([
    ['the SPA', '/'],
    ['a deep SPA route', '/c/up/tasks'],
    ['a hashed asset', '/assets/main-abc123.js'],
    ['the API', '/api/clusters'],
    ['an API 404', '/api/nope'],
    ['a proxied answer', '/clusters/up/v2/topology'],
    ['a refused proxy path', '/clusters/up/v2/../x'],
    ['a missing asset', '/assets/missing.js'],
  ])('sets them on %s', async (_name, rawPath) => {
    const res = await rawRequest(port(), rawPath);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("connect-src 'self' https://idp.example.test");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('serves index.html for SPA routes and caches hashed assets for long', async () => {
    const page = await rawRequest(port(), '/c/up/topology');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await rawRequest(port(), '/assets/main-abc123.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await rawRequest(port(), '/assets/missing.js')).status).toBe(404);
  });
});

describe('DNS-rebinding guard', () => {
  it('refuses a request for a foreign host name before it reaches the API or a cluster', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/topology', { headers: { host: `evil.example:${port()}` } });
    expect(res.status).toBe(403);
    expect((JSON.parse(res.body) as { type: string }).type).toBe('https://lantern.invalid/problems/host-not-allowed');
    expect(upstream.requests).toHaveLength(0);
    const api = await rawRequest(port(), '/api/clusters', { headers: { host: 'evil.example' } });
    expect(api.status).toBe(403);
    const local = await rawRequest(port(), '/api/health', { headers: { host: `localhost:${port()}` } });
    expect(local.status).toBe(200);
  });
});

describe('logging', () => {
  it('logs one line per request and never a credential', async () => {
    logLines.length = 0;
    await rawRequest(port(), '/clusters/up/v2/topology?token=query-secret-55', {
      headers: { authorization: basicHeader, cookie: 'sid=cookie-secret-66' },
    });
    await rawRequest(port(), '/clusters/up/v2/topology', { headers: { authorization: `Bearer ${userBearer}` } });
    const created = await rawRequest(port(), '/api/clusters/saas/client-credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'worker-client', clientSecret: typedSecret }),
    });
    const { sessionId } = JSON.parse(created.body) as { sessionId: string };
    await rawRequest(port(), '/clusters/saas/v2/topology', { headers: { 'x-lantern-session': sessionId } });
    await rawRequest(port(), `/api/sessions/${sessionId}/token`);
    await rawRequest(port(), '/api/clusters/saas/client-credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'worker-client', clientSecret: 'wrong-typed-secret-77' }),
    });
    // The request log is written when the response closes; give the last one a moment.
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(logLines.length).toBeGreaterThanOrEqual(6);
    expect(logLines.some((line) => / GET \/clusters\/up\/v2\/topology 200 /.test(line))).toBe(true);
    expect(logLines.some((line) => line.includes('/api/sessions/:sessionId/token 200'))).toBe(true);
    const log = logLines.join('\n');
    for (const secret of [
      basicHeader.slice('Basic '.length),
      'demo-password-4711',
      userBearer,
      typedSecret,
      configuredSecret,
      'wrong-typed-secret-77',
      'query-secret-55',
      'cookie-secret-66',
      sessionId,
      ...issuedTokens,
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
