// Table-driven cases written from docs/camunda-api/authorization-model.md §3–6 and
// principal-resolution.md §2–3.
import { describe, expect, it } from 'vitest';
import {
  computeEffectivePermissions,
  type DirectorySnapshot,
  evaluate,
  type Subject,
  type UserTaskFacts,
  whoMayWorkOnTask,
} from './effective-permissions.ts';
import type { Authorization, ClusterVersion } from './model.ts';
import type { UserTaskOperation } from './request-target.ts';
import { subjectFromToken } from './token-inspection.ts';
import { englishT, germanT } from '../../testing/translate.ts';
import type { Message } from '../i18n/message.ts';

/** A message as English words; null stays null (assertions read like the sentences they check). */
const english = (message: Message | null | undefined): string | null => (message ? englishT.message(message) : null);

function auth(
  ownerType: string,
  ownerId: string,
  resourceType: string,
  target: { id: string } | { property: string },
  permissionTypes: string[],
): Authorization {
  return {
    authorizationKey: `${ownerType}:${ownerId}:${resourceType}:${'id' in target ? target.id : target.property}:${permissionTypes.join(',')}`,
    ownerType,
    ownerId,
    resourceType,
    resourceId: 'id' in target ? target.id : null,
    resourcePropertyName: 'property' in target ? target.property : null,
    permissionTypes,
  };
}

function snapshot(authorizations: Authorization[], extra: Partial<DirectorySnapshot> = {}): DirectorySnapshot {
  return {
    authorizations,
    users: [{ username: 'kim' }, { username: 'anna' }, { username: 'ron' }, { username: 'nina' }],
    clients: [],
    groups: [{ groupId: 'accounting' }, { groupId: 'sales' }],
    roles: [{ roleId: 'task-worker' }, { roleId: 'approver' }],
    tenants: [{ tenantId: '<default>' }, { tenantId: 'tenant-a' }],
    mappingRules: [],
    memberships: [],
    ...extra,
  };
}

const invoiceTask: UserTaskFacts = {
  userTaskKey: '2251799813685281',
  processDefinitionId: 'invoice',
  assignee: null,
  candidateUsers: [],
  candidateGroups: ['accounting'],
};

function check(
  snap: DirectorySnapshot,
  subject: Subject,
  operation: UserTaskOperation,
  task: UserTaskFacts = invoiceTask,
  version: ClusterVersion = '8.9',
) {
  return evaluate(computeEffectivePermissions(snap, subject, version), { kind: 'user-task', operation, task });
}

const kim: Subject = { type: 'USER', id: 'kim' };

// docs/camunda-api/authorization-model.md §6 table: operation → USER_TASK permission | PROCESS_DEFINITION permission(s).
const TABLE: { operation: UserTaskOperation; ut: string[]; pd: string[]; notEnough: { ut: string; pd: string } }[] = [
  { operation: 'read', ut: ['READ'], pd: ['READ_USER_TASK'], notEnough: { ut: 'CLAIM', pd: 'UPDATE_USER_TASK' } },
  {
    operation: 'claim',
    ut: ['CLAIM', 'UPDATE'],
    pd: ['CLAIM_USER_TASK', 'UPDATE_USER_TASK'],
    notEnough: { ut: 'COMPLETE', pd: 'COMPLETE_USER_TASK' },
  },
  {
    operation: 'unassign',
    ut: ['UPDATE'],
    pd: ['UPDATE_USER_TASK'],
    notEnough: { ut: 'CLAIM', pd: 'CLAIM_USER_TASK' },
  },
  { operation: 'assign', ut: ['UPDATE'], pd: ['UPDATE_USER_TASK'], notEnough: { ut: 'CLAIM', pd: 'CLAIM_USER_TASK' } },
  {
    operation: 'complete',
    ut: ['COMPLETE', 'UPDATE'],
    pd: ['COMPLETE_USER_TASK', 'UPDATE_USER_TASK'],
    notEnough: { ut: 'CLAIM', pd: 'READ_USER_TASK' },
  },
  {
    operation: 'update',
    ut: ['UPDATE'],
    pd: ['UPDATE_USER_TASK'],
    notEnough: { ut: 'COMPLETE', pd: 'READ_USER_TASK' },
  },
];

