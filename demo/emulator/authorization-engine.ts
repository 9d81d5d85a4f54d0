import type { ApiVersion, OwnerType } from '../scenarios/scenario-types.ts';
import { readClaim } from './claim-path.ts';
import type {
  AuthorizationEntity,
  GroupEntity,
  MappingRuleEntity,
  RoleEntity,
  TenantEntity,
  UserTaskEntity,
} from './entities.ts';

/** Who is calling, as established by authentication (before any authorization lookup). */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'user' | 'client';
      /** Username for users, client id for clients: the primary owner id. */
      id: string;
      /** The username claim (or Basic login) even for CLIENT principals; drives property-based grants. */
      username: string | null;
      /** JWT claims; mapping rules match against these. Absent for Basic. */
      claims?: Record<string, unknown>;
      /** Groups from the token's groups claim, when one is configured. */
      tokenGroups?: string[];
      displayName?: string | null;
      email?: string | null;
    };

export interface IdentityView {
  groups: Map<string, GroupEntity>;
  roles: Map<string, RoleEntity>;
  tenants: Map<string, TenantEntity>;
  mappingRules: Map<string, MappingRuleEntity>;
  authorizations: Map<string, AuthorizationEntity>;
}

export interface Owner {
  ownerType: OwnerType;
  ownerId: string;
}

interface Grant {
  wildcard: boolean;
  ids: Set<string>;
  properties: Set<string>;
}

/** The caller's resolved memberships and grants, computed once per request. */
export interface Access {
  caller: Caller;
  anonymous: boolean;
  /** Authorizations disabled or anonymous caller: no permission checks. */
  skipAuthorization: boolean;
  /** Multi-tenancy checks off or anonymous caller: every tenant is visible. */
  skipTenants: boolean;
  groups: string[];
  roles: string[];
  mappingRules: string[];
  tenants: string[];
  owners: Owner[];
  grants: Map<string, Map<string, Grant>>;
}

export interface AccessSettings {
  authorizationsEnabled: boolean;
  multiTenancyChecksEnabled: boolean;
}

export function matchingMappingRules(identity: IdentityView, claims: Record<string, unknown> | undefined): string[] {
  if (!claims) return [];
  const matches: string[] = [];
  for (const rule of identity.mappingRules.values()) {
    const value = readClaim(claims, rule.claimName);
    const match = Array.isArray(value) ? value.includes(rule.claimValue) : value === rule.claimValue;
    if (match) matches.push(rule.mappingRuleId);
  }
  return matches;
}

/**
 * Resolves the caller's owners (docs/camunda-api/authorization-model.md §3): the primary principal (USER or CLIENT), its groups
 * (token claim if configured, else stored memberships), the roles of the principal and of its groups,
 * and matching mapping rules together with their groups and roles. Tenants follow the same owners.
 */
export function resolveAccess(identity: IdentityView, caller: Caller, settings: AccessSettings): Access {
  if (caller.kind === 'anonymous') {
    return {
      caller,
      anonymous: true,
      skipAuthorization: true,
      skipTenants: true,
      groups: [],
      roles: [],
      mappingRules: [],
      tenants: [],
      owners: [],
      grants: new Map(),
    };
  }
  const memberKey = caller.kind === 'user' ? 'users' : 'clients';
  const rules = matchingMappingRules(identity, caller.claims);
  const groups = new Set<string>();
  if (caller.tokenGroups) caller.tokenGroups.forEach((g) => groups.add(g));
  else for (const g of identity.groups.values()) if (g[memberKey].has(caller.id)) groups.add(g.groupId);
  for (const g of identity.groups.values()) if (rules.some((r) => g.mappingRules.has(r))) groups.add(g.groupId);
  const roles = new Set<string>();
  for (const r of identity.roles.values()) {
    if (
      r[memberKey].has(caller.id) ||
      [...groups].some((g) => r.groups.has(g)) ||
      rules.some((m) => r.mappingRules.has(m))
    )
      roles.add(r.roleId);
  }
  const tenants = new Set<string>();
  for (const t of identity.tenants.values()) {
    if (
      t[memberKey].has(caller.id) ||
      [...groups].some((g) => t.groups.has(g)) ||
      [...roles].some((r) => t.roles.has(r)) ||
      rules.some((m) => t.mappingRules.has(m))
    )
      tenants.add(t.tenantId);
  }
  const owners: Owner[] = [
    { ownerType: caller.kind === 'user' ? 'USER' : 'CLIENT', ownerId: caller.id },
    ...[...groups].map((ownerId) => ({ ownerType: 'GROUP' as const, ownerId })),
    ...[...roles].map((ownerId) => ({ ownerType: 'ROLE' as const, ownerId })),
    ...rules.map((ownerId) => ({ ownerType: 'MAPPING_RULE' as const, ownerId })),
  ];
  const ownerKeys = new Set(owners.map((o) => `${o.ownerType}:${o.ownerId}`));
  const grants = new Map<string, Map<string, Grant>>();
  for (const a of identity.authorizations.values()) {
    if (!ownerKeys.has(`${a.ownerType}:${a.ownerId}`)) continue;
    let byPermission = grants.get(a.resourceType);
    if (!byPermission) grants.set(a.resourceType, (byPermission = new Map<string, Grant>()));
    for (const p of a.permissionTypes) {
      let grant = byPermission.get(p);
      if (!grant)
        byPermission.set(p, (grant = { wildcard: false, ids: new Set<string>(), properties: new Set<string>() }));
      if (a.resourcePropertyName) grant.properties.add(a.resourcePropertyName);
      else if (a.resourceId === '*') grant.wildcard = true;
      else if (a.resourceId) grant.ids.add(a.resourceId);
    }
  }
  return {
    caller,
    anonymous: false,
    skipAuthorization: !settings.authorizationsEnabled,
    skipTenants: !settings.multiTenancyChecksEnabled,
    groups: [...groups],
    roles: [...roles],
    mappingRules: rules,
    tenants: [...tenants],
    owners,
    grants,
  };
}

