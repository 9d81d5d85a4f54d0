import { InlineNotification } from '@carbon/react';
import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { ApiErrorText } from '../../../components/request-status/api-error-text.tsx';
import { isForbidden } from '../../../lib/api/api-error.ts';
import { isMessage, type MessageValues } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { TaskConflictError } from '../api/user-tasks-mutations.ts';

interface TaskActionErrorProps {
  error: Error | null;
  clusterId: string;
}

/** A failed action, never only a toast: 403 → the diagnosis callout, 409 → what changed, in words. */
export function TaskActionError({ error, clusterId }: TaskActionErrorProps) {
  const t = useT();
  if (!error) return null;
  const worded = (values: MessageValues) =>
    Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, isMessage(value) ? t.message(value) : value]),
    );
  if (isForbidden(error)) return <ForbiddenCallout error={error} clusterId={clusterId} />;
  if (error instanceof TaskConflictError) {
    return (
      <InlineNotification kind="warning" lowContrast hideCloseButton role="alert">
        {/* Not the title prop, which takes only a string: text quoted from the cluster (a listener's
            reason, the rejection) is marked as the English the cluster wrote. */}
        <div className="cds--inline-notification__title">
          {t.rich(error.description.id, {
            ...worded(error.description.values ?? {}),
            cluster: (chunks) => <span lang="en">{chunks}</span>,
          })}
        </div>
        <div className="cds--inline-notification__subtitle">{t('tasks.action.reread')}</div>
      </InlineNotification>
    );
  }
  return (
    <InlineNotification kind="error" lowContrast hideCloseButton role="alert" title={t('tasks.action.failed')}>
      {/* Writes are never retried (query-client.ts): say so, a double write is what operators fear. */}
      <ApiErrorText error={error} retries={0} />
    </InlineNotification>
  );
}
