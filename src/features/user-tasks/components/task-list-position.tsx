interface TaskListPositionProps {
  /** The task the keyboard is on (absolute index), or null before any row was focused. */
  active: number | null;
  firstVisible: number | null;
  lastVisible: number | null;
  total: { count: number; capped: boolean };
}

/**
 * Where the operator is in the whole result: "Task 2,310 of 10,000" for the current task, else the
 * rows in view. Not a live region: it changes on every scroll, and each row already carries its
 * position for screen readers (aria-posinset / aria-setsize).
 */
export function TaskListPosition({ active, firstVisible, lastVisible, total }: TaskListPositionProps) {
  const of = `${total.capped ? 'more than ' : ''}${total.count.toLocaleString()}`;
  let text: string | null = null;
  if (active !== null) text = `Task ${(active + 1).toLocaleString()} of ${of}`;
  else if (firstVisible !== null && lastVisible !== null && lastVisible >= firstVisible) {
    text = `Tasks ${(firstVisible + 1).toLocaleString()}–${(lastVisible + 1).toLocaleString()} of ${of}`;
  }
  return (
    <p className="task-list-position" data-testid="task-position">
      {text}
    </p>
  );
}
