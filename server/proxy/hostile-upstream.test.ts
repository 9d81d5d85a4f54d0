import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedactingLogger } from '../logging/redacting-logger.ts';
import { type RunningLanternServer, startLanternServer } from '../start-lantern-server.ts';
import { testClusterConfig } from '../testing/cluster-config-fixture.ts';
import { type HostileBehaviour, type HostileUpstream, startHostileUpstream } from '../testing/hostile-upstream.ts';
import { type ProxyOutcome, proxyOutcome } from '../testing/proxy-outcome.ts';

// A cluster that answers with raw bytes no HTTP library would produce. Every answer ends that one
// request, as a Lantern problem while nothing has been relayed yet or as a cut connection once
// the headers are out, and the server answers the next request as if nothing had happened.

let hostile: HostileUpstream;
let lantern: RunningLanternServer;
const logLines: string[] = [];
const maxBodyBytes = 256 * 1024;

beforeAll(async () => {
  hostile = await startHostileUpstream({ trickleMs: 40 });
  lantern = await startLanternServer({
    port: 0,
    spa: { kind: 'none' },
    logger: createRedactingLogger((line) => logLines.push(line)),
    upstreamTimeoutMs: 400,
    proxyLimits: { totalTimeoutMs: 1_500, maxBodyBytes },
    clusters: [testClusterConfig({ id: 'hostile', name: 'Hostile', restBaseUrl: hostile.url })],
  });
});

afterAll(async () => {
  await lantern.close();
  await hostile.close();
});

beforeEach(() => {
  hostile.requests.length = 0;
});

function hostilePath(behaviour: HostileBehaviour): string {
  return `/clusters/hostile/v2/hostile/${behaviour}`;
}

async function expectServerLivesOn(): Promise<void> {
  const next = await proxyOutcome(lantern.port, '/clusters/hostile/v2/topology');
  expect(next).toMatchObject({ kind: 'answer', status: 200 });
  if (next.kind === 'answer') expect(JSON.parse(next.body)).toHaveProperty('brokers');
}

function expectProblem(outcome: ProxyOutcome, status: number, kind: string, slug: string): void {
  expect(outcome.kind).toBe('answer');
  if (outcome.kind !== 'answer') return;
  expect(outcome.status).toBe(status);
  expect(outcome.headers['x-lantern-proxy-error']).toBe(kind);
  expect(outcome.headers['content-type']).toContain('application/problem+json');
  const problem = JSON.parse(outcome.body) as { type: string; detail: string };
  expect(problem.type).toBe(`https://lantern.invalid/problems/${slug}`);
  expect(problem.detail).toContain("Cluster 'hostile'");
}

describe('a cluster answering what is not valid HTTP gets a 502 problem for that request', () => {
  it.each([
    ['status 000', 'status-zero', 'invalid-status', 'upstream-invalid-status'],
    ['status 099', 'status-99', 'invalid-status', 'upstream-invalid-status'],
    ['status 700', 'status-700', 'invalid-status', 'upstream-invalid-status'],
    ['a four-digit status', 'status-1000', 'invalid-status', 'upstream-invalid-status'],
    ['a 101 upgrade nobody asked for', 'status-101', 'invalid-status', 'upstream-invalid-status'],
    ['a space in a header name', 'header-space-in-name', 'malformed-answer', 'upstream-malformed-answer'],
    [
      'a control character in a header value',
      'header-control-character',
      'malformed-answer',
      'upstream-malformed-answer',
    ],
    ['HTML instead of a status line', 'not-http', 'malformed-answer', 'upstream-malformed-answer'],
    [
      'a Content-Length that is no number',
      'content-length-not-a-number',
      'malformed-answer',
      'upstream-malformed-answer',
    ],
    ['two different Content-Lengths', 'content-length-twice', 'malformed-answer', 'upstream-malformed-answer'],
    ['Content-Length and chunked', 'content-length-and-chunked', 'malformed-answer', 'upstream-malformed-answer'],
    ['a malformed chunk size', 'bad-chunk-size', 'malformed-answer', 'upstream-malformed-answer'],
    ['64 KiB of headers', 'huge-headers', 'headers-too-large', 'upstream-headers-too-large'],
    ['a declared 10 GiB body', 'huge-declared-body', 'body-too-large', 'upstream-body-too-large'],
  ] as const)('%s', async (_name, behaviour, kind, slug) => {
    const outcome = await proxyOutcome(lantern.port, hostilePath(behaviour));
    expectProblem(outcome, 502, kind, slug);
    expect(hostile.requests).toEqual([`GET /v2/hostile/${behaviour} HTTP/1.1`]);
    await expectServerLivesOn();
  });
});

