import { useT } from '../../../lib/i18n/use-t.ts';

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
  const t = useT();
  let text: string | null = null;
  if (!total) text = null;
  else if (active !== null) {
    text = t('tasks.position.current', {
      position: active + 1,
      total: total.count,
      capped: total.capped ? 'yes' : 'no',
    });
  } else if (firstVisible !== null && lastVisible !== null && lastVisible >= firstVisible) {
    text = t('tasks.position.range', {
      first: firstVisible + 1,
      last: lastVisible + 1,
      visible: lastVisible - firstVisible + 1,
      total: total.count,
      capped: total.capped ? 'yes' : 'no',
    });
  }
  return (
    <p className="task-list-position" data-testid="task-position">
      {text}
    </p>
  );
}