function grantOf(access: Access, resourceType: string, permission: string): Grant | undefined {
  return access.grants.get(resourceType)?.get(permission);
}

/** ID-based check: wildcard or the specific id. */
export function isAllowed(access: Access, resourceType: string, permission: string, resourceId?: string): boolean {
  if (access.skipAuthorization) return true;
  const grant = grantOf(access, resourceType, permission);
  if (!grant) return false;
  return grant.wildcard || (resourceId !== undefined && grant.ids.has(resourceId));
}

/** True when the caller holds the permission on `*` (search filtering can be skipped). */
export function hasWildcard(access: Access, resourceType: string, permission: string): boolean {
  return access.skipAuthorization || grantOf(access, resourceType, permission)?.wildcard === true;
}

export function canAccessTenant(access: Access, tenantId: string): boolean {
  return access.skipTenants || access.tenants.includes(tenantId);
}

function callerUsername(access: Access): string | null {
  return access.caller.kind === 'anonymous' ? null : access.caller.username;
}

/** Property-based USER_TASK grant (8.9+): assignee / candidateUsers / candidateGroups match the caller. */
function propertyAllows(access: Access, permission: string, task: UserTaskEntity): boolean {
  const grant = grantOf(access, 'USER_TASK', permission);
  if (!grant || grant.properties.size === 0) return false;
  const username = callerUsername(access);
  if (username !== null && grant.properties.has('assignee') && task.assignee === username) return true;
  if (username !== null && grant.properties.has('candidateUsers') && task.candidateUsers.includes(username))
    return true;
  return grant.properties.has('candidateGroups') && task.candidateGroups.some((g) => access.groups.includes(g));
}

export type UserTaskOperation = 'read' | 'assign' | 'claim' | 'unassign' | 'complete' | 'update';

interface Alternative {
  resourceType: 'PROCESS_DEFINITION' | 'USER_TASK';
  permission: string;
}

