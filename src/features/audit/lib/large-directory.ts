// A cluster of realistic size for the scale test and the audit bench: 10,000 authorizations and
// 1,010 principals (900 users, 110 clients), 105 groups, 32 roles, 11 tenants, with a known number
// of every finding seeded in, so the counts can be asserted (LARGE_DIRECTORY_EXPECTED).
import type { DirectoryMembership, DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';

const USERS = 900;
const CLIENTS = 110;
const GROUPS = 100;
const ROLES = 30;
const TENANTS = 10;

/** Findings of `auditAuthorizations` on 8.9, and of the 8.8 → 8.9 readiness, for this directory. */
export const LARGE_DIRECTORY_EXPECTED = {
  authorizations: 10_000,
  principals: USERS + CLIENTS,
  audit89: {
    'over-broad': 50,
    'orphaned-owner': 100,
    redundant: 100,
    'principal-without-access': 30,
    'no-effect-on-version': 50,
    'property-never-matches': 50,
    'empty-tenant': 1,
    'empty-role': 2,
    'empty-group': 5,
  },
  /** Users holding a candidateGroups task grant that 8.8 ignores. */
  readiness88to89Changed: 40,
} as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const user = (i: number) => `u${pad(i, 4)}`;
const client = (i: number) => `c${pad(i, 3)}`;
const group = (i: number) => `g${pad(i, 3)}`;
const role = (i: number) => `r${pad(i, 2)}`;

export function largeDirectory(): DirectorySnapshot {
  const authorizations: Authorization[] = [];
  let key = 2251799813700000;
  const add = (
    ownerType: string,
    ownerId: string,
    resourceType: string,
    target: string,
    permissionTypes: string[],
  ): void => {
    const property = target.startsWith('@') ? target.slice(1) : null;
    authorizations.push({
      authorizationKey: String(key++),
      ownerType,
      ownerId,
      resourceType,
      resourceId: property === null ? target : null,
      resourcePropertyName: property,
      permissionTypes,
    });
  };

  // The ordinary grants: nothing wrong with them.
  for (let i = 0; i < USERS - 10; i++) {
    for (let k = 0; k < 8; k++) {
      add('USER', user(i), 'PROCESS_DEFINITION', `proc-${i}-${k}`, [
        'READ_PROCESS_DEFINITION',
        'READ_USER_TASK',
        'UPDATE_USER_TASK',
      ]);
    }
  }
  for (let i = 0; i < 90; i++) {
    for (let k = 0; k < 10; k++)
      add('CLIENT', client(i), 'PROCESS_DEFINITION', `flow-${i}-${k}`, ['CREATE_PROCESS_INSTANCE']);
  }
  for (let j = 0; j < GROUPS; j++) {
    for (let k = 0; k < 5; k++)
      add('GROUP', group(j), 'DECISION_DEFINITION', `dec-${j}-${k}`, ['READ_DECISION_DEFINITION']);
  }
  for (let r = 0; r < ROLES; r++) {
    for (let k = 0; k < 10; k++) add('ROLE', role(r), 'MESSAGE', `msg-${r}-${k}`, ['CREATE']);
  }
  // Seeded findings.
  for (let n = 0; n < 100; n++)
    add('USER', `gone-${n}@example.com`, 'PROCESS_DEFINITION', `proc-${n}-0`, ['READ_USER_TASK']);
  for (let i = 0; i < 50; i++) add('CLIENT', client(i), 'PROCESS_DEFINITION', '*', ['UPDATE_PROCESS_INSTANCE']);
  // Each user's group already grants this decision.
  for (let i = 0; i < 100; i++)
    add('USER', user(i), 'DECISION_DEFINITION', `dec-${i % GROUPS}-0`, ['READ_DECISION_DEFINITION']);
  for (let i = 100; i < 150; i++) {
    add('USER', user(i), 'PROCESS_DEFINITION', `suspendable-${i}`, [
      'READ_PROCESS_INSTANCE',
      'SUSPEND_PROCESS_INSTANCE',
    ]);
  }
  for (let i = 200; i < 250; i++) add('USER', user(i), 'USER_TASK', '@candidateGroup', ['READ']);
  for (let i = 300; i < 340; i++) add('USER', user(i), 'USER_TASK', '@candidateGroups', ['READ', 'CLAIM']);
  // Filler up to 10,000, again without findings.
  for (let i = 0; authorizations.length < LARGE_DIRECTORY_EXPECTED.authorizations; i++) {
    add('USER', user(i), 'PROCESS_DEFINITION', `extra-${i}`, ['READ_PROCESS_INSTANCE']);
  }

  const memberships: DirectoryMembership[] = [];
  const member = (
    containerType: DirectoryMembership['containerType'],
    containerId: string,
    memberType: DirectoryMembership['memberType'],
    memberId: string,
  ) => memberships.push({ containerType, containerId, memberType, memberId });
  for (let i = 0; i < USERS; i++) {
    member('GROUP', group(i % GROUPS), 'USER', user(i));
    member('TENANT', `t${i % TENANTS}`, 'USER', user(i));
  }
  for (let j = 0; j < GROUPS; j++) member('ROLE', role(j % ROLES), 'GROUP', group(j));

  return {
    authorizations,
    users: Array.from({ length: USERS }, (_, i) => ({ username: user(i) })),
    clients: Array.from({ length: CLIENTS }, (_, i) => ({ clientId: client(i) })),
    groups: Array.from({ length: GROUPS + 5 }, (_, j) => ({ groupId: group(j) })),
    roles: Array.from({ length: ROLES + 2 }, (_, r) => ({ roleId: role(r) })),
    tenants: Array.from({ length: TENANTS + 1 }, (_, t) => ({ tenantId: `t${t}` })),
    mappingRules: [],
    memberships,
  };
}
