// What the audit, the upgrade readiness and the comparison share: the directory indexed by owner and
// member (so 1,000 principals over 10,000 authorizations do not each scan every authorization),
// the principals of a snapshot, and what a grant means on a version. The evaluation itself is the
// one of src/lib/authz; this module only feeds it smaller snapshots.
import {
  computeEffectivePermissions,
  type DirectoryMembership,
  type DirectorySnapshot,
  type EffectivePermissions,
  knownClients,
  type Subject,
} from '../../../lib/authz/effective-permissions.ts';
import {
  type Authorization,
  CLUSTER_VERSIONS,
  type ClusterVersion,
  hasUserTaskResource,
  isKnownResourceType,
  WILDCARD,
} from '../../../lib/authz/model.ts';
import { PERMISSION_MATRIX } from '../../../lib/catalogue/permission-matrix.ts';

export interface DirectoryIndex {
  snapshot: DirectorySnapshot;
  authorizationsByOwner: Map<string, Authorization[]>;
  membershipsByMember: Map<string, DirectoryMembership[]>;
  membersByContainer: Map<string, DirectoryMembership[]>;
  /** Position of each authorization in the snapshot: a stable tie-break and identity. */
  position: Map<Authorization, number>;
}

export function ownerKey(type: string, id: string): string {
  return `${type}\u0000${id}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDirectory(snapshot: DirectorySnapshot): DirectoryIndex {
  const authorizationsByOwner = new Map<string, Authorization[]>();
  const position = new Map<Authorization, number>();
  snapshot.authorizations.forEach((authorization, index) => {
    push(authorizationsByOwner, ownerKey(authorization.ownerType, authorization.ownerId), authorization);
    position.set(authorization, index);
  });
  const membershipsByMember = new Map<string, DirectoryMembership[]>();
  const membersByContainer = new Map<string, DirectoryMembership[]>();
  for (const membership of snapshot.memberships) {
    push(membershipsByMember, ownerKey(membership.memberType, membership.memberId), membership);
    push(membersByContainer, ownerKey(membership.containerType, membership.containerId), membership);
  }
  return { snapshot, authorizationsByOwner, membershipsByMember, membersByContainer, position };
}

/**
 * The effective permissions of one subject, computed by src/lib/authz over a snapshot cut down to
 * the memberships and authorizations its owner chains can reach (entity → groups → roles).
 */
export function effectiveFor(index: DirectoryIndex, subject: Subject, version: ClusterVersion): EffectivePermissions {
  const memberships: DirectoryMembership[] = [];
  const owners = new Set<string>();
  const visit = (type: string, id: string, depth: number) => {
    const key = ownerKey(type, id);
    if (owners.has(key)) return;
    owners.add(key);
    const own = index.membershipsByMember.get(key) ?? [];
    memberships.push(...own);
    if (depth >= 2) return;
    for (const m of own) if (m.containerType !== 'TENANT') visit(m.containerType, m.containerId, depth + 1);
  };
  visit(subject.type, subject.id, 0);
  const claims = subject.type === 'USER' || subject.type === 'CLIENT' ? subject.claims : null;
  if (claims) {
    for (const rule of index.snapshot.mappingRules) visit('MAPPING_RULE', rule.mappingRuleId, 0);
  }
  const authorizations: Authorization[] = [];
  for (const key of owners) authorizations.push(...(index.authorizationsByOwner.get(key) ?? []));
  const mini: DirectorySnapshot = {
    ...index.snapshot,
    authorizations,
    memberships,
    users: subject.type === 'USER' ? index.snapshot.users.filter((u) => u.username === subject.id) : [],
    mappingRules: claims ? index.snapshot.mappingRules : [],
  };
  return computeEffectivePermissions(mini, subject, version);
}

export type PrincipalSubject = Extract<Subject, { type: 'USER' | 'CLIENT' }>;

/** Every user and every client the snapshot knows (clients from owners and memberships). */
export function principalsOf(snapshot: DirectorySnapshot): PrincipalSubject[] {
  return [
    ...snapshot.users.map((u): PrincipalSubject => ({ type: 'USER', id: u.username })),
    ...knownClients(snapshot).map((id): PrincipalSubject => ({ type: 'CLIENT', id })),
  ];
}

export function isPropertyBased(authorization: Authorization): boolean {
  return authorization.resourcePropertyName != null && authorization.resourcePropertyName !== '';
}

const ACCEPTED: ReadonlyMap<ClusterVersion, ReadonlyMap<string, ReadonlySet<string>>> = new Map(
  CLUSTER_VERSIONS.map((version) => [
    version,
    new Map(
      Object.entries(PERMISSION_MATRIX[version])
        .filter(([resourceType]) => isKnownResourceType(resourceType, version))
        .map(([resourceType, permissions]) => [resourceType, new Set<string>(permissions)]),
    ),
  ]),
);
const MODELLED = new Set(CLUSTER_VERSIONS.flatMap((version) => [...(ACCEPTED.get(version)?.keys() ?? [])]));

/** A resource type Lantern's permission matrix knows on some version (others come from a newer server). */
export function isModelledResourceType(resourceType: string): boolean {
  return MODELLED.has(resourceType);
}

/**
 * Whether one permission of a grant takes effect on a version: the resource type exists there, the
 * type accepts the permission (docs/camunda-api/authorization-model.md §2), and property-based
 * grants only from 8.9. Resource types Lantern does not model are given the benefit of the doubt.
 * Precomputed sets: this runs for every permission of every grant a principal receives.
 */
export function permissionTakesEffect(
  authorization: Authorization,
  permission: string,
  version: ClusterVersion,
): boolean {
  if (isPropertyBased(authorization) && !hasUserTaskResource(version)) return false;
  if (!MODELLED.has(authorization.resourceType)) return true;
  return ACCEPTED.get(version)?.get(authorization.resourceType)?.has(permission) ?? false;
}

export function effectivePermissionsOf(authorization: Authorization, version: ClusterVersion): string[] {
  return authorization.permissionTypes.filter((p) => permissionTakesEffect(authorization, p, version));
}

/** "USER anna · PROCESS_DEFINITION invoice · READ_USER_TASK" — for tables, keys and sentences. */
export function grantLabel(authorization: Authorization): string {
  const where = isPropertyBased(authorization)
    ? `property ${authorization.resourcePropertyName ?? ''}`
    : (authorization.resourceId ?? WILDCARD);
  return `${authorization.ownerType} ${authorization.ownerId} · ${authorization.resourceType} ${where} · ${authorization.permissionTypes.join(', ')}`;
}

/** Identity of a grant across two snapshots: its key when the cluster gave one, its content otherwise. */
export function grantIdentity(authorization: Authorization): string {
  return authorization.authorizationKey ?? grantLabel(authorization);
}
