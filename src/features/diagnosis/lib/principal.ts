import type { Subject } from '../../../lib/authz/effective-permissions.ts';
import type { CallerProfile } from '../../../lib/auth/caller.ts';
import { subjectFromToken } from '../../../lib/authz/token-inspection.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { Connection } from '../../../lib/connection/connection-types.ts';
import type { CurrentUser } from '../../../lib/connection/current-user.ts';

/** The caller as the cluster sees it: /me when it answered, else what the connection knows. */
export function principalOf(connection: Connection | null, me: CurrentUser | null | undefined): CallerProfile {
  if (!connection || connection.caller.type === 'ANONYMOUS') {
    return { type: 'ANONYMOUS', id: null, groups: [], roles: [], tenants: [] };
  }
  const memberships = {
    groups: me?.groups ?? [],
    roles: me?.roles ?? [],
    tenants: (me?.tenants ?? []).map((t) => t.tenantId),
  };
  if (connection.caller.type === 'CLIENT') return { ...connection.caller, ...memberships };
  return { type: 'USER', id: me?.username ?? connection.caller.id, ...memberships };
}

/**
 * The owner to evaluate: from the token by the cluster's claim rules when there is one (so
 * mapping rules and token groups apply), else the principal as /me names it.
 */
export function subjectFor(
  principal: CallerProfile,
  connection: Connection | null,
  cluster: ClusterSummary | undefined,
): Subject | null {
  if (principal.type === 'ANONYMOUS' || principal.id === null) return null;
  if (connection?.token && cluster?.oidc) {
    const fromToken = subjectFromToken(connection.token.claims, cluster.oidc);
    if (fromToken) return fromToken;
  }
  return { type: principal.type, id: principal.id, claims: connection?.token?.claims ?? null };
}
