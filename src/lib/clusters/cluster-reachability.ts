import { queryOptions, useQuery } from '@tanstack/react-query';
import { clusterKeys } from './cluster-keys.ts';

export type Reachability =
  | { state: 'up' }
  /** The Lantern proxy could not reach the cluster; `reason` in words. */
  | { state: 'down'; reason: string }
  /** The Lantern server itself did not answer: nothing is known about the cluster. */
  | { state: 'unknown' };

// The proxy's `X-Lantern-Proxy-Error` codes in words an operator reads.
const proxyReasons: Record<string, string> = {
  refused: 'connection refused',
  dns: 'host name not found',
  tls: 'TLS handshake failed',
  reset: 'connection reset',
  timeout: 'no answer in time',
};

/**
 * One unauthenticated GET of `/v2/topology` through the proxy. Any HTTP answer from the cluster —
 * 200, or the 401 of a protected one — means it is up; only the proxy's own failure means down.
 * Not cluster data and sent without credentials, so it stays out of the request log and the
 * 401 → sign-in handling of the API client.
 */
export async function probeCluster(clusterId: string, signal?: AbortSignal): Promise<Reachability> {
  let response: Response;
  try {
    response = await fetch(`/clusters/${encodeURIComponent(clusterId)}/v2/topology`, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { state: 'unknown' };
  }
  await response.body?.cancel().catch(() => undefined);
  const proxyError = response.headers.get('X-Lantern-Proxy-Error');
  if (proxyError !== null) return { state: 'down', reason: proxyReasons[proxyError] ?? 'unreachable' };
  return { state: 'up' };
}

/** How often the picker checks again while it is visible. */
const REACHABILITY_REFRESH_MS = 30_000;

export const reachabilityQueries = {
  probe: (clusterId: string) =>
    queryOptions({
      queryKey: clusterKeys.feature(clusterId, 'reachability'),
      queryFn: ({ signal }) => probeCluster(clusterId, signal),
      staleTime: REACHABILITY_REFRESH_MS / 2,
      refetchInterval: REACHABILITY_REFRESH_MS,
      refetchIntervalInBackground: false,
      retry: false,
    }),
};

export function useClusterReachability(clusterId: string) {
  return useQuery(reachabilityQueries.probe(clusterId));
}
