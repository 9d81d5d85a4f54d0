import { Button } from '@carbon/react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { clearRequestLog } from '../../lib/api/request-log.ts';
import { audiencesOf } from '../../lib/auth/decode-jwt.ts';
import { resolveTokenCaller } from '../../lib/authz/token-inspection.ts';
import type { ClusterSummary } from '../../lib/clusters/cluster-summary.ts';
import { NOTABLE_SKEW_MS, useClockSkew } from '../../lib/connection/clock-skew.ts';
import { connectionMethodLabel, useConnection } from '../../lib/connection/connection-store.ts';
import { useCurrentUser } from '../../lib/connection/current-user.ts';
import { useFormat } from '../../lib/i18n/format.ts';
import { useLanguageState } from '../../lib/i18n/language-store.ts';
import { useT, type Translate } from '../../lib/i18n/use-t.ts';
import { ClusterText } from '../cluster-text/cluster-text.tsx';
import { SideDrawer } from './side-drawer.tsx';

interface PrincipalDrawerProps {
  cluster: ClusterSummary;
  open: boolean;
  onClose: () => void;
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function describeSkew(t: Translate, skewMs: number): string {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  const minutes = seconds >= 120 ? Math.round(seconds / 60) : 0;
  return t('shell.principal.skew', { ahead: skewMs > 0 ? 'yes' : 'no', minutes, seconds });
}

function List({ items }: { items: string[] }) {
  const t = useT();
  if (items.length === 0) return <span className="lantern-muted">{t('common.none')}</span>;
  return (
    <ul className="lantern-tags">
      {items.map((item) => (
        <li key={item} className="lantern-tag">
          <ClusterText text={item} />
        </li>
      ))}
    </ul>
  );
}

export function PrincipalDrawer({ cluster, open, onClose }: PrincipalDrawerProps) {
  const { connection, signOut } = useConnection(cluster.id);
  // Asked when opened: the drawer is always mounted, and a view load should cost one request.
  const me = useCurrentUser(cluster.id, { enabled: open });
  const navigate = useNavigate();
  const t = useT();
  const format = useFormat();
  const { intl } = useLanguageState();
  const skew = useClockSkew(cluster.id);
  // Token times are the cluster's: "expires in" is counted on the cluster's clock.
  const now = useNow(1000) - (skew ?? 0);
  if (!connection) return null;
  const user = me.data ?? null;
  // Token groups count only where the cluster reads a groups claim; otherwise /me has them all.
  const tokenGroups =
    connection.token && cluster.oidc
      ? (resolveTokenCaller(connection.token.claims, cluster.oidc).groups?.values ?? [])
      : [];
  const groups = [...new Set([...(user?.groups ?? []), ...tokenGroups])];

  const onSignOut = async () => {
    onClose();
    clearRequestLog(cluster.id);
    await signOut();
    await navigate(`/c/${encodeURIComponent(cluster.id)}`, { replace: true });
  };

  return (
    <SideDrawer title={t('shell.whoAmI')} open={open} onClose={onClose}>
      <dl className="lantern-facts">
        <dt>{t('shell.principal.cluster')}</dt>
        <dd>{cluster.name}</dd>
        <dt>{t('shell.principal.method')}</dt>
        <dd>{t.message(connectionMethodLabel(connection.method))}</dd>
        <dt>{t('shell.principal.callerType', { type: connection.caller.type })}</dt>
        <dd>
          {connection.caller.id === null ? (
            t('shell.principal.anonymous')
          ) : (
            <ClusterText text={user?.username ?? connection.caller.id} />
          )}
          {user?.displayName ? (
            <span style={{ marginInlineStart: '0.25em' }}>
              {t.rich('shell.principal.displayName', { name: <ClusterText text={user.displayName} /> })}
            </span>
          ) : null}
        </dd>
        {user?.email ? (
          <>
            <dt>{t('shell.principal.email')}</dt>
            <dd>
              <ClusterText text={user.email} />
            </dd>
          </>
        ) : null}
        {connection.caller.type !== 'ANONYMOUS' ? (
          <>
            <dt>{t('shell.principal.groups')}</dt>
            <dd>
              <List items={groups} />
            </dd>
            <dt>{t('shell.principal.roles')}</dt>
            <dd>
              {user ? (
                <List items={user.roles} />
              ) : (
                <span className="lantern-muted">{t('shell.principal.unknown')}</span>
              )}
            </dd>
            <dt>{t('shell.principal.tenants')}</dt>
            <dd>
              {user ? (
                <List items={user.tenants.map((t) => t.tenantId)} />
              ) : (
                <span className="lantern-muted">{t('shell.principal.unknown')}</span>
              )}
            </dd>
            <dt>{t('shell.principal.components')}</dt>
            <dd>
              {user ? (
                <List items={user.authorizedComponents} />
              ) : (
                <span className="lantern-muted">{t('shell.principal.unknown')}</span>
              )}
            </dd>
          </>
        ) : null}
        {connection.token ? (
          <>
            <dt>{t('shell.principal.audience')}</dt>
            <dd>{audiencesOf(connection.token.claims).join(', ') || t('common.none')}</dd>
          </>
        ) : null}
        {connection.expiresAt !== null ? (
          <>
            <dt>{t('shell.principal.expires')}</dt>
            <dd data-testid="token-expiry">
              {t('common.timeWithRelative', {
                time: intl.formatTime(connection.expiresAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
                relative: format.relative(connection.expiresAt, now),
              })}
            </dd>
          </>
        ) : null}
      </dl>
      {skew !== null && Math.abs(skew) > NOTABLE_SKEW_MS ? (
        <p className="lantern-note" data-testid="clock-skew">
          {describeSkew(t, skew)}
        </p>
      ) : null}
      {me.error ? (
        <p className="lantern-error-text">
          {t.rich('shell.principal.meFailed', {
            error: me.error.message,
            quote: (chunks) => <span lang="en">{chunks}</span>,
          })}
        </p>
      ) : null}
      {connection.method !== 'none' ? (
        <Button kind="secondary" size="md" onClick={() => void onSignOut()}>
          {t('common.signOut')}
        </Button>
      ) : null}
    </SideDrawer>
  );
}
