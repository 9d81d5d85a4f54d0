import { Button, InlineNotification } from '@carbon/react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { usePageSkipLink } from '../../../components/app-shell/skip-links.tsx';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { useConnection } from '../../../lib/connection/connection-store.ts';
import { useCurrentUser } from '../../../lib/connection/current-user.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useTaskMutation } from '../api/user-tasks-mutations.ts';
import { userTaskQueries } from '../api/user-tasks-queries.ts';
import { warmQueueSoon } from '../lib/queue-warmup.ts';
import { queueActionOf, type QueueAction } from '../lib/queue-shortcuts.ts';
import {
  DEFAULT_TASK_FILTER,
  countActiveFilters,
  parseTaskFilter,
  serializeTaskFilter,
  toSearchBody,
  type TaskFilter,
} from '../lib/task-filter.ts';
import { taskWindowOf, type TaskWindow } from '../lib/task-window.ts';
import { TaskActionError } from './task-action-error.tsx';
import { TaskFilterPanel } from './task-filter-panel.tsx';
import { TaskFilterPanelViews } from './task-filter-panel-views.tsx';
import { TaskList, type TaskListHandle } from './task-list.tsx';
import { TaskQueueEmpty } from './task-queue-empty.tsx';
import './user-tasks.scss';

// Only fetched when someone presses `?`: the queue's first render does not pay for the dialog.
const TaskListShortcutsDialog = lazy(async () => ({
  default: (await import('./task-list-shortcuts-dialog.tsx')).TaskListShortcutsDialog,
}));

/** Placeholder rows shown while the first page of a search is on its way. */
const LOADING_WINDOW: TaskWindow = { start: 0, end: 0, tasks: [], rowCount: 8, setSize: null };

