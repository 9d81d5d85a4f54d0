import { queryOptions } from '@tanstack/react-query';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import {
  type CallerPrincipal,
  fetchCallerSnapshot,
  fetchDirectorySnapshot,
  fetchTaskFacts,
  searchTaskFacts,
} from './diagnosis-api.ts';

// Keys are rooted at the cluster (docs/decisions.md), so a principal change drops them all.
export const diagnosisKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'diagnosis'] as const,
  directory: (clusterId: string) => [...diagnosisKeys.all(clusterId), 'directory'] as const,
  caller: (clusterId: string, principal: CallerPrincipal, version: ClusterVersion | null) =>
    [...diagnosisKeys.all(clusterId), 'caller', principal, version] as const,
  task: (clusterId: string, userTaskKey: string) => [...diagnosisKeys.all(clusterId), 'task', userTaskKey] as const,
  sampleTasks: (clusterId: string, limit: number) => [...diagnosisKeys.all(clusterId), 'sample-tasks', limit] as const,
};

export const diagnosisQueries = {
  caller: (clusterId: string, principal: CallerPrincipal, version: ClusterVersion | null) =>
    queryOptions({
      queryKey: diagnosisKeys.caller(clusterId, principal, version),
      queryFn: ({ signal }) => fetchCallerSnapshot(clusterId, principal, version, signal),
      staleTime: 30_000,
      retry: false,
    }),
  directory: (clusterId: string) =>
    queryOptions({
      queryKey: diagnosisKeys.directory(clusterId),
      queryFn: ({ signal }) => fetchDirectorySnapshot(clusterId, signal),
      staleTime: 30_000,
      retry: false,
    }),
  task: (clusterId: string, userTaskKey: string) =>
    queryOptions({
      queryKey: diagnosisKeys.task(clusterId, userTaskKey),
      queryFn: ({ signal }) => fetchTaskFacts(clusterId, userTaskKey, signal),
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
