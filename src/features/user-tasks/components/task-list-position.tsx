interface TaskListPositionProps {
  /** The task the keyboard is on (absolute index), or null before any row was focused. */
  active: number | null;
  firstVisible: number | null;
  lastVisible: number | null;
  /** null while the first page loads: nothing to count yet. */
  total: { count: number; capped: boolean } | null;
}

/**
 * Where the operator is in the whole result: "Task 2,310 of 10,000" for the current task, else the
 * rows in view. Not a live region: it changes on every scroll, and each row already carries its
 * position for screen readers (aria-posinset / aria-setsize).
 */
export function TaskListPosition({ active, firstVisible, lastVisible, total }: TaskListPositionProps) {
  let text: string | null = null;
  const of = total ? `${total.capped ? 'more than ' : ''}${total.count.toLocaleString()}` : '';
  if (!total) text = null;
  else if (active !== null) text = `Task ${(active + 1).toLocaleString()} of ${of}`;
  else if (firstVisible !== null && lastVisible !== null && lastVisible >= firstVisible) {
    text = `Tasks ${(firstVisible + 1).toLocaleString()}–${(lastVisible + 1).toLocaleString()} of ${of}`;
  }
  return (
    <p className="task-list-position" data-testid="task-position">
      {text}
    </p>
  );
}
