// Token buckets against guessing typed client secrets: every attempt takes a token from the bucket of
// its source address and from that of its cluster + client id before the identity provider is asked; a
// successful exchange gives both back, so only wrong guesses (and attempts still in flight) count.

export interface ThrottleLimits {
  /** Attempts allowed in a burst. */
  capacity: number;
  /** One attempt comes back every this many ms. */
  refillMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly maxKeys = 10_000,
  ) {}

  private current(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.limits.capacity, at: now };
    const refilled = Math.floor((now - bucket.at) / this.limits.refillMs);
    if (refilled > 0) {
      bucket.tokens = Math.min(this.limits.capacity, bucket.tokens + refilled);
      bucket.at = bucket.tokens === this.limits.capacity ? now : bucket.at + refilled * this.limits.refillMs;
    }
    return bucket;
  }

  /** Ms until an attempt would be allowed (0 = now). */
  waitMs(key: string, now = Date.now()): number {
    const bucket = this.current(key, now);
    return bucket.tokens > 0 ? 0 : bucket.at + this.limits.refillMs - now;
  }

  take(key: string, now = Date.now()): void {
    const bucket = this.current(key, now);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.trim(now);
  }

  giveBack(key: string, now = Date.now()): void {
    const bucket = this.buckets.get(key);
    if (!bucket) return;
    const current = this.current(key, now);
    current.tokens = Math.min(this.limits.capacity, current.tokens + 1);
    if (current.tokens === this.limits.capacity) this.buckets.delete(key);
  }

  /** Full buckets carry no information; past the cap the least recently used key goes first. */
  private trim(now: number): void {
    if (this.buckets.size <= this.maxKeys) return;
    for (const [key] of this.buckets) {
      if (this.current(key, now).tokens === this.limits.capacity) this.buckets.delete(key);
    }
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
  }
}

export interface GuessThrottle {
  /** Ms to wait, or 0 after taking one attempt from both buckets. */
  attempt(source: string, clusterId: string, clientId: string): number;
  /** Gives the attempt back: it was no guess (a sign-in that worked, or an identity provider that failed). */
  refund(source: string, clusterId: string, clientId: string): void;
}

export const defaultSourceLimits: ThrottleLimits = { capacity: 10, refillMs: 6_000 };
export const defaultClientLimits: ThrottleLimits = { capacity: 5, refillMs: 12_000 };

export function createGuessThrottle(
  sourceLimits: ThrottleLimits = defaultSourceLimits,
  clientLimits: ThrottleLimits = defaultClientLimits,
): GuessThrottle {
  const bySource = new TokenBuckets(sourceLimits);
  const byClient = new TokenBuckets(clientLimits);
  const clientKey = (clusterId: string, clientId: string) => `${clusterId}\u0000${clientId}`;
  return {
    attempt(source, clusterId, clientId) {
      const key = clientKey(clusterId, clientId);
      const wait = Math.max(bySource.waitMs(source), byClient.waitMs(key));
      if (wait > 0) return wait;
      bySource.take(source);
      byClient.take(key);
      return 0;
    },
    refund(source, clusterId, clientId) {
      bySource.giveBack(source);
      byClient.giveBack(clientKey(clusterId, clientId));
    },
  };
}
