import { Tag } from '@carbon/react';
import { Link } from 'react-router';
import { callerLabel } from '../../../lib/auth/caller.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { useClusterReachability } from '../../../lib/clusters/cluster-reachability.ts';
import { useClusterVersion } from '../../../lib/clusters/cluster-version.ts';
import { useConnection } from '../../../lib/connection/connection-store.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

const AUTH_LABELS: Record<ClusterSummary['auth'], MessageId> = {
  none: 'clusters.card.auth.none',
  basic: 'clusters.card.auth.basic',
  oidc: 'clusters.card.auth.oidc',
};

function OidcOptions({ cluster }: { cluster: ClusterSummary }) {
  const t = useT();
  const options = [
    cluster.oidc?.clientId ? t('clusters.card.userLogin') : null,
    t('clusters.card.clientCredentials'),
    t('clusters.card.pastedToken'),
  ].filter((o): o is string => o !== null);
  return <span className="lantern-muted">{options.join(' · ')}</span>;
}

export function ClusterCard({ cluster }: { cluster: ClusterSummary }) {
  const t = useT();
  const version = useClusterVersion(cluster);
  const reachability = useClusterReachability(cluster.id).data;
  const down = reachability?.state === 'down' ? reachability : null;
  const { connection } = useConnection(cluster.id);
  const versionText = version.data
    ? `Camunda ${version.data}`
    : version.isFetching
      ? t('clusters.card.versionChecking')
      : version.isError
        ? t('clusters.card.versionUnknown')
        : t('clusters.card.versionAfterSignIn');
  const authLabel = t(AUTH_LABELS[cluster.auth]);
  const downText = down ? `${t('clusters.card.unreachableBecause', { reason: down.reason })}, ` : '';
  return (
    <Link
      to={`/c/${encodeURIComponent(cluster.id)}`}
      aria-label={t('clusters.card.label', {
        name: cluster.name,
        state: downText,
        auth: authLabel,
        address: cluster.restAddress,
      })}
      className={down ? 'lantern-cluster-card lantern-cluster-card--down' : 'lantern-cluster-card'}
    >
      <span className="lantern-cluster-card__name">{cluster.name}</span>
      <span className="lantern-cluster-card__address">{cluster.restAddress}</span>
      {down ? (
        <span className="lantern-cluster-card__down" data-testid="cluster-down">
          <Tag type="red" size="sm">
            {t('clusters.card.unreachable')}
          </Tag>
          {t('clusters.card.cannotReach', { reason: down.reason })}
        </span>
      ) : null}
      <span className="lantern-cluster-card__auth">
        <Tag type={cluster.auth === 'none' ? 'green' : cluster.auth === 'basic' ? 'blue' : 'purple'} size="sm">
          {authLabel}
        </Tag>
        {cluster.auth === 'oidc' ? <OidcOptions cluster={cluster} /> : null}
      </span>
      <span className="lantern-muted" data-testid="cluster-version">
        {versionText}
      </span>
      {connection ? <span>{t('clusters.card.connectedAs', { caller: callerLabel(connection.caller) })}</span> : null}
      {cluster.signInHint && !connection ? (
        <span className="lantern-cluster-card__hint" data-testid="cluster-hint">
          {cluster.signInHint}
        </span>
      ) : null}
      <span className="lantern-cluster-card__cta" aria-hidden="true">
        {connection ? t('clusters.card.open') : t('clusters.card.connect')}
      </span>
    </Link>
  );
}