describe('user-task operations (authorization-model.md §6 table, 8.9+)', () => {
  for (const row of TABLE) {
    for (const permission of row.pd) {
      it(`${row.operation}: PD ${permission} on the process allows it at the process level`, () => {
        const result = check(
          snapshot([auth('USER', 'kim', 'PROCESS_DEFINITION', { id: 'invoice' }, [permission])]),
          kim,
          row.operation,
        );
        expect(result.allowed).toBe(true);
        expect(result.decidedBy).toBe('process');
        expect(result.decisive[0]?.matchedBy).toBe('id');
      });
    }
    for (const permission of row.ut) {
      it(`${row.operation}: UT ${permission} on the task key allows it at the task level`, () => {
        const result = check(
          snapshot([auth('USER', 'kim', 'USER_TASK', { id: invoiceTask.userTaskKey }, [permission])]),
          kim,
          row.operation,
        );
        expect(result.allowed).toBe(true);
        expect(result.decidedBy).toBe('task');
      });
    }
    it(`${row.operation}: PD ${row.notEnough.pd} and UT ${row.notEnough.ut} are not enough`, () => {
      const result = check(
        snapshot([
          auth('USER', 'kim', 'PROCESS_DEFINITION', { id: 'invoice' }, [row.notEnough.pd]),
          auth('USER', 'kim', 'USER_TASK', { id: '*' }, [row.notEnough.ut]),
        ]),
        kim,
        row.operation,
      );
      expect(result.allowed).toBe(false);
      expect(result.nearMisses.map((m) => m.reason)).toEqual(['other-permission', 'other-permission']);
    });
  }

  it('lets the assignee unassign themselves with CLAIM_USER_TASK, but not someone else', () => {
    const snap = snapshot([auth('USER', 'kim', 'PROCESS_DEFINITION', { id: '*' }, ['CLAIM_USER_TASK'])]);
    expect(check(snap, kim, 'unassign', { ...invoiceTask, assignee: 'kim' }).allowed).toBe(true);
    expect(check(snap, kim, 'unassign', { ...invoiceTask, assignee: 'anna' }).allowed).toBe(false);
  });
});

describe('precedence and versions', () => {
  it('process level wins: task-level grants are reported as not evaluated', () => {
    const result = check(
      snapshot([
        auth('USER', 'kim', 'PROCESS_DEFINITION', { id: '*' }, ['UPDATE_USER_TASK']),
        auth('USER', 'kim', 'USER_TASK', { property: 'candidateUsers' }, ['UPDATE']),
      ]),
      kim,
      'assign',
      { ...invoiceTask, candidateUsers: ['kim'] },
    );
    expect(result.decidedBy).toBe('process');
    expect(result.decisive.map((m) => m.grant.authorization.resourceType)).toEqual(['PROCESS_DEFINITION']);
    expect(result.shadowed.map((m) => m.matchedBy)).toEqual(['property']);
    expect(english(result.sentence)).toContain('USER_TASK permissions are not evaluated');
  });

  it('8.8 has no USER_TASK resource: only the process level counts', () => {
    const snap = snapshot([auth('USER', 'kim', 'USER_TASK', { id: '*' }, ['UPDATE'])]);
    const result = check(snap, kim, 'assign', invoiceTask, '8.8');
    expect(result.allowed).toBe(false);
    expect(result.processLevel).toEqual([
      { permission: 'UPDATE_USER_TASK', resourceType: 'PROCESS_DEFINITION', resourceId: 'invoice' },
    ]);
    expect(result.taskLevel).toEqual([]);
    expect(result.nearMisses).toEqual([]);
  });

  it('8.8 claim needs UPDATE_USER_TASK (no CLAIM_USER_TASK in 8.8)', () => {
    const snap = snapshot([auth('USER', 'kim', 'PROCESS_DEFINITION', { id: 'invoice' }, ['UPDATE_USER_TASK'])]);
    expect(check(snap, kim, 'claim', invoiceTask, '8.8').allowed).toBe(true);
  });
});

