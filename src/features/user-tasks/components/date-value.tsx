import { useT } from '../../../lib/i18n/use-t.ts';
import { useTaskDates } from '../lib/use-task-dates.ts';

/** An instant in the UI language and the user's time zone, with how long ago (or until) it is. */
export function DateValue({ iso, empty }: { iso: string | null; empty?: string }) {
  const t = useT();
  const dates = useTaskDates();
  if (!iso) return <span className="task-muted">{empty ?? t('tasks.detail.notSet')}</span>;
  return (
    <time dateTime={iso} title={iso}>
      {t('tasks.detail.date', { absolute: dates.absolute(iso), relative: dates.relative(iso) })}
    </time>
  );
}
