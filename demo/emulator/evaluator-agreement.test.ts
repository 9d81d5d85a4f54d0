import { describe, expect, it } from 'vitest';
import {
  computeEffectivePermissions,
  evaluate,
  type AccessRequest,
  type DirectoryMembership,
  type DirectorySnapshot,
  type Subject,
} from '../../src/lib/authz/effective-permissions.ts';
import type { PermissionType, ResourceType } from '../../src/lib/authz/model.ts';
import type { UserTaskOperation } from '../../src/lib/authz/request-target.ts';
import type { ApiVersion, OwnerType } from '../scenarios/scenario-types.ts';
import {
  canAccessTenant,
  checkUserTask,
  isAllowed,
  resolveAccess,
  type Caller,
  type IdentityView,
} from './authorization-engine.ts';
import type {
  AuthorizationEntity,
  GroupEntity,
  MappingRuleEntity,
  RoleEntity,
  TenantEntity,
  UserTaskEntity,
} from './entities.ts';

// Property-based agreement of Lantern's evaluator (src/lib/authz/effective-permissions.ts, written
// from Camunda's docs) with the demo clusters' engine (authorization-engine.ts, written separately):
// seeded random directories — users, clients, groups, roles, tenants, mapping rules, memberships,
// wildcard, specific and property-based grants — and random checks. Lantern saying "allowed" where
// the cluster refuses would send an operator to a fix that does not work, so that direction must
// never happen; the opposite direction is counted and printed.

