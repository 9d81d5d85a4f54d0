import { randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { ClusterConfig } from '../config/cluster-config.ts';
import type { Logger } from '../logging/redacting-logger.ts';
import { type SealedSession, type SessionKeys, openSession, randomSessionKeys, sealSession } from './session-seal.ts';
import { type IssuedToken, exchangeClientCredentials } from './token-exchange.ts';
import { SessionRevocations } from './session-revocations.ts';

// Client-credentials sessions are stateless: the browser holds a sealed session (see session-seal.ts)
// naming the cluster, the client and, for a typed secret, the secret itself. Any replica with the same
// key opens it and exchanges the credentials for a token when it has none cached, so a restart or
// another replica only costs one token request. What a replica keeps is a bounded cache: tokens per
// session, and the revocations it was told about (sign-out) until those sessions would have expired.

export interface DecodedToken {
  header: Record<string, unknown> | null;
  claims: Record<string, unknown> | null;
}

export interface SessionView {
  clientId: string;
  /** ISO-8601 instant: when the current access token expires. */
  expiresAt: string;
  token: DecodedToken;
}

export type Exchange = typeof exchangeClientCredentials;

export interface SessionOptions {
  keys?: SessionKeys;
  /** Absolute session lifetime; default 8 hours. */
  lifetimeMs?: number;
  /** Told about every sign-out so that other replicas refuse the session too. */
  onRevoke?: (sessionBlob: string) => Promise<void>;
  /** Most sessions whose tokens one replica caches; older ones exchange again when used. */
  maxCachedTokens?: number;
}

interface CachedToken {
  token: IssuedToken | null;
  /** One exchange at a time per session; concurrent requests wait for the same one. */
  pending: Promise<IssuedToken> | null;
}

/** Renew when less than this share of the token's lifetime is left (or 30 s, whichever is more). */
const renewShare = 0.2;
const minRenewMs = 30_000;
export const defaultSessionLifetimeMs = 8 * 60 * 60 * 1000;

export function decodeToken(token: string): DecodedToken {
  try {
    return {
      header: decodeProtectedHeader(token),
      claims: decodeJwt(token),
    };
  } catch {
    // An opaque token: nothing to show, and that is an answer too.
    return { header: null, claims: null };
  }
}

export class ClientCredentialSessions {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly keys: SessionKeys;
  private readonly lifetimeMs: number;
  private readonly maxCachedTokens: number;
  readonly revocations: SessionRevocations;

  constructor(
    private readonly logger: Logger,
    private readonly timeoutMs: number,
    private readonly exchange: Exchange = exchangeClientCredentials,
    private readonly options: SessionOptions = {},
  ) {
    this.keys = options.keys ?? randomSessionKeys();
    this.lifetimeMs = options.lifetimeMs ?? defaultSessionLifetimeMs;
    this.maxCachedTokens = options.maxCachedTokens ?? 10_000;
    this.revocations = new SessionRevocations(logger);
  }

  /**
   * Exchanges the credentials once (so wrong ones are reported now) and seals the session. `serverHeld`
   * sessions do not carry the secret: it is looked up in the cluster's configuration when needed.
   */
  async create(
    cluster: ClusterConfig,
    clientId: string,
    clientSecret: string,
    serverHeld = false,
  ): Promise<{ sessionId: string; view: SessionView }> {
    const token = await this.exchange(cluster, clientId, clientSecret, this.timeoutMs);
    const now = Date.now();
    const session: SealedSession = {
      sid: randomBytes(18).toString('base64url'),
      clusterId: cluster.id,
      clientId,
      ...(serverHeld ? {} : { secret: clientSecret }),
      issuedAt: now,
      expiresAt: now + this.lifetimeMs,
    };
    const sessionId = await sealSession(session, this.keys);
    this.remember(session.sid, { token, pending: null });
    return { sessionId, view: view(clientId, token) };
  }

  /** A fresh enough access token for the session, renewing it first when it is close to expiry. */
  async accessToken(sessionId: string, cluster: ClusterConfig): Promise<string | null> {
    const session = await this.open(sessionId);
    if (!session || session.clusterId !== cluster.id) return null;
    const token = await this.currentToken(session, cluster);
    return token?.accessToken ?? null;
  }

  async describe(sessionId: string, clusters: ReadonlyMap<string, ClusterConfig>): Promise<SessionView | null> {
    const session = await this.open(sessionId);
    const cluster = session ? clusters.get(session.clusterId) : undefined;
    if (!session || !cluster) return null;
    const token = await this.currentToken(session, cluster);
    return token ? view(session.clientId, token) : null;
  }

  /** Sign-out: refused from now on here, and on every peer replica that could be told. */
  async delete(sessionId: string): Promise<boolean> {
    const session = await this.open(sessionId);
    if (!session) return false;
    this.revoke(session);
    await this.options.onRevoke?.(sessionId);
    return true;
  }

  /** A revocation another replica passed on: the sealed session itself proves it is genuine. */
  async revokeFromPeer(sessionId: string): Promise<boolean> {
    const session = await this.open(sessionId);
    if (!session) return false;
    this.revoke(session);
    return true;
  }

  private revoke(session: SealedSession): void {
    this.revocations.add(session.sid, session.expiresAt);
    this.tokens.delete(session.sid);
  }

  private async open(sessionId: string): Promise<SealedSession | null> {
    const session = await openSession(sessionId, this.keys);
    if (!session || this.revocations.has(session.sid)) return null;
    return session;
  }

  private secretOf(session: SealedSession, cluster: ClusterConfig): string | null {
    if (session.secret !== undefined) return cluster.allowTypedClientCredentials ? session.secret : null;
    const configured = cluster.serverClientCredentials;
    return configured && configured.clientId === session.clientId ? configured.clientSecret : null;
  }

  private async currentToken(session: SealedSession, cluster: ClusterConfig): Promise<IssuedToken | null> {
    const secret = this.secretOf(session, cluster);
    if (secret === null) return null;
    const cached = this.tokens.get(session.sid) ?? { token: null, pending: null };
    this.remember(session.sid, cached);
    const token = cached.token;
    if (token && !renewalDue(token)) return token;
    cached.pending ??= this.exchange(cluster, session.clientId, secret, this.timeoutMs);
    try {
      cached.token = await cached.pending;
    } catch (error) {
      // A failed renewal keeps the old token while it is still valid; the cluster will say 401 otherwise.
      this.logger.warn(
        `client-credentials ${token ? 'renewal' : 'exchange'} for cluster ${cluster.id} failed: ${(error as Error).message}`,
      );
    } finally {
      cached.pending = null;
    }
    // Signed out while the exchange ran: do not bring the token back.
    if (this.revocations.has(session.sid)) {
      this.tokens.delete(session.sid);
      return null;
    }
    return cached.token;
  }

  /** Most recently used last; the oldest entry goes once the cache is full. */
  private remember(sid: string, entry: CachedToken): void {
    this.tokens.delete(sid);
    this.tokens.set(sid, entry);
    if (this.tokens.size > this.maxCachedTokens) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
  }

  get cachedTokenCount(): number {
    return this.tokens.size;
  }
}

function renewalDue(token: IssuedToken): boolean {
  const remaining = token.expiresAt - Date.now();
  const lifetime = token.expiresAt - token.issuedAt;
  return remaining <= Math.min(lifetime / 2, Math.max(minRenewMs, lifetime * renewShare));
}

function view(clientId: string, token: IssuedToken): SessionView {
  return { clientId, expiresAt: new Date(token.expiresAt).toISOString(), token: decodeToken(token.accessToken) };
}
