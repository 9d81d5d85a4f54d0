import { InlineLoading } from '@carbon/react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { pageToFetch, taskAt, type TaskWindow } from '../lib/task-window.ts';
import { TaskListPosition } from './task-list-position.tsx';
import { TaskListRow } from './task-list-row.tsx';

const ROW_HEIGHT = 68;

/** What the page's shortcuts and skip link do with the list. */
export interface TaskListHandle {
  /** Moves the current task by `delta` rows (from nothing: the first row in view) and focuses it. */
  move: (delta: number) => void;
  /** Focuses the current task, or the first one in view. */
  focusCurrent: () => void;
  /** The current task with its 1-based position, when its page is held. */
  current: () => { task: UserTask; position: number } | null;
}

interface TaskListProps {
  taskWindow: TaskWindow;
  /** Pages held in memory; exposed for the scale checks (e2e, benchmark). */
  loadedPages: number;
  clusterId: string;
  backSearch: string;
  currentUsername: string | null;
  /** The search's total as the cluster counts it, and whether that count is capped; null while the first page loads. */
  total: { count: number; capped: boolean } | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** A request of this list is running (or failed): no other page is asked for meanwhile. */
  busy: boolean;
  fetchNextPage: () => void;
  fetchPreviousPage: () => void;
  ref?: Ref<TaskListHandle>;
}

function indexOfRow(element: EventTarget | null): number | null {
  if (!(element instanceof Element)) return null;
  const value = element.closest('[data-index]')?.getAttribute('data-index');
  return value == null ? null : Number(value);
}

/**
 * Only the rows in view (plus a small overscan) are in the DOM, so 10,000 tasks scroll like 20, and
 * only a few pages are held (see `lib/task-window.ts`). Every row has its place in the whole result;
 * a row whose page is not held is a placeholder until the page next to the window is fetched.
 */
export function TaskList({
  taskWindow,
  loadedPages,
  clusterId,
  backSearch,
  currentUsername,
  total,
  hasNextPage,
  hasPreviousPage,
  busy,
  fetchNextPage,
  fetchPreviousPage,
  ref,
}: TaskListProps) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The first render already knows the scroller's height, so the rows appear in the same commit as
  // the list instead of one measuring pass later.
  const initialRect = useRef({ width: 0, height: Math.max(320, window.innerHeight - 176) });
  // eslint-disable-next-line react-hooks/incompatible-library -- this build has no React Compiler to skip.
  const virtualizer = useVirtualizer({
    count: taskWindow.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    initialRect: initialRect.current,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;
  const range = virtualizer.range;

  /** The task the keyboard is on (absolute index), kept when its row scrolls out of the DOM. */
  const [active, setActive] = useState<number | null>(null);
  /** A row to focus once it is rendered and its task loaded (after a move or a skip). */
  const pendingFocus = useRef<number | null>(null);

  const focusRow = useCallback((index: number) => {
    const link = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] a`);
    if (!link) return false;
    link.focus();
    return true;
  }, []);

  const goTo = useCallback(
    (index: number) => {
      const clamped = Math.max(0, Math.min(taskWindow.rowCount - 1, index));
      setActive(clamped);
      pendingFocus.current = clamped;
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
      if (focusRow(clamped)) pendingFocus.current = null;
    },
    [taskWindow.rowCount, virtualizer, focusRow],
  );

  const firstInView = () => virtualizer.range?.startIndex ?? taskWindow.start;

  useImperativeHandle(ref, () => ({
    move: (delta) => goTo(active === null ? firstInView() : active + delta),
    focusCurrent: () => goTo(active ?? firstInView()),
    current: () => {
      if (active === null) return null;
      const task = taskAt(taskWindow, active);
      return task ? { task, position: active + 1 } : null;
    },
  }));

  useEffect(() => {
    const index = pendingFocus.current;
    if (index !== null && focusRow(index)) pendingFocus.current = null;
  });

  // Coming back to a list whose window was scrolled away from the top shows the held tasks, not
  // placeholders that would need every page back to the first one.
  const initialStart = useRef(taskWindow.start);
  useLayoutEffect(() => {
    if (initialStart.current > 0) virtualizer.scrollToOffset(initialStart.current * ROW_HEIGHT);
  }, [virtualizer]);

  useEffect(() => {
    const visible = first === undefined || last === undefined ? null : { first, last };
    const direction = pageToFetch(visible, taskWindow, { next: hasNextPage, previous: hasPreviousPage, busy });
    if (direction === 'next') fetchNextPage();
    else if (direction === 'previous') fetchPreviousPage();
  }, [first, last, taskWindow, hasNextPage, hasPreviousPage, busy, fetchNextPage, fetchPreviousPage]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = indexOfRow(event.target);
    if (index === null) return;
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    goTo(index + step);
  };

  return (
    <div className="task-list-frame">
      <TaskListPosition
        active={active}
        firstVisible={range ? range.startIndex : null}
        lastVisible={range ? Math.min(range.endIndex, taskWindow.rowCount - 1) : null}
        total={total}
      />
      <div
        ref={scrollRef}
        id="task-list"
        className="task-list"
        data-testid="task-list-scroll"
        data-loaded-pages={loadedPages}
      >
        <ul
          className="task-list__inner"
          style={{ height: virtualizer.getTotalSize() }}
          aria-label={t('tasks.list.label')}
          aria-busy={total === null}
          onFocus={(event) => {
            const index = indexOfRow(event.target);
            if (index !== null) setActive(index);
          }}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => {
            const task = taskAt(taskWindow, item.index);
            return (
              <li
                key={task?.userTaskKey ?? `row-${item.index}`}
                className={`task-list__item${item.index === active ? ' task-list__item--current' : ''}`}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                aria-setsize={taskWindow.setSize ?? -1}
                aria-posinset={item.index + 1}
                data-index={item.index}
              >
                {task ? (
                  <TaskListRow
                    task={task}
                    clusterId={clusterId}
                    backSearch={backSearch}
                    currentUsername={currentUsername}
                  />
                ) : total === null ? (
                  item.index === 0 ? (
                    <span className="task-list__placeholder">{t('tasks.list.loading')}</span>
                  ) : (
                    <span className="task-list__placeholder task-list__placeholder--loading" />
                  )
                ) : item.index >= taskWindow.end &&
                  item.index === taskWindow.rowCount - 1 &&
                  taskWindow.setSize === null ? (
                  <InlineLoading className="task-list__loader" description={t('tasks.list.loadingMore')} />
                ) : (
                  <span className="task-list__placeholder">
                    {t('tasks.list.loadingTask', { position: item.index + 1 })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {!hasNextPage && taskWindow.end > 0 ? (
          <p className="task-list__end" data-testid="task-list-end">
            {t('tasks.list.end', { count: taskWindow.end })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