// Operation → permissions table of docs/camunda-api/authorization-model.md §6 (8.8: PROCESS_DEFINITION only).
// Order matters: it is the order of the `; and ` chain in the engine's rejection.
const ALTERNATIVES_89: Record<UserTaskOperation, Alternative[]> = {
  read: [
    { resourceType: 'PROCESS_DEFINITION', permission: 'READ_USER_TASK' },
    { resourceType: 'USER_TASK', permission: 'READ' },
  ],
  assign: [
    { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_USER_TASK' },
    { resourceType: 'USER_TASK', permission: 'UPDATE' },
  ],
  claim: [
    { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_USER_TASK' },
    { resourceType: 'PROCESS_DEFINITION', permission: 'CLAIM_USER_TASK' },
    { resourceType: 'USER_TASK', permission: 'UPDATE' },
    { resourceType: 'USER_TASK', permission: 'CLAIM' },
  ],
  unassign: [
    { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_USER_TASK' },
    { resourceType: 'USER_TASK', permission: 'UPDATE' },
  ],
  // [inferred] order mirrors the claim chain (PD update, PD narrow, UT update, UT narrow).
  complete: [
    { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_USER_TASK' },
    { resourceType: 'PROCESS_DEFINITION', permission: 'COMPLETE_USER_TASK' },
    { resourceType: 'USER_TASK', permission: 'UPDATE' },
    { resourceType: 'USER_TASK', permission: 'COMPLETE' },
  ],
  update: [
    { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_USER_TASK' },
    { resourceType: 'USER_TASK', permission: 'UPDATE' },
  ],
};

// Self-unassign is also allowed with the narrow CLAIM permissions (engine test name, docs/camunda-api/authorization-model.md §6).
const SELF_UNASSIGN: Alternative[] = [
  { resourceType: 'PROCESS_DEFINITION', permission: 'CLAIM_USER_TASK' },
  { resourceType: 'USER_TASK', permission: 'CLAIM' },
];

export function userTaskAlternatives(version: ApiVersion, operation: UserTaskOperation): Alternative[] {
  if (version === '8.8') {
    // [inferred for claim/complete] 8.8 only knows the PROCESS_DEFINITION layer.
    return [
      { resourceType: 'PROCESS_DEFINITION', permission: operation === 'read' ? 'READ_USER_TASK' : 'UPDATE_USER_TASK' },
    ];
  }
  return ALTERNATIVES_89[operation];
}

function alternativeAllows(access: Access, alt: Alternative, task: UserTaskEntity): boolean {
  if (alt.resourceType === 'PROCESS_DEFINITION')
    return isAllowed(access, 'PROCESS_DEFINITION', alt.permission, task.processDefinitionId);
  return (
    isAllowed(access, 'USER_TASK', alt.permission, task.userTaskKey) || propertyAllows(access, alt.permission, task)
  );
}

/**
 * Checks one user-task operation. PROCESS_DEFINITION alternatives are evaluated first and win
 * (precedence, docs/camunda-api/authorization-model.md §6); USER_TASK grants (by key or by property) are only consulted when they fail.
 */
export function checkUserTask(
  access: Access,
  version: ApiVersion,
  operation: UserTaskOperation,
  task: UserTaskEntity,
): { allowed: true; via: Alternative | null } | { allowed: false; alternatives: Alternative[] } {
  if (access.skipAuthorization) return { allowed: true, via: null };
  const alternatives = userTaskAlternatives(version, operation);
  const extra =
    operation === 'unassign' && version !== '8.8' && task.assignee !== null && task.assignee === callerUsername(access)
      ? SELF_UNASSIGN
      : [];
  const ordered = [...alternatives, ...extra].sort((a, b) =>
    a.resourceType === b.resourceType ? 0 : a.resourceType === 'PROCESS_DEFINITION' ? -1 : 1,
  );
  for (const alt of ordered) if (alternativeAllows(access, alt, task)) return { allowed: true, via: alt };
  return { allowed: false, alternatives };
}

/** Engine rejection reason for an ID-scoped check; the list is Java's sorted `[*, id]`. */
export function insufficientPermissions(permission: string, resourceType: string, resourceId?: string): string {
  const base = `Insufficient permissions to perform operation '${permission}' on resource '${resourceType}'`;
  if (resourceId === undefined) return base;
  const ids = ['*', resourceId].sort();
  return `${base}, required resource identifiers are one of '[${ids.join(', ')}]'`;
}

/** The `; and `-chained engine reason for a denied user-task command. */
export function userTaskForbiddenReason(alternatives: Alternative[], task: UserTaskEntity): string {
  return alternatives
    .map((a) =>
      insufficientPermissions(
        a.permission,
        a.resourceType,
        a.resourceType === 'PROCESS_DEFINITION' ? task.processDefinitionId : task.userTaskKey,
      ),
    )
    .join('; and ');
}

/** Read-side (search layer) 403 text, docs/camunda-api/error-messages.md §3.2. */
export function unauthorizedRead(alternatives: { permission: string; resourceType: string }[]): string {
  if (alternatives.length === 1) {
    const [a] = alternatives;
    return `Unauthorized to perform operation '${a!.permission}' on resource '${a!.resourceType}'`;
  }
  return `Unauthorized to perform any of the operations: ${alternatives
    .map((a) => `'${a.permission}' on '${a.resourceType}'`)
    .join(' or ')}`;
}
