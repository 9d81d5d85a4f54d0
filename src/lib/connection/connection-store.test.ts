import { englishT } from '../../testing/translate.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getConnection,
  getCredentialHeaders,
  getSignInNotice,
  onPrincipalChange,
  resetConnectionsForTests,
  signOut,
} from './connection-store.ts';
import { connectBasic, connectClientCredentials, connectToken } from '../../testing/connect.ts';
import { getClockSkew, recordClusterDate } from './clock-skew.ts';
import { decodeJwt } from '../auth/decode-jwt.ts';
import { resolveTokenCaller } from '../authz/token-inspection.ts';
import { helmCluster, saasCluster, fakeJwt } from '../../testing/cluster-fixtures.ts';
import { stubFetch } from '../../testing/fetch-stub.ts';

function everythingStored(): string {
  const dump: string[] = [document.cookie];
  for (const store of [window.sessionStorage, window.localStorage]) {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i) ?? '';
      dump.push(key, store.getItem(key) ?? '');
    }
  }
  return dump.join('\n');
}

beforeEach(() => {
  resetConnectionsForTests();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The sign-in notice as an English reader sees it. */
function noticeText(clusterId: string): string | undefined {
  const notice = getSignInNotice(clusterId);
  return notice ? englishT.message(notice.reason) : undefined;
}

describe('Basic credentials', () => {
  it('are used for requests but never written to any storage', async () => {
    connectBasic(helmCluster, 'anna', 'anna-pw-1');
    expect(await getCredentialHeaders('helm')).toEqual({ Authorization: `Basic ${btoa('anna:anna-pw-1')}` });
    const stored = everythingStored();
    expect(stored).not.toContain('anna-pw-1');
    expect(stored).not.toContain(btoa('anna:anna-pw-1'));
    expect(getConnection('helm')).toMatchObject({ method: 'basic', caller: { type: 'USER', id: 'anna' } });
  });

  it('are gone after sign-out', async () => {
    connectBasic(helmCluster, 'anna', 'anna');
    await signOut('helm');
    expect(getConnection('helm')).toBeNull();
    expect(await getCredentialHeaders('helm')).toEqual({});
  });
});

describe('pasted tokens', () => {
  it('are decoded for the principal and sent as a bearer token', async () => {
    const token = fakeJwt({ client_id: 'worker-client', aud: 'orchestration-api', exp: 4_000_000_000 });
    connectToken(saasCluster, token);
    expect(getConnection('saas')).toMatchObject({
      method: 'token',
      caller: { type: 'CLIENT', id: 'worker-client' },
    });
    expect(await getCredentialHeaders('saas')).toEqual({ Authorization: `Bearer ${token}` });
    expect(everythingStored()).not.toContain(token);
  });

  it('treat a user token that also carries client_id as the user (preferUsernameClaim)', () => {
    connectToken(saasCluster, fakeJwt({ preferred_username: 'demo', client_id: 'lantern', exp: 4_000_000_000 }));
    expect(getConnection('saas')?.caller).toEqual({ type: 'USER', id: 'demo' });
  });

  it('name the caller by the cluster’s rule, so the header and the diagnosis agree', () => {
    const claims = { preferred_username: 'demo', client_id: 'lantern', exp: 4_000_000_000 };
    const strict = { ...saasCluster, oidc: { ...saasCluster.oidc!, preferUsernameClaim: false } };
    connectToken(strict, fakeJwt(claims));
    expect(getConnection('saas')?.caller).toEqual({ type: 'CLIENT', id: 'lantern' });
    expect(getConnection('saas')?.caller).toEqual(resolveTokenCaller(claims, strict.oidc).caller);
  });

  it('end the connection when the token expires, with the reason', () => {
    vi.useFakeTimers();
    const now = Date.now();
    connectToken(saasCluster, fakeJwt({ preferred_username: 'demo', exp: Math.floor(now / 1000) + 30 }));
    expect(getConnection('saas')).not.toBeNull();
    vi.advanceTimersByTime(31_000);
    expect(getConnection('saas')).toBeNull();
    expect(noticeText('saas')).toMatch(/expired/);
  });

  it('reject text that is not a JWT', () => {
    expect(() => connectToken(saasCluster, 'not-a-token')).toThrow(/three dot-separated parts/);
    expect(getConnection('saas')).toBeNull();
  });
});

describe('client-credentials sessions', () => {
  it('send only the session handle and forget it on the server at sign-out', async () => {
    connectClientCredentials(saasCluster, {
      sessionId: 'sess-1',
      clientId: 'worker-client',
      expiresAt: null,
      token: null,
    });
    expect(await getCredentialHeaders('saas')).toEqual({ 'X-Lantern-Session': 'sess-1' });
    const { calls } = stubFetch({ 'DELETE /api/sessions/sess-1': () => new Response(null, { status: 204 }) });
    await signOut('saas');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['DELETE /api/sessions/sess-1']);
  });

  it('follow the token the server renewed, so the drawer never shows an expired token that is still in use', async () => {
    vi.useFakeTimers();
    const t0 = Date.UTC(2026, 10, 29, 12, 0, 0);
    vi.setSystemTime(t0);
    const firstExp = Math.floor(t0 / 1000) + 60;
    const renewedExp = firstExp + 300;
    const { calls } = stubFetch({
      'GET /api/sessions/sess-3/token': () =>
        Response.json({
          clientId: 'worker-client',
          expiresAt: new Date(renewedExp * 1000).toISOString(),
          token: { header: { alg: 'RS256' }, claims: { client_id: 'worker-client', exp: renewedExp, jti: 'second' } },
        }),
    });
    connectClientCredentials(saasCluster, {
      sessionId: 'sess-3',
      clientId: 'worker-client',
      expiresAt: new Date(firstExp * 1000).toISOString(),
      token: decodeJwt(fakeJwt({ client_id: 'worker-client', exp: firstExp, jti: 'first' })),
    });
    expect(calls).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(61_000);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/sessions/sess-3/token']);
    const connection = getConnection('saas');
    expect(connection?.expiresAt).toBe(renewedExp * 1000);
    expect(connection?.token?.claims.jti).toBe('second');
    expect(connection?.caller).toEqual({ type: 'CLIENT', id: 'worker-client' });
  });

  it('end with a notice when the server no longer knows the session', async () => {
    vi.useFakeTimers();
    const exp = Math.floor(Date.now() / 1000) + 30;
    stubFetch({ 'GET /api/sessions/sess-4/token': () => new Response(null, { status: 404 }) });
    connectClientCredentials(saasCluster, {
      sessionId: 'sess-4',
      clientId: 'worker-client',
      expiresAt: exp * 1000,
      token: null,
    });
    await vi.advanceTimersByTimeAsync(31_000);
    expect(getConnection('saas')).toBeNull();
    expect(noticeText('saas')).toMatch(/session ended/);
  });

  it('are the caller their token names, not simply the client id that signed in', () => {
    // A Keycloak service account carries a username too; with preferUsernameClaim the cluster sees that user.
    const claims = { preferred_username: 'service-account-ops-client', client_id: 'ops-client' };
    connectClientCredentials(saasCluster, {
      sessionId: 'sess-2',
      clientId: 'ops-client',
      expiresAt: null,
      token: decodeJwt(fakeJwt(claims)),
    });
    expect(getConnection('saas')?.caller).toEqual({ type: 'USER', id: 'service-account-ops-client' });
    expect(getConnection('saas')?.caller).toEqual(resolveTokenCaller(claims, saasCluster.oidc!).caller);
  });
});

describe('principal changes', () => {
  it('are announced so cached data of the previous principal can be dropped', async () => {
    const changed: string[] = [];
    const stop = onPrincipalChange((id) => changed.push(id));
    connectBasic(helmCluster, 'anna', 'anna');
    connectBasic(helmCluster, 'ron', 'ron');
    await signOut('helm');
    stop();
    expect(changed).toEqual(['helm', 'helm', 'helm']);
  });
});

describe('clock skew', () => {
  const tenMinutes = 10 * 60_000;

  function answerFromCluster(clusterId: string, clusterTime: number): void {
    recordClusterDate(clusterId, new Date(clusterTime).toUTCString(), Date.now());
  }

  it('judges a pasted token by the cluster clock when the browser clock is 10 minutes ahead', () => {
    vi.useFakeTimers();
    const clusterTime = Date.UTC(2026, 0, 1, 12, 0, 0);
    vi.setSystemTime(clusterTime + tenMinutes);
    answerFromCluster('saas', clusterTime);
    // Issued by the cluster's provider a minute ago, valid for five minutes of the cluster's time.
    const token = fakeJwt({ sub: 'ops', client_id: 'ops', exp: Math.floor((clusterTime + 4 * 60_000) / 1000) });
    connectToken(saasCluster, token);

    vi.advanceTimersByTime(60_000);
    expect(getConnection('saas')).not.toBeNull();
    expect(getClockSkew('saas')).toBeGreaterThan(9 * 60_000);

    vi.advanceTimersByTime(3 * 60_000 + 1_000);
    expect(getConnection('saas')).toBeNull();
    expect(noticeText('saas')).toMatch(/expired/);
  });

  it('ends a token earlier when the skew is learnt after sign-in and the browser is behind', () => {
    vi.useFakeTimers();
    const browserTime = Date.UTC(2026, 0, 1, 12, 0, 0);
    vi.setSystemTime(browserTime);
    const token = fakeJwt({ sub: 'ops', client_id: 'ops', exp: Math.floor((browserTime + 8 * 60_000) / 1000) });
    connectToken(saasCluster, token);
    // The cluster is 5 minutes ahead of this browser: 3 minutes of the token remain.
    answerFromCluster('saas', browserTime + 5 * 60_000);
    vi.advanceTimersByTime(3 * 60_000 + 1_000);
    expect(getConnection('saas')).toBeNull();
  });

  it('ignores differences of a second or so, the resolution of the Date header', () => {
    answerFromCluster('saas', Date.now() - 700);
    expect(getClockSkew('saas')).toBe(0);
  });
});
