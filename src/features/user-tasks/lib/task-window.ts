import type { UserTask } from '../api/user-tasks-api.ts';

/**
 * The queue keeps only a few pages of tasks (a sliding window) so memory stays flat however far an
 * operator scrolls; rows are placed by their absolute position in the whole result, and rows
 * outside the window are placeholders until their page is fetched again.
 */

/** What the window needs to know of a page: where it starts in the whole result and how it ends. */
export interface WindowPage {
  /** Absolute index of the page's first item in the whole result. */
  offset: number;
  items: UserTask[];
  totalItems: number;
  hasMoreTotalItems: boolean;
}

export interface TaskWindow {
  /** Absolute index of the first loaded task. */
  start: number;
  /** Absolute index after the last loaded task. */
  end: number;
  tasks: UserTask[];
  /** How many rows the list has: every task of the result, or the loaded ones + a loader row. */
  rowCount: number;
  /** The result's size when the cluster knows it (not capped), else null. */
  setSize: number | null;
}

/** Pages are contiguous: each was fetched right after or right before its neighbour. */
export function taskWindowOf(pages: readonly WindowPage[], hasNextPage: boolean): TaskWindow {
  const first = pages[0];
  const last = pages[pages.length - 1];
  if (!first || !last) return { start: 0, end: 0, tasks: [], rowCount: 0, setSize: 0 };
  const tasks = pages.flatMap((p) => p.items);
  const start = first.offset;
  const end = start + tasks.length;
  let rowCount: number;
  if (!hasNextPage) rowCount = end;
  // A capped total is a lower bound: one loader row stands for everything not yet seen.
  else if (last.hasMoreTotalItems) rowCount = end + 1;
  else rowCount = Math.max(last.totalItems, end + 1);
  const setSize = hasNextPage ? (last.hasMoreTotalItems ? null : rowCount) : end;
  return { start, end, tasks, rowCount, setSize };
}

/** The loaded task at an absolute index, or undefined when its page is outside the window. */
export function taskAt(window: TaskWindow, index: number): UserTask | undefined {
  return index >= window.start && index < window.end ? window.tasks[index - window.start] : undefined;
}

/** Rows of margin: the neighbouring page is asked for this many rows before the view reaches it. */
export const PREFETCH_ROWS = 20;

export interface VisibleRange {
  first: number;
  last: number;
}

/**
 * Which page the view needs next, given the rows rendered (visible + overscan). At most one at a
 * time and none while any request of the list runs, so no page is asked for twice.
 */
export function pageToFetch(
  visible: VisibleRange | null,
  window: Pick<TaskWindow, 'start' | 'end'>,
  can: { next: boolean; previous: boolean; busy: boolean },
): 'next' | 'previous' | null {
  if (!visible || can.busy) return null;
  if (can.previous && visible.first < window.start + PREFETCH_ROWS) return 'previous';
  if (can.next && visible.last >= window.end - PREFETCH_ROWS) return 'next';
  return null;
}
