// The caller's own authorization data: shared by the diagnosis views and the permission gate of
// every action button, under one query key, so a task page and the access page never ask twice.
import { queryOptions, skipToken } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { CallerProfile } from '../auth/caller.ts';
import type { DirectoryMembership, DirectorySnapshot, Subject } from '../authz/effective-permissions.ts';
import { subjectFromToken } from '../authz/token-inspection.ts';
import type { Authorization, ClusterVersion } from '../authz/model.ts';
import { clusterKeys } from '../clusters/cluster-keys.ts';
import type { ClusterSummary } from '../clusters/cluster-summary.ts';
import type { Connection } from '../connection/connection-types.ts';
import type { CurrentUser } from '../connection/current-user.ts';
import { apiRequest } from './api-client.ts';

const nullableString = z.optional(z.nullable(z.string()));

export const pageSchema = z.looseObject({
  items: z.optional(z.nullable(z.array(z.unknown()))),
  page: z.optional(
    z.nullable(
      z.looseObject({
        totalItems: z.optional(z.nullable(z.number())),
        hasMoreTotalItems: z.optional(z.nullable(z.boolean())),
      }),
    ),
  ),
});

export const authorizationSchema = z.looseObject({
  authorizationKey: nullableString,
  ownerId: z.string(),
  ownerType: z.string(),
  resourceType: z.string(),
  resourceId: nullableString,
  resourcePropertyName: nullableString,
  permissionTypes: z.optional(z.nullable(z.array(z.string()))),
});

const PAGE_LIMIT = 1000;
const MAX_PAGES = 10;

/** Reads every page of a search (offset pagination works on 8.8, 8.9 and 8.10). */
export async function searchAll<T>(
  clusterId: string,
  path: string,
  item: z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await apiRequest(clusterId, {
      method: 'POST',
      path,
      body: { page: { from: page * PAGE_LIMIT, limit: PAGE_LIMIT } },
      schema: pageSchema,
      ...(signal ? { signal } : {}),
    });
    const items = body.items ?? [];
    for (const raw of items) {
      const parsed = item.safeParse(raw);
      if (parsed.success) out.push(parsed.data);
    }
    const total = body.page?.totalItems ?? null;
    if (items.length < PAGE_LIMIT || (total !== null && out.length >= total)) break;
  }
  return out;
}

export const idItem = (field: string) =>
  z.pipe(
    z.looseObject({ [field]: z.string() }),
    z.transform((v) => String((v as Record<string, unknown>)[field])),
  );

export function toAuthorization(a: z.output<typeof authorizationSchema>): Authorization {
  return {
    ...(a.authorizationKey ? { authorizationKey: a.authorizationKey } : {}),
    ownerId: a.ownerId,
    ownerType: a.ownerType,
    resourceType: a.resourceType,
    resourceId: a.resourceId ?? null,
    resourcePropertyName: a.resourcePropertyName ?? null,
    permissionTypes: a.permissionTypes ?? [],
  };
}

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
  let authorizations = await searchAll(clusterId, '/v2/authorizations/search', authorizationSchema, signal);
  if (authorizations.length === 0 && version === '8.10') {
    source = 'own-authorizations';
    authorizations = await searchAll(clusterId, '/v2/authentication/me/authorizations', authorizationSchema, signal);
  }
  if (authorizations.length === 0) source = 'none';
  const groupRoles = await Promise.all(
    principal.groups.map(async (groupId) => {
      const roleIds = await searchAll(
        clusterId,
        `/v2/groups/${encodeURIComponent(groupId)}/roles/search`,
        idItem('roleId'),
        signal,
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
