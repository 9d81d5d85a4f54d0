import { InlineLoading } from '@carbon/react';
import type { Connection } from '../../../lib/connection/connection-types.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { CurrentUser } from '../../../lib/connection/current-user.ts';
import { useClockSkew } from '../../../lib/connection/clock-skew.ts';
import { inspectDecodedToken } from '../../../lib/authz/token-inspection.ts';
import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useNow } from '../lib/use-now.ts';
import { TokenInspector } from './token-inspector.tsx';

interface WhoAmIPanelProps {
  cluster: ClusterSummary;
  connection: Connection;
  me: { data: CurrentUser | null | undefined; isPending: boolean; error: Error | null };
}

/** `/v2/authentication/me` beside the decoded token: who the cluster thinks you are, and why. */
export function WhoAmIPanel({ cluster, connection, me }: WhoAmIPanelProps) {
  const t = useT();
  const { intl } = useLanguageState();
  // Names from the cluster as a list in the UI language ("a, b and c" / "a, b und c").
  const list = (items: readonly string[]) => (items.length > 0 ? intl.formatList(items) : t('common.none'));
  const now = useNow(5000);
  // The skew is measured when an answer arrives (its Date header against the receiving moment);
  // comparing an old answer's Date with "now" would grow with every second since that answer.
  const skewMs = useClockSkew(cluster.id);
  const serverDate = skewMs === null ? null : new Date(now - skewMs).toISOString();
  const settings = {
    issuer: cluster.oidc?.issuer ?? '',
    audience: cluster.oidc?.audience ?? null,
    usernameClaim: cluster.oidc?.usernameClaim ?? 'sub',
    clientIdClaim: cluster.oidc?.clientIdClaim ?? null,
    groupsClaim: cluster.oidc?.groupsClaim ?? null,
    preferUsernameClaim: cluster.oidc?.preferUsernameClaim ?? false,
  };
  const inspection = connection.token ? inspectDecodedToken(connection.token, settings, { now, serverDate }) : null;
  const user = me.data ?? null;
  return (
    <div className="diagnosis-columns">
      <div>
        <h3>{t.rich('access.whoAmI.clusterSays', { code: (chunks) => <code>{chunks}</code> })}</h3>
        {me.isPending ? (
          <InlineLoading description={t('access.whoAmI.asking')} />
        ) : me.error instanceof ApiError ? (
          <ForbiddenCallout error={me.error} clusterId={cluster.id} />
        ) : me.error ? (
          <p className="lantern-error-text">
            {t.rich('access.whoAmI.failed', { message: <span lang="en">{me.error.message}</span> })}
          </p>
        ) : user === null ? (
          <p>{t.rich('access.whoAmI.anonymous', { code: (chunks) => <code>{chunks}</code> })}</p>
        ) : (
          <dl className="lantern-facts" data-testid="who-am-i">
            <dt>{t(connection.caller.type === 'CLIENT' ? 'access.whoAmI.client' : 'access.whoAmI.username')}</dt>
            <dd>{user.username ?? connection.caller.id}</dd>
            <dt>{t('access.whoAmI.name')}</dt>
            <dd>{user.displayName ?? t('access.whoAmI.noName')}</dd>
            <dt>{t('access.whoAmI.groups')}</dt>
            <dd>{list(user.groups)}</dd>
            <dt>{t('access.whoAmI.roles')}</dt>
            <dd>{list(user.roles)}</dd>
            <dt>{t('access.whoAmI.tenants')}</dt>
            <dd>{list(user.tenants.map((tenant) => tenant.tenantId))}</dd>
            <dt>{t('access.whoAmI.components')}</dt>
            <dd>{list(user.authorizedComponents)}</dd>
          </dl>
        )}
      </div>
      <div>
        <h3>{t('access.whoAmI.credential')}</h3>
        {inspection ? (
          <TokenInspector inspection={inspection} cluster={cluster} />
        ) : (
          <p className="diagnosis-muted">
            {connection.method === 'basic'
              ? t('access.whoAmI.basic', { id: connection.caller.id ?? '' })
              : connection.method === 'client-credentials'
                ? t('access.whoAmI.clientCredentials', { id: connection.caller.id ?? '' })
                : t('access.whoAmI.noCredential')}
          </p>
        )}
      </div>
    </div>
  );
}
