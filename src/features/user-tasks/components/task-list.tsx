import { InlineLoading } from '@carbon/react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { TaskListRow } from './task-list-row.tsx';

const ROW_HEIGHT = 68;

interface TaskListProps {
  tasks: UserTask[];
  clusterId: string;
  backSearch: string;
  currentUsername: string | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
}

/**
 * Only the rows in view (plus a small overscan) are in the DOM, so 10,000 tasks scroll like 20.
 * The next page is requested when the last loaded rows come into view.
 */
export function TaskList({
  tasks,
  clusterId,
  backSearch,
  currentUsername,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: TaskListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- this build has no React Compiler to skip.
  const virtualizer = useVirtualizer({
    count: tasks.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? (items[items.length - 1]?.index ?? 0) : 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= tasks.length - 20) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, tasks.length, fetchNextPage]);

  return (
    <div ref={scrollRef} className="task-list" data-testid="task-list-scroll">
      <ul className="task-list__inner" style={{ height: virtualizer.getTotalSize() }} aria-label="User tasks">
        {items.map((item) => {
          const task = tasks[item.index];
          return (
            <li
              key={task?.userTaskKey ?? 'loader'}
              className="task-list__item"
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              aria-setsize={hasNextPage ? -1 : tasks.length}
              aria-posinset={item.index + 1}
            >
              {task ? (
                <TaskListRow
                  task={task}
                  href={`/c/${encodeURIComponent(clusterId)}/tasks/${encodeURIComponent(task.userTaskKey)}`}
                  backSearch={backSearch}
                  currentUsername={currentUsername}
                />
              ) : (
                <InlineLoading className="task-list__loader" description="Loading more tasks…" />
              )}
            </li>
          );
        })}
      </ul>
      {!hasNextPage && tasks.length > 0 ? (
        <p className="task-list__end" data-testid="task-list-end">
          End of list: {tasks.length} tasks loaded.
        </p>
      ) : null}
    </div>
  );
}
