import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenarios/load-scenario.ts';
import type { ApiVersion, ScenarioAuthorization } from '../scenarios/scenario-types.ts';
import {
  checkUserTask,
  resolveAccess,
  unauthorizedRead,
  userTaskAlternatives,
  userTaskForbiddenReason,
  type Caller,
  type UserTaskOperation,
} from './authorization-engine.ts';
import { ClusterState } from './cluster-state.ts';
import type { UserTaskEntity } from './entities.ts';

// A small identity world: kim (group g-team, role r-team), client c1, a mapping rule on `$.dept`.
function world(version: ApiVersion, authorizations: ScenarioAuthorization[], extra: Record<string, unknown> = {}) {
  const scenario = parseScenario(
    {
      version,
      displayName: 'test',
      auth: { method: 'basic' },
      authorizationsEnabled: true,
      defaultRoles: false,
      topology: {
        clusterSize: 1,
        partitionsCount: 1,
        replicationFactor: 1,
        gatewayVersion: `${version}.0`,
        brokers: [],
      },
      users: [
        { username: 'kim', password: 'x' },
        { username: 'lee', password: 'x' },
      ],
      clients: [{ clientId: 'c1', clientSecret: 's' }],
      groups: [{ groupId: 'g-team', name: 'Team', users: ['kim'], mappingRules: [] }],
      roles: [
        { roleId: 'r-team', name: 'Team role', users: ['kim'] },
        { roleId: 'r-group', name: 'Group role', groups: ['g-team'] },
        { roleId: 'r-rule', name: 'Rule role', mappingRules: ['m-dept'] },
      ],
      tenants: [
        { tenantId: 't-a', name: 'A', users: ['kim'] },
        { tenantId: 't-b', name: 'B' },
      ],
      mappingRules: [{ mappingRuleId: 'm-dept', name: 'Dept', claimName: '$.dept', claimValue: 'finance' }],
      authorizations,
      processDefinitions: [
        { processDefinitionId: 'invoice', name: 'Invoice' },
        { processDefinitionId: 'claims', name: 'Claims' },
      ],
      ...extra,
    },
    'test.json',
  );
  return new ClusterState(scenario, new Map());
}

const kim: Caller = { kind: 'user', id: 'kim', username: 'kim' };

function task(overrides: Partial<UserTaskEntity> = {}): UserTaskEntity {
  return {
    userTaskKey: '2251799813685300',
    name: 'Review',
    state: 'CREATED',
    assignee: null,
    candidateUsers: [],
    candidateGroups: [],
    elementId: 'review',
    elementInstanceKey: '2251799813685299',
    processDefinitionId: 'invoice',
    processDefinitionKey: '2251799813685250',
    processDefinitionVersion: 1,
    processName: 'Invoice',
    processInstanceKey: '2251799813685298',
    rootProcessInstanceKey: null,
    creationDate: '2025-06-01T10:00:00.000Z',
    completionDate: null,
    dueDate: null,
    followUpDate: null,
    priority: 50,
    tenantId: '<default>',
    formKey: null,
    externalFormReference: null,
    customHeaders: {},
    tags: [],
    businessId: null,
    ...overrides,
  };
}

const pd = (id: string, ...permissionTypes: string[]): ScenarioAuthorization => ({
  ownerType: 'USER',
  ownerId: 'kim',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: id,
  permissionTypes,
});
const utProp = (prop: string, ...permissionTypes: string[]): ScenarioAuthorization => ({
  ownerType: 'USER',
  ownerId: 'kim',
  resourceType: 'USER_TASK',
  resourcePropertyName: prop,
  permissionTypes,
});
const utKey = (key: string, ...permissionTypes: string[]): ScenarioAuthorization => ({
  ownerType: 'USER',
  ownerId: 'kim',
  resourceType: 'USER_TASK',
  resourceId: key,
  permissionTypes,
});

function allowed(
  version: ApiVersion,
  grants: ScenarioAuthorization[],
  op: UserTaskOperation,
  t: UserTaskEntity,
  caller = kim,
) {
  const state = world(version, grants);
  const access = resolveAccess(state, caller, { authorizationsEnabled: true, multiTenancyChecksEnabled: false });
  return checkUserTask(access, version, op, t).allowed;
}

