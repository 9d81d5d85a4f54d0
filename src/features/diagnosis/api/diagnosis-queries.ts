import { queryOptions, skipToken } from '@tanstack/react-query';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import { type CallerPrincipal, callerSnapshotQuery } from '../../../lib/api/caller-snapshot.ts';
import { fetchDirectorySnapshot, fetchTaskFacts, searchTaskFacts } from './diagnosis-api.ts';

// Keys are rooted at the cluster (`['clusters', id, 'diagnosis', …]`), so a principal change
// drops them all. A query that cannot run yet gets `skipToken`, never a placeholder argument.
const diagnosisKeys = {
  all: (clusterId: string) => clusterKeys.feature(clusterId, 'diagnosis'),
  directory: (clusterId: string) => [...diagnosisKeys.all(clusterId), 'directory'] as const,
  task: (clusterId: string, userTaskKey: string | null) =>
    [...diagnosisKeys.all(clusterId), 'task', userTaskKey] as const,
  sampleTasks: (clusterId: string, limit: number) => [...diagnosisKeys.all(clusterId), 'sample-tasks', limit] as const,
};

export const diagnosisQueries = {
  /** Shared with the permission gate of action buttons (`src/lib/authz/use-permission-gate.ts`): one key, one read. */
  caller: (clusterId: string, principal: CallerPrincipal | null, version: ClusterVersion | null) =>
    callerSnapshotQuery(clusterId, principal, version),
  /** `enabled` false: the whole directory waits (it is dozens of reads). */
  directory: (clusterId: string, enabled: boolean) =>
    queryOptions({
      queryKey: diagnosisKeys.directory(clusterId),
      queryFn: enabled ? ({ signal }) => fetchDirectorySnapshot(clusterId, signal) : skipToken,
      staleTime: 30_000,
      retry: false,
    }),
  /** `userTaskKey` null: the request was not about a user task. */
  task: (clusterId: string, userTaskKey: string | null) =>
    queryOptions({
      queryKey: diagnosisKeys.task(clusterId, userTaskKey),
      queryFn: userTaskKey ? ({ signal }) => fetchTaskFacts(clusterId, userTaskKey, signal) : skipToken,
      staleTime: 10_000,
      retry: false,
    }),
  sampleTasks: (clusterId: string, limit: number) =>
    queryOptions({
      queryKey: diagnosisKeys.sampleTasks(clusterId, limit),
      queryFn: ({ signal }) => searchTaskFacts(clusterId, limit, signal),
      staleTime: 10_000,
      retry: false,
    }),
};
