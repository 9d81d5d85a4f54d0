import { queryOptions, skipToken } from '@tanstack/react-query';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import { fetchAuditDirectory } from './audit-api.ts';

// Keys under `['clusters', id, 'audit', …]`, dropped with everything else of the cluster when the
// principal changes.
const auditKeys = {
  directory: (clusterId: string) => [...clusterKeys.feature(clusterId, 'audit'), 'directory'] as const,
};

export const auditQueries = {
  /** `enabled` false: not signed in yet, nothing is read. */
  directory: (clusterId: string, enabled: boolean) =>
    queryOptions({
      queryKey: auditKeys.directory(clusterId),
      queryFn: enabled ? ({ signal }) => fetchAuditDirectory(clusterId, { signal }) : skipToken,
      staleTime: 60_000,
      retry: false,
    }),
};
