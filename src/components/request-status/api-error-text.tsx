import { ApiError } from '../../lib/api/api-error.ts';
import { describeApiError } from '../../lib/api/describe-api-error.ts';
import { useT } from '../../lib/i18n/use-t.ts';
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
  const t = useT();
  // Not an API error: a program error, whose message is English technical text.
  if (!(error instanceof ApiError)) {
    return (
      <div className="api-error-text" lang="en">
        {error.message}
      </div>
    );
  }
  const description = describeApiError(error, { retries });
  return (
    <div className="api-error-text">
      <span className="api-error-text__summary">{t.message(description.summary)}</span>
      {description.problemText !== null ? (
        <span className="api-error-text__problem">
          {t.rich('common.apiError.clusterSaid', {
            quote: () => (
              <q lang="en">
                <ClusterText text={description.problemText ?? ''} />
              </q>
            ),
          })}
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
