import { InlineLoading } from '@carbon/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { clusterKeys } from '../lib/clusters/cluster-keys.ts';
import { useCluster } from '../lib/clusters/cluster-queries.ts';
import { connectNone, useConnection } from '../lib/connection/connection-store.ts';
import { hasStoredOidcUser } from '../lib/auth/oidc-session.ts';
import { useT } from '../lib/i18n/use-t.ts';

// The cluster whose data is in the cache; switching clusters drops the previous one's data.
let activeClusterId: string | null = null;

/** Cluster routes need a connection; without one the user goes to the connect page and comes back. */
export function ClusterGuard() {
  const { clusterId = '' } = useParams();
  const location = useLocation();
  const t = useT();
  const queryClient = useQueryClient();
  const { cluster, isPending, error, notFound } = useCluster(clusterId);
  const { connection } = useConnection(clusterId);
  const [restoreFailed, setRestoreFailed] = useState(false);
  // After a reload an OIDC user may still be in sessionStorage; pick it up before redirecting.
  const restoring = cluster?.auth === 'oidc' && !connection && !restoreFailed && hasStoredOidcUser(clusterId);

  useEffect(() => {
    if (activeClusterId !== null && activeClusterId !== clusterId) {
      queryClient.removeQueries({ queryKey: clusterKeys.cluster(activeClusterId) });
    }
    activeClusterId = clusterId;
  }, [clusterId, queryClient]);

  useEffect(() => {
    if (!cluster || connection) return;
    if (cluster.auth === 'none') {
      connectNone(cluster);
      return;
    }
    if (restoring) {
      void import('../lib/auth/oidc-session.ts')
        .then(({ restoreOidcLogin }) => restoreOidcLogin(cluster))
        .then((ok) => {
          if (!ok) setRestoreFailed(true);
        })
        .catch(() => setRestoreFailed(true));
    }
  }, [cluster, connection, restoring]);

  if (isPending || restoring || (cluster?.auth === 'none' && !connection)) {
    return <InlineLoading description={t('shell.guard.connecting')} className="lantern-page" />;
  }
  if (error || notFound || !cluster) {
    return <Navigate to="/" replace />;
  }
  if (!connection) {
    // The hash too: a shared diagnosis link carries its facts there (…/access/explain#f=…).
    const returnTo = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/c/${encodeURIComponent(clusterId)}?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <Outlet />;
}