// docs/camunda-api/authorization-model.md §6, one row per operation: the USER_TASK permission alone, the PROCESS_DEFINITION
// permission(s) alone, and nothing.
describe('authorization-model.md §6 operation → permission table (8.9+)', () => {
  const assigned = task({ assignee: 'kim' });
  const rows: { op: UserTaskOperation; ut: string; pd: string[]; denyOther?: string[] }[] = [
    { op: 'read', ut: 'READ', pd: ['READ_USER_TASK'], denyOther: ['UPDATE_USER_TASK'] },
    { op: 'claim', ut: 'CLAIM', pd: ['CLAIM_USER_TASK', 'UPDATE_USER_TASK'], denyOther: ['COMPLETE_USER_TASK'] },
    { op: 'unassign', ut: 'UPDATE', pd: ['UPDATE_USER_TASK'], denyOther: ['COMPLETE_USER_TASK'] },
    { op: 'assign', ut: 'UPDATE', pd: ['UPDATE_USER_TASK'], denyOther: ['CLAIM_USER_TASK'] },
    { op: 'complete', ut: 'COMPLETE', pd: ['COMPLETE_USER_TASK', 'UPDATE_USER_TASK'], denyOther: ['CLAIM_USER_TASK'] },
    { op: 'update', ut: 'UPDATE', pd: ['UPDATE_USER_TASK'], denyOther: ['COMPLETE_USER_TASK'] },
  ];
  for (const row of rows) {
    it(`${row.op}: USER_TASK ${row.ut} on the assignee property allows it`, () => {
      expect(allowed('8.9', [utProp('assignee', row.ut)], row.op, assigned)).toBe(true);
    });
    for (const p of row.pd) {
      it(`${row.op}: PROCESS_DEFINITION ${p} on the process allows it`, () => {
        expect(allowed('8.9', [pd('invoice', p)], row.op, task())).toBe(true);
      });
    }
    it(`${row.op}: nothing, or only ${row.denyOther!.join(', ')}, is denied`, () => {
      expect(allowed('8.9', [], row.op, task())).toBe(false);
      expect(allowed('8.9', [pd('invoice', ...row.denyOther!)], row.op, task({ assignee: 'lee' }))).toBe(false);
    });
  }

  it('UPDATE on USER_TASK implies CLAIM and COMPLETE', () => {
    expect(allowed('8.9', [utKey('2251799813685300', 'UPDATE')], 'claim', task())).toBe(true);
    expect(allowed('8.9', [utKey('2251799813685300', 'UPDATE')], 'complete', task())).toBe(true);
  });

  it('CLAIM and COMPLETE do not allow reassigning or updating', () => {
    const grants = [utProp('assignee', 'READ', 'CLAIM', 'COMPLETE')];
    expect(allowed('8.9', grants, 'assign', assigned)).toBe(false);
    expect(allowed('8.9', grants, 'update', assigned)).toBe(false);
  });

  it('an assignee may unassign themselves with CLAIM, but not someone else', () => {
    expect(
      allowed(
        '8.9',
        [utProp('candidateGroups', 'CLAIM')],
        'unassign',
        task({ assignee: 'kim', candidateGroups: ['g-team'] }),
      ),
    ).toBe(true);
    expect(
      allowed(
        '8.9',
        [utProp('candidateGroups', 'CLAIM')],
        'unassign',
        task({ assignee: 'lee', candidateGroups: ['g-team'] }),
      ),
    ).toBe(false);
  });
});

describe('property-based USER_TASK grants', () => {
  it('assignee matches only the caller as assignee', () => {
    expect(allowed('8.9', [utProp('assignee', 'READ')], 'read', task({ assignee: 'kim' }))).toBe(true);
    expect(allowed('8.9', [utProp('assignee', 'READ')], 'read', task({ assignee: 'lee' }))).toBe(false);
  });
  it('candidateUsers matches when the caller is listed', () => {
    expect(allowed('8.9', [utProp('candidateUsers', 'READ')], 'read', task({ candidateUsers: ['lee', 'kim'] }))).toBe(
      true,
    );
    expect(allowed('8.9', [utProp('candidateUsers', 'READ')], 'read', task({ candidateUsers: ['lee'] }))).toBe(false);
  });
  it("candidateGroups matches one of the caller's groups", () => {
    expect(allowed('8.9', [utProp('candidateGroups', 'READ')], 'read', task({ candidateGroups: ['g-team'] }))).toBe(
      true,
    );
    expect(allowed('8.9', [utProp('candidateGroups', 'READ')], 'read', task({ candidateGroups: ['other'] }))).toBe(
      false,
    );
  });
  it('a USER_TASK grant by key covers only that task', () => {
    expect(allowed('8.9', [utKey('2251799813685300', 'READ')], 'read', task())).toBe(true);
    expect(allowed('8.9', [utKey('2251799813685300', 'READ')], 'read', task({ userTaskKey: '2251799813685400' }))).toBe(
      false,
    );
  });
});

