import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { apiRequest, apiRequestWithMeta } from './api-client.ts';
import { ApiError } from './api-error.ts';
import { clearRequestLog, getRequestLog, MASK } from './request-log.ts';
import {
  connectOidc,
  getConnection,
  getSignInNotice,
  resetConnectionsForTests,
} from '../connection/connection-store.ts';
import { connectBasic } from '../../testing/connect.ts';
import { getClockSkew } from '../connection/clock-skew.ts';
import { helmCluster, saasCluster, fakeJwt } from '../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch, textResponse } from '../../testing/fetch-stub.ts';
import { englishT } from '../../testing/translate.ts';

const TOPOLOGY = '/clusters/helm/v2/topology';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

beforeEach(() => {
  resetConnectionsForTests();
  clearRequestLog();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('problem+json parsing (docs/camunda-api/error-messages.md §1)', () => {
  const cases: { name: string; status: number; problem: Record<string, unknown> }[] = [
    {
      name: '403 engine family (8.8 assignment)',
      status: 403,
      problem: {
        type: 'about:blank',
        title: 'FORBIDDEN',
        status: 403,
        detail:
          "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'",
        instance: '/v2/user-tasks/2251799813685281/assignment',
      },
    },
    {
      name: '403 read-side any-of family (8.9 GET)',
      status: 403,
      problem: {
        type: 'about:blank',
        title: 'FORBIDDEN',
        status: 403,
        detail:
          "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
        instance: '/v2/user-tasks/2251799813685281',
      },
    },
    {
      name: '401 authentication layer',
      status: 401,
      problem: {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Full authentication is required to access this resource',
        instance: '/v2/topology',
      },
    },
    {
      name: '404 tenant-hidden entity',
      status: 404,
      problem: {
        type: 'about:blank',
        title: 'NOT_FOUND',
        status: 404,
        detail: "User Task with key '2251799813685281' not found",
        instance: '/v2/user-tasks/2251799813685281',
      },
    },
    {
      name: '409 invalid state',
      status: 409,
      problem: {
        type: 'about:blank',
        title: 'INVALID_STATE',
        status: 409,
        detail:
          "Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '1', but it has already been assigned",
        instance: '/v2/user-tasks/1/assignment',
      },
    },
    {
      name: '400 with the legacy exception-class title',
      status: 400,
      problem: {
        type: 'about:blank',
        title: 'io.camunda.service.exception.ValidationException',
        status: 400,
        detail: 'Expected to handle REST API request, but JSON property was invalid',
        instance: '/v2/user-tasks/search',
      },
    },
    {
      name: '500 internal',
      status: 500,
      problem: {
        type: 'about:blank',
        title: 'INTERNAL',
        status: 500,
        detail: 'Unexpected error occurred during the request processing: boom',
        instance: '/v2/topology',
      },
    },
  ];

  for (const { name, status, problem } of cases) {
    it(`keeps every member of a ${name}`, async () => {
      stubFetch({ [TOPOLOGY]: () => problemResponse(status, problem) });
      const error = await failure(apiRequest('helm', { path: '/v2/topology', skipAuthRecovery: true }));
      expect(error.kind).toBe('http');
      expect(error.status).toBe(status);
      expect(error.problem).toEqual(problem);
      expect(error.request).toMatchObject({ method: 'GET', path: '/v2/topology', clusterId: 'helm' });
    });
  }

  it('reads an 8.8 problem with members missing and keeps extra members', async () => {
    stubFetch({
      [TOPOLOGY]: () => problemResponse(503, { title: 'RESOURCE_EXHAUSTED', partitionId: 2 }, { 'Retry-After': '7' }),
    });
    const error = await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(error.problem).toEqual({ title: 'RESOURCE_EXHAUSTED', partitionId: 2 });
    expect(error.retryAfterSeconds).toBe(7);
  });

  it('turns an empty 401 body (anonymous /me) into an error with no problem', async () => {
    stubFetch({ '/clusters/helm/v2/authentication/me': () => new Response(null, { status: 401 }) });
    const error = await failure(apiRequest('helm', { path: '/v2/authentication/me', skipAuthRecovery: true }));
    expect(error.status).toBe(401);
    expect(error.problem).toBeNull();
  });

  it('says that an HTML error page is not a problem document', async () => {
    stubFetch({ [TOPOLOGY]: () => textResponse(502, '<html><body>Bad Gateway</body></html>', 'text/html') });
    const error = await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
    expect(error.contentType).toBe('text/html');
    expect(error.message).toContain('text/html');
  });

  it('names the cluster’s own type of an HTML page the proxy served as an attachment', async () => {
    stubFetch({
      [TOPOLOGY]: () =>
        new Response('<html><body>Bad Gateway</body></html>', {
          status: 502,
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Disposition': 'attachment',
            'X-Lantern-Upstream-Content-Type': 'text/html; charset=utf-8',
          },
        }),
    });
    const error = await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(error.status).toBe(502);
    expect(error.contentType).toBe('text/html; charset=utf-8');
    expect(error.message).toContain('answer was text/html');
  });

  it('reports malformed JSON in an error body', async () => {
    stubFetch({ [TOPOLOGY]: () => textResponse(500, '{"title": "INTERNAL", ', 'application/problem+json') });
    const error = await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(error.problem).toBeNull();
    expect(error.message).toMatch(/malformed JSON/);
  });

  it('marks proxy failures with the X-Lantern-Proxy-Error reason', async () => {
    stubFetch({
      [TOPOLOGY]: () =>
        problemResponse(
          502,
          { type: 'https://lantern.invalid/problems/upstream-unreachable', title: 'Cluster unreachable', status: 502 },
          { 'X-Lantern-Proxy-Error': 'refused' },
        ),
    });
    const error = await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(error.kind).toBe('proxy');
    expect(error.proxyError).toBe('refused');
    expect(error.isLanternProblem).toBe(true);
  });

  it('reports a network failure as status 0', async () => {
    stubFetch({});
    const error = await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
  });
});

describe('successful answers', () => {
  const schema = z.object({ gatewayVersion: z.string(), brokers: z.array(z.object({ nodeId: z.number() })) });

  it('returns undefined for 204', async () => {
    stubFetch({ 'POST /clusters/helm/v2/user-tasks/1/completion': () => new Response(null, { status: 204 }) });
    await expect(
      apiRequest('helm', { method: 'POST', path: '/v2/user-tasks/1/completion', body: {} }),
    ).resolves.toBeUndefined();
  });

  it('validates the shape and names the failing field', async () => {
    stubFetch({ [TOPOLOGY]: () => jsonResponse(200, { gatewayVersion: '8.9.0', brokers: [{ nodeId: 'zero' }] }) });
    const error = await failure(apiRequest('helm', { path: '/v2/topology', schema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('brokers[0].nodeId');
  });

  it('rejects an HTML page answered with 200', async () => {
    stubFetch({
      [TOPOLOGY]: () => textResponse(200, '<!doctype html><title>Login</title>', 'text/html; charset=utf-8'),
    });
    const error = await failure(apiRequest('helm', { path: '/v2/topology', schema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('text/html');
  });

  it('returns the parsed data and the server Date', async () => {
    stubFetch({
      [TOPOLOGY]: () =>
        jsonResponse(
          200,
          { gatewayVersion: '8.9.0', brokers: [{ nodeId: 0 }] },
          { Date: 'Sat, 28 Nov 2026 20:00:00 GMT' },
        ),
    });
    const { data, meta } = await apiRequestWithMeta('helm', { path: '/v2/topology', schema });
    expect(data.gatewayVersion).toBe('8.9.0');
    expect(meta.date?.toISOString()).toBe('2026-11-28T20:00:00.000Z');
  });

  it('sends the query string', async () => {
    const { calls } = stubFetch({ '/clusters/helm/v2/things': () => jsonResponse(200, {}) });
    await apiRequest('helm', { path: '/v2/things', query: { a: 1, b: true, c: undefined } });
    expect(calls[0]?.url).toBe('/clusters/helm/v2/things?a=1&b=true');
  });
});

describe('credentials and the request log', () => {
  it('adds Basic credentials but logs them masked, with secrets in bodies masked too', async () => {
    connectBasic(helmCluster, 'anna', 'anna-secret-pw');
    const { calls } = stubFetch({ 'POST /clusters/helm/v2/things': () => jsonResponse(200, {}) });
    await apiRequest('helm', {
      method: 'POST',
      path: '/v2/things',
      body: { name: 'x', password: 'p4ss', nested: { clientSecret: 's' } },
    });
    expect(calls[0]?.headers.authorization).toBe(`Basic ${btoa('anna:anna-secret-pw')}`);
    const entry = getRequestLog().at(-1);
    expect(entry?.requestHeaders.Authorization).toBe(`Basic ${MASK}`);
    expect(entry?.requestBody).toEqual({ name: 'x', password: MASK, nested: { clientSecret: MASK } });
    expect(JSON.stringify(getRequestLog())).not.toContain(btoa('anna:anna-secret-pw'));
    expect(JSON.stringify(getRequestLog())).not.toContain('p4ss');
    expect(entry?.status).toBe(200);
  });

  it('records the status and problem of a failed request', async () => {
    stubFetch({ [TOPOLOGY]: () => problemResponse(403, { title: 'FORBIDDEN', status: 403, detail: 'nope' }) });
    const error = await failure(apiRequest('helm', { path: '/v2/topology' }));
    const entry = getRequestLog().find((e) => e.requestId === error.request.requestId);
    expect(entry?.status).toBe(403);
    expect(entry?.problem?.detail).toBe('nope');
  });
});

describe('401 and 403 handling', () => {
  function oidcConnection(renew: () => Promise<boolean>) {
    let token = fakeJwt({ preferred_username: 'demo', aud: 'orchestration-api', exp: 4_000_000_000 });
    connectOidc(saasCluster, token, {
      getAccessToken: () => Promise.resolve(token),
      renew: async () => {
        const ok = await renew();
        if (ok) token = fakeJwt({ preferred_username: 'demo', aud: 'orchestration-api', exp: 4_000_000_100 });
        return ok;
      },
      signOut: () => Promise.resolve(),
      forget: () => Promise.resolve(),
    });
    return () => token;
  }
  const unauthorized = () =>
    problemResponse(401, {
      title: 'Unauthorized',
      status: 401,
      detail: 'An error occurred while attempting to decode the Jwt: Jwt expired',
    });

  it('renews once and retries with the new token', async () => {
    const renew = vi.fn(() => Promise.resolve(true));
    const currentToken = oidcConnection(renew);
    const { calls } = stubFetch({
      '/clusters/saas/v2/topology': [unauthorized, () => jsonResponse(200, { ok: true })],
    });
    await expect(apiRequest('saas', { path: '/v2/topology' })).resolves.toEqual({ ok: true });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.headers.authorization).toBe(`Bearer ${currentToken()}`);
  });

  it('sends the user to sign in with the reason when the retry is refused again', async () => {
    oidcConnection(() => Promise.resolve(true));
    const { calls } = stubFetch({ '/clusters/saas/v2/topology': unauthorized });
    const error = await failure(apiRequest('saas', { path: '/v2/topology' }));
    expect(error.status).toBe(401);
    expect(calls).toHaveLength(2);
    expect(getConnection('saas')).toBeNull();
    expect(getSignInNotice('saas')?.detail).toContain('Jwt expired');
  });

  it('never re-authenticates on 403', async () => {
    const renew = vi.fn(() => Promise.resolve(true));
    oidcConnection(renew);
    const { calls } = stubFetch({
      '/clusters/saas/v2/topology': () => problemResponse(403, { title: 'FORBIDDEN', status: 403 }),
    });
    const error = await failure(apiRequest('saas', { path: '/v2/topology' }));
    expect(error.status).toBe(403);
    expect(renew).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
    expect(getConnection('saas')).not.toBeNull();
  });

  it('asks Basic users to sign in again without retrying', async () => {
    connectBasic(helmCluster, 'anna', 'wrong');
    const { calls } = stubFetch({
      [TOPOLOGY]: () => problemResponse(401, { title: 'Unauthorized', status: 401, detail: 'Bad credentials' }),
    });
    await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(calls).toHaveLength(1);
    expect(getConnection('helm')).toBeNull();
    const notice = getSignInNotice('helm');
    expect(notice && englishT.message(notice.reason)).toMatch(/username or password/);
  });
});

describe('the cluster clock', () => {
  it('is learnt from the Date header of every answer, errors included', async () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toUTCString();
    stubFetch({
      [TOPOLOGY]: () =>
        new Response('{"title":"FORBIDDEN"}', {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json', Date: tenMinutesAgo },
        }),
    });
    await failure(apiRequest('helm', { path: '/v2/topology' }));
    expect(getClockSkew('helm')).toBeGreaterThan(9 * 60_000);
  });
});
