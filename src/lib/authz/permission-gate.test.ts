// The gate may say "denied" only when it has read everything that could allow the action; these
// cases pin each reason it falls back to "unknown" (the action stays enabled).
import { describe, expect, it } from 'vitest';
import type { DirectorySnapshot, Subject, UserTaskFacts } from './effective-permissions.ts';
import type { Authorization } from './model.ts';
import { decidePermissionGate, type GateInput, type PermissionGateRequirement } from './permission-gate.ts';
import { parseSimulatorQuery, simulatorHref } from './permission-gate-link.ts';
import { msg } from '../i18n/message.ts';
import { englishT, germanT } from '../../testing/translate.ts';

function grant(
  ownerType: string,
  ownerId: string,
  resourceType: string,
  resourceId: string,
  permissionTypes: string[],
) {
  return { ownerType, ownerId, resourceType, resourceId, resourcePropertyName: null, permissionTypes };
}

function snapshot(authorizations: Authorization[], memberships: DirectorySnapshot['memberships'] = []) {
  return {
    authorizations,
    users: [{ username: 'ron' }],
    clients: [],
    groups: [],
    roles: [{ roleId: 'readonly-admin' }],
    tenants: [],
    mappingRules: [],
    memberships,
  };
}

// ron on the helm demo: the readonly-admin role reads everything, writes nothing.
const readonlyAdmin = [
  grant('ROLE', 'readonly-admin', 'AUTHORIZATION', '*', ['READ']),
  grant('ROLE', 'readonly-admin', 'PROCESS_DEFINITION', '*', ['READ_PROCESS_DEFINITION', 'READ_USER_TASK']),
];
const ronMemberships: DirectorySnapshot['memberships'] = [
  { containerType: 'ROLE', containerId: 'readonly-admin', memberType: 'USER', memberId: 'ron' },
];
const ron: Subject = { type: 'USER', id: 'ron' };

const task: UserTaskFacts = {
  userTaskKey: '2251799813685281',
  processDefinitionId: 'invoice-approval',
  assignee: 'anna',
  candidateUsers: [],
  candidateGroups: ['accounting'],
};
const assign: PermissionGateRequirement = { kind: 'user-task', operation: 'assign', task };

function input(overrides: Partial<GateInput>): GateInput {
  return {
    clusterId: 'helm',
    version: '8.9',
    subject: ron,
    caller: { source: 'all-authorizations', snapshot: snapshot(readonlyAdmin, ronMemberships) },
    protectedCluster: true,
    ...overrides,
  };
}

