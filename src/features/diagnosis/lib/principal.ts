import type { Connection } from '../../../lib/connection/connection-types.ts';
import type { CurrentUser } from '../../../lib/connection/current-user.ts';

export interface DiagnosisPrincipal {
  type: 'USER' | 'CLIENT' | 'ANONYMOUS';
  id: string | null;
  groups: string[];
  roles: string[];
  tenants: string[];
}

/** The caller as the cluster sees it: /me when it answered, else what the connection knows. */
export function principalOf(connection: Connection | null, me: CurrentUser | null | undefined): DiagnosisPrincipal {
  if (!connection || connection.principalKind === 'anonymous') {
    return { type: 'ANONYMOUS', id: null, groups: [], roles: [], tenants: [] };
  }
  const memberships = {
    groups: me?.groups ?? [],
    roles: me?.roles ?? [],
    tenants: (me?.tenants ?? []).map((t) => t.tenantId),
  };
  if (connection.principalKind === 'client') return { type: 'CLIENT', id: connection.principalLabel, ...memberships };
  return { type: 'USER', id: me?.username ?? connection.principalLabel, ...memberships };
}
