import { describe, expect, it } from 'vitest';
import {
  computeEffectivePermissions,
  type DirectorySnapshot,
  evaluate,
  type UserTaskFacts,
  whoMayWorkOnTask,
} from './effective-permissions.ts';
import type { Authorization } from './model.ts';
import { englishT } from '../../testing/translate.ts';
import type { Message } from '../i18n/message.ts';

/** A message as English words; null stays null (assertions read like the sentences they check). */
const english = (message: Message | null | undefined): string | null => (message ? englishT.message(message) : null);

// Tenant membership decides before any grant: a task of a tenant the principal is not assigned to
// is a 404 for it, so the evaluator must never call it allowed.

const everyTask: Authorization = {
  ownerType: 'GROUP',
  ownerId: 'clerks',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: '*',
  permissionTypes: ['READ_USER_TASK', 'UPDATE_USER_TASK'],
};

const directory: DirectorySnapshot = {
  authorizations: [everyTask],
  users: [{ username: 'anna' }, { username: 'otto' }, { username: 'rita' }],
  clients: [],
  groups: [{ groupId: 'clerks' }],
  roles: [{ roleId: 'emea' }],
  tenants: [{ tenantId: '<default>' }, { tenantId: 'emea' }],
  mappingRules: [],
  memberships: [
    { containerType: 'GROUP', containerId: 'clerks', memberType: 'USER', memberId: 'anna' },
    { containerType: 'GROUP', containerId: 'clerks', memberType: 'USER', memberId: 'otto' },
    { containerType: 'GROUP', containerId: 'clerks', memberType: 'USER', memberId: 'rita' },
    { containerType: 'TENANT', containerId: 'emea', memberType: 'USER', memberId: 'anna' },
    // rita is in the tenant through a role.
    { containerType: 'ROLE', containerId: 'emea', memberType: 'USER', memberId: 'rita' },
    { containerType: 'TENANT', containerId: 'emea', memberType: 'ROLE', memberId: 'emea' },
  ],
};

const emeaTask: UserTaskFacts = {
  userTaskKey: '7',
  processDefinitionId: 'invoice',
  tenantId: 'emea',
  candidateGroups: [],
  candidateUsers: [],
};

describe('tenant membership before grants', () => {
  it('otto, whose grants cover every task, is denied a task of a tenant he is not assigned to, with the tenant named', () => {
    const otto = computeEffectivePermissions(directory, { type: 'USER', id: 'otto' }, '8.9');
    const read = evaluate(otto, { kind: 'user-task', operation: 'read', task: emeaTask });
    expect(read.allowed).toBe(false);
    expect(read.decidedBy).toBe('tenant');
    expect(read.tenantHidden).toBe('emea');
    expect(english(read.rule)).toContain('tenant `emea`, and user otto is not assigned to it');
    // What the grants alone say stays visible for after the assignment.
    expect(english(read.sentence)).toContain('Without the tenant check: Allowed at the process level');
  });

  it('anna (directly) and rita (through her role) are in the tenant and may read it', () => {
    for (const id of ['anna', 'rita']) {
      const effective = computeEffectivePermissions(directory, { type: 'USER', id }, '8.9');
      expect(evaluate(effective, { kind: 'user-task', operation: 'read', task: emeaTask }).allowed).toBe(true);
    }
  });

  it('the default tenant needs an assignment too once the cluster has tenants, but not on a single-tenant cluster', () => {
    const defaultTask = { ...emeaTask, tenantId: '<default>' };
    const anna = computeEffectivePermissions(directory, { type: 'USER', id: 'anna' }, '8.9');
    expect(evaluate(anna, { kind: 'user-task', operation: 'read', task: defaultTask }).tenantHidden).toBe('<default>');
    const single = { ...directory, tenants: [{ tenantId: '<default>' }] };
    const alone = computeEffectivePermissions(single, { type: 'USER', id: 'anna' }, '8.9');
    expect(evaluate(alone, { kind: 'user-task', operation: 'read', task: defaultTask }).allowed).toBe(true);
  });

  it('a cluster known to run without tenant checks ignores the tenant', () => {
    const otto = computeEffectivePermissions(directory, { type: 'USER', id: 'otto' }, '8.9', { multiTenancy: false });
    expect(evaluate(otto, { kind: 'user-task', operation: 'read', task: emeaTask }).allowed).toBe(true);
  });

  it('a permission check with a tenant is hidden the same way', () => {
    const otto = computeEffectivePermissions(directory, { type: 'USER', id: 'otto' }, '8.9');
    const check = evaluate(otto, {
      kind: 'permission',
      anyOf: [{ permission: 'READ_USER_TASK', resourceType: 'PROCESS_DEFINITION', resourceId: 'invoice' }],
      tenantId: 'emea',
    });
    expect(check).toMatchObject({ allowed: false, decidedBy: 'tenant', tenantHidden: 'emea' });
  });

  it('who may work on the task: never "may read" for someone outside its tenant', () => {
    const rows = whoMayWorkOnTask(directory, emeaTask, '8.9');
    const verdicts = Object.fromEntries(rows.map((r) => [r.subject.id, [r.read.allowed, r.claim.allowed]]));
    expect(verdicts).toEqual({ anna: [true, true], otto: [false, false], rita: [true, true] });
  });
});

describe('the deciding rule in words', () => {
  const task: UserTaskFacts = {
    userTaskKey: '9',
    processDefinitionId: 'invoice',
    assignee: null,
    candidateUsers: ['zoe'],
    candidateGroups: ['accounting'],
  };
  const snapshot: DirectorySnapshot = {
    ...directory,
    tenants: [],
    authorizations: [
      {
        ownerType: 'GROUP',
        ownerId: 'clerks',
        resourceType: 'USER_TASK',
        resourceId: null,
        resourcePropertyName: 'candidateGroups',
        permissionTypes: ['CLAIM'],
      },
    ],
    memberships: [
      ...directory.memberships,
      { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'anna' },
    ],
  };

  it('a property-based grant names the task’s candidates and the principal’s groups with their source', () => {
    const anna = computeEffectivePermissions(snapshot, { type: 'USER', id: 'anna' }, '8.9');
    const claim = evaluate(anna, { kind: 'user-task', operation: 'claim', task });
    expect(claim.decidedBy).toBe('task');
    expect(english(claim.rule)).toBe(
      "Task level, property-based on candidateGroups: CLAIM on user tasks where one of your groups is a candidate group (via group clerks) — the task's assignee is nobody, its candidate users are `zoe` and its candidate groups `accounting`; user anna's groups are `clerks` (stored membership), `accounting` (stored membership).",
    );
  });

  it('a denial says neither level grants it, with the same candidate facts', () => {
    const otto = computeEffectivePermissions(snapshot, { type: 'USER', id: 'otto' }, '8.9');
    const claim = evaluate(otto, { kind: 'user-task', operation: 'claim', task });
    expect(english(claim.rule)).toContain('Neither level grants it: no process-level permission on `invoice`');
    expect(english(claim.rule)).toContain(
      "its candidate groups `accounting`; user otto's groups are `clerks` (stored membership)",
    );
  });

  it('groups from the token’s groups claim are said to come from there', () => {
    const otto = computeEffectivePermissions(
      snapshot,
      { type: 'USER', id: 'otto', claims: {}, groupsFromToken: ['sales'] },
      '8.9',
    );
    expect(otto.groups).toEqual([{ groupId: 'sales', source: 'token' }]);
  });
});
