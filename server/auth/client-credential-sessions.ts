import { randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { ClusterConfig } from '../config/cluster-config.ts';
import type { Logger } from '../logging/redacting-logger.ts';
import { type IssuedToken, exchangeClientCredentials } from './token-exchange.ts';

// Client-credentials sessions live only in this process's memory: a restart forgets them, which is
// the point (nothing to leak from disk). The browser holds only the random session id.

export interface DecodedToken {
  header: Record<string, unknown> | null;
  claims: Record<string, unknown> | null;
}

export interface SessionView {
  clientId: string;
  /** ISO-8601 instant. */
  expiresAt: string;
  token: DecodedToken;
}

interface Session {
  id: string;
  clusterId: string;
  clientId: string;
  clientSecret: string;
  token: IssuedToken;
  lastUsed: number;
  renewal: Promise<IssuedToken> | null;
}

export type Exchange = typeof exchangeClientCredentials;

/** Renew when less than this share of the token's lifetime is left (or 30 s, whichever is more). */
const renewShare = 0.2;
const minRenewMs = 30_000;
const idleLimitMs = 8 * 60 * 60 * 1000;

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
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly logger: Logger,
    private readonly timeoutMs: number,
    private readonly exchange: Exchange = exchangeClientCredentials,
  ) {}

  async create(
    cluster: ClusterConfig,
    clientId: string,
    clientSecret: string,
  ): Promise<{ sessionId: string; view: SessionView }> {
    this.logger.addSecret(clientSecret);
    let token: IssuedToken;
    try {
      token = await this.exchange(cluster, clientId, clientSecret, this.timeoutMs);
    } catch (error) {
      if (!this.isSecretInUse(clientSecret)) this.logger.removeSecret(clientSecret);
      throw error;
    }
    this.logger.addSecret(token.accessToken);
    const id = randomBytes(24).toString('base64url');
    const session: Session = {
      id,
      clusterId: cluster.id,
      clientId,
      clientSecret,
      token,
      lastUsed: Date.now(),
      renewal: null,
    };
    this.sweep();
    this.sessions.set(id, session);
    return { sessionId: id, view: this.view(session) };
  }

  /** A fresh enough access token for the session, renewing it first when it is close to expiry. */
  async accessToken(sessionId: string, cluster: ClusterConfig): Promise<string | null> {
    const session = this.sessions.get(sessionId);
    if (!session || session.clusterId !== cluster.id) return null;
    session.lastUsed = Date.now();
    await this.renewIfDue(session, cluster);
    return session.token.accessToken;
  }

  async describe(sessionId: string, clusters: ReadonlyMap<string, ClusterConfig>): Promise<SessionView | null> {
    const session = this.sessions.get(sessionId);
    if (!session) return null;
    const cluster = clusters.get(session.clusterId);
    if (cluster) await this.renewIfDue(session, cluster);
    return this.view(session);
  }

  clusterOf(sessionId: string): string | null {
    return this.sessions.get(sessionId)?.clusterId ?? null;
  }

  delete(sessionId: string): boolean {
    const session = this.sessions.get(sessionId);
    if (!session) return false;
    this.sessions.delete(sessionId);
    this.forget(session);
    return true;
  }

  clear(): void {
    for (const session of this.sessions.values()) this.forget(session);
    this.sessions.clear();
  }

  private forget(session: Session): void {
    this.logger.removeSecret(session.token.accessToken);
    if (!this.isSecretInUse(session.clientSecret)) this.logger.removeSecret(session.clientSecret);
  }

  private isSecretInUse(secret: string): boolean {
    return [...this.sessions.values()].some((s) => s.clientSecret === secret);
  }

  private async renewIfDue(session: Session, cluster: ClusterConfig): Promise<void> {
    const now = Date.now();
    const remaining = session.token.expiresAt - now;
    const lifetime = session.token.expiresAt - session.token.issuedAt;
    if (remaining > Math.min(lifetime / 2, Math.max(minRenewMs, lifetime * renewShare))) return;
    // One renewal at a time per session; concurrent requests wait for the same one.
    session.renewal ??= this.exchange(cluster, session.clientId, session.clientSecret, this.timeoutMs);
    try {
      const token = await session.renewal;
      if (token !== session.token) {
        this.logger.removeSecret(session.token.accessToken);
        this.logger.addSecret(token.accessToken);
        session.token = token;
      }
    } catch (error) {
      // A failed renewal keeps the old token while it is still valid; the cluster will say 401 otherwise.
      this.logger.warn(`client-credentials renewal for cluster ${cluster.id} failed: ${(error as Error).message}`);
    } finally {
      session.renewal = null;
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const session of this.sessions.values()) {
      if (now - session.lastUsed > idleLimitMs && session.token.expiresAt < now) {
        this.sessions.delete(session.id);
        this.forget(session);
      }
    }
  }

  private view(session: Session): SessionView {
    return {
      clientId: session.clientId,
      expiresAt: new Date(session.token.expiresAt).toISOString(),
      token: decodeToken(session.token.accessToken),
    };
  }
}
