import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterConfig } from './config/cluster-config.ts';
import { createRedactingLogger } from './logging/redacting-logger.ts';
import { type RunningLanternServer, startLanternServer } from './start-lantern-server.ts';
import { testClusterConfig } from './testing/cluster-config-fixture.ts';
import {
  type FakeUpstream,
  type RawResponse,
  closedPort,
  rawRequest,
  startFakeUpstream,
} from './testing/test-servers.ts';

// The security rules of SECURITY.md that app.test.ts does not already cover: the headers on every
// kind of answer (errors included), smuggling a foreign host into the proxy in every shape we
// could think of (an "evil" upstream on loopback records whether anything reached it), header
// injection, and what the proxy strips in both directions.

let upstream: FakeUpstream;
let evil: FakeUpstream;
let lantern: RunningLanternServer;
let dist: string;
const logLines: string[] = [];

function cluster(id: string, restBaseUrl: string): ClusterConfig {
  return testClusterConfig({ id, name: `Cluster ${id}`, restBaseUrl });
}

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'lantern-security-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Lantern</title><div id="root"></div>');
  writeFileSync(path.join(dist, 'assets', 'app-1a2b3c.css'), 'body{}');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  upstream = await startFakeUpstream((req, res) => {
    if (req.url === '/v2/redirect') {
      res.writeHead(302, { location: `${evil.url}/v2/stolen`, 'content-type': 'text/plain' });
      res.end('moved');
    } else if (req.url === '/v2/boom') {
      // An upstream error page that tries to relax the browser's protections.
      res.writeHead(500, {
        'content-type': 'text/html',
        'content-security-policy': "script-src 'unsafe-inline' *",
        'x-frame-options': 'ALLOWALL',
        'access-control-allow-origin': '*',
        'set-cookie': 'JSESSIONID=upstream',
      });
      res.end('<html><script>alert(1)</script></html>');
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    }
  });
  evil = await startFakeUpstream((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"evil":true}');
  });
  lantern = await startLanternServer({
    port: 0,
    logger: createRedactingLogger((line) => logLines.push(line)),
    upstreamTimeoutMs: 400,
    spa: { kind: 'dist', dir: dist },
    clusters: [cluster('up', upstream.url), cluster('down', `http://127.0.0.1:${await closedPort()}`)],
  });
});

afterAll(async () => {
  await lantern.close();
  await Promise.all([upstream.close(), evil.close()]);
  rmSync(dist, { recursive: true, force: true });
});

beforeEach(() => {
  upstream.requests.length = 0;
  evil.requests.length = 0;
});

const port = () => lantern.port;
const evilHostPort = () => new URL(evil.url).host;

function expectSecurityHeaders(res: RawResponse): void {
  const csp = res.headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

/** Sends bytes exactly as written (no client-side header validation) and returns the raw answer. */
function rawSocket(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port(), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(text);
    // Half-close so the server answers and ends the connection.
    socket.end();
  });
}

