import { useSyncExternalStore } from 'react';

// A token's `exp` is the cluster's (or its provider's) time, so expiry is judged against the
// cluster's clock: a browser clock that is minutes ahead must not end a fresh token at once.
// The API client reports the `Date` header of every answer here. That header has whole
// seconds, so differences under SKEW_RESOLUTION_MS are noise.
const SKEW_RESOLUTION_MS = 2_000;
/** From this much on the drawer tells the user their clock is off. */
export const NOTABLE_SKEW_MS = 30_000;

/** Browser clock minus cluster clock, in ms, per cluster. */
const skews = new Map<string, number>();
const listeners = new Set<(clusterId: string) => void>();

/** Called with the cluster id whenever its measured skew changes. */
export function subscribeClockSkew(listener: (clusterId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The cluster's current time as best known: the browser's clock corrected by the measured skew. */
export function clusterNow(clusterId: string): number {
  return Date.now() - (skews.get(clusterId) ?? 0);
}

/** Browser clock minus cluster clock in ms (positive: the browser is ahead), or null before any answer. */
export function getClockSkew(clusterId: string): number | null {
  return skews.get(clusterId) ?? null;
}

/** Records one answer's `Date` header, received at `receivedAt` by the browser's clock. */
export function recordClusterDate(clusterId: string, dateHeader: string | null, receivedAt: number): void {
  if (dateHeader === null) return;
  const serverTime = Date.parse(dateHeader);
  if (Number.isNaN(serverTime)) return;
  // The header is truncated to the second: half a second is the expected error.
  const skew = receivedAt - (serverTime + 500);
  const previous = skews.get(clusterId);
  if (previous !== undefined && Math.abs(previous - skew) < SKEW_RESOLUTION_MS) return;
  skews.set(clusterId, Math.abs(skew) < SKEW_RESOLUTION_MS ? 0 : skew);
  for (const l of listeners) l(clusterId);
}

function subscribeAll(onChange: () => void): () => void {
  return subscribeClockSkew(onChange);
}

/** The measured skew of the browser's clock against this cluster's, in ms, or null. */
export function useClockSkew(clusterId: string): number | null {
  return useSyncExternalStore(subscribeAll, () => getClockSkew(clusterId));
}

/** For tests: forget every measurement. */
export function resetClockSkewForTests(): void {
  skews.clear();
}
