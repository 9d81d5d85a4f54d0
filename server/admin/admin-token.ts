import type { Exchange } from '../auth/client-credential-sessions.ts';
import type { IssuedToken } from '../auth/token-exchange.ts';
import type { ClusterConfig } from '../config/cluster-config.ts';

// The administrative client's token, one per cluster, kept in this process's memory until shortly
// before it expires. It is sent to the cluster only; no answer of the admin routes carries it.

const RENEW_BEFORE_MS = 30_000;

export class AdminTokens {
  private readonly tokens = new Map<string, Promise<IssuedToken>>();

  constructor(
    private readonly exchange: Exchange,
    private readonly timeoutMs: number,
  ) {}

  async token(cluster: ClusterConfig): Promise<string> {
    const admin = cluster.adminClient;
    if (!admin) throw new Error(`cluster '${cluster.id}' has no administrative client`);
    let pending = this.tokens.get(cluster.id);
    if (pending) {
      const current = await pending.catch(() => null);
      if (!current || current.expiresAt - RENEW_BEFORE_MS <= Date.now()) pending = undefined;
    }
    if (!pending) {
      pending = this.exchange(cluster, admin.clientId, admin.clientSecret, this.timeoutMs);
      this.tokens.set(cluster.id, pending);
      // A failed exchange is not remembered: the next apply tries again.
      pending.catch(() => this.tokens.delete(cluster.id));
    }
    return (await pending).accessToken;
  }
}