describe('security headers on every kind of answer', () => {
  it.each([
    ['the SPA fallback of an unknown route', 'GET', '/some/unknown/route', {}, 200],
    ['a stylesheet', 'GET', '/assets/app-1a2b3c.css', {}, 200],
    ['a public file', 'GET', '/favicon.svg', {}, 200],
    ['HEAD of the SPA', 'HEAD', '/', {}, 200],
    ['an unknown cluster', 'GET', '/clusters/nope/v2/topology', {}, 404],
    ['a refused smuggling attempt', 'GET', '/clusters/up/v2//evil.example/x', {}, 400],
    ['an unreachable cluster (502)', 'GET', '/clusters/down/v2/topology', {}, 502],
    ['an upstream HTML 500 that sends its own CSP', 'GET', '/clusters/up/v2/boom', {}, 500],
    ['an unknown client-credentials session', 'GET', '/clusters/up/v2/topology', { 'x-lantern-session': 'nope' }, 401],
    ['a foreign Host (DNS rebinding)', 'GET', '/', { host: 'evil.example' }, 403],
    ['an unknown API path', 'GET', '/api/sessions', {}, 404],
    ['an unknown session token view', 'GET', '/api/sessions/nope/token', {}, 404],
  ] as const)('%s', async (_name, method, rawPath, headers, status) => {
    const res = await rawRequest(port(), rawPath, { method, headers });
    expect(res.status).toBe(status);
    expectSecurityHeaders(res);
  });

  it('on a request body the server cannot parse (400)', async () => {
    const res = await rawRequest(port(), '/api/clusters/up/client-credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"clientId": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expectSecurityHeaders(res);
  });

  it('replaces the headers of an upstream error page with its own', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/boom');
    expect(res.headers['content-security-policy']).not.toContain('*');
    expect(res.headers['x-frame-options']).not.toBe('ALLOWALL');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('the proxy reaches only the configured cluster', () => {
  it.each([
    ['an empty cluster id followed by a host', () => `/clusters//${evilHostPort()}/v2/topology`],
    ['a protocol-relative URL after /v2', () => `/clusters/up/v2//${evilHostPort()}/v2/topology`],
    ['an http: URL after /v2', () => `/clusters/up/v2/http://${evilHostPort()}/v2/topology`],
    ['an http: URL with a single slash', () => `/clusters/up/v2/http:/${evilHostPort()}/v2/topology`],
    ['an encoded https: URL', () => `/clusters/up/v2/https%3A%2F%2F${evilHostPort()}%2Fv2`],
    ['a host as the cluster id', () => `/clusters/${evilHostPort()}/v2/topology`],
    ['userinfo in the cluster id', () => `/clusters/up@${evilHostPort()}/v2/topology`],
    ['an encoded slash in the cluster id', () => `/clusters/up%2F..%2F..%2F${evilHostPort()}/v2/topology`],
    ['a backslash-escaped host', () => `/clusters/up/v2/\\\\${evilHostPort()}\\v2`],
    ['a dot-segment climb out of /v2', () => `/clusters/up/v2/./../../${evilHostPort()}/v2`],
    ['an absolute-form request target naming the evil host', () => `${evil.url}/clusters/up/v2/topology`],
    ['an absolute-form request target with a proxy path', () => `http://${evilHostPort()}/v2/topology`],
  ])('%s', async (_name, rawPath) => {
    const res = await rawRequest(port(), rawPath());
    expect(evil.requests).toHaveLength(0);
    // Whatever was not refused went to the configured cluster, and only under its /v2/ tree.
    for (const seen of upstream.requests) expect(seen.url).toMatch(/^\/v2\//);
    // Refused as a bad path (400) or as an unknown cluster (404).
    if (upstream.requests.length === 0 && !rawPath().startsWith('http://')) expect([400, 404]).toContain(res.status);
    expectSecurityHeaders(res);
  });

  it('a Host header naming another loopback server changes nothing about the target', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/topology', { headers: { host: evilHostPort() } });
    expect(res.status).toBe(200);
    expect(evil.requests).toHaveLength(0);
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]?.headers.host).toBe(new URL(upstream.url).host);
  });

  it('keeps the @ of a legitimate-looking path on the configured host', async () => {
    const res = await rawRequest(port(), `/clusters/up/v2/user-tasks/@${evilHostPort()}`);
    expect(res.status).toBe(200);
    expect(evil.requests).toHaveLength(0);
    expect(upstream.requests[0]?.url).toBe(`/v2/user-tasks/@${evilHostPort()}`);
  });

  it('does not follow an upstream redirect nor pass its Location on', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/redirect');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBeUndefined();
    expect(evil.requests).toHaveLength(0);
  });
});

describe('header injection and what crosses the proxy', () => {
  it('keeps encoded CR/LF in the path from becoming upstream headers', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/topology%0d%0aX-Injected:%20yes');
    expect(res.status).toBe(400);
    expect(upstream.requests).toHaveLength(0);
  });

  it('forwards encoded CR/LF in the query string still encoded', async () => {
    const res = await rawRequest(port(), '/clusters/up/v2/topology?q=a%0d%0aX-Injected:%20yes');
    expect(res.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]?.headers['x-injected']).toBeUndefined();
    expect(upstream.requests[0]?.url).toBe('/v2/topology?q=a%0d%0aX-Injected:%20yes');
  });

  it('rejects a raw CR inside a header value before anything is forwarded', async () => {
    const answer = await rawSocket(
      `GET /clusters/up/v2/topology HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\rX-Injected: yes\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(upstream.requests).toHaveLength(0);
  });

  it('rejects an obsolete folded header line that would smuggle a second header', async () => {
    const answer = await rawSocket(
      `GET /clusters/up/v2/topology HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer a\r\n X-Injected: yes\r\n\r\n`,
    );
    if (answer.startsWith('HTTP/1.1 200')) {
      // Node unfolds it into the Authorization value: then it must not have become a header upstream.
      expect(upstream.requests[0]?.headers['x-injected']).toBeUndefined();
    } else {
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      expect(upstream.requests).toHaveLength(0);
    }
  });

  it('refuses a request smuggled with both Content-Length and Transfer-Encoding', async () => {
    const answer = await rawSocket(
      'POST /clusters/up/v2/user-tasks/search HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n' +
        'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /clusters/up/v2/smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(upstream.requests.some((r) => r.url.includes('smuggled'))).toBe(false);
  });

  it('forwards no cookie, session handle, forwarding or proxy header, on reads and on writes', async () => {
    for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
      await rawRequest(port(), '/clusters/up/v2/user-tasks/1', {
        method,
        headers: {
          cookie: 'lantern=1',
          'proxy-authorization': 'Basic cHJveHk6c2VjcmV0',
          'x-forwarded-for': '10.0.0.1',
          'x-real-ip': '10.0.0.1',
          forwarded: 'for=10.0.0.1',
          origin: `http://127.0.0.1:${port()}`,
          referer: 'http://localhost/c/up/tasks?secret=1',
          'content-type': 'application/json',
        },
        body: method === 'GET' ? undefined : '{}',
      });
    }
    expect(upstream.requests).toHaveLength(4);
    for (const seen of upstream.requests) {
      for (const name of [
        'cookie',
        'proxy-authorization',
        'x-forwarded-for',
        'x-real-ip',
        'forwarded',
        'origin',
        'referer',
        'x-lantern-session',
      ]) {
        expect(seen.headers[name], `${seen.method} ${name}`).toBeUndefined();
      }
      // The upstream sees its own address as Host, not the browser's.
      expect(seen.headers.host).toBe(new URL(upstream.url).host);
    }
  });
});