describe('wildcard vs id, near misses', () => {
  it('a grant on * matches any id; a grant on another id is a near miss', () => {
    const wildcard = check(
      snapshot([auth('USER', 'kim', 'PROCESS_DEFINITION', { id: '*' }, ['READ_USER_TASK'])]),
      kim,
      'read',
    );
    expect(wildcard.decisive[0]?.matchedBy).toBe('wildcard');

    const other = check(
      snapshot([auth('USER', 'kim', 'PROCESS_DEFINITION', { id: 'order-process' }, ['READ_USER_TASK'])]),
      kim,
      'read',
    );
    expect(other.allowed).toBe(false);
    expect(other.nearMisses).toHaveLength(1);
    expect(other.nearMisses[0]?.reason).toBe('other-resource-id');
    expect(english(other.nearMisses[0]?.sentence)).toBe(
      'READ_USER_TASK on process `order-process` (direct), but this needs process `invoice`.',
    );
  });

  it('a property-based grant whose property does not match this task is a near miss', () => {
    const result = check(
      snapshot([auth('USER', 'kim', 'USER_TASK', { property: 'candidateGroups' }, ['READ', 'CLAIM', 'COMPLETE'])], {
        memberships: [{ containerType: 'GROUP', containerId: 'sales', memberType: 'USER', memberId: 'kim' }],
      }),
      kim,
      'claim',
    );
    expect(result.allowed).toBe(false);
    expect(result.nearMisses.map((m) => m.reason)).toEqual(['property-mismatch']);
    expect(english(result.nearMisses[0]?.sentence)).toBe(
      "CLAIM on user tasks where one of your groups is a candidate group (direct) does not apply: this task's candidate groups are `accounting` and the caller's groups are `sales`.",
    );
  });

  it('type-level checks (resourceId null) need the wildcard', () => {
    const snap = snapshot([auth('USER', 'kim', 'AUTHORIZATION', { id: 'something' }, ['CREATE'])]);
    const effective = computeEffectivePermissions(snap, kim, '8.9');
    const denied = evaluate(effective, {
      kind: 'permission',
      anyOf: [{ permission: 'CREATE', resourceType: 'AUTHORIZATION', resourceId: null }],
    });
    expect(denied.allowed).toBe(false);
    expect(denied.nearMisses[0]?.reason).toBe('other-resource-id');
    const granted = evaluate(
      computeEffectivePermissions(
        snapshot([auth('USER', 'kim', 'AUTHORIZATION', { id: '*' }, ['CREATE'])]),
        kim,
        '8.9',
      ),
      {
        kind: 'permission',
        anyOf: [{ permission: 'CREATE', resourceType: 'AUTHORIZATION', resourceId: null }],
      },
    );
    expect(granted.allowed).toBe(true);
    expect(english(granted.sentence)).toBe('Allowed by CREATE on every authorization (`*`) (direct).');
  });

  it('a user without any authorization is denied with no near misses', () => {
    const result = check(snapshot([]), { type: 'USER', id: 'nina' }, 'read');
    expect(result.allowed).toBe(false);
    expect(result.nearMisses).toEqual([]);
    expect(english(result.sentence)).toBe(
      'Denied: nothing grants READ_USER_TASK on process `invoice` or READ on user task `2251799813685281`.',
    );
  });
});

