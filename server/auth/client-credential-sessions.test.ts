import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClusterConfig } from '../config/cluster-config.ts';
import { createRedactingLogger } from '../logging/redacting-logger.ts';
import { ClientCredentialSessions, type Exchange } from './client-credential-sessions.ts';
import { openSession, parseSessionKeys } from './session-seal.ts';
import { TokenExchangeError } from './token-exchange.ts';

const cluster = (id: string): ClusterConfig => ({
  id,
  name: id,
  restBaseUrl: 'http://cluster.invalid',
  auth: 'oidc',
  oidc: null,
  tokenEndpoint: 'http://idp.invalid/token',
  tokenAudience: null,
  tokenScope: null,
  serverClientCredentials: null,
  allowTypedClientCredentials: true,
});

describe('client-credentials sessions', () => {
  let calls: number;
  let failNext: boolean;
  const exchange: Exchange = (_cluster, clientId) => {
    calls += 1;
    if (failNext) return Promise.reject(new TokenExchangeError('unreachable', 'idp down'));
    const issuedAt = Date.now();
    return Promise.resolve({ accessToken: `${clientId}-token-${calls}`, issuedAt, expiresAt: issuedAt + 300_000 });
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') });
    calls = 0;
    failNext = false;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the token while it is fresh and renews it before it expires', async () => {
    const sessions = new ClientCredentialSessions(
      createRedactingLogger(() => undefined),
      1000,
      exchange,
    );
    const saas = cluster('saas');
    const { sessionId } = await sessions.create(saas, 'ops-client', 'ops-secret');
    expect(await sessions.accessToken(sessionId, saas)).toBe('ops-client-token-1');

    vi.advanceTimersByTime(200_000); // 100 s left: more than the renewal margin (60 s of 300 s)
    expect(await sessions.accessToken(sessionId, saas)).toBe('ops-client-token-1');

    vi.advanceTimersByTime(50_000); // 50 s left: renew now, before the cluster would say 401
    const [a, b] = await Promise.all([sessions.accessToken(sessionId, saas), sessions.accessToken(sessionId, saas)]);
    expect([a, b]).toEqual(['ops-client-token-2', 'ops-client-token-2']);
    expect(calls).toBe(2);
    const view = await sessions.describe(sessionId, new Map([['saas', saas]]));
    expect(view?.expiresAt).toBe('2026-11-28T10:09:10.000Z');
  });

  it('keeps the old token when a renewal fails, and binds a session to its cluster', async () => {
    const lines: string[] = [];
    const sessions = new ClientCredentialSessions(
      createRedactingLogger((l) => lines.push(l)),
      1000,
      exchange,
    );
    const saas = cluster('saas');
    const { sessionId } = await sessions.create(saas, 'ops-client', 'ops-secret');
    vi.advanceTimersByTime(280_000);
    failNext = true;
    expect(await sessions.accessToken(sessionId, saas)).toBe('ops-client-token-1');
    expect(lines.join('\n')).toContain('renewal for cluster saas failed');
    expect(await sessions.accessToken(sessionId, cluster('other'))).toBeNull();
    expect(await sessions.delete(sessionId)).toBe(true);
    expect(await sessions.accessToken(sessionId, saas)).toBeNull();
  });

  it('opens a session sealed by another instance with the same key, and nothing else', async () => {
    const keys = parseSessionKeys(randomBytes(32).toString('base64'));
    const quiet = createRedactingLogger(() => undefined);
    const a = new ClientCredentialSessions(quiet, 1000, exchange, { keys });
    const b = new ClientCredentialSessions(quiet, 1000, exchange, { keys });
    const stranger = new ClientCredentialSessions(quiet, 1000, exchange);
    const saas = cluster('saas');
    const { sessionId } = await a.create(saas, 'ops-client', 'ops-secret');
    // b has no token cached: it exchanges the sealed credentials itself.
    expect(await b.accessToken(sessionId, saas)).toBe('ops-client-token-2');
    expect(await stranger.accessToken(sessionId, saas)).toBeNull();
    const [header, , iv, ciphertext, tag] = sessionId.split('.');
    const flipped = `${ciphertext!.startsWith('A') ? 'B' : 'A'}${ciphertext!.slice(1)}`;
    expect(await b.accessToken([header, '', iv, flipped, tag].join('.'), saas)).toBeNull();
    // The browser holds the blob; the typed secret inside it is not readable.
    expect(Buffer.from(ciphertext!, 'base64url').toString('latin1')).not.toContain('ops-secret');
    expect(sessionId).not.toContain('ops-client');
  });

  it('ends a session after its absolute lifetime, however busy it is', async () => {
    const sessions = new ClientCredentialSessions(
      createRedactingLogger(() => undefined),
      1000,
      exchange,
      {
        lifetimeMs: 60 * 60 * 1000,
      },
    );
    const saas = cluster('saas');
    const { sessionId } = await sessions.create(saas, 'ops-client', 'ops-secret');
    for (let minute = 0; minute < 59; minute += 1) {
      vi.advanceTimersByTime(60_000);
      expect(await sessions.accessToken(sessionId, saas)).not.toBeNull();
    }
    vi.advanceTimersByTime(60_000);
    expect(await sessions.accessToken(sessionId, saas)).toBeNull();
    expect(await sessions.describe(sessionId, new Map([['saas', saas]]))).toBeNull();
  });

  it('keeps a server-held secret out of the session and follows the configuration', async () => {
    const keys = parseSessionKeys(randomBytes(32).toString('hex'));
    const sessions = new ClientCredentialSessions(
      createRedactingLogger(() => undefined),
      1000,
      exchange,
      { keys },
    );
    const configured = {
      ...cluster('saas'),
      serverClientCredentials: { clientId: 'ops-client', clientSecret: 'held' },
    };
    const { sessionId } = await sessions.create(configured, 'ops-client', 'held', true);
    const opened = await openSession(sessionId, keys);
    expect(opened).toMatchObject({ clusterId: 'saas', clientId: 'ops-client' });
    expect(opened?.secret).toBeUndefined();
    // The operator removed the client from the configuration: the session ends with it.
    const removed = { ...configured, serverClientCredentials: null };
    vi.advanceTimersByTime(290_000);
    expect(await sessions.accessToken(sessionId, removed)).toBeNull();
  });

  it('caches tokens for a bounded number of sessions; an evicted one exchanges again when used', async () => {
    const sessions = new ClientCredentialSessions(
      createRedactingLogger(() => undefined),
      1000,
      exchange,
      {
        maxCachedTokens: 3,
      },
    );
    const saas = cluster('saas');
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push((await sessions.create(saas, `client-${i}`, 'secret')).sessionId);
    expect(sessions.cachedTokenCount).toBe(3);
    expect(calls).toBe(10);
    expect(await sessions.accessToken(ids[0]!, saas)).toBe('client-0-token-11');
    expect(sessions.cachedTokenCount).toBe(3);
  });
});
