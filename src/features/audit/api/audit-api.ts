import * as z from 'zod/mini';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { authorizationSchema, toAuthorization } from '../../../lib/api/authorization-schema.ts';
import { idItem, type PageProgress, searchAll } from '../../../lib/api/search-all.ts';
import type { DirectoryMembership, DirectorySnapshot, MemberType } from '../../../lib/authz/effective-permissions.ts';
import { restBody } from '../../../lib/authz/fix-drafts.ts';
import type { GrantFix } from '../lib/grant-fix.ts';
import { mapConcurrently } from './map-concurrently.ts';

// Reads for the audit: the whole directory, up to 100 pages per search (the shared reader's
// cursors keep tens of thousands of authorizations cheap to read).

const nullableString = z.optional(z.nullable(z.string()));

/** 100,000 items: beyond that the audit would not be the tool anyway. */
const MAX_PAGES = 100;

const MEMBER_PATHS: {
  container: DirectoryMembership['containerType'];
  path: string;
  member: MemberType;
  field: string;
}[] = [
  { container: 'GROUP', path: 'users', member: 'USER', field: 'username' },
  { container: 'GROUP', path: 'clients', member: 'CLIENT', field: 'clientId' },
  { container: 'GROUP', path: 'mapping-rules', member: 'MAPPING_RULE', field: 'mappingRuleId' },
  { container: 'ROLE', path: 'users', member: 'USER', field: 'username' },
  { container: 'ROLE', path: 'clients', member: 'CLIENT', field: 'clientId' },
  { container: 'ROLE', path: 'groups', member: 'GROUP', field: 'groupId' },
  { container: 'ROLE', path: 'mapping-rules', member: 'MAPPING_RULE', field: 'mappingRuleId' },
  { container: 'TENANT', path: 'users', member: 'USER', field: 'username' },
  { container: 'TENANT', path: 'clients', member: 'CLIENT', field: 'clientId' },
  { container: 'TENANT', path: 'groups', member: 'GROUP', field: 'groupId' },
  { container: 'TENANT', path: 'roles', member: 'ROLE', field: 'roleId' },
  { container: 'TENANT', path: 'mapping-rules', member: 'MAPPING_RULE', field: 'mappingRuleId' },
];

/**
 * Member searches started at once. The browser sends six at a time to one origin over HTTP/1.1; a
 * few more queued in the network stack keep those six busy while the page parses the last answers.
 */
const MEMBER_READS_IN_FLIGHT = 16;

const CONTAINER_PATH: Record<DirectoryMembership['containerType'], string> = {
  GROUP: 'groups',
  ROLE: 'roles',
  TENANT: 'tenants',
};

export interface AuditDirectory {
  snapshot: DirectorySnapshot;
  /** Containers whose members could not be read: their "no members" findings are not trustworthy. */
  unreadableContainers: string[];
}

/**
 * The directory the audit needs: authorizations, users, groups, roles, tenants, mapping rules and
 * every membership. Searches filter, so a caller without READ on some of them gets a partial
 * directory; the page says so from the counts.
 */
export async function fetchAuditDirectory(
  clusterId: string,
  options: { signal?: AbortSignal; onPage?: (progress: PageProgress) => void } = {},
): Promise<AuditDirectory> {
  const read = <T>(path: string, item: z.ZodMiniType<T>) =>
    searchAll(clusterId, path, item, { ...options, maxPages: MAX_PAGES });
  const [authorizations, users, groups, roles, tenants, mappingRules] = await Promise.all([
    read('/v2/authorizations/search', authorizationSchema),
    read('/v2/users/search', z.looseObject({ username: z.string(), name: nullableString, email: nullableString })),
    read('/v2/groups/search', z.looseObject({ groupId: z.string(), name: nullableString })),
    read('/v2/roles/search', z.looseObject({ roleId: z.string(), name: nullableString })),
    read('/v2/tenants/search', z.looseObject({ tenantId: z.string(), name: nullableString })),
    read(
      '/v2/mapping-rules/search',
      z.looseObject({ mappingRuleId: z.string(), claimName: z.string(), claimValue: z.string(), name: nullableString }),
    ),
  ]);
  const containers: Record<DirectoryMembership['containerType'], string[]> = {
    GROUP: groups.map((g) => g.groupId),
    ROLE: roles.map((r) => r.roleId),
    TENANT: tenants.map((t) => t.tenantId),
  };
  const unreadable = new Set<string>();
  const reads = MEMBER_PATHS.flatMap((spec) =>
    containers[spec.container].map((containerId) => ({ ...spec, containerId })),
  );
  const memberships = (
    await mapConcurrently(reads, MEMBER_READS_IN_FLIGHT, async ({ container, path, member, field, containerId }) => {
      const ids = await read(
        `/v2/${CONTAINER_PATH[container]}/${encodeURIComponent(containerId)}/${path}/search`,
        idItem(field),
      ).catch((error: unknown) => {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          unreadable.add(`${container}:${containerId}`);
          return [];
        }
        throw error;
      });
      return ids.map((memberId): DirectoryMembership => ({
        containerType: container,
        containerId,
        memberType: member,
        memberId,
      }));
    })
  ).flat();
  return {
    snapshot: {
      authorizations: authorizations.map(toAuthorization),
      users,
      clients: [],
      groups,
      roles,
      tenants,
      mappingRules,
      memberships,
    },
    unreadableContainers: [...unreadable].sort(),
  };
}

export interface FixRequest {
  method: 'POST' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
}

/** The exact requests a fix sends, in order: deletions, then creations. The confirmation shows them. */
export function fixRequests(fix: GrantFix): FixRequest[] {
  return [
    ...fix.remove
      .filter((grant) => grant.authorizationKey)
      .map((grant): FixRequest => ({
        method: 'DELETE',
        path: `/v2/authorizations/${encodeURIComponent(grant.authorizationKey ?? '')}`,
      })),
    ...fix.add.map((draft): FixRequest => ({ method: 'POST', path: '/v2/authorizations', body: restBody(draft) })),
  ];
}

/** Sends a fix's requests one after the other as the signed-in principal; stops at the first failure. */
export async function applyFix(clusterId: string, fix: GrantFix, signal?: AbortSignal): Promise<number> {
  let sent = 0;
  for (const request of fixRequests(fix)) {
    await apiRequest(clusterId, {
      method: request.method,
      path: request.path,
      ...(request.body ? { body: request.body } : {}),
      ...(signal ? { signal } : {}),
    });
    sent += 1;
  }
  return sent;
}
