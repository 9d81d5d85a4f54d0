import { fetchServerJson } from '../api/server-api.ts';
import type { ClusterListResponse } from './cluster-summary.ts';

// Every screen starts from the cluster list. Asked once at the very start of the boot, before
// React and Carbon are evaluated, so its round trip overlaps them and the route's lazy chunks
// instead of following them; the cluster-list query takes this answer instead of asking again.
let pending: Promise<ClusterListResponse> | null = null;

export function startClusterListAtBoot(): Promise<ClusterListResponse> {
  const started = fetchServerJson<ClusterListResponse>('/api/clusters');
  // Handled by whoever takes it; a failure here must not be an unhandled rejection meanwhile.
  started.catch(() => undefined);
  pending = started;
  return started;
}

/** The boot's request, once: later reads of the list (a refetch, a retry) ask the server again. */
export function takeBootClusterList(): Promise<ClusterListResponse> | null {
  const taken = pending;
  pending = null;
  return taken;
}
