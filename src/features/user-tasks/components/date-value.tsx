import { formatAbsolute, formatRelative } from '../lib/format-date.ts';

export function DateValue({ iso, empty = 'not set' }: { iso: string | null; empty?: string }) {
  if (!iso) return <span className="task-muted">{empty}</span>;
  return (
    <time dateTime={iso} title={iso}>
      {formatAbsolute(iso)} <span className="task-muted">({formatRelative(iso)})</span>
    </time>
  );
}