describe('property-based grants (8.9+)', () => {
  const grant = (property: string) => snapshot([auth('USER', 'kim', 'USER_TASK', { property }, ['READ'])]);

  it.each<[string, Partial<UserTaskFacts>, boolean]>([
    ['assignee', { assignee: 'kim' }, true],
    ['assignee', { assignee: 'anna' }, false],
    ['assignee', { assignee: null }, false],
    ['candidateUsers', { candidateUsers: ['anna', 'kim'] }, true],
    ['candidateUsers', { candidateUsers: ['anna'] }, false],
    ['candidateGroups', { candidateGroups: ['accounting'] }, false],
    ['unknownProperty', { assignee: 'kim' }, false],
  ])('%s with %j → %s', (property, facts, allowed) => {
    expect(check(grant(property), kim, 'read', { ...invoiceTask, ...facts }).allowed).toBe(allowed);
  });

  it('candidateGroups matches through the stored group membership', () => {
    const snap = snapshot([auth('USER', 'kim', 'USER_TASK', { property: 'candidateGroups' }, ['READ'])], {
      memberships: [{ containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'kim' }],
    });
    const result = check(snap, kim, 'read');
    expect(result.allowed).toBe(true);
    expect(result.decisive[0]?.property).toBe('candidateGroups');
  });

  it('candidateGroups uses the token groups instead of stored memberships when a groups claim is configured', () => {
    const snap = snapshot([auth('USER', 'kim', 'USER_TASK', { property: 'candidateGroups' }, ['READ'])], {
      memberships: [{ containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'kim' }],
    });
    const fromToken = check(snap, { type: 'USER', id: 'kim', claims: {}, groupsFromToken: ['sales'] }, 'read');
    expect(fromToken.allowed).toBe(false);
  });

  it('clients have no username, so assignee/candidateUsers grants never apply to them', () => {
    const snap = snapshot([auth('CLIENT', 'kim', 'USER_TASK', { property: 'assignee' }, ['READ'])]);
    expect(check(snap, { type: 'CLIENT', id: 'kim' }, 'read', { ...invoiceTask, assignee: 'kim' }).allowed).toBe(false);
  });

  it('property-based grants are ignored on 8.8', () => {
    expect(check(grant('assignee'), kim, 'read', { ...invoiceTask, assignee: 'kim' }, '8.8').allowed).toBe(false);
  });
});

