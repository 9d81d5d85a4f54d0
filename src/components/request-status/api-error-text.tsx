import { ApiError } from '../../lib/api/api-error.ts';
import { describeApiError } from '../../lib/api/describe-api-error.ts';
import './request-status.scss';
import { ClusterText } from '../cluster-text/cluster-text.tsx';

interface ApiErrorTextProps {
  error: Error;
  /** How often the request was retried before this error (see describeApiError). */
  retries?: number;
}

/**
 * The body of an error panel: what happened in words, the cluster's own problem text quoted as
 * data, and the technical line. Everything from the API is rendered as text.
 */
export function ApiErrorText({ error, retries }: ApiErrorTextProps) {
  if (!(error instanceof ApiError)) return <div className="api-error-text">{error.message}</div>;
  const description = describeApiError(error, { retries });
  return (
    <div className="api-error-text">
      <span className="api-error-text__summary">{description.summary}</span>
      {description.problemText !== null ? (
        <span className="api-error-text__problem">
          The cluster said:{' '}
          <q>
            <ClusterText text={description.problemText} />
          </q>
        </span>
      ) : null}
      <code className="api-error-text__technical">{description.technical}</code>
    </div>
  );
}

/** The retries a query made before its error: its failure count minus the first attempt. */
export function retriesOf(failureCount: number): number | undefined {
  return failureCount > 0 ? failureCount - 1 : undefined;
}