describe('precedence, wildcard and specific ids', () => {
  it('a PROCESS_DEFINITION grant wins without any USER_TASK grant (precedence)', () => {
    const state = world('8.9', [pd('invoice', 'UPDATE_USER_TASK'), utProp('assignee', 'CLAIM')]);
    const access = resolveAccess(state, kim, { authorizationsEnabled: true, multiTenancyChecksEnabled: false });
    const result = checkUserTask(access, '8.9', 'claim', task({ assignee: 'kim' }));
    expect(result).toEqual({
      allowed: true,
      via: { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_USER_TASK' },
    });
  });
  it('USER_TASK grants are consulted when the process-level check fails', () => {
    const state = world('8.9', [pd('claims', 'UPDATE_USER_TASK'), utProp('assignee', 'CLAIM')]);
    const access = resolveAccess(state, kim, { authorizationsEnabled: true, multiTenancyChecksEnabled: false });
    expect(checkUserTask(access, '8.9', 'claim', task({ assignee: 'kim' }))).toEqual({
      allowed: true,
      via: { resourceType: 'USER_TASK', permission: 'CLAIM' },
    });
  });
  it('wildcard `*` covers every process; a specific id only its own', () => {
    expect(allowed('8.9', [pd('*', 'READ_USER_TASK')], 'read', task({ processDefinitionId: 'claims' }))).toBe(true);
    expect(allowed('8.9', [pd('invoice', 'READ_USER_TASK')], 'read', task({ processDefinitionId: 'claims' }))).toBe(
      false,
    );
  });
  it('8.8 knows only the PROCESS_DEFINITION layer', () => {
    expect(allowed('8.8', [pd('invoice', 'UPDATE_USER_TASK')], 'claim', task())).toBe(true);
    expect(userTaskAlternatives('8.8', 'complete')).toEqual([
      { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_USER_TASK' },
    ]);
  });
});

describe('owners: groups, roles, mapping rules, tenants, client vs user', () => {
  const grantTo = (ownerType: ScenarioAuthorization['ownerType'], ownerId: string): ScenarioAuthorization => ({
    ownerType,
    ownerId,
    resourceType: 'PROCESS_DEFINITION',
    resourceId: 'invoice',
    permissionTypes: ['READ_USER_TASK'],
  });
  const cases: [string, ScenarioAuthorization, Caller, boolean][] = [
    ['direct user grant', grantTo('USER', 'kim'), kim, true],
    ['grant on a group of the user', grantTo('GROUP', 'g-team'), kim, true],
    ['grant on a role of the user', grantTo('ROLE', 'r-team'), kim, true],
    ["grant on a role of the user's group", grantTo('ROLE', 'r-group'), kim, true],
    ['grant on another user', grantTo('USER', 'lee'), kim, false],
    [
      'client grant for the client principal',
      grantTo('CLIENT', 'c1'),
      { kind: 'client', id: 'c1', username: null },
      true,
    ],
    [
      'user grant does not apply to a client principal',
      grantTo('USER', 'kim'),
      { kind: 'client', id: 'c1', username: 'kim' },
      false,
    ],
    [
      'matching mapping rule (equality)',
      grantTo('MAPPING_RULE', 'm-dept'),
      { kind: 'user', id: 'x', username: 'x', claims: { dept: 'finance' } },
      true,
    ],
    [
      'matching mapping rule (array contains) via its role',
      grantTo('ROLE', 'r-rule'),
      { kind: 'user', id: 'x', username: 'x', claims: { dept: ['hr', 'finance'] } },
      true,
    ],
    [
      'non-matching mapping rule',
      grantTo('MAPPING_RULE', 'm-dept'),
      { kind: 'user', id: 'x', username: 'x', claims: { dept: 'sales' } },
      false,
    ],
    [
      'groups from the token claim replace stored memberships',
      grantTo('GROUP', 'g-team'),
      { kind: 'user', id: 'kim', username: 'kim', tokenGroups: ['other'] },
      false,
    ],
  ];
  for (const [name, grant, caller, expected] of cases) {
    it(name, () => {
      expect(allowed('8.9', [grant], 'read', task(), caller)).toBe(expected);
    });
  }

  it('tenants follow user, group and role memberships', () => {
    const state = world('8.9', []);
    const access = resolveAccess(state, kim, { authorizationsEnabled: true, multiTenancyChecksEnabled: true });
    expect(access.tenants).toEqual(['t-a']);
    expect(access.skipTenants).toBe(false);
  });

  it('anonymous callers and disabled authorizations skip every check', () => {
    const state = world('8.9', []);
    const anonymous = resolveAccess(
      state,
      { kind: 'anonymous' },
      { authorizationsEnabled: true, multiTenancyChecksEnabled: true },
    );
    expect(checkUserTask(anonymous, '8.9', 'update', task()).allowed).toBe(true);
    const off = resolveAccess(state, kim, { authorizationsEnabled: false, multiTenancyChecksEnabled: false });
    expect(checkUserTask(off, '8.9', 'update', task()).allowed).toBe(true);
  });
});

describe('rejection texts', () => {
  it('chains the 8.9 claim alternatives with `; and ` in engine order', () => {
    const t = task({ processDefinitionId: 'invoice', userTaskKey: '2251799813685300' });
    expect(userTaskForbiddenReason(userTaskAlternatives('8.9', 'claim'), t)).toBe(
      "Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'CLAIM_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685300]'; and Insufficient permissions to perform operation 'CLAIM' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685300]'",
    );
  });
  it('renders the read-side texts per version', () => {
    expect(unauthorizedRead(userTaskAlternatives('8.8', 'read'))).toBe(
      "Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'",
    );
    expect(unauthorizedRead(userTaskAlternatives('8.9', 'read'))).toBe(
      "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
    );
  });
});