describe('provenance: groups, roles, mapping rules, tenants', () => {
  const snap = snapshot(
    [
      auth('GROUP', 'accounting', 'PROCESS_DEFINITION', { id: 'invoice' }, ['READ_USER_TASK']),
      auth('ROLE', 'task-worker', 'USER_TASK', { property: 'candidateGroups' }, ['READ', 'CLAIM', 'COMPLETE']),
      auth('ROLE', 'approver', 'PROCESS_DEFINITION', { id: 'invoice' }, ['UPDATE_USER_TASK']),
      auth('MAPPING_RULE', 'eng-rule', 'PROCESS_DEFINITION', { id: '*' }, ['READ_PROCESS_DEFINITION']),
      auth('GROUP', 'sales', 'PROCESS_DEFINITION', { id: 'order' }, ['READ_USER_TASK']),
      auth('USER', 'anna', 'PROCESS_DEFINITION', { id: 'invoice' }, ['READ_PROCESS_INSTANCE']),
    ],
    {
      mappingRules: [
        { mappingRuleId: 'eng-rule', claimName: '$.groups', claimValue: 'eng' },
        { mappingRuleId: 'sub-rule', claimName: '$.sub', claimValue: 'other' },
      ],
      memberships: [
        { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'anna' },
        { containerType: 'ROLE', containerId: 'task-worker', memberType: 'USER', memberId: 'anna' },
        { containerType: 'ROLE', containerId: 'approver', memberType: 'GROUP', memberId: 'accounting' },
        { containerType: 'GROUP', containerId: 'sales', memberType: 'MAPPING_RULE', memberId: 'eng-rule' },
        { containerType: 'TENANT', containerId: 'tenant-a', memberType: 'GROUP', memberId: 'accounting' },
        { containerType: 'TENANT', containerId: '<default>', memberType: 'USER', memberId: 'anna' },
      ],
    },
  );

  it('labels every grant with how it reached the principal', () => {
    const effective = computeEffectivePermissions(
      snap,
      { type: 'USER', id: 'anna', claims: { groups: ['eng'] } },
      '8.9',
    );
    const labels = effective.grants.map(
      (g) => `${g.authorization.ownerType}:${g.authorization.ownerId} ${g.provenance.label}`,
    );
    expect(labels.sort()).toEqual(
      [
        'USER:anna direct',
        'ROLE:task-worker via role task-worker',
        'GROUP:accounting via group accounting',
        "ROLE:approver via group accounting's role approver",
        'MAPPING_RULE:eng-rule via mapping rule eng-rule',
        "GROUP:sales via mapping rule eng-rule's group sales",
      ].sort(),
    );
    expect(effective.matchedMappingRules).toEqual(['eng-rule']);
    expect(effective.tenants.map((t) => `${t.tenantId} ${t.provenance.label}`).sort()).toEqual([
      '<default> direct',
      'tenant-a via group accounting',
    ]);
    expect(effective.groupIds.sort()).toEqual(['accounting', 'sales']);
  });

  it("allows assign through a group's role and names that chain", () => {
    const result = check(snap, { type: 'USER', id: 'anna' }, 'assign');
    expect(result.allowed).toBe(true);
    expect(result.decisive[0]?.grant.provenance.kind).toBe('group-role');
    expect(english(result.sentence)).toBe(
      "Allowed at the process level by UPDATE_USER_TASK on process `invoice` (via group accounting's role approver); USER_TASK permissions are not evaluated.",
    );
  });

  it('mapping rules apply only when the claims match, and not to Basic callers without claims', () => {
    const withClaim = computeEffectivePermissions(
      snap,
      { type: 'USER', id: 'nina', claims: { groups: ['eng'] } },
      '8.9',
    );
    expect(withClaim.grants.map((g) => g.provenance.kind).sort()).toEqual(['mapping-rule', 'mapping-rule-group']);
    const basic = computeEffectivePermissions(snap, { type: 'USER', id: 'nina' }, '8.9');
    expect(basic.grants).toEqual([]);
    expect(basic.warnings.map((w) => englishT.message(w)).join(' ')).toMatch(
      /^No token was given, so no mapping rule was applied; a token would apply the ones it matches of: .*\(needs `/,
    );
  });

  it('near misses name the right resource with another permission, and the right permission on another process', () => {
    const result = check(snap, { type: 'USER', id: 'nina', claims: { groups: ['eng'] } }, 'read');
    expect(result.allowed).toBe(false);
    expect(result.nearMisses.map((m) => englishT.message(m.sentence))).toEqual([
      'READ_PROCESS_DEFINITION on every process (`*`) (via mapping rule eng-rule), but this needs READ_USER_TASK.',
      "READ_USER_TASK on process `order` (via mapping rule eng-rule's group sales), but this needs process `invoice`.",
    ]);
  });

  it('words the same near misses in German: German nouns and owner chain, API names unchanged', () => {
    const result = check(snap, { type: 'USER', id: 'nina', claims: { groups: ['eng'] } }, 'read');
    expect(result.nearMisses.map((m) => germanT.message(m.sentence))).toEqual([
      'READ_PROCESS_DEFINITION für alle Prozesse (`*`) (über Mapping-Regel eng-rule), benötigt wird aber READ_USER_TASK.',
      'READ_USER_TASK für Prozess `order` (über Mapping-Regel eng-rule → Gruppe sales), benötigt wird aber Prozess `invoice`.',
    ]);
    expect(germanT.message(result.sentence)).toMatch(
      /^Verweigert: Keine Autorisierung erteilt READ_USER_TASK für Prozess `invoice` oder /,
    );
  });

  it('simulates a group (itself and its roles) and a role (itself only)', () => {
    const group = computeEffectivePermissions(snap, { type: 'GROUP', id: 'accounting' }, '8.9');
    expect(group.grants.map((g) => g.provenance.label).sort()).toEqual(['direct', 'via role approver']);
    const role = computeEffectivePermissions(snap, { type: 'ROLE', id: 'task-worker' }, '8.9');
    expect(role.grants.map((g) => g.provenance.label)).toEqual(['direct']);
  });

  it('simulates a mapping rule with its groups', () => {
    const rule = computeEffectivePermissions(snap, { type: 'MAPPING_RULE', id: 'eng-rule' }, '8.9');
    expect(rule.grants.map((g) => g.provenance.label).sort()).toEqual(['direct', 'via group sales']);
  });

  it('a CLIENT owner gets only CLIENT grants, never the same-named USER grants', () => {
    const s = snapshot([
      auth('USER', 'worker', 'PROCESS_DEFINITION', { id: '*' }, ['CREATE_PROCESS_INSTANCE']),
      auth('CLIENT', 'worker', 'PROCESS_DEFINITION', { id: '*' }, ['READ_PROCESS_DEFINITION']),
    ]);
    const effective = computeEffectivePermissions(s, { type: 'CLIENT', id: 'worker' }, '8.9');
    expect(effective.grants.map((g) => g.authorization.permissionTypes[0])).toEqual(['READ_PROCESS_DEFINITION']);
    expect(effective.username).toBeNull();
  });
});

describe('who may work on a task', () => {
  it('lists every user and client with read / claim / complete verdicts', () => {
    const snap = snapshot(
      [
        auth('USER', 'anna', 'PROCESS_DEFINITION', { id: 'invoice' }, ['READ_USER_TASK']),
        auth('ROLE', 'task-worker', 'USER_TASK', { property: 'candidateGroups' }, ['READ', 'CLAIM', 'COMPLETE']),
        auth('CLIENT', 'worker-client', 'PROCESS_DEFINITION', { id: '*' }, ['CREATE_PROCESS_INSTANCE']),
      ],
      {
        memberships: [
          { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'anna' },
          { containerType: 'ROLE', containerId: 'task-worker', memberType: 'USER', memberId: 'anna' },
        ],
      },
    );
    const rows = whoMayWorkOnTask(snap, invoiceTask, '8.9');
    const table = rows.map(
      (r) => `${r.subject.type}:${r.subject.id} ${+r.read.allowed}${+r.claim.allowed}${+r.complete.allowed}`,
    );
    expect(table).toEqual([
      'USER:kim 000',
      'USER:anna 111',
      'USER:ron 000',
      'USER:nina 000',
      'CLIENT:worker-client 000',
    ]);
    const anna = rows[1];
    expect(anna?.read.decidedBy).toBe('process');
    expect(anna?.claim.decidedBy).toBe('task');
  });
});

describe('client vs user from a token (docs/camunda-api/principal-resolution.md §2)', () => {
  const snap = snapshot([
    auth('USER', 'anna', 'PROCESS_DEFINITION', { id: 'invoice' }, ['READ_USER_TASK']),
    auth('CLIENT', 'lantern', 'PROCESS_DEFINITION', { id: '*' }, ['READ_PROCESS_DEFINITION']),
    auth('GROUP', 'accounting', 'USER_TASK', { property: 'candidateGroups' }, ['READ']),
  ]);
  const settings = {
    issuer: 'http://idp',
    audience: 'orchestration-api',
    usernameClaim: 'preferred_username',
    clientIdClaim: 'client_id',
    groupsClaim: 'groups',
    preferUsernameClaim: false,
  };
  const claims = { preferred_username: 'anna', client_id: 'lantern', groups: ['accounting'] };

  it('a user token that carries the client-id claim is a CLIENT: the user grants do not apply', () => {
    const subject = subjectFromToken(claims, settings);
    expect(subject).toMatchObject({ type: 'CLIENT', id: 'lantern' });
    const result = check(snap, subject as Subject, 'read', { ...invoiceTask, candidateGroups: [] });
    expect(result.allowed).toBe(false);
  });

  it('with preferUsernameClaim the same token is user anna, and its groups come from the token', () => {
    const subject = subjectFromToken(claims, { ...settings, preferUsernameClaim: true });
    expect(subject).toMatchObject({ type: 'USER', id: 'anna', groupsFromToken: ['accounting'] });
    const viaProcess = check(snap, subject as Subject, 'read');
    expect(viaProcess.decidedBy).toBe('process');
    const viaTokenGroup = check(snap, subject as Subject, 'read', { ...invoiceTask, processDefinitionId: 'other' });
    expect(viaTokenGroup.decidedBy).toBe('task');
    expect(viaTokenGroup.decisive[0]?.grant.provenance.label).toBe('via group accounting');
  });

  it('a token the cluster would reject yields no subject', () => {
    expect(subjectFromToken({ sub: 'x' }, settings)).toBeNull();
  });
});
