import { InlineLoading, InlineNotification } from '@carbon/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { clusterQueries } from '../lib/clusters/cluster-queries.ts';
import { safeReturnTo } from '../lib/connection/return-to.ts';

/** Where the OIDC provider sends the browser back; finishes the login and goes where the user started. */
export function AuthCallbackPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // The code can be redeemed once only; StrictMode's second effect run must not try again.
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { completeOidcLogin, pendingOidcCluster } = await import('../lib/auth/oidc-session.ts');
        const clusterId = pendingOidcCluster();
        if (!clusterId) throw new Error('No login was in progress in this tab.');
        const { clusters } = await queryClient.fetchQuery(clusterQueries.list());
        const cluster = clusters.find((c) => c.id === clusterId);
        if (!cluster) throw new Error(`Cluster ${clusterId} is no longer configured.`);
        const state = await completeOidcLogin(cluster);
        await navigate(safeReturnTo(state.returnTo, cluster.id), { replace: true });
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    })();
  }, [navigate, queryClient]);

  if (error) {
    return (
      <section className="lantern-page" aria-labelledby="callback-title">
        <h1 id="callback-title" className="lantern-page__title">
          Sign-in did not complete
        </h1>
        <InlineNotification
          kind="error"
          title="The provider's answer was not accepted:"
          subtitle={error}
          hideCloseButton
          lowContrast
        />
        <p>
          <Link to="/">Back to the cluster list</Link>
        </p>
      </section>
    );
  }
  return <InlineLoading description="Completing sign-in…" className="lantern-page" />;
}
