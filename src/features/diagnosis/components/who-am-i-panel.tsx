import { InlineLoading } from '@carbon/react';
import type { Connection } from '../../../lib/connection/connection-types.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { CurrentUser } from '../../../lib/connection/current-user.ts';
import { useClockSkew } from '../../../lib/connection/clock-skew.ts';
import { inspectDecodedToken } from '../../../lib/authz/token-inspection.ts';
import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useNow } from '../lib/use-now.ts';
import { TokenInspector } from './token-inspector.tsx';

interface WhoAmIPanelProps {
  cluster: ClusterSummary;
  connection: Connection;
  me: { data: CurrentUser | null | undefined; isPending: boolean; error: Error | null };
}

/** `/v2/authentication/me` beside the decoded token: who the cluster thinks you are, and why. */
export function WhoAmIPanel({ cluster, connection, me }: WhoAmIPanelProps) {
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
        <h3>The cluster says (/v2/authentication/me)</h3>
        {me.isPending ? (
          <InlineLoading description="Asking the cluster…" />
        ) : me.error instanceof ApiError ? (
          <ForbiddenCallout error={me.error} clusterId={cluster.id} />
        ) : me.error ? (
          <p className="lantern-error-text">{me.error.message}</p>
        ) : user === null ? (
          <p>Anonymous: the API is unprotected, so no authorization is checked (and /me answers 401).</p>
        ) : (
          <dl className="lantern-facts" data-testid="who-am-i">
            <dt>{connection.caller.type === 'CLIENT' ? 'Client' : 'Username'}</dt>
            <dd>{user.username ?? connection.caller.id}</dd>
            <dt>Name</dt>
            <dd>{user.displayName ?? '—'}</dd>
            <dt>Groups</dt>
            <dd>{user.groups.join(', ') || 'none'}</dd>
            <dt>Roles</dt>
            <dd>{user.roles.join(', ') || 'none'}</dd>
            <dt>Tenants</dt>
            <dd>{user.tenants.map((t) => t.tenantId).join(', ') || 'none'}</dd>
            <dt>Web components</dt>
            <dd>{user.authorizedComponents.join(', ') || 'none'}</dd>
          </dl>
        )}
      </div>
      <div>
        <h3>Your credential</h3>
        {inspection ? (
          <TokenInspector inspection={inspection} cluster={cluster} />
        ) : (
          <p className="diagnosis-muted">
            {connection.method === 'basic'
              ? `Basic authentication: no token. The cluster knows you as the user ${connection.caller.id ?? ''}.`
              : connection.method === 'client-credentials'
                ? `Client credentials held by the Lantern server for ${connection.caller.id ?? ''}; its decoded token appears here once available.`
                : 'No credential: the API is unprotected.'}
          </p>
        )}
      </div>
    </div>
  );
}
