import { infiniteQueryOptions, queryOptions, skipToken } from '@tanstack/react-query';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import type { UserTaskSearchBody } from '../lib/task-filter.ts';
import {
  fetchProcessDefinitionXml,
  fetchTaskForm,
  fetchUserTask,
  searchTaskVariables,
  searchUserTasks,
  PAGE_SIZE,
  type PageParam,
  type UserTaskPage,
} from './user-tasks-api.ts';

export const userTaskKeys = {
  all: (clusterId: string) => clusterKeys.feature(clusterId, 'user-tasks'),
  lists: (clusterId: string) => [...userTaskKeys.all(clusterId), 'list'] as const,
  /** `null`: no search can be sent yet (the filter needs a username the connection lacks). */
  list: (clusterId: string, body: UserTaskSearchBody | null) => [...userTaskKeys.lists(clusterId), body] as const,
  detail: (clusterId: string, userTaskKey: string) => [...userTaskKeys.all(clusterId), 'detail', userTaskKey] as const,
  variables: (clusterId: string, userTaskKey: string, nameLike: string) =>
    [...userTaskKeys.detail(clusterId, userTaskKey), 'variables', nameLike] as const,
  fullVariable: (clusterId: string, userTaskKey: string, name: string) =>
    [...userTaskKeys.detail(clusterId, userTaskKey), 'variable-full', name] as const,
  form: (clusterId: string, userTaskKey: string) => [...userTaskKeys.detail(clusterId, userTaskKey), 'form'] as const,
  processXml: (clusterId: string, processDefinitionKey: string) =>
    [...userTaskKeys.all(clusterId), 'process-xml', processDefinitionKey] as const,
};

/** Next page: after the window's end cursor (else by offset); undefined when the result ends there. */
export function nextPageParam(lastPage: UserTaskPage): PageParam | undefined {
  const end = lastPage.offset + lastPage.items.length;
  const more = lastPage.items.length > 0 && (end < lastPage.totalItems || lastPage.hasMoreTotalItems);
  if (!more) return undefined;
  return lastPage.endCursor ? { after: lastPage.endCursor, offset: end } : { from: end };
}

/** Previous page: before the window's start cursor (else by offset); undefined at the first task. */
export function previousPageParam(firstPage: UserTaskPage): PageParam | undefined {
  if (firstPage.offset <= 0 || firstPage.items.length === 0) return undefined;
  if (firstPage.startCursor) return { before: firstPage.startCursor, end: firstPage.offset };
  const from = Math.max(0, firstPage.offset - PAGE_SIZE);
  return { from, limit: firstPage.offset - from };
}

/**
 * Pages kept per list: the one in view and one on either side. Older pages are dropped as the
 * operator scrolls, so memory does not grow with the result, and fetched again when scrolled back to.
 */
export const MAX_PAGES = 3;

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
  list: (clusterId: string, body: UserTaskSearchBody | null) =>
    infiniteQueryOptions({
      queryKey: userTaskKeys.list(clusterId, body),
      queryFn: body ? ({ pageParam, signal }) => searchUserTasks(clusterId, body, pageParam, signal) : skipToken,
      initialPageParam: null as PageParam,
      getNextPageParam: nextPageParam,
      getPreviousPageParam: previousPageParam,
      maxPages: MAX_PAGES,
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
  /** A deployed definition's XML never changes, so it is read once per key. */
  processXml: (clusterId: string, processDefinitionKey: string | null) =>
    queryOptions({
      queryKey: userTaskKeys.processXml(clusterId, processDefinitionKey ?? ''),
      queryFn: processDefinitionKey
        ? ({ signal }) => fetchProcessDefinitionXml(clusterId, processDefinitionKey, signal)
        : skipToken,
      staleTime: Infinity,
    }),
};