describe('a cluster that never finishes gets a 504 problem or a cut connection, within the limits', () => {
  it('silence: a 504 timeout once the header wait is over', async () => {
    expectProblem(await proxyOutcome(lantern.port, hostilePath('silent')), 504, 'timeout', 'upstream-timeout');
    await expectServerLivesOn();
  });

  it('headers trickled a byte at a time (never idle): a 504 timeout, not an endless wait', async () => {
    const outcome = await proxyOutcome(lantern.port, hostilePath('trickle-headers'));
    expectProblem(outcome, 504, 'timeout', 'upstream-timeout');
    await expectServerLivesOn();
  });

  it('a body trickled a byte at a time (never idle): the connection is cut at the total limit', async () => {
    const outcome = await proxyOutcome(lantern.port, hostilePath('trickle-body'));
    expect(outcome).toMatchObject({ kind: 'cut', status: 200 });
    await expectServerLivesOn();
  });

  it('an endless body: the connection is cut once the body limit is reached', async () => {
    const outcome = await proxyOutcome(lantern.port, hostilePath('endless-body'), { timeoutMs: 20_000 });
    expect(outcome).toMatchObject({ kind: 'cut', status: 200 });
    if (outcome.kind === 'cut') expect(outcome.bodyBytes).toBeLessThanOrEqual(maxBodyBytes);
    await expectServerLivesOn();
  });

  it.each([
    ['a reset', 'reset-mid-body'],
    ['a clean close', 'close-mid-body'],
  ] as const)(
    '%s in the middle of the body: the connection is cut, not ended as if complete',
    async (_n, behaviour) => {
      const outcome = await proxyOutcome(lantern.port, hostilePath(behaviour));
      expect(outcome).toMatchObject({ kind: 'cut', status: 200 });
      await expectServerLivesOn();
    },
  );

  it('leaves no connection to the cluster open once its requests ended', async () => {
    await Promise.all(
      (['silent', 'trickle-headers', 'trickle-body', 'endless-body', 'huge-declared-body'] as const).map((b) =>
        proxyOutcome(lantern.port, hostilePath(b), { timeoutMs: 20_000 }),
      ),
    );
    await expect.poll(() => hostile.openSockets(), { timeout: 5_000 }).toBe(0);
  });
});

describe('a proxied answer is never a document of Lantern’s origin', () => {
  it.each([
    ['an HTML page', 'html-page', 'text/html; charset=utf-8'],
    ['an SVG image with a script', 'svg-image', 'image/svg+xml'],
    ['a JSON type followed by an HTML type', 'json-then-html-type', 'application/json, text/html'],
  ] as const)('%s is a download of a neutral type, its own type named aside', async (_name, behaviour, original) => {
    const outcome = await proxyOutcome(lantern.port, hostilePath(behaviour));
    expect(outcome).toMatchObject({ kind: 'answer', status: 200 });
    expect(outcome.headers['content-type']).toBe('application/octet-stream');
    expect(outcome.headers['content-disposition']).toBe('attachment');
    expect(outcome.headers['x-lantern-upstream-content-type']).toBe(original);
    expect(outcome.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['a JSON answer', '/clusters/hostile/v2/topology'],
    ['an HTML answer', hostilePath('html-page')],
    ['Lantern’s own problem for a broken answer', hostilePath('status-zero')],
    ['Lantern’s own problem for a refused path', '/clusters/hostile/v2/..;/x'],
  ])('%s carries the proxy-only sandbox policy next to the app-wide one', async (_name, path) => {
    const outcome = await proxyOutcome(lantern.port, path);
    const policies = String(outcome.headers['content-security-policy']).split(/,\s*/);
    expect(policies).toContain("default-src 'none'; sandbox");
    expect(policies.some((p) => p.includes("frame-ancestors 'none'"))).toBe(true);
  });

  it('passes a JSON answer with its media type and no download header', async () => {
    const outcome = await proxyOutcome(lantern.port, '/clusters/hostile/v2/topology');
    expect(outcome.headers['content-type']).toBe('application/json');
    expect(outcome.headers['content-disposition']).toBeUndefined();
    expect(outcome.headers['x-lantern-upstream-content-type']).toBeUndefined();
  });

  it.each([
    [
      'a link click (navigate)',
      { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'sec-fetch-site': 'none' },
    ],
    ['an iframe', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe', 'sec-fetch-site': 'same-origin' }],
    ['an <object>', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'object', 'sec-fetch-site': 'same-origin' }],
    ['a <script src>', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script', 'sec-fetch-site': 'same-origin' }],
    ['an <img>', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image', 'sec-fetch-site': 'same-origin' }],
    ['a cross-site fetch', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'empty', 'sec-fetch-site': 'cross-site' }],
    ['a same-site fetch', { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty', 'sec-fetch-site': 'same-site' }],
  ])('refuses %s before anything is sent to the cluster', async (_name, headers) => {
    const outcome = await proxyOutcome(lantern.port, hostilePath('html-page'), { headers });
    expect(outcome).toMatchObject({ kind: 'answer', status: 403 });
    if (outcome.kind === 'answer') {
      expect(outcome.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(outcome.body)).toMatchObject({
        type: 'https://lantern.invalid/problems/proxy-request-refused',
      });
    }
    expect(hostile.requests).toEqual([]);
  });

  it('serves the SPA’s own fetch (same-origin, destination empty)', async () => {
    const outcome = await proxyOutcome(lantern.port, '/clusters/hostile/v2/topology', {
      headers: { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty', 'sec-fetch-site': 'same-origin' },
    });
    expect(outcome).toMatchObject({ kind: 'answer', status: 200 });
  });
});

describe('path parameters', () => {
  it.each(['..;', '.;', '%2e%2e;', '..%3b', '..%3B', 'user-tasks;jsessionid=1'])(
    'refuses a segment %s with a 400 before anything is sent',
    async (segment) => {
      const outcome = await proxyOutcome(lantern.port, `/clusters/hostile/v2/${segment}/actuator/env`);
      expect(outcome).toMatchObject({ kind: 'answer', status: 400 });
      expect(hostile.requests).toEqual([]);
    },
  );
});
