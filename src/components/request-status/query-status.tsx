import { InlineNotification } from '@carbon/react';
import { isForbidden } from '../../lib/api/api-error.ts';
import { ForbiddenCallout } from '../forbidden/forbidden-callout.tsx';
import { ApiErrorText, retriesOf } from './api-error-text.tsx';
import { CancelledRequest } from './cancelled-request.tsx';
import { RequestProgress, type RequestState } from './request-progress.tsx';
import type { RequestCancel } from './use-request-cancel.ts';

/** What QueryStatus reads of a TanStack query (or infinite query) result. */
export interface QueryState extends RequestState {
  error: Error | null;
  refetch: () => unknown;
}

interface QueryStatusProps {
  query: QueryState;
  cancel: RequestCancel;
  clusterId: string;
  /** Title of the failure panel, e.g. "Could not read the topology." */
  failedTitle: string;
  /** An earlier answer is still on screen: Cancel and failures say it stays. */
  hasPreviousAnswer: boolean;
  /** Errors the view explains itself (a task's 404): this block stays silent about them. */
  explainedByView?: (error: Error) => boolean;
}

/**
 * Everything a view says about its query besides the data, in one place and one order: waiting
 * (elapsed seconds, Cancel), cancelled (Retry), forbidden (the diagnosis callout), failed (what
 * happened, the cluster's words, the technical line).
 */
export function QueryStatus({
  query,
  cancel,
  clusterId,
  failedTitle,
  hasPreviousAnswer,
  explainedByView,
}: QueryStatusProps) {
  const retry = () => {
    cancel.resume();
    void query.refetch();
  };
  const error = query.error && !explainedByView?.(query.error) ? query.error : null;
  return (
    <>
      <RequestProgress request={query} onCancel={cancel.cancel} />
      {cancel.cancelled && !query.isFetching ? (
        <CancelledRequest hasPreviousAnswer={hasPreviousAnswer} onRetry={retry} />
      ) : null}
      {isForbidden(error) ? <ForbiddenCallout error={error} clusterId={clusterId} /> : null}
      {error && !isForbidden(error) ? (
        <InlineNotification kind="error" lowContrast hideCloseButton title={failedTitle}>
          <ApiErrorText error={error} retries={retriesOf(query.failureCount)} />
        </InlineNotification>
      ) : null}
    </>
  );
}
