import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runConnectionCheck, type CheckResult, type StageId } from './connection-check.ts';
import { getConnection, resetConnectionsForTests } from '../../lib/connection/connection-store.ts';
import { connectBasic, connectToken } from '../../testing/connect.ts';
import { c8runCluster, fakeJwt, helmCluster, saasCluster } from '../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch, textResponse } from '../../testing/fetch-stub.ts';
import { englishT, germanT } from '../../testing/translate.ts';

const health = () => jsonResponse(200, { status: 'ok' });
const topology = () =>
  jsonResponse(200, {
    gatewayVersion: '8.9.0',
    clusterSize: 3,
    partitionsCount: 3,
    replicationFactor: 3,
    brokers: [{}, {}, {}],
  });

/** A stage with its reason as an English reader sees it. */
function stage(result: CheckResult, id: StageId) {
  const found = result.stages.find((s) => s.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return { ...found, reason: found.reason ? englishT.message(found.reason) : '' };
}

function germanReason(result: CheckResult, id: StageId): string {
  const reason = result.stages.find((s) => s.id === id)?.reason;
  return reason ? germanT.message(reason) : '';
}

beforeEach(() => resetConnectionsForTests());
afterEach(() => vi.unstubAllGlobals());

describe('staged connection check', () => {
  it('stops at the server stage when Lantern does not answer', async () => {
    stubFetch({});
    const result = await runConnectionCheck({ cluster: helmCluster, connection: null });
    expect(stage(result, 'server').verdict).toBe('fail');
    expect(stage(result, 'proxy').verdict).toBe('skipped');
  });

  it('names a refused connection at the proxy stage', async () => {
    stubFetch({
      '/api/health': health,
      '/clusters/helm/v2/topology': () =>
        problemResponse(
          502,
          {
            type: 'https://lantern.invalid/problems/upstream',
            title: 'Bad Gateway',
            status: 502,
            detail: 'connect ECONNREFUSED 127.0.0.1:8081',
          },
          { 'X-Lantern-Proxy-Error': 'refused' },
        ),
    });
    const result = await runConnectionCheck({ cluster: helmCluster, connection: null });
    expect(stage(result, 'proxy')).toMatchObject({ verdict: 'fail', detail: 'connect ECONNREFUSED 127.0.0.1:8081' });
    expect(stage(result, 'proxy').reason).toMatch(/refused/i);
    expect(stage(result, 'auth').verdict).toBe('skipped');
  });

  it.each([
    ['dns', /does not resolve/],
    ['timeout', /did not answer within/],
    ['tls', /TLS/],
  ])('explains a %s failure', async (kind, text) => {
    stubFetch({
      '/api/health': health,
      '/clusters/helm/v2/topology': () =>
        problemResponse(kind === 'timeout' ? 504 : 502, { title: 'x' }, { 'X-Lantern-Proxy-Error': kind }),
    });
    const result = await runConnectionCheck({ cluster: helmCluster, connection: null });
    expect(stage(result, 'proxy').reason).toMatch(text);
  });

  it('recognises an HTML error page instead of the API', async () => {
    stubFetch({
      '/api/health': health,
      '/clusters/helm/v2/topology': () => textResponse(503, '<html>Service Unavailable</html>', 'text/html'),
    });
    const result = await runConnectionCheck({ cluster: helmCluster, connection: null });
    expect(stage(result, 'proxy').verdict).toBe('fail');
    expect(stage(result, 'proxy').reason).toMatch(/text\/html/);
  });

  it('asks for sign-in when no credentials were sent', async () => {
    stubFetch({
      '/api/health': health,
      '/clusters/helm/v2/topology': () =>
        problemResponse(401, {
          title: 'Unauthorized',
          status: 401,
          detail: 'Full authentication is required to access this resource',
        }),
    });
    const result = await runConnectionCheck({ cluster: helmCluster, connection: null });
    expect(stage(result, 'proxy').verdict).toBe('pass');
    expect(stage(result, 'auth')).toMatchObject({
      verdict: 'warn',
      detail: 'Full authentication is required to access this resource',
    });
    expect(result.unauthorized).toBe('no-credentials');
  });

  it('reports bad Basic credentials', async () => {
    connectBasic(helmCluster, 'anna', 'wrong');
    stubFetch({
      '/api/health': health,
      '/clusters/helm/v2/topology': () =>
        problemResponse(401, { title: 'Unauthorized', status: 401, detail: 'Bad credentials' }),
    });
    const result = await runConnectionCheck({ cluster: helmCluster, connection: getConnection('helm') });
    expect(stage(result, 'auth')).toMatchObject({ verdict: 'fail', detail: 'Bad credentials' });
    expect(result.unauthorized).toBe('bad-credentials');
  });

  it('reports a wrong-audience token with the expected audience', async () => {
    connectToken(saasCluster, fakeJwt({ preferred_username: 'demo', aud: 'other-api', exp: 4_000_000_000 }));
    const detail = 'An error occurred while attempting to decode the Jwt: The aud claim is not valid';
    stubFetch({
      '/api/health': health,
      '/clusters/saas/v2/topology': () => problemResponse(401, { title: 'Unauthorized', status: 401, detail }),
    });
    const result = await runConnectionCheck({ cluster: saasCluster, connection: getConnection('saas') });
    expect(result.unauthorized).toBe('wrong-audience');
    expect(stage(result, 'auth').reason).toContain("'other-api'");
    expect(stage(result, 'auth').reason).toContain("'orchestration-api'");
    expect(stage(result, 'auth').detail).toBe(detail);
  });

  it('reports an expired token', async () => {
    connectToken(saasCluster, fakeJwt({ preferred_username: 'demo', aud: 'orchestration-api', exp: 4_000_000_000 }));
    stubFetch({
      '/api/health': health,
      '/clusters/saas/v2/topology': () =>
        problemResponse(401, {
          status: 401,
          detail: 'An error occurred while attempting to decode the Jwt: Jwt expired at 2025-06-01T10:00:00Z',
        }),
    });
    const result = await runConnectionCheck({ cluster: saasCluster, connection: getConnection('saas') });
    expect(result.unauthorized).toBe('expired-token');
  });

  it('passes every stage for a signed-in user and lists the web components', async () => {
    connectBasic(helmCluster, 'demo', 'demo');
    stubFetch({
      '/api/health': health,
      '/clusters/helm/v2/topology': topology,
      '/clusters/helm/v2/authentication/me': () =>
        jsonResponse(200, {
          username: 'demo',
          displayName: 'Demo',
          authorizedComponents: ['operate', 'tasklist'],
          tenants: [{ tenantId: '<default>', name: 'Default' }],
          groups: [],
          roles: ['admin'],
          c8Links: {},
        }),
    });
    const result = await runConnectionCheck({ cluster: helmCluster, connection: getConnection('helm') });
    expect(result.stages.map((s) => s.verdict)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(result.gatewayVersion).toBe('8.9.0');
    expect(stage(result, 'me').reason).toBe('demo (Demo) · roles: admin · groups: none · tenants: <default>');
    expect(germanReason(result, 'me')).toBe('demo (Demo) · Rollen: admin · Gruppen: keine · Mandanten: <default>');
    expect(stage(result, 'topology').reason).toBe('Gateway 8.9.0: 3 brokers, 3 partitions, replication factor 3.');
    expect(germanReason(result, 'topology')).toBe('Gateway 8.9.0: 3 Broker, 3 Partitionen, Replikationsfaktor 3.');
    expect(stage(result, 'components').reason).toBe('operate, tasklist');
  });

  it('treats c8run’s empty 401 on /me as the anonymous caller', async () => {
    stubFetch({
      '/api/health': health,
      '/clusters/c8run/v2/topology': topology,
      '/clusters/c8run/v2/authentication/me': () => new Response(null, { status: 401 }),
    });
    const result = await runConnectionCheck({ cluster: c8runCluster, connection: null });
    expect(result.usable).toBe(true);
    expect(stage(result, 'auth').reason).toMatch(/without credentials/);
    expect(stage(result, 'me')).toMatchObject({ verdict: 'warn' });
    expect(stage(result, 'me').reason).toMatch(/Anonymous/);
  });

  it('names the field when the topology has an unexpected shape', async () => {
    stubFetch({
      '/api/health': health,
      '/clusters/c8run/v2/topology': () => jsonResponse(200, { gatewayVersion: 8.8, brokers: [] }),
      '/clusters/c8run/v2/authentication/me': () => new Response(null, { status: 401 }),
    });
    const result = await runConnectionCheck({ cluster: c8runCluster, connection: null });
    expect(stage(result, 'topology').verdict).toBe('fail');
    expect(stage(result, 'topology').reason).toMatch(/could not be read/);
    expect(stage(result, 'topology').detail).toContain('gatewayVersion');
  });
});

describe('trying credentials before they are committed', () => {
  it('sends the candidate credentials on every probe', async () => {
    const { calls } = stubFetch({
      '/api/health': health,
      '/clusters/helm/v2/topology': topology,
      '/clusters/helm/v2/authentication/me': () => jsonResponse(200, { username: 'anna', roles: [], groups: [] }),
    });
    const result = await runConnectionCheck({
      cluster: helmCluster,
      connection: null,
      credentials: { Authorization: 'Basic YW5uYTphbm5h' },
    });
    expect(result.usable).toBe(true);
    const probes = calls.filter((c) => c.url.startsWith('/clusters/'));
    expect(probes.map((c) => c.headers.authorization)).toEqual(['Basic YW5uYTphbm5h', 'Basic YW5uYTphbm5h']);
    expect(getConnection('helm')).toBeNull();
  });
});
