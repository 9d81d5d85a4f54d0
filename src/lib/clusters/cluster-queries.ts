import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClusterListResponse, ClusterSummary } from './cluster-summary.ts';
import { fetchServerJson } from '../api/server-api.ts';
import { takeBootClusterList } from './boot-cluster-list.ts';
import { clusterKeys } from './cluster-keys.ts';

// The cluster list is the server's configuration: it rarely changes, so it is cached for the
// whole session. Its key is the root of every cluster-scoped key (cluster-keys.ts).
export const clusterQueries = {
  list: () =>
    queryOptions({
      queryKey: clusterKeys.all,
      queryFn: ({ signal }) =>
        takeBootClusterList() ?? fetchServerJson<ClusterListResponse>('/api/clusters', { signal }),
      staleTime: Infinity,
    }),
};

export function useClusters() {
  return useQuery(clusterQueries.list());
}

export interface ClusterLookup {
  cluster: ClusterSummary | undefined;
  isPending: boolean;
  error: Error | null;
  /** The list loaded and has no cluster with this id. */
  notFound: boolean;
}

export function useCluster(clusterId: string): ClusterLookup {
  const query = useClusters();
  const cluster = query.data?.clusters.find((c) => c.id === clusterId);
  return { cluster, isPending: query.isPending, error: query.error, notFound: query.isSuccess && !cluster };
}
