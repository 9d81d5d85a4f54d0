import { InlineLoading } from '@carbon/react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { pageToFetch, taskAt, type TaskWindow } from '../lib/task-window.ts';
import { TaskListRow } from './task-list-row.tsx';

const ROW_HEIGHT = 68;

interface TaskListProps {
  taskWindow: TaskWindow;
  /** Pages held in memory; exposed for the scale checks (e2e, benchmark). */
  loadedPages: number;
  clusterId: string;
  backSearch: string;
  currentUsername: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** A request of this list is running (or failed): no other page is asked for meanwhile. */
  busy: boolean;
  fetchNextPage: () => void;
  fetchPreviousPage: () => void;
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
  hasNextPage,
  hasPreviousPage,
  busy,
  fetchNextPage,
  fetchPreviousPage,
}: TaskListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- this build has no React Compiler to skip.
  const virtualizer = useVirtualizer({
    count: taskWindow.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;

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

  return (
    <div ref={scrollRef} className="task-list" data-testid="task-list-scroll" data-loaded-pages={loadedPages}>
      <ul className="task-list__inner" style={{ height: virtualizer.getTotalSize() }} aria-label="User tasks">
        {items.map((item) => {
          const task = taskAt(taskWindow, item.index);
          return (
            <li
              key={task?.userTaskKey ?? `row-${item.index}`}
              className="task-list__item"
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              aria-setsize={taskWindow.setSize ?? -1}
              aria-posinset={item.index + 1}
            >
              {task ? (
                <TaskListRow
                  task={task}
                  href={`/c/${encodeURIComponent(clusterId)}/tasks/${encodeURIComponent(task.userTaskKey)}`}
                  backSearch={backSearch}
                  currentUsername={currentUsername}
                />
              ) : item.index >= taskWindow.end &&
                item.index === taskWindow.rowCount - 1 &&
                taskWindow.setSize === null ? (
                <InlineLoading className="task-list__loader" description="Loading more tasks…" />
              ) : (
                <span className="task-list__placeholder">Loading task {(item.index + 1).toLocaleString()}…</span>
              )}
            </li>
          );
        })}
      </ul>
      {!hasNextPage && taskWindow.end > 0 ? (
        <p className="task-list__end" data-testid="task-list-end">
          End of list: {taskWindow.end} tasks.
        </p>
      ) : null}
    </div>
  );
}
