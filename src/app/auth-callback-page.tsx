import { InlineLoading, InlineNotification } from '@carbon/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { clusterQueries } from '../lib/clusters/cluster-queries.ts';
import { safeReturnTo } from '../lib/connection/return-to.ts';
import { msg, type Message } from '../lib/i18n/message.ts';
import { useT } from '../lib/i18n/use-t.ts';

/** A failure Lantern words itself, as opposed to the OIDC library's (English) error text. */
class CallbackError extends Error {
  constructor(readonly reason: Message) {
    super(reason.id);
  }
}

/** Where the OIDC provider sends the browser back; finishes the login and goes where the user started. */
export function AuthCallbackPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const t = useT();
  // The error itself: Lantern's own reasons are worded at render, a library's message stays as it is.
  const [error, setError] = useState<Error | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // The code can be redeemed once only; StrictMode's second effect run must not try again.
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { completeOidcLogin, pendingOidcCluster } = await import('../lib/auth/oidc-session.ts');
        const clusterId = pendingOidcCluster();
        if (!clusterId) throw new CallbackError(msg('shell.callback.noLogin'));
        const { clusters } = await queryClient.fetchQuery(clusterQueries.list());
        const cluster = clusters.find((c) => c.id === clusterId);
        if (!cluster) throw new CallbackError(msg('shell.callback.unknownCluster', { cluster: clusterId }));
        const state = await completeOidcLogin(cluster);
        await navigate(safeReturnTo(state.returnTo, cluster.id), { replace: true });
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
      }
    })();
  }, [navigate, queryClient]);

  if (error !== null) {
    return (
      <section className="lantern-page" aria-labelledby="callback-title">
        <h1 id="callback-title" className="lantern-page__title">
          {t('shell.callback.title')}
        </h1>
        <InlineNotification kind="error" title={t('shell.callback.failed')} hideCloseButton lowContrast>
          <div className="cds--inline-notification__subtitle">
            {error instanceof CallbackError ? t.message(error.reason) : <span lang="en">{error.message}</span>}
          </div>
        </InlineNotification>
        <p>
          <Link to="/">{t('shell.callback.back')}</Link>
        </p>
      </section>
    );
  }
  return <InlineLoading description={t('shell.callback.loading')} className="lantern-page" />;
}
