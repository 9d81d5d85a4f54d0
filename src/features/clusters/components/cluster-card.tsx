import { Tag } from '@carbon/react';
import { Link } from 'react-router';
import { callerLabel } from '../../../lib/auth/caller.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { useClusterReachability } from '../../../lib/clusters/cluster-reachability.ts';
import { authMethodLabel, useClusterVersion } from '../../../lib/clusters/cluster-version.ts';
import { useConnection } from '../../../lib/connection/connection-store.ts';

function OidcOptions({ cluster }: { cluster: ClusterSummary }) {
  const options = [cluster.oidc?.clientId ? 'user login' : null, 'client credentials', 'pasted token'].filter(
    (o): o is string => o !== null,
  );
  return <span className="lantern-muted">{options.join(' · ')}</span>;
}

export function ClusterCard({ cluster }: { cluster: ClusterSummary }) {
  const version = useClusterVersion(cluster);
  const reachability = useClusterReachability(cluster.id).data;
  const down = reachability?.state === 'down' ? reachability : null;
  const { connection } = useConnection(cluster.id);
  const versionText = version.data
    ? `Camunda ${version.data}`
    : version.isFetching
      ? 'Checking version…'
      : version.isError
        ? 'Version unknown (cluster did not answer)'
        : 'Version shown after sign-in';
  return (
    <Link
      to={`/c/${encodeURIComponent(cluster.id)}`}
      aria-label={`${cluster.name}: ${down ? `unreachable (${down.reason}), ` : ''}${authMethodLabel(cluster)}, ${cluster.restAddress}`}
      className={down ? 'lantern-cluster-card lantern-cluster-card--down' : 'lantern-cluster-card'}
    >
      <span className="lantern-cluster-card__name">{cluster.name}</span>
      <span className="lantern-cluster-card__address">{cluster.restAddress}</span>
      {down ? (
        <span className="lantern-cluster-card__down" data-testid="cluster-down">
          <Tag type="red" size="sm">
            Unreachable
          </Tag>
          Lantern cannot reach it: {down.reason}.
        </span>
      ) : null}
      <span className="lantern-cluster-card__auth">
        <Tag type={cluster.auth === 'none' ? 'green' : cluster.auth === 'basic' ? 'blue' : 'purple'} size="sm">
          {authMethodLabel(cluster)}
        </Tag>
        {cluster.auth === 'oidc' ? <OidcOptions cluster={cluster} /> : null}
      </span>
      <span className="lantern-muted" data-testid="cluster-version">
        {versionText}
      </span>
      {connection ? <span>Connected as {callerLabel(connection.caller)}</span> : null}
      {cluster.signInHint && !connection ? (
        <span className="lantern-cluster-card__hint" data-testid="cluster-hint">
          {cluster.signInHint}
        </span>
      ) : null}
      <span className="lantern-cluster-card__cta" aria-hidden="true">
        {connection ? 'Open →' : 'Connect →'}
      </span>
    </Link>
  );
}
