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
import { formatRelative } from '../../lib/format/format-time.ts';
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

function describeSkew(skewMs: number): string {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  const amount = seconds >= 120 ? `${Math.round(seconds / 60)} min` : `${seconds} s`;
  return `Your clock is ${amount} ${skewMs > 0 ? 'ahead of' : 'behind'} the cluster’s.`;
}

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="lantern-muted">none</span>;
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
    <SideDrawer title="Who am I" open={open} onClose={onClose}>
      <dl className="lantern-facts">
        <dt>Cluster</dt>
        <dd>{cluster.name}</dd>
        <dt>Signed in with</dt>
        <dd>{connectionMethodLabel(connection.method)}</dd>
        <dt>{connection.caller.type === 'CLIENT' ? 'Client' : 'User'}</dt>
        <dd>
          {connection.caller.id === null ? (
            'anonymous (the API is unprotected)'
          ) : (
            <ClusterText text={user?.username ?? connection.caller.id} />
          )}
          {user?.displayName ? (
            <>
              {' '}
              (<ClusterText text={user.displayName} />)
            </>
          ) : null}
        </dd>
        {user?.email ? (
          <>
            <dt>Email</dt>
            <dd>
              <ClusterText text={user.email} />
            </dd>
          </>
        ) : null}
        {connection.caller.type !== 'ANONYMOUS' ? (
          <>
            <dt>Groups</dt>
            <dd>
              <List items={groups} />
            </dd>
            <dt>Roles</dt>
            <dd>{user ? <List items={user.roles} /> : <span className="lantern-muted">unknown</span>}</dd>
            <dt>Tenants</dt>
            <dd>
              {user ? (
                <List items={user.tenants.map((t) => t.tenantId)} />
              ) : (
                <span className="lantern-muted">unknown</span>
              )}
            </dd>
            <dt>Web components</dt>
            <dd>
              {user ? <List items={user.authorizedComponents} /> : <span className="lantern-muted">unknown</span>}
            </dd>
          </>
        ) : null}
        {connection.token ? (
          <>
            <dt>Token audience</dt>
            <dd>{audiencesOf(connection.token.claims).join(', ') || 'none'}</dd>
          </>
        ) : null}
        {connection.expiresAt !== null ? (
          <>
            <dt>Token expires</dt>
            <dd data-testid="token-expiry">
              {new Date(connection.expiresAt).toLocaleTimeString()} ({formatRelative(connection.expiresAt, now)})
            </dd>
          </>
        ) : null}
      </dl>
      {skew !== null && Math.abs(skew) > NOTABLE_SKEW_MS ? (
        <p className="lantern-note" data-testid="clock-skew">
          {describeSkew(skew)} Token lifetimes are judged by the cluster’s clock.
        </p>
      ) : null}
      {me.error ? <p className="lantern-error-text">Could not read /v2/authentication/me: {me.error.message}</p> : null}
      {connection.method !== 'none' ? (
        <Button kind="secondary" size="md" onClick={() => void onSignOut()}>
          Sign out
        </Button>
      ) : null}
    </SideDrawer>
  );
}
