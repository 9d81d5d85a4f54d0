import { englishT } from '../../../testing/translate.ts';
import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import type { CatalogueEntry, OperationVersionFacts } from '../../../lib/catalogue/types.ts';
import { directory, grant, member } from './audit-test-data.ts';
import { fixScripts } from './grant-fix.ts';
import { upgradeReadiness } from './upgrade-readiness.ts';

const TASK_OPERATIONS = ['completeUserTask', 'getUserTask', 'searchUserTasks'];

describe('8.8 → 8.9', () => {
  it('keeps process-level task grants whole: nobody changes', () => {
    const snapshot = directory(
      [
        grant('USER:anna', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK', 'UPDATE_USER_TASK']),
        grant('GROUP:accounting', 'PROCESS_DEFINITION:*', ['READ_PROCESS_INSTANCE']),
      ],
      [member('GROUP:accounting', 'USER:kim')],
    );
    const result = upgradeReadiness({ snapshot, from: '8.8', to: '8.9', catalogue: OPERATION_CATALOGUE });
    expect(result.principals).toEqual([]);
    expect(result.unchanged).toBe(3);
    expect(result.path).toEqual(['8.8', '8.9']);
  });

  it('names who gains from task-level grants that 8.8 ignores, and deletes them to keep behaviour the same', () => {
    const dormant = grant('GROUP:accounting', 'USER_TASK:@candidateGroups', ['READ', 'COMPLETE']);
    const snapshot = directory([dormant], [member('GROUP:accounting', 'USER:kim')]);
    const result = upgradeReadiness({ snapshot, from: '8.8', to: '8.9', catalogue: OPERATION_CATALOGUE });
    expect(result.principals.map((p) => p.subject.id)).toEqual(['kim']);
    const [kim] = result.principals;
    expect(kim?.losses).toEqual([]);
    const gained = kim?.gains.filter((g) => TASK_OPERATIONS.includes(g.operationId)) ?? [];
    expect(gained.map((g) => g.operationId).sort()).toEqual(TASK_OPERATIONS);
    expect(
      gained.every((g) => g.scopes.join() === 'USER_TASK:@candidateGroups' && g.rule === 'user-task-resource-8-9'),
    ).toBe(true);
    expect(result.keepSame).toEqual({ remove: [dormant], add: [] });
    expect(result.rules.map((r) => r.id)).toEqual(['user-task-resource-8-9']);
  });

  it('warns that members of an existing task-worker role gain its default grants, and no one else', () => {
    const snapshot = directory([], [member('ROLE:task-worker', 'USER:ron')], {
      roles: [{ roleId: 'task-worker' }],
    });
    const result = upgradeReadiness({ snapshot, from: '8.8', to: '8.9', catalogue: OPERATION_CATALOGUE });
    expect(result.principals.map((p) => p.subject.id)).toEqual(['ron']);
    const claim = result.principals[0]?.gains.find((g) => g.operationId === 'completeUserTask');
    expect(claim?.rule).toBe('task-worker-role-8-9');
    expect(claim?.scopes).toEqual(['USER_TASK:@assignee', 'USER_TASK:@candidateGroups', 'USER_TASK:@candidateUsers']);
    expect(result.keepSame.remove).toEqual([]);
    expect(result.keepSame.notes?.map((note) => englishT.message(note))).toEqual([
      'The upgrade gives role task-worker its default grants: take its members out of it, or delete those grants right after the upgrade.',
    ]);

    const withoutRole = directory([], [member('GROUP:accounting', 'USER:ron')]);
    expect(
      upgradeReadiness({ snapshot: withoutRole, from: '8.8', to: '8.9', catalogue: OPERATION_CATALOGUE }).principals,
    ).toEqual([]);
  });
});

describe('8.9 → 8.10', () => {
  it('changes nobody with the same grants and lists the operations only 8.10 offers', () => {
    const snapshot = directory([
      grant('USER:anna', 'USER_TASK:@assignee', ['READ', 'CLAIM', 'COMPLETE']),
      grant('USER:kim', 'RESOURCE:*', ['READ']),
    ]);
    const result = upgradeReadiness({ snapshot, from: '8.9', to: '8.10', catalogue: OPERATION_CATALOGUE });
    expect(result.principals).toEqual([]);
    expect(result.newOperations.length).toBeGreaterThan(0);
    expect(
      result.newOperations.every(
        (op) => !OPERATION_CATALOGUE.find((e) => e.operationId === op.operationId)?.versions['8.9'],
      ),
    ).toBe(true);
  });
});

// Hand-made catalogues exercise the rules the published catalogue has no instance of today.
function entry(operationId: string, versions: CatalogueEntry['versions']): CatalogueEntry {
  return { operationId, method: 'POST', path: `/${operationId}`, versions, sources: [] };
}
const command = (permissions: OperationVersionFacts['permissions']): OperationVersionFacts => ({
  permissions,
  behaviour: 'command',
  tenantCheck: 'none',
});
const BY_PROCESS = { from: 'target', id: 'bpmnProcessId', via: 'key' } as const;

describe('rules on hand-made catalogues', () => {
  it('a permission replaced on the target is a loss, restored by a grant for the same owner and process', () => {
    const catalogue = [
      entry('approve', {
        '8.8': command([
          { resourceType: 'PROCESS_DEFINITION', permissionType: 'UPDATE_USER_TASK', resourceId: BY_PROCESS },
        ]),
        '8.9': command([
          { resourceType: 'PROCESS_DEFINITION', permissionType: 'COMPLETE_USER_TASK', resourceId: BY_PROCESS },
          {
            resourceType: 'USER_TASK',
            permissionType: 'COMPLETE',
            resourceId: { from: 'path', name: 'key' },
            propertyNames: ['candidateGroups'],
          },
        ]),
      }),
    ];
    const teamGrant = grant('GROUP:accounting', 'PROCESS_DEFINITION:invoice', ['UPDATE_USER_TASK']);
    const snapshot = directory(
      [teamGrant],
      [member('GROUP:accounting', 'USER:anna'), member('GROUP:accounting', 'USER:kim')],
    );
    const result = upgradeReadiness({ snapshot, from: '8.8', to: '8.9', catalogue });
    expect(result.principals.map((p) => [p.subject.id, p.losses[0]?.scopes])).toEqual([
      ['anna', ['PROCESS_DEFINITION:invoice']],
      ['kim', ['PROCESS_DEFINITION:invoice']],
    ]);
    // One grant for the group, not one per member.
    expect(result.keepSame.add).toEqual([
      {
        ownerType: 'GROUP',
        ownerId: 'accounting',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: 'invoice',
        permissionTypes: ['COMPLETE_USER_TASK'],
      },
    ]);
  });

  it('a permission the resource type only accepts on the target is a gain under the permission matrix', () => {
    const catalogue = [
      entry('suspend', {
        '8.9': command([
          { resourceType: 'PROCESS_DEFINITION', permissionType: 'READ_PROCESS_INSTANCE', resourceId: BY_PROCESS },
        ]),
        '8.10': command([
          { resourceType: 'PROCESS_DEFINITION', permissionType: 'SUSPEND_PROCESS_INSTANCE', resourceId: BY_PROCESS },
        ]),
      }),
    ];
    const early = grant('USER:kim', 'PROCESS_DEFINITION:*', ['SUSPEND_PROCESS_INSTANCE']);
    const reader = grant('USER:anna', 'PROCESS_DEFINITION:*', ['READ_PROCESS_INSTANCE']);
    const result = upgradeReadiness({ snapshot: directory([early, reader]), from: '8.9', to: '8.10', catalogue });
    const byId = Object.fromEntries(result.principals.map((p) => [p.subject.id, p]));
    expect(byId.kim?.gains[0]?.rule).toBe('permission-matrix');
    expect(byId.kim?.keepSame.remove).toEqual([early]);
    expect(byId.anna?.losses[0]?.rule).toBe('catalogue-requirements');
    expect(byId.anna?.keepSame.add[0]).toMatchObject({
      resourceId: '*',
      permissionTypes: ['SUSPEND_PROCESS_INSTANCE'],
    });
  });

  it('an operation the target no longer offers is a loss without a fix', () => {
    const catalogue = [
      entry('legacy', {
        '8.8': command([{ resourceType: 'SYSTEM', permissionType: 'READ', resourceId: { from: 'wildcard' } }]),
      }),
    ];
    const result = upgradeReadiness({
      snapshot: directory([grant('USER:ron', 'SYSTEM:*', ['READ'])]),
      from: '8.8',
      to: '8.9',
      catalogue,
    });
    expect(result.principals[0]?.losses[0]?.rule).toBe('operation-removed');
    expect(result.keepSame).toEqual({ remove: [], add: [] });
  });
});

describe('export', () => {
  it('writes deletions and creations as one curl script, one c8ctl script and identity-as-code YAML', () => {
    const old = grant('USER:kim', 'USER_TASK:@assignee', ['READ']);
    const scripts = fixScripts(
      [
        {
          remove: [old],
          add: [
            {
              ownerType: 'GROUP',
              ownerId: 'accounting',
              resourceType: 'USER_TASK',
              resourcePropertyName: 'candidateGroups',
              permissionTypes: ['READ'],
            },
          ],
        },
      ],
      { baseUrl: 'https://cluster.example/v2', auth: 'oidc' },
    );
    expect(scripts.curl).toContain(
      `curl -X DELETE 'https://cluster.example/v2/authorizations/${old.authorizationKey ?? ''}' \\\n  -H 'Authorization: Bearer <access-token>'`,
    );
    expect(scripts.c8ctl).toContain(`c8ctl delete auth ${old.authorizationKey ?? ''}`);
    expect(scripts.c8ctl).toContain('# c8ctl cannot create property-based grants; with curl:');
    expect(scripts.yaml).toBe(
      [
        '# delete on the cluster (not seeded): USER kim · USER_TASK property assignee · READ',
        'camunda:',
        '  security:',
        '    initialization:',
        '      authorizations:',
        '        - ownerType: GROUP',
        '          ownerId: accounting',
        '          resourceType: USER_TASK',
        '          resourcePropertyName: candidateGroups',
        '          permissions:',
        '            - READ',
      ].join('\n'),
    );
  });
});
