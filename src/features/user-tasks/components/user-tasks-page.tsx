import { InlineNotification, SkeletonText } from '@carbon/react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { useConnection } from '../../../lib/connection/connection-store.ts';
import { useCurrentUser } from '../../../lib/connection/current-user.ts';
import { userTaskQueries } from '../api/user-tasks-queries.ts';
import {
  DEFAULT_TASK_FILTER,
  countActiveFilters,
  parseTaskFilter,
  serializeTaskFilter,
  toSearchBody,
  type TaskFilter,
} from '../lib/task-filter.ts';
import { taskWindowOf } from '../lib/task-window.ts';
import { TaskFilterPanel } from './task-filter-panel.tsx';
import { TaskList } from './task-list.tsx';
import { TaskQueueEmpty } from './task-queue-empty.tsx';
import './user-tasks.scss';

/** The detail page hands over the name of the task it just completed. */
function completedTaskOf(state: unknown): string | null {
  if (
    typeof state === 'object' &&
    state !== null &&
    'completedTask' in state &&
    typeof state.completedTask === 'string'
  ) {
    return state.completedTask;
  }
  return null;
}

export function UserTasksPage() {
  const { clusterId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const completedTask = completedTaskOf(location.state);
  const { connection } = useConnection(clusterId);
  const me = useCurrentUser(clusterId);
  const searchString = searchParams.toString();
  const filter = useMemo(() => parseTaskFilter(new URLSearchParams(searchString)), [searchString]);
  const username = me.data?.username ?? null;
  const search = useMemo(() => toSearchBody(filter, username), [filter, username]);
  // "Assigned to me" needs the username from /me; waiting for it avoids a wasted first search.
  const waitingForMe = filter.assignee !== '' && me.isPending;
  const listOptions = userTaskQueries.list(clusterId, search.ok && !waitingForMe ? search.body : null);
  const cancel = useRequestCancel(listOptions.queryKey);
  const query = useInfiniteQuery({
    ...listOptions,
    // After Cancel nothing asks again by itself, not even the retry-while-failing timer.
    ...(cancel.cancelled ? { refetchInterval: false } : {}),
  });

  const apply = (next: TaskFilter) => setSearchParams(serializeTaskFilter(next));
  const taskWindow = useMemo(
    () => taskWindowOf(query.data?.pages ?? [], query.hasNextPage),
    [query.data, query.hasNextPage],
  );
  const tasks = taskWindow.tasks;
  // cancelRefetch: false joins a request already running instead of sending the page again.
  const { fetchNextPage, fetchPreviousPage } = query;
  const nextPage = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const previousPage = useCallback(() => void fetchPreviousPage({ cancelRefetch: false }), [fetchPreviousPage]);
  const firstPage = query.data?.pages[0];
  const error = query.error;
  const active = countActiveFilters(filter);

  return (
    <div className="user-tasks-page">
      <aside className="user-tasks-page__filters">
        <h2 className="user-tasks-page__section-title">Filters</h2>
        <TaskFilterPanel
          filter={filter}
          onApply={apply}
          username={username}
          groups={me.data?.groups ?? []}
          tenants={me.data?.tenants.map((t) => t.tenantId) ?? []}
        />
      </aside>
      <section className="user-tasks-page__queue" aria-labelledby="user-tasks-title">
        <header className="user-tasks-page__header">
          <h1 id="user-tasks-title" className="user-tasks-page__title">
            User tasks
          </h1>
          <p className="user-tasks-page__count" data-testid="task-count" aria-live="polite">
            {firstPage
              ? `${firstPage.hasMoreTotalItems ? 'more than ' : ''}${firstPage.totalItems.toLocaleString()} ${firstPage.totalItems === 1 ? 'task' : 'tasks'}${active > 0 ? ` · ${active} ${active === 1 ? 'filter' : 'filters'} active` : ''}`
              : null}
          </p>
        </header>
        {completedTask ? (
          <InlineNotification
            kind="success"
            lowContrast
            title={`Completed “${completedTask}”.`}
            subtitle="The queue below is searched again, so it no longer lists it once the cluster has caught up."
          />
        ) : null}
        {!search.ok ? (
          <InlineNotification
            kind="info"
            lowContrast
            hideCloseButton
            title={'"Assigned to me" needs a signed-in user.'}
            subtitle="This connection has no username (anonymous or an API client). Choose another assignee filter."
          />
        ) : null}
        <QueryStatus
          query={query}
          cancel={cancel}
          clusterId={clusterId}
          hasPreviousAnswer={tasks.length > 0}
          failedTitle="Could not search user tasks."
        />
        {search.ok && (query.isPending || waitingForMe) && !error && !cancel.cancelled ? (
          <SkeletonText paragraph lineCount={8} />
        ) : null}
        {query.isSuccess && tasks.length === 0 ? (
          <TaskQueueEmpty
            clusterId={clusterId}
            user={connection?.caller.type === 'ANONYMOUS' ? null : (me.data ?? undefined)}
            callerId={connection?.caller.id ?? null}
            activeFilters={active}
            onResetFilters={() => apply({ ...DEFAULT_TASK_FILTER, sort: filter.sort })}
          />
        ) : null}
        {tasks.length > 0 ? (
          <TaskList
            taskWindow={taskWindow}
            loadedPages={query.data?.pages.length ?? 0}
            clusterId={clusterId}
            backSearch={searchString}
            currentUsername={username}
            hasNextPage={query.hasNextPage}
            hasPreviousPage={query.hasPreviousPage}
            busy={query.isFetching || query.isError || cancel.cancelled}
            fetchNextPage={nextPage}
            fetchPreviousPage={previousPage}
          />
        ) : null}
      </section>
    </div>
  );
}