/** mulberry32: small, seeded, reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  next: () => number;
  pick<T>(values: readonly T[]): T;
  some<T>(values: readonly T[], p: number): T[];
  chance(p: number): boolean;
}

function gen(seed: number): Gen {
  const next = random(seed);
  return {
    next,
    pick: (values) => values[Math.floor(next() * values.length)]!,
    some: (values, p) => values.filter(() => next() < p),
    chance: (p) => next() < p,
  };
}

const PROCESSES = ['invoice', 'order', 'onboarding'] as const;
const TASK_KEYS = ['2251799813685301', '2251799813685302'] as const;
const DEPARTMENTS = ['sales', 'ops', 'finance'] as const;
const PERMISSIONS: Partial<Record<ResourceType, PermissionType[]>> = {
  PROCESS_DEFINITION: [
    'READ_PROCESS_DEFINITION',
    'READ_USER_TASK',
    'UPDATE_USER_TASK',
    'CLAIM_USER_TASK',
    'COMPLETE_USER_TASK',
    'CREATE_PROCESS_INSTANCE',
    'UPDATE_PROCESS_INSTANCE',
  ],
  USER_TASK: ['READ', 'UPDATE', 'CLAIM', 'COMPLETE'],
  DECISION_DEFINITION: ['READ_DECISION_DEFINITION', 'CREATE_DECISION_INSTANCE'],
};
const OPERATIONS: readonly UserTaskOperation[] = ['read', 'claim', 'assign', 'unassign', 'complete', 'update'];

interface Case {
  version: ApiVersion;
  multiTenancy: boolean;
  users: string[];
  clients: string[];
  groups: string[];
  roles: string[];
  tenants: string[];
  mappingRules: MappingRuleEntity[];
  memberships: DirectoryMembership[];
  authorizations: AuthorizationEntity[];
  caller: { type: 'USER' | 'CLIENT'; id: string; claims: Record<string, unknown> | null; tokenGroups: string[] | null };
  checks: AccessRequest[];
}

function generateCase(seed: number): Case {
  const g = gen(seed);
  const version = g.pick(['8.8', '8.9', '8.10'] as const);
  const users = ['anna', 'ben', 'carla', 'dev'].slice(0, 2 + Math.floor(g.next() * 3));
  const clients = ['worker', 'app'].slice(0, 1 + Math.floor(g.next() * 2));
  const groups = g.some(['accounting', 'warehouse', 'support'], 0.6);
  const roles = g.some(['task-worker', 'auditor', 'operator'], 0.6);
  const tenants = ['<default>', ...g.some(['acme', 'globex'], 0.5)];
  const mappingRules = g.some(DEPARTMENTS, 0.4).map((dept) => ({
    mappingRuleId: `dept-${dept}`,
    name: dept,
    claimName: g.chance(0.5) ? 'department' : 'org.department',
    claimValue: dept,
  }));

  const memberships: DirectoryMembership[] = [];
  const add = (
    containerType: DirectoryMembership['containerType'],
    containerId: string,
    memberType: DirectoryMembership['memberType'],
    memberId: string,
  ) => {
    if (
      !memberships.some(
        (m) =>
          m.containerType === containerType &&
          m.containerId === containerId &&
          m.memberType === memberType &&
          m.memberId === memberId,
      )
    )
      memberships.push({ containerType, containerId, memberType, memberId });
  };
  const rules = mappingRules.map((m) => m.mappingRuleId);
  for (const group of groups) {
    for (const u of g.some(users, 0.4)) add('GROUP', group, 'USER', u);
    for (const c of g.some(clients, 0.3)) add('GROUP', group, 'CLIENT', c);
    for (const r of g.some(rules, 0.4)) add('GROUP', group, 'MAPPING_RULE', r);
  }
  for (const role of roles) {
    for (const u of g.some(users, 0.3)) add('ROLE', role, 'USER', u);
    for (const c of g.some(clients, 0.3)) add('ROLE', role, 'CLIENT', c);
    for (const gr of g.some(groups, 0.4)) add('ROLE', role, 'GROUP', gr);
    for (const r of g.some(rules, 0.3)) add('ROLE', role, 'MAPPING_RULE', r);
  }
  for (const tenant of tenants) {
    for (const u of g.some(users, 0.4)) add('TENANT', tenant, 'USER', u);
    for (const c of g.some(clients, 0.4)) add('TENANT', tenant, 'CLIENT', c);
    for (const gr of g.some(groups, 0.3)) add('TENANT', tenant, 'GROUP', gr);
    for (const r of g.some(roles, 0.3)) add('TENANT', tenant, 'ROLE', r);
    for (const r of g.some(rules, 0.3)) add('TENANT', tenant, 'MAPPING_RULE', r);
  }

  const owners: { ownerType: OwnerType; ownerId: string }[] = [
    ...users.map((id) => ({ ownerType: 'USER' as const, ownerId: id })),
    ...clients.map((id) => ({ ownerType: 'CLIENT' as const, ownerId: id })),
    ...groups.map((id) => ({ ownerType: 'GROUP' as const, ownerId: id })),
    ...roles.map((id) => ({ ownerType: 'ROLE' as const, ownerId: id })),
    ...rules.map((id) => ({ ownerType: 'MAPPING_RULE' as const, ownerId: id })),
  ];
  const authorizations: AuthorizationEntity[] = [];
  const grantCount = Math.floor(g.next() * 9);
  for (let i = 0; i < grantCount; i++) {
    const resourceType = g.pick([
      'PROCESS_DEFINITION',
      'PROCESS_DEFINITION',
      'USER_TASK',
      'DECISION_DEFINITION',
    ] as const);
    const property = resourceType === 'USER_TASK' && g.chance(0.4);
    const ids =
      resourceType === 'USER_TASK'
        ? ['*', ...TASK_KEYS]
        : resourceType === 'DECISION_DEFINITION'
          ? ['*', 'approve']
          : ['*', ...PROCESSES];
    const permissionTypes = g.some(PERMISSIONS[resourceType]!, 0.35);
    if (permissionTypes.length === 0) permissionTypes.push(g.pick(PERMISSIONS[resourceType]!));
    authorizations.push({
      authorizationKey: String(1000 + i),
      ...g.pick(owners),
      resourceType,
      resourceId: property ? null : g.pick(ids),
      resourcePropertyName: property ? g.pick(['assignee', 'candidateUsers', 'candidateGroups']) : null,
      permissionTypes,
    });
  }

  const type = g.chance(0.7) ? 'USER' : 'CLIENT';
  const department = g.pick(DEPARTMENTS);
  const id = type === 'USER' ? g.pick(users) : g.pick(clients);
  // Basic-auth callers have no claims; token callers carry a department, flat or nested.
  const claims = g.chance(0.6) ? { department, org: { department } } : null;
  // A groups claim replaces stored group memberships (only with a token).
  const groupsClaim = g.chance(0.25) ? g.some(['accounting', 'warehouse', 'support', 'elsewhere'], 0.5) : null;
  const caller: Case['caller'] = { type, id, claims, tokenGroups: claims ? groupsClaim : null };

  const checks: AccessRequest[] = [];
  for (let i = 0; i < 6; i++) {
    const tenantId = g.pick(tenants);
    if (g.chance(0.5)) {
      const resourceType = g.pick(['PROCESS_DEFINITION', 'DECISION_DEFINITION'] as const);
      const permission = g.pick(PERMISSIONS[resourceType]!);
      const resourceId = g.chance(0.15) ? null : resourceType === 'DECISION_DEFINITION' ? 'approve' : g.pick(PROCESSES);
      checks.push({ kind: 'permission', anyOf: [{ permission, resourceType, resourceId }], tenantId });
    } else {
      checks.push({
        kind: 'user-task',
        operation: g.pick(OPERATIONS),
        task: {
          userTaskKey: g.pick(TASK_KEYS),
          processDefinitionId: g.pick(PROCESSES),
          tenantId,
          assignee: g.chance(0.5) ? g.pick(users) : null,
          candidateUsers: g.some(users, 0.3),
          candidateGroups: g.some(['accounting', 'warehouse', 'support'], 0.3),
        },
      });
    }
  }
  return {
    version,
    multiTenancy: g.chance(0.5),
    users,
    clients,
    groups,
    roles,
    tenants,
    mappingRules,
    memberships,
    authorizations,
    caller,
    checks,
  };
}

// ---- the same directory, as each side reads it ---------------------------------------------------

function snapshotOf(c: Case): DirectorySnapshot {
  return {
    authorizations: c.authorizations.map((a) => ({
      authorizationKey: a.authorizationKey,
      ownerType: a.ownerType,
      ownerId: a.ownerId,
      resourceType: a.resourceType,
      resourceId: a.resourceId,
      resourcePropertyName: a.resourcePropertyName,
      permissionTypes: a.permissionTypes,
    })),
    users: c.users.map((username) => ({ username })),
    clients: c.clients.map((clientId) => ({ clientId })),
    groups: c.groups.map((groupId) => ({ groupId })),
    roles: c.roles.map((roleId) => ({ roleId })),
    tenants: c.tenants.map((tenantId) => ({ tenantId })),
    mappingRules: c.mappingRules,
    memberships: c.memberships,
  };
}

function members(
  c: Case,
  containerType: DirectoryMembership['containerType'],
  id: string,
  memberType: DirectoryMembership['memberType'],
): Set<string> {
  return new Set(
    c.memberships
      .filter((m) => m.containerType === containerType && m.containerId === id && m.memberType === memberType)
      .map((m) => m.memberId),
  );
}

function identityOf(c: Case): IdentityView {
  const groups = new Map<string, GroupEntity>(
    c.groups.map((groupId) => [
      groupId,
      {
        groupId,
        name: groupId,
        description: null,
        users: members(c, 'GROUP', groupId, 'USER'),
        clients: members(c, 'GROUP', groupId, 'CLIENT'),
        mappingRules: members(c, 'GROUP', groupId, 'MAPPING_RULE'),
      },
    ]),
  );
  const roles = new Map<string, RoleEntity>(
    c.roles.map((roleId) => [
      roleId,
      {
        roleId,
        name: roleId,
        description: null,
        users: members(c, 'ROLE', roleId, 'USER'),
        clients: members(c, 'ROLE', roleId, 'CLIENT'),
        groups: members(c, 'ROLE', roleId, 'GROUP'),
        mappingRules: members(c, 'ROLE', roleId, 'MAPPING_RULE'),
      },
    ]),
  );
  const tenants = new Map<string, TenantEntity>(
    c.tenants.map((tenantId) => [
      tenantId,
      {
        tenantId,
        name: tenantId,
        description: null,
        users: members(c, 'TENANT', tenantId, 'USER'),
        clients: members(c, 'TENANT', tenantId, 'CLIENT'),
        groups: members(c, 'TENANT', tenantId, 'GROUP'),
        roles: members(c, 'TENANT', tenantId, 'ROLE'),
        mappingRules: members(c, 'TENANT', tenantId, 'MAPPING_RULE'),
      },
    ]),
  );
  return {
    groups,
    roles,
    tenants,
    mappingRules: new Map(c.mappingRules.map((m) => [m.mappingRuleId, m])),
    authorizations: new Map(c.authorizations.map((a) => [a.authorizationKey, a])),
  };
}

function callerOf(c: Case): Caller {
  const { type, id, claims, tokenGroups } = c.caller;
  return {
    kind: type === 'USER' ? 'user' : 'client',
    id,
    // The username claim drives property-based grants; a client's token carries none here.
    username: type === 'USER' ? id : null,
    ...(claims ? { claims } : {}),
    ...(tokenGroups ? { tokenGroups } : {}),
  };
}

function subjectOf(c: Case): Subject {
  const { type, id, claims, tokenGroups } = c.caller;
  return { type, id, claims, groupsFromToken: tokenGroups };
}

function taskOf(request: Extract<AccessRequest, { kind: 'user-task' }>): UserTaskEntity {
  const t = request.task;
  return {
    userTaskKey: t.userTaskKey,
    name: null,
    state: 'CREATED',
    assignee: t.assignee ?? null,
    candidateUsers: t.candidateUsers ?? [],
    candidateGroups: t.candidateGroups ?? [],
    elementId: 'task',
    elementInstanceKey: '1',
    processDefinitionId: t.processDefinitionId,
    processDefinitionKey: '1',
    processDefinitionVersion: 1,
    processName: null,
    processInstanceKey: '1',
    rootProcessInstanceKey: null,
    creationDate: '2026-11-29T00:00:00.000Z',
    completionDate: null,
    dueDate: null,
    followUpDate: null,
    priority: 50,
    tenantId: t.tenantId ?? '<default>',
    formKey: null,
    externalFormReference: null,
    customHeaders: {},
    tags: [],
    businessId: null,
  };
}

/** What the demo cluster's engine decides: tenant first (hidden = refused), then the grants. */
function clusterAllows(c: Case, request: AccessRequest): boolean {
  const access = resolveAccess(identityOf(c), callerOf(c), {
    authorizationsEnabled: true,
    multiTenancyChecksEnabled: c.multiTenancy,
  });
  if (request.kind === 'permission') {
    if (request.tenantId && !canAccessTenant(access, request.tenantId)) return false;
    return request.anyOf.some((r) => isAllowed(access, r.resourceType, r.permission, r.resourceId ?? undefined));
  }
  const task = taskOf(request);
  if (!canAccessTenant(access, task.tenantId)) return false;
  return checkUserTask(access, c.version, request.operation, task).allowed;
}

