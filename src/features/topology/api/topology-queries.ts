import { queryOptions } from '@tanstack/react-query';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import { fetchTopology } from './topology-api.ts';

/** How often the topology view polls; a Raft leader change shows up within this window. */
export const TOPOLOGY_REFRESH_MS = 5_000;

export const topologyKeys = {
  all: (clusterId: string) => clusterKeys.feature(clusterId, 'topology'),
};

export const topologyQueries = {
  current: (clusterId: string) =>
    queryOptions({
      queryKey: topologyKeys.all(clusterId),
      queryFn: ({ signal }) => fetchTopology(clusterId, signal),
      refetchInterval: TOPOLOGY_REFRESH_MS,
      // A hidden tab must not keep polling the cluster (design budget).
      refetchIntervalInBackground: false,
      staleTime: TOPOLOGY_REFRESH_MS / 2,
    }),
};
