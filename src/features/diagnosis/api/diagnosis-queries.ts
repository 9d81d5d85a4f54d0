import { queryOptions } from '@tanstack/react-query';
import { fetchDirectorySnapshot, fetchTaskFacts, searchTaskFacts } from './diagnosis-api.ts';

// Keys are rooted at the cluster (docs/decisions.md), so a principal change drops them all.
export const diagnosisKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'diagnosis'] as const,
  directory: (clusterId: string) => [...diagnosisKeys.all(clusterId), 'directory'] as const,
  task: (clusterId: string, userTaskKey: string) => [...diagnosisKeys.all(clusterId), 'task', userTaskKey] as const,
  sampleTasks: (clusterId: string, limit: number) => [...diagnosisKeys.all(clusterId), 'sample-tasks', limit] as const,
};

export const diagnosisQueries = {
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