describe('decidePermissionGate', () => {
  it('denies ron the assignment, naming both permissions that would do and linking the simulator', () => {
    const gate = decidePermissionGate(input({}), assign);
    expect(gate.state).toBe('denied');
    if (gate.state !== 'denied') return;
    expect(englishT.message(gate.reason)).toBe(
      'Your authorizations do not allow this: it needs UPDATE_USER_TASK on process `invoice-approval` or UPDATE on user task `2251799813685281`, and no grant of user `ron` gives that.',
    );
    // The alternatives and the principal are nested messages: each language words all of them.
    expect(germanT.message(gate.reason)).toBe(
      'Ihre Autorisierungen erlauben das nicht: Nötig ist UPDATE_USER_TASK für Prozess `invoice-approval` oder UPDATE für Benutzeraufgabe `2251799813685281`, und keine Autorisierung von Benutzer `ron` gewährt das.',
    );
    expect(gate.missing.map((m) => `${m.resourceType}:${m.permission}`)).toEqual([
      'PROCESS_DEFINITION:UPDATE_USER_TASK',
      'USER_TASK:UPDATE',
    ]);
    expect(parseSimulatorQuery(new URL(gate.explainHref, 'http://x').search)).toEqual({
      principal: { type: 'USER', id: 'ron' },
      operationId: 'assignUserTask',
      resource: { userTaskKey: '2251799813685281' },
      self: false,
    });
    expect(gate.explainHref.startsWith('/c/helm/access?')).toBe(true);
  });

  it('allows what the grants allow: reading the task', () => {
    expect(decidePermissionGate(input({}), { kind: 'user-task', operation: 'read', task }).state).toBe('allowed');
  });

  it('allows a claim through a candidate-group grant of a group /me reports (8.9)', () => {
    const anna: Subject = { type: 'USER', id: 'anna' };
    const caller = {
      source: 'all-authorizations' as const,
      snapshot: snapshot(
        [
          grant('USER', 'anna', 'AUTHORIZATION', '*', ['READ']),
          {
            ...grant('GROUP', 'accounting', 'USER_TASK', '', ['READ', 'CLAIM']),
            resourceId: null,
            resourcePropertyName: 'candidateGroups',
          },
        ],
        [{ containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'anna' }],
      ),
    };
    const claim: PermissionGateRequirement = {
      kind: 'user-task',
      operation: 'claim',
      task: { ...task, assignee: null },
    };
    expect(decidePermissionGate(input({ subject: anna, caller }), claim).state).toBe('allowed');
    // The same grant does not complete: that needs COMPLETE or UPDATE.
    const complete: PermissionGateRequirement = { kind: 'user-task', operation: 'complete', task };
    expect(decidePermissionGate(input({ subject: anna, caller }), complete).state).toBe('denied');
  });

  it('is unknown when the caller read no authorization at all (most callers)', () => {
    const gate = decidePermissionGate(input({ caller: { source: 'none', snapshot: snapshot([]) } }), assign);
    expect(gate.state).toBe('unknown');
    expect(englishT.message(gate.state === 'unknown' ? gate.reason : msg('fix.gate.nothingYet'))).toBe(
      'Lantern cannot read your authorizations on this cluster, so it cannot tell before you try.',
    );
  });

  it('is unknown while reading, when the read failed, or before the caller is known', () => {
    expect(decidePermissionGate(input({ caller: undefined }), assign).state).toBe('unknown');
    expect(decidePermissionGate(input({ caller: null }), assign).state).toBe('unknown');
    expect(decidePermissionGate(input({ subject: null }), assign).state).toBe('unknown');
    expect(decidePermissionGate(input({ version: null }), assign).state).toBe('unknown');
  });

  it('is unknown when the caller may read only some authorizations (the search filters)', () => {
    const partial = [grant('USER', 'ron', 'AUTHORIZATION', 'some-id', ['READ']), ...readonlyAdmin.slice(1)];
    const gate = decidePermissionGate(
      input({ caller: { source: 'all-authorizations', snapshot: snapshot(partial, ronMemberships) } }),
      assign,
    );
    expect(gate.state).toBe('unknown');
  });

  it('is unknown when a mapping rule owns grants: the caller snapshot does not match mapping rules', () => {
    const withRule = [
      ...readonlyAdmin,
      grant('MAPPING_RULE', 'platform-admins', 'PROCESS_DEFINITION', '*', ['UPDATE_USER_TASK']),
    ];
    const gate = decidePermissionGate(
      input({ caller: { source: 'all-authorizations', snapshot: snapshot(withRule, ronMemberships) } }),
      assign,
    );
    expect(gate.state).toBe('unknown');
  });

  it("counts every grant of 8.10's own-authorizations answer as the caller's, whatever owner it names", () => {
    // A group reached through a mapping rule that /me does not list still counts.
    const own = [grant('GROUP', 'token-group', 'PROCESS_DEFINITION', 'invoice-approval', ['UPDATE_USER_TASK'])];
    const caller = { source: 'own-authorizations' as const, snapshot: snapshot(own) };
    expect(decidePermissionGate(input({ version: '8.10', caller }), assign).state).toBe('allowed');
    const other = [grant('GROUP', 'token-group', 'PROCESS_DEFINITION', 'claims-handling', ['UPDATE_USER_TASK'])];
    const denied = decidePermissionGate(
      input({ version: '8.10', caller: { source: 'own-authorizations', snapshot: snapshot(other) } }),
      assign,
    );
    expect(denied.state).toBe('denied');
  });

  it('allows everything on an unprotected cluster', () => {
    expect(decidePermissionGate(input({ protectedCluster: false, caller: undefined }), assign).state).toBe('allowed');
  });

  it('denies a plain permission requirement and links its operation with the resource ids', () => {
    const gate = decidePermissionGate(input({}), {
      kind: 'permission',
      operationId: 'createProcessInstance',
      anyOf: [
        { permission: 'CREATE_PROCESS_INSTANCE', resourceType: 'PROCESS_DEFINITION', resourceId: 'invoice-approval' },
      ],
    });
    expect(gate.state).toBe('denied');
    if (gate.state !== 'denied') return;
    expect(parseSimulatorQuery(new URL(gate.explainHref, 'http://x').search)).toMatchObject({
      operationId: 'createProcessInstance',
      resource: { PROCESS_DEFINITION: 'invoice-approval' },
    });
  });
});

describe('simulator link', () => {
  it('round-trips ids with reserved characters and ignores what it did not write', () => {
    const query = {
      principal: { type: 'CLIENT' as const, id: 'a:b&c=d #e' },
      operationId: 'assignUserTask',
      resource: { userTaskKey: '42', tenantId: 'x/y?z' },
      self: true,
    };
    const href = simulatorHref('my cluster', query);
    expect(href.startsWith('/c/my%20cluster/access?')).toBe(true);
    expect(href.endsWith('#simulate')).toBe(true);
    const search = href.slice(href.indexOf('?'), href.indexOf('#'));
    expect(parseSimulatorQuery(search)).toEqual(query);
    expect(parseSimulatorQuery('?as=ADMIN:x&r.=1&r.k=')).toEqual({
      principal: null,
      operationId: null,
      resource: {},
      self: false,
    });
  });
});
