import type { Logger } from '../logging/redacting-logger.ts';

// Session ids signed out, each kept until its session would have expired anyway. Memory is bounded:
// past the cap the entry closest to its natural end goes first (it is refused soon regardless), with a
// warning, because a dropped entry makes a signed-out session usable again until it expires.

export class SessionRevocations {
  private readonly until = new Map<string, number>();
  private lastSweep = 0;

  constructor(
    private readonly logger: Logger,
    private readonly max = 100_000,
  ) {}

  add(sid: string, expiresAt: number): void {
    this.sweep();
    this.until.set(sid, expiresAt);
    if (this.until.size <= this.max) return;
    let soonest: [string, number] | null = null;
    for (const entry of this.until) if (!soonest || entry[1] < soonest[1]) soonest = entry;
    if (soonest) this.until.delete(soonest[0]);
    this.logger.warn(`more than ${this.max} signed-out sessions remembered; the one closest to expiry was dropped`);
  }

  has(sid: string): boolean {
    const until = this.until.get(sid);
    return until !== undefined && until > Date.now();
  }

  get size(): number {
    return this.until.size;
  }

  /** At most once a minute, so that a burst of sign-outs does not walk the map each time. */
  private sweep(): void {
    const now = Date.now();
    if (now - this.lastSweep < 60_000 && this.until.size < this.max) return;
    this.lastSweep = now;
    for (const [sid, until] of this.until) if (until <= now) this.until.delete(sid);
  }
}
