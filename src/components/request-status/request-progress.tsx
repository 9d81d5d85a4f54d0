import { Button } from '@carbon/react';
import { ApiError } from '../../lib/api/api-error.ts';
import { describeApiError } from '../../lib/api/describe-api-error.ts';
import { MAX_FAILURE_RETRIES, MAX_THROTTLE_RETRIES, retryDelay, shouldRetry } from '../../lib/api/query-client.ts';
import { useElapsedSeconds } from './use-elapsed-seconds.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import './request-status.scss';

/** What a TanStack query result tells about its request in flight. */
export interface RequestState {
  isFetching: boolean;
  failureCount: number;
  failureReason: Error | null;
}

interface RequestProgressProps {
  request: RequestState;
  onCancel: () => void;
}

/** Seconds a request may take before the view says it is waiting. */
const QUIET_SECONDS = 1;

/** The retry the query client is waiting to make, or null. */
function pendingRetry(
  request: RequestState,
): { attempt: number; of: number; delayMs: number; reason: ApiError } | null {
  const reason = request.failureReason;
  if (!request.isFetching || request.failureCount === 0 || !(reason instanceof ApiError)) return null;
  // The query client decided on failure n - 1 (counted from 0) whether and when to try again.
  const decidedAt = request.failureCount - 1;
  if (!shouldRetry(decidedAt, reason)) return null;
  const throttled = reason.status === 429 || reason.status === 503;
  return {
    attempt: request.failureCount,
    of: throttled ? MAX_THROTTLE_RETRIES : MAX_FAILURE_RETRIES,
    delayMs: retryDelay(decidedAt, reason),
    reason,
  };
}

/**
 * A status line for a slow or retrying request: "Waiting for the cluster… 4 s" once it takes
 * longer than a second, "Retrying in 3 s (attempt 1 of 3)" while the query client waits for a
 * retry, each with a Cancel button. The live region is always in the DOM so its changes are
 * announced.
 */
export function RequestProgress({ request, onCancel }: RequestProgressProps) {
  const t = useT();
  const elapsed = useElapsedSeconds(request.isFetching);
  const retry = pendingRetry(request);
  const sinceFailure = useElapsedSeconds(retry !== null, request.failureCount);
  let text = '';
  if (retry) {
    const remaining = Math.ceil(retry.delayMs / 1000) - sinceFailure;
    text = t('common.request.retrying', {
      headline: describeApiError(retry.reason).headline,
      seconds: Math.max(0, remaining),
      attempt: retry.attempt,
      of: retry.of,
    });
  } else if (request.isFetching && elapsed >= QUIET_SECONDS) {
    text = t('common.request.waiting', { seconds: elapsed });
  }
  return (
    <div className={text ? 'request-progress' : 'request-progress request-progress--idle'}>
      <p role="status" aria-atomic="true" className="request-progress__text">
        {text}
      </p>
      {text ? (
        <Button kind="ghost" size="sm" onClick={onCancel}>
          {t('common.request.cancel')}
        </Button>
      ) : null}
    </div>
  );
}
