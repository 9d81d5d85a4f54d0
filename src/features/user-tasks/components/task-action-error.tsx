import { InlineNotification } from '@carbon/react';
import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { ApiErrorText } from '../../../components/request-status/api-error-text.tsx';
import { isForbidden } from '../../../lib/api/api-error.ts';
import { TaskConflictError } from '../api/user-tasks-mutations.ts';

interface TaskActionErrorProps {
  error: Error | null;
  clusterId: string;
}

/** A failed action, never only a toast: 403 → the diagnosis callout, 409 → what changed, in words. */
export function TaskActionError({ error, clusterId }: TaskActionErrorProps) {
  if (!error) return null;
  if (isForbidden(error)) return <ForbiddenCallout error={error} clusterId={clusterId} />;
  if (error instanceof TaskConflictError) {
    return (
      <InlineNotification
        kind="warning"
        lowContrast
        hideCloseButton
        role="alert"
        title={error.message}
        subtitle="The task has been re-read; the view shows its current state."
      />
    );
  }
  return (
    <InlineNotification kind="error" lowContrast hideCloseButton role="alert" title="The action failed.">
      {/* Writes are never retried (query-client.ts): say so, a double write is what operators fear. */}
      <ApiErrorText error={error} retries={0} />
    </InlineNotification>
  );
}
