// The caller's own authorization data: shared by the diagnosis views and the permission gate of
// every action button, under one query key, so a task page and the access page never ask twice.
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { CallerProfile } from '../auth/caller.ts';
import type { DirectoryMembership, DirectorySnapshot, Subject } from '../authz/effective-permissions.ts';
import { subjectFromToken } from '../authz/token-inspection.ts';
import type { ClusterVersion } from '../authz/model.ts';
import { clusterKeys } from '../clusters/cluster-keys.ts';
import type { ClusterSummary } from '../clusters/cluster-summary.ts';
import type { Connection } from '../connection/connection-types.ts';
import type { CurrentUser } from '../connection/current-user.ts';
import { authorizationSchema, toAuthorization } from './authorization-schema.ts';
import { idItem, searchAll } from './search-all.ts';

export interface CallerPrincipal {
  type: 'USER' | 'CLIENT';
  id: string;
  groups: string[];
  roles: string[];
}

interface CallerSnapshot {
  snapshot: DirectorySnapshot;
  /** Where the authorizations came from; `none` when the caller could read none. */
  source: 'all-authorizations' | 'own-authorizations' | 'none';
}

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

/** The principal part of the caller query's key; null until /me has answered for a signed-in caller. */
export function callerPrincipalOf(
  principal: CallerProfile,
  me: CurrentUser | null | undefined,
): CallerPrincipal | null {
  return principal.type !== 'ANONYMOUS' && principal.id !== null && me
    ? { type: principal.type, id: principal.id, groups: principal.groups, roles: principal.roles }
    : null;
}

/**
 * Just enough to evaluate the caller: the authorizations it can read (8.10+: at least its own,
 * via `POST /v2/authentication/me/authorizations`), its groups and roles as /me reports them,
 * and the roles of those groups. A handful of requests instead of the whole directory.
 */
async function fetchCallerSnapshot(
  clusterId: string,
  principal: CallerPrincipal,
  version: ClusterVersion | null,
  signal?: AbortSignal,
): Promise<CallerSnapshot> {
  let source: CallerSnapshot['source'] = 'all-authorizations';
  let authorizations = await searchAll(clusterId, '/v2/authorizations/search', authorizationSchema, { signal });
  if (authorizations.length === 0 && version === '8.10') {
    source = 'own-authorizations';
    authorizations = await searchAll(clusterId, '/v2/authentication/me/authorizations', authorizationSchema, {
      signal,
    });
  }
  if (authorizations.length === 0) source = 'none';
  const groupRoles = await Promise.all(
    principal.groups.map(async (groupId) => {
      const roleIds = await searchAll(
        clusterId,
        `/v2/groups/${encodeURIComponent(groupId)}/roles/search`,
        idItem('roleId'),
        { signal },
      ).catch(() => [] as string[]);
      return roleIds.map((roleId): DirectoryMembership => ({
        containerType: 'ROLE',
        containerId: roleId,
        memberType: 'GROUP',
        memberId: groupId,
      }));
    }),
  );
  const member = (containerType: 'GROUP' | 'ROLE', containerId: string): DirectoryMembership => ({
    containerType,
    containerId,
    memberType: principal.type,
    memberId: principal.id,
  });
  return {
    source,
    snapshot: {
      authorizations: authorizations.map(toAuthorization),
      users: principal.type === 'USER' ? [{ username: principal.id }] : [],
      clients: principal.type === 'CLIENT' ? [{ clientId: principal.id }] : [],
      groups: principal.groups.map((groupId) => ({ groupId })),
      roles: principal.roles.map((roleId) => ({ roleId })),
      tenants: [],
      mappingRules: [],
      memberships: [
        ...principal.groups.map((id) => member('GROUP', id)),
        ...principal.roles.map((id) => member('ROLE', id)),
        ...groupRoles.flat(),
      ],
    },
  };
}

/**
 * `principal` null: not known yet (no /me answer), so nothing is read. The key stays under the
 * diagnosis feature's root, where it was first kept: "apply a fix" invalidates everything of the
 * cluster, so every gate re-reads after a grant.
 */
export function callerSnapshotQuery(
  clusterId: string,
  principal: CallerPrincipal | null,
  version: ClusterVersion | null,
) {
  return queryOptions({
    queryKey: [...clusterKeys.feature(clusterId, 'diagnosis'), 'caller', principal, version] as const,
    queryFn: principal ? ({ signal }) => fetchCallerSnapshot(clusterId, principal, version, signal) : skipToken,
    staleTime: 30_000,
    retry: false,
  });
}