interface ClaimRequest {
  key: string;
  /** The task's name as the cluster has it; null for an unnamed task (worded at render). */
  name: string | null;
  position: number;
  /** Counts requests, so pressing `c` twice on the same task sends twice, and a re-render never does. */
  serial: number;
}

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
  const t = useT();
  const { clusterId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
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

  const apply = useCallback((next: TaskFilter) => setSearchParams(serializeTaskFilter(next)), [setSearchParams]);
  const openView = useCallback((query: string) => setSearchParams(new URLSearchParams(query)), [setSearchParams]);
  const groups = useMemo(() => me.data?.groups ?? [], [me.data]);
  const tenants = useMemo(() => me.data?.tenants.map((t) => t.tenantId) ?? [], [me.data]);
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
  const total = useMemo(
    () => ({ count: firstPage?.totalItems ?? 0, capped: firstPage?.hasMoreTotalItems ?? false }),
    [firstPage?.totalItems, firstPage?.hasMoreTotalItems],
  );
  const error = query.error;
  const active = countActiveFilters(filter);
  const loading = search.ok && (query.isPending || waitingForMe) && !error && !cancel.cancelled;

  // After the commit that subscribed the query (and so sent the search).
  useEffect(() => warmQueueSoon(), []);

  const list = useRef<TaskListHandle>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [claim, setClaim] = useState<ClaimRequest | null>(null);
  // An id, not a sentence: a language switch re-words a note already shown.
  const [shortcutNote, setShortcutNote] = useState<MessageId | null>(null);
  const claimMutation = useTaskMutation(clusterId, claim?.key ?? '', username);
  const sentClaim = useRef(0);
  const { mutate: mutateClaim } = claimMutation;
  useEffect(() => {
    // The mutation is bound to the task's key, known only after the render that set `claim`.
    if (!claim || !username || sentClaim.current === claim.serial) return;
    sentClaim.current = claim.serial;
    mutateClaim({ action: 'claim', assignee: username });
  }, [claim, username, mutateClaim]);

  const skipLabel = t('tasks.queue.skipLink');
  const skipTarget = useMemo(
    () => ({
      label: skipLabel,
      targetId: 'task-list',
      // With no list (empty queue, an error) the page's content is the next best place.
      activate: () => (list.current ? list.current.focusCurrent() : document.getElementById('main-content')?.focus()),
    }),
    [skipLabel],
  );
  usePageSkipLink(skipTarget);

  const run = useCallback(
    (action: QueueAction) => {
      setShortcutNote(null);
      if (action === 'help') return setHelpOpen(true);
      if (action === 'filters') return document.getElementById('task-filter-sort-field')?.focus();
      if (action === 'next' || action === 'previous') {
        // From elsewhere on the page the first press goes back into the list, at the current task.
        const inList = document.activeElement?.closest('#task-list') != null;
        if (!inList) return list.current?.focusCurrent();
        return list.current?.move(action === 'next' ? 1 : -1);
      }
      const current = list.current?.current();
      if (!current) {
        setShortcutNote('tasks.queue.noTaskSelected');
        return;
      }
      if (action === 'open') {
        void navigate(`/c/${encodeURIComponent(clusterId)}/tasks/${encodeURIComponent(current.task.userTaskKey)}`, {
          state: { backSearch: searchString },
        });
        return;
      }
      if (!username) {
        setShortcutNote('tasks.queue.claimNeedsUser');
        return;
      }
      setClaim((previous) => ({
        key: current.task.userTaskKey,
        name: current.task.name ?? current.task.elementId ?? null,
        position: current.position,
        serial: (previous?.serial ?? 0) + 1,
      }));
    },
    // The setters are stable; listed because the compiler cannot tell here (their render also calls t).
    [clusterId, navigate, searchString, username, setHelpOpen],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const action = queueActionOf({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        defaultPrevented: event.defaultPrevented,
        target: target
          ? {
              tagName: target.tagName,
              isContentEditable: target instanceof HTMLElement && target.isContentEditable,
              type: target instanceof HTMLInputElement ? target.type : undefined,
              closest: (selector: string) => target.closest(selector),
            }
          : null,
      });
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [run]);

  let claimStatus = '';
  const claimName = claim ? (claim.name ?? t('tasks.unnamed')) : '';
  if (claim && claimMutation.isPending) claimStatus = t('tasks.queue.claiming', { name: claimName });
  else if (claim && claimMutation.isSuccess) {
    claimStatus = t('tasks.queue.claimed', { name: claimName, position: claim.position });
  }

  return (
    <div className="user-tasks-page">
      <aside className="user-tasks-page__filters" aria-label={t('tasks.queue.asideLabel')}>
        <TaskFilterPanelViews key={clusterId} clusterId={clusterId} query={searchString} onOpen={openView} />
        <h2 className="user-tasks-page__section-title">{t('tasks.queue.filtersTitle')}</h2>
        <TaskFilterPanel filter={filter} onApply={apply} username={username} groups={groups} tenants={tenants} />
      </aside>
      <section className="user-tasks-page__queue" aria-labelledby="user-tasks-title">
        <header className="user-tasks-page__header">
          <h1 id="user-tasks-title" className="user-tasks-page__title">
            {t('tasks.queue.title')}
          </h1>
          <p className="user-tasks-page__count" data-testid="task-count" aria-live="polite">
            {firstPage
              ? t('tasks.queue.count', {
                  count: firstPage.totalItems,
                  capped: firstPage.hasMoreTotalItems ? 'yes' : 'no',
                  active,
                })
              : null}
          </p>
          <Button kind="ghost" size="sm" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            {t('tasks.queue.shortcutsButton')}
          </Button>
        </header>
        <p className="user-tasks-page__shortcut-status" role="status" data-testid="queue-shortcut-status">
          {shortcutNote ? t(shortcutNote) : claimStatus}
        </p>
        {claim && claimMutation.error ? <TaskActionError error={claimMutation.error} clusterId={clusterId} /> : null}
        {completedTask ? (
          <InlineNotification
            kind="success"
            lowContrast
            title={t('tasks.queue.completedTitle', { name: completedTask })}
            subtitle={t('tasks.queue.completedSubtitle')}
          />
        ) : null}
        {!search.ok ? (
          <InlineNotification
            kind="info"
            lowContrast
            hideCloseButton
            title={t('tasks.queue.meNeedsUserTitle')}
            subtitle={t('tasks.queue.meNeedsUserSubtitle')}
          />
        ) : null}
        <QueryStatus
          query={query}
          cancel={cancel}
          clusterId={clusterId}
          hasPreviousAnswer={tasks.length > 0}
          failedTitle={t('tasks.queue.searchFailed')}
        />
        {query.isSuccess && tasks.length === 0 ? (
          <TaskQueueEmpty
            clusterId={clusterId}
            user={connection?.caller.type === 'ANONYMOUS' ? null : (me.data ?? undefined)}
            callerId={connection?.caller.id ?? null}
            activeFilters={active}
            onResetFilters={() => apply({ ...DEFAULT_TASK_FILTER, sort: filter.sort })}
          />
        ) : null}
        {/* The list is already there while the first search runs (placeholder rows): its code, its
            measurement and its layout happen during the wait, and the answer only fills the rows. */}
        {tasks.length > 0 || loading ? (
          <TaskList
            ref={list}
            taskWindow={loading ? LOADING_WINDOW : taskWindow}
            total={loading ? null : total}
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
      {helpOpen ? (
        <Suspense fallback={null}>
          <TaskListShortcutsDialog open onClose={() => setHelpOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