function lanternAllows(c: Case, request: AccessRequest): boolean {
  const effective = computeEffectivePermissions(snapshotOf(c), subjectOf(c), c.version, {
    multiTenancy: c.multiTenancy,
  });
  return evaluate(effective, request).allowed;
}

const CASES = 400;
const FIRST_SEED = 20261129;

describe("Lantern's evaluator agrees with the demo cluster's engine", () => {
  it(`never says "allowed" where the cluster refuses (${CASES} seeded directories, 6 checks each)`, () => {
    const lanternOnly: string[] = [];
    const clusterOnly: string[] = [];
    let checks = 0;
    let allowed = 0;
    for (let i = 0; i < CASES; i++) {
      const seed = FIRST_SEED + i;
      const c = generateCase(seed);
      for (const [n, request] of c.checks.entries()) {
        checks++;
        const lantern = lanternAllows(c, request);
        const cluster = clusterAllows(c, request);
        if (cluster) allowed++;
        if (lantern === cluster) continue;
        const line = `seed ${seed} check ${n}: Lantern ${lantern ? 'allows' : 'refuses'}, cluster ${cluster ? 'allows' : 'refuses'} — ${JSON.stringify(request)}`;
        (lantern ? lanternOnly : clusterOnly).push(line);
      }
    }
    console.info(
      `evaluator agreement: ${checks} checks, ${allowed} allowed by the cluster; Lantern-only allowed: ${lanternOnly.length}; cluster-only allowed: ${clusterOnly.length}`,
    );
    if (clusterOnly.length > 0) console.info(clusterOnly.slice(0, 5).join('\n'));
    // Both outcomes must occur, or the generator tests nothing.
    expect(allowed).toBeGreaterThan(checks / 10);
    expect(allowed).toBeLessThan(checks - checks / 10);
    expect(lanternOnly.slice(0, 5)).toEqual([]);
  });

  it('generates the same directories for the same seed', () => {
    expect(generateCase(FIRST_SEED + 7)).toEqual(generateCase(FIRST_SEED + 7));
  });
});
