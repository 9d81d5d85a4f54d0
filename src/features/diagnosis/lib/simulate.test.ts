import { describe, expect, it } from 'vitest';
import {
  computeEffectivePermissions,
  type DirectorySnapshot,
  type Subject,
  type UserTaskFacts,
} from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import type { ApiVersion, CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { englishT, germanT } from '../../../testing/translate.ts';
import {
  concretePath,
  matchesOperation,
  operationOptions,
  resourceFields,
  simulate,
  userTaskOperationOf,
} from './simulate.ts';

function op(operationId: string): CatalogueEntry {
  const entry = OPERATION_CATALOGUE.find((e) => e.operationId === operationId);
  if (!entry) throw new Error(`no ${operationId} in the catalogue`);
  return entry;
}

function grant(
  ownerType: string,
  ownerId: string,
  resourceType: string,
  resourceId: string | null,
  permissionTypes: string[],
  resourcePropertyName: string | null = null,
): Authorization {
  return { ownerType, ownerId, resourceType, resourceId, resourcePropertyName, permissionTypes };
}

const directory: DirectorySnapshot = {
  authorizations: [
    grant('USER', 'anna', 'PROCESS_DEFINITION', 'invoice-approval', ['READ_USER_TASK']),
    grant('ROLE', 'task-worker', 'USER_TASK', null, ['READ', 'CLAIM', 'COMPLETE'], 'candidateGroups'),
    grant('CLIENT', 'worker-client', 'PROCESS_DEFINITION', '*', ['CREATE_PROCESS_INSTANCE']),
    grant('CLIENT', 'invoice-worker', 'PROCESS_DEFINITION', 'invoice-approval', ['UPDATE_PROCESS_INSTANCE']),
    grant('USER', 'paul', 'PROCESS_DEFINITION', 'claims-handling', ['READ_PROCESS_INSTANCE']),
  ],
  users: [{ username: 'anna' }, { username: 'paul' }, { username: 'ron' }],
  clients: [],
  groups: [{ groupId: 'accounting' }],
  roles: [{ roleId: 'task-worker' }],
  tenants: [{ tenantId: '<default>' }, { tenantId: 'emea' }],
  mappingRules: [],
  memberships: [
    { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'anna' },
    { containerType: 'ROLE', containerId: 'task-worker', memberType: 'USER', memberId: 'anna' },
    { containerType: 'TENANT', containerId: '<default>', memberType: 'USER', memberId: 'anna' },
  ],
};

const reviewTask: UserTaskFacts = {
  userTaskKey: '2251799813685281',
  processDefinitionId: 'invoice-approval',
  assignee: 'anna',
  candidateUsers: [],
  candidateGroups: ['accounting'],
};

function run(
  subject: Subject,
  operationId: string,
  resource: Record<string, string> = {},
  extra: { task?: UserTaskFacts | null; self?: boolean; version?: ApiVersion } = {},
) {
  const version = extra.version ?? '8.9';
  return simulate({
    entry: op(operationId),
    version,
    effective: computeEffectivePermissions(directory, subject, version),
    resource,
    task: extra.task ?? null,
    self: extra.self ?? false,
  });
}

describe('simulate', () => {
  it('anna may complete her task through the task-worker role, decided at the task level by candidate group', () => {
    const result = run(
      { type: 'USER', id: 'anna' },
      'completeUserTask',
      { userTaskKey: reviewTask.userTaskKey },
      { task: reviewTask },
    );
    expect(result.verdict).toBe('allowed');
    expect(result.evaluation?.decidedBy).toBe('task');
    expect(result.decisive?.grant.provenance.label).toBe('via role task-worker');
    expect(result.decisive?.matchedBy).toBe('property');
  });

  it('ron may not, and the sentence names both layers', () => {
    const result = run(
      { type: 'USER', id: 'ron' },
      'completeUserTask',
      { userTaskKey: reviewTask.userTaskKey },
      { task: reviewTask },
    );
    expect(result.verdict).toBe('denied');
    expect(englishT.message(result.sentence)).toBe(
      'Denied: nothing grants UPDATE_USER_TASK on process `invoice-approval` or COMPLETE_USER_TASK on process `invoice-approval` or UPDATE on user task `2251799813685281` or COMPLETE on user task `2251799813685281`.',
    );
  });

  it('a claim (assign to themselves) needs less than assigning someone else', () => {
    const unassigned = { ...reviewTask, assignee: null };
    const anna: Subject = { type: 'USER', id: 'anna' };
    const key = { userTaskKey: reviewTask.userTaskKey };
    expect(run(anna, 'assignUserTask', key, { task: unassigned, self: true }).verdict).toBe('allowed');
    expect(run(anna, 'assignUserTask', key, { task: unassigned, self: false }).verdict).toBe('denied');
  });

  it('worker-client may create instances of invoice-approval through its `*` grant', () => {
    const result = run({ type: 'CLIENT', id: 'worker-client' }, 'createProcessInstance', {
      processDefinitionId: 'invoice-approval',
    });
    expect(result.verdict).toBe('allowed');
    expect(result.decisive?.matchedBy).toBe('wildcard');
    expect(englishT.message(result.sentence)).toBe(
      'Allowed by CREATE_PROCESS_INSTANCE on every process (`*`) (direct).',
    );
  });

  it('invoice-worker may not, and the nearest miss is its grant on the same process with another permission', () => {
    const result = run({ type: 'CLIENT', id: 'invoice-worker' }, 'createProcessInstance', {
      processDefinitionId: 'invoice-approval',
    });
    expect(result.verdict).toBe('denied');
    expect(result.nearestMiss?.reason).toBe('other-permission');
    expect(result.nearestMiss && englishT.message(result.nearestMiss.sentence)).toContain(
      'UPDATE_PROCESS_INSTANCE on process `invoice-approval` (direct)',
    );
  });

  it('without a process id only a `*` grant counts, and it says so', () => {
    const result = run({ type: 'CLIENT', id: 'invoice-worker' }, 'cancelProcessInstance');
    expect(result.verdict).toBe('denied');
    expect(result.notes.map((note) => englishT.message(note))).toContain(
      'No process id (BPMN process id) given: only a grant on every process (`*`) counts.',
    );
    expect(result.notes.map((note) => germanT.message(note))).toContain(
      'Keine Prozess-ID (BPMN-Prozess-ID) angegeben: Es zählt nur eine Autorisierung für alle Prozesse (`*`).',
    );
  });

  it('searches filter silently: to empty, or to the processes a grant names', () => {
    const ron = run({ type: 'USER', id: 'ron' }, 'searchProcessInstances');
    expect(ron.verdict).toBe('filtered');
    expect(englishT.message(ron.sentence)).toMatch(/^Filtered to empty: the search answers 200 with no items/);
    const paul = run({ type: 'USER', id: 'paul' }, 'searchProcessInstances');
    expect(paul.verdict).toBe('filtered');
    expect(englishT.message(paul.sentence)).toContain('only what user `paul` may see');
    expect(englishT.message(paul.sentence)).toContain('process `claims-handling`');
    expect(germanT.message(paul.sentence)).toMatch(
      /^Gefiltert: Die Suche antwortet mit 200 und nur dem, was Benutzer `paul` sehen darf – /,
    );
  });

  it('an operation that checks no authorization is allowed for anyone signed in', () => {
    expect(run({ type: 'USER', id: 'ron' }, 'getTopology').verdict).toBe('allowed');
  });

  it('an operation missing from the version is unavailable, not denied', () => {
    const only810 = OPERATION_CATALOGUE.find((e) => e.versions['8.10'] && !e.versions['8.9']);
    expect(only810).toBeDefined();
    const result = run({ type: 'USER', id: 'anna' }, only810?.operationId ?? '', {}, { version: '8.9' });
    expect(result.verdict).toBe('unavailable');
  });

  it('says when the principal is assigned to no tenant at all', () => {
    const result = run({ type: 'CLIENT', id: 'worker-client' }, 'createProcessInstance', {
      processDefinitionId: 'invoice-approval',
    });
    expect(result.notes.map((note) => englishT.message(note))).toEqual([
      'With multi-tenancy checks on, client `worker-client` is assigned to no tenant: the cluster refuses it.',
    ]);
    const anna = run({ type: 'USER', id: 'anna' }, 'searchProcessInstances');
    expect(anna.notes.map((note) => englishT.message(note))).toContain(
      'With multi-tenancy checks on, only data of `<default>` is returned.',
    );
  });

  it('names the tenant when the principal is not assigned to it', () => {
    const result = run({ type: 'CLIENT', id: 'worker-client' }, 'createProcessInstance', {
      processDefinitionId: 'invoice-approval',
      tenantId: 'emea',
    });
    expect(result.notes.map((note) => englishT.message(note))[0]).toBe(
      'With multi-tenancy checks on, client `worker-client` is not assigned to tenant `emea` (it has no tenant): the cluster refuses it.',
    );
  });
});

describe('resource fields and operation search', () => {
  it('asks for the task key first (it fills the process), then the process id', () => {
    expect(resourceFields(op('completeUserTask'), '8.9').map((f) => f.name)).toEqual([
      'userTaskKey',
      'processDefinitionId',
    ]);
    expect(resourceFields(op('createProcessInstance'), '8.9').map((f) => f.name)).toEqual([
      'processDefinitionId',
      'tenantId',
    ]);
    expect(resourceFields(op('createAuthorization'), '8.9')).toEqual([]);
  });

  it('maps user-task operations by key to the task rules', () => {
    expect(userTaskOperationOf(op('completeUserTask'), false)).toBe('complete');
    expect(userTaskOperationOf(op('assignUserTask'), true)).toBe('claim');
    expect(userTaskOperationOf(op('searchUserTasks'), false)).toBeNull();
  });

  it('finds operations by method and path, by name, and by permission', () => {
    const options = operationOptions(OPERATION_CATALOGUE, '8.9');
    const find = (query: string) => options.filter((o) => matchesOperation(o, query)).map((o) => o.entry.operationId);
    expect(find('post user-tasks completion')).toEqual(['completeUserTask']);
    expect(find('createProcessInstance')).toContain('createProcessInstance');
    expect(find('CREATE_PROCESS_INSTANCE')).toContain('createProcessInstance');
    expect(options.every((o) => o.entry.versions['8.9'])).toBe(true);
  });

  it('fills the ids it has into the path', () => {
    expect(concretePath(op('completeUserTask'), { userTaskKey: '42' })).toBe('/v2/user-tasks/42/completion');
    expect(concretePath(op('getGroup'), { groupId: 'a/b' })).toBe('/v2/groups/a%2Fb');
  });
});
