import type { ReactNode } from 'react';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ReplayUnavailableError } from '../api/diagnosis-api.ts';
import { StepFailedError } from '../api/diagnosis-mutations.ts';

/**
 * Why a cluster call of "Apply" failed, in the UI language: the request and status stay as sent,
 * the cluster's own problem text is quoted verbatim (English, `lang="en"`).
 */
export function FailureReason({ error }: { error: unknown }) {
  const t = useT();
  if (error instanceof ApiError) {
    const request = `${error.request.method} ${error.request.path}`;
    const code = (chunks: ReactNode[]) => <code>{chunks}</code>;
    if (error.kind === 'network') return <>{t.rich('fix.failure.network', { request, code })}</>;
    if (error.kind === 'proxy') {
      return <>{t.rich('fix.failure.proxy', { request, reason: error.proxyError ?? 'unknown', code })}</>;
    }
    const detail = error.problem?.detail ?? error.problem?.title ?? null;
    return (
      <>
        {t.rich(detail ? 'fix.failure.httpDetail' : 'fix.failure.http', {
          request,
          status: String(error.status),
          code,
          quote: () => <span lang="en">{detail}</span>,
        })}
      </>
    );
  }
  // Not a cluster answer (a bug or a browser failure): its own text, which is a technical one.
  return <code>{error instanceof Error ? error.message : String(error)}</code>;
}

/** The whole sentence under "Apply" when nothing, or not everything, was changed. */
export function ApplyFailure({ error }: { error: unknown }) {
  const t = useT();
  const code = (chunks: ReactNode[]) => <code>{chunks}</code>;
  if (error instanceof ReplayUnavailableError) return <>{t('fix.failure.bodyGone')}</>;
  if (error instanceof StepFailedError) {
    return (
      <>
        {t.rich('fix.failure.step', {
          step: String(error.step),
          steps: String(error.steps),
          request: error.failedRequest,
          made: error.madeRequests.length,
          list: error.madeRequests.join('; '),
          code,
          reason: () => <FailureReason error={error.cause} />,
        })}
      </>
    );
  }
  return <>{t.rich('fix.failure.notMade', { reason: () => <FailureReason error={error} /> })}</>;
}
