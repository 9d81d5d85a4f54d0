import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '../api/api-client.ts';
import { clusterKeys } from './cluster-keys.ts';
import type { ClusterSummary } from './cluster-summary.ts';
import { useConnection } from '../connection/connection-store.ts';

// The gateway version is only known once the cluster has answered /v2/topology; for
// clusters that need credentials that means after sign-in.
const versionSchema = z.looseObject({ gatewayVersion: z.optional(z.nullable(z.string())) });

export const clusterVersionQueries = {
  version: (clusterId: string) =>
    queryOptions({
      queryKey: clusterKeys.feature(clusterId, 'version'),
      queryFn: async ({ signal }) => {
        const topology = await apiRequest(clusterId, { path: '/v2/topology', schema: versionSchema, signal });
        return topology.gatewayVersion ?? null;
      },
      staleTime: 5 * 60_000,
      retry: false,
    }),
};

export function useClusterVersion(cluster: ClusterSummary) {
  const { connection } = useConnection(cluster.id);
  return useQuery({
    ...clusterVersionQueries.version(cluster.id),
    enabled: cluster.auth === 'none' || connection !== null,
  });
}

export function authMethodLabel(cluster: ClusterSummary): string {
  switch (cluster.auth) {
    case 'none':
      return 'No authentication';
    case 'basic':
      return 'Basic authentication';
    case 'oidc':
      return 'OIDC';
  }
}
