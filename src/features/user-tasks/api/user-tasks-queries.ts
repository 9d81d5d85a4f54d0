import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api/api-error.ts';
import type { UserTaskSearchBody } from '../lib/task-filter.ts';
import {
  fetchTaskForm,
  fetchUserTask,
  searchTaskVariables,
  searchUserTasks,
  type PageParam,
  type UserTaskPage,
} from './user-tasks-api.ts';

export const userTaskKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'user-tasks'] as const,
  lists: (clusterId: string) => [...userTaskKeys.all(clusterId), 'list'] as const,
  list: (clusterId: string, body: UserTaskSearchBody) => [...userTaskKeys.lists(clusterId), body] as const,
  detail: (clusterId: string, userTaskKey: string) => [...userTaskKeys.all(clusterId), 'detail', userTaskKey] as const,
  variables: (clusterId: string, userTaskKey: string, nameLike: string) =>
    [...userTaskKeys.detail(clusterId, userTaskKey), 'variables', nameLike] as const,
  fullVariable: (clusterId: string, userTaskKey: string, name: string) =>
    [...userTaskKeys.detail(clusterId, userTaskKey), 'variable-full', name] as const,
  form: (clusterId: string, userTaskKey: string) => [...userTaskKeys.detail(clusterId, userTaskKey), 'form'] as const,
};

/** Next page: the end cursor when there is one, else an offset; null when everything is loaded. */
export function nextPageParam(lastPage: UserTaskPage, pages: UserTaskPage[]): PageParam | undefined {
  const loaded = pages.reduce((n, p) => n + p.items.length, 0);
  const more = lastPage.items.length > 0 && (loaded < lastPage.totalItems || lastPage.hasMoreTotalItems);
  if (!more) return undefined;
  return lastPage.endCursor ? { after: lastPage.endCursor } : { from: loaded };
}

/** While the queue or a task is in error, how often it asks again by itself (tab visible only). */
export const RECOVERY_INTERVAL_MS = 10_000;

/**
 * A failure that may clear by itself (the cluster down, overloaded, answering garbage) is asked
 * again periodically, so the view recovers without a click, as the topology's polling does. A
 * 4xx other than 429 is an answer about the request or the principal: asking again changes nothing.
 */
export function recoveryInterval(query: { state: { status: string; error: Error | null } }): number | false {
  if (query.state.status !== 'error') return false;
  const error = query.state.error;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) return false;
  return RECOVERY_INTERVAL_MS;
}

export const userTaskQueries = {
  list: (clusterId: string, body: UserTaskSearchBody) =>
    infiniteQueryOptions({
      queryKey: userTaskKeys.list(clusterId, body),
      queryFn: ({ pageParam, signal }) => searchUserTasks(clusterId, body, pageParam, signal),
      initialPageParam: null as PageParam,
      getNextPageParam: nextPageParam,
      staleTime: 10_000,
      refetchInterval: recoveryInterval,
      refetchIntervalInBackground: false,
    }),
  detail: (clusterId: string, userTaskKey: string) =>
    queryOptions({
      queryKey: userTaskKeys.detail(clusterId, userTaskKey),
      queryFn: ({ signal }) => fetchUserTask(clusterId, userTaskKey, signal),
      staleTime: 5_000,
      refetchInterval: recoveryInterval,
      refetchIntervalInBackground: false,
    }),
  variables: (clusterId: string, userTaskKey: string, nameLike: string) =>
    queryOptions({
      queryKey: userTaskKeys.variables(clusterId, userTaskKey, nameLike),
      queryFn: ({ signal }) => searchTaskVariables(clusterId, userTaskKey, { nameLike }, signal),
    }),
  fullVariable: (clusterId: string, userTaskKey: string, name: string) =>
    queryOptions({
      queryKey: userTaskKeys.fullVariable(clusterId, userTaskKey, name),
      queryFn: ({ signal }) => searchTaskVariables(clusterId, userTaskKey, { exactName: name, full: true }, signal),
    }),
  form: (clusterId: string, userTaskKey: string) =>
    queryOptions({
      queryKey: userTaskKeys.form(clusterId, userTaskKey),
      queryFn: ({ signal }) => fetchTaskForm(clusterId, userTaskKey, signal),
      staleTime: 5 * 60_000,
    }),
};
