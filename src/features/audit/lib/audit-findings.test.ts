import { describe, expect, it } from 'vitest';
import { fixFormats } from '../../../lib/authz/fix-drafts.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { type AuditOptions, auditAuthorizations, type FindingKind } from './audit-findings.ts';
import { directory, grant, member } from './audit-test-data.ts';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import { englishT, germanT } from '../../../testing/translate.ts';
import type { GrantFix } from './grant-fix.ts';

const notes = (fix: GrantFix | undefined, t = englishT) => (fix?.notes ?? []).map((n) => t.message(n)).join(' ');

// Everyone in these sets can see something, so only the rule under test speaks.
const ANNA_SEES = grant('USER:anna', 'PROCESS_DEFINITION:invoice', ['READ_PROCESS_DEFINITION']);
const KIM_SEES = grant('USER:kim', 'PROCESS_DEFINITION:invoice', ['READ_PROCESS_DEFINITION']);
const RON_SEES = grant('USER:ron', 'PROCESS_DEFINITION:invoice', ['READ_PROCESS_DEFINITION']);
const SEEING = [ANNA_SEES, KIM_SEES, RON_SEES];
const MEMBERS = [
  member('ROLE:admin', 'USER:ron'),
  member('ROLE:approver', 'USER:kim'),
  member('GROUP:accounting', 'USER:anna'),
  member('TENANT:<default>', 'USER:anna'),
];

function findings(
  snapshot: DirectorySnapshot,
  kind: FindingKind,
  version: ClusterVersion = '8.9',
  options?: AuditOptions,
) {
  return auditAuthorizations({ snapshot, version, ...(options ? { options } : {}) }).findings.filter(
    (f) => f.kind === kind,
  );
}

describe('over-broad grants', () => {
  it('flags a write on * held outside the admin role, keeps its reads and says how to narrow it', () => {
    const broad = grant('CLIENT:worker', 'PROCESS_DEFINITION:*', [
      'READ_PROCESS_DEFINITION',
      'CREATE_PROCESS_INSTANCE',
    ]);
    const [found, ...rest] = findings(directory([...SEEING, broad], MEMBERS), 'over-broad');
    expect(rest).toEqual([]);
    expect(found?.severity).toBe('medium');
    expect(found?.grants).toEqual([broad]);
    expect(found?.fix.remove).toEqual([broad]);
    expect(found?.fix.add).toEqual([
      {
        ownerType: 'CLIENT',
        ownerId: 'worker',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: '*',
        permissionTypes: ['READ_PROCESS_DEFINITION'],
      },
    ]);
    expect(notes(found?.fix)).toContain('CREATE_PROCESS_INSTANCE on the process ids it needs');
    expect(found && englishT.message(found.title)).toBe('client worker may CREATE_PROCESS_INSTANCE on every process');
    expect(found && germanT.message(found.title)).toBe('Client worker hat CREATE_PROCESS_INSTANCE für alle Prozesse');
  });

  it('rates a write on identity or authorization resources high, and knows which permissions exist only on *', () => {
    const grantor = grant('USER:kim', 'AUTHORIZATION:*', ['CREATE']);
    const [found] = findings(directory([...SEEING, grantor], MEMBERS), 'over-broad', '8.9', {
      catalogue: OPERATION_CATALOGUE,
    });
    expect(found?.severity).toBe('high');
    expect(notes(found?.fix)).toContain('CREATE exists only on `*`: if user kim needs it');
    expect(notes(found?.fix, germanT)).toContain('CREATE gibt es nur auf `*`: Wenn Benutzer kim das braucht');
  });

  it('gives no finding for the admin role, for reads on *, or for writes on one id', () => {
    const snapshot = directory(
      [
        ...SEEING,
        grant('ROLE:admin', 'AUTHORIZATION:*', ['CREATE', 'READ', 'UPDATE', 'DELETE']),
        grant('USER:ron', 'PROCESS_DEFINITION:*', ['READ_PROCESS_INSTANCE', 'READ_USER_TASK']),
        grant('USER:anna', 'PROCESS_DEFINITION:invoice', ['UPDATE_USER_TASK']),
      ],
      MEMBERS,
    );
    expect(findings(snapshot, 'over-broad')).toEqual([]);
  });
});

describe('orphaned grants', () => {
  it('flags grants whose user, group, role or mapping rule does not exist, and deletes them', () => {
    const ghosts = [
      grant('USER:anna@example.com', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']),
      grant('GROUP:finance', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']),
      grant('ROLE:auditor', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']),
      grant('MAPPING_RULE:okta-admins', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']),
    ];
    const found = findings(directory([...SEEING, ...ghosts], MEMBERS), 'orphaned-owner');
    expect(found.map((f) => f.subject?.id)).toEqual(['anna@example.com', 'finance', 'auditor', 'okta-admins']);
    expect(found.every((f, i) => f.fix.remove[0] === ghosts[i] && f.fix.add.length === 0)).toBe(true);
  });

  it('checks clients only against a given client list, users not at all when they come from the identity provider', () => {
    const snapshot = directory(
      [...SEEING, grant('CLIENT:old-client', 'PROCESS_DEFINITION:*', ['READ_PROCESS_DEFINITION'])],
      MEMBERS,
    );
    expect(findings(snapshot, 'orphaned-owner')).toEqual([]);
    expect(findings(snapshot, 'orphaned-owner', '8.9', { knownClientIds: ['worker'] })).toHaveLength(1);
    const external = directory(
      [...SEEING, grant('USER:sso-user', 'PROCESS_DEFINITION:x', ['READ_USER_TASK'])],
      MEMBERS,
    );
    expect(findings(external, 'orphaned-owner', '8.9', { externalUsers: true })).toEqual([]);
  });
});

describe('redundant grants', () => {
  it('flags a direct grant that the principal also receives through a group role', () => {
    const direct = grant('USER:anna', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']);
    const viaRole = grant('ROLE:approver', 'PROCESS_DEFINITION:*', ['READ_USER_TASK', 'UPDATE_USER_TASK']);
    const snapshot = directory([...SEEING, direct, viaRole], [...MEMBERS, member('ROLE:approver', 'GROUP:accounting')]);
    const [found, ...rest] = findings(snapshot, 'redundant');
    expect(rest).toEqual([]);
    expect(found?.grants).toEqual([direct, viaRole]);
    expect(found && englishT.message(found.why)).toContain(
      "through READ_USER_TASK, UPDATE_USER_TASK on every process (via group accounting's role approver);",
    );
    // German nests the other way round: the role of the group.
    expect(found && germanT.message(found.why)).toContain(
      'über READ_USER_TASK, UPDATE_USER_TASK für alle Prozesse (über Rolle approver der Gruppe accounting).',
    );
    expect(found?.fix).toEqual({ remove: [direct], add: [] });
  });

  it('knows UPDATE includes CLAIM and COMPLETE, and that a process-level * covers task-level grants', () => {
    const claim = grant('USER:kim', 'USER_TASK:@candidateGroups', ['CLAIM', 'COMPLETE']);
    const update = grant('USER:kim', 'USER_TASK:@candidateGroups', ['UPDATE']);
    const read = grant('USER:ron', 'USER_TASK:@assignee', ['READ']);
    const processStar = grant('USER:ron', 'PROCESS_DEFINITION:*', ['READ_USER_TASK']);
    const found = findings(directory([...SEEING, claim, update, read, processStar], MEMBERS), 'redundant');
    expect(found.map((f) => f.grants[0])).toEqual([claim, read]);
  });

  it('keeps the first of two identical grants', () => {
    const first = grant('USER:anna', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']);
    const second = grant('USER:anna', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']);
    const found = findings(directory([...SEEING, first, second], MEMBERS), 'redundant');
    expect(found.map((f) => f.fix.remove[0])).toEqual([second]);
  });

  it("flags a user's grant that a later, identical grant of the user's group repeats", () => {
    const direct = grant('USER:anna', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']);
    const group = grant('GROUP:accounting', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK']);
    const found = findings(directory([...SEEING, direct, group], MEMBERS), 'redundant');
    // Only anna's copy goes: the group's grant is what every member relies on.
    expect(found.map((f) => f.fix.remove)).toEqual([[direct]]);
  });

  it('leaves the overlaps inside Camunda default roles alone (admin holds USER_TASK * and PROCESS_DEFINITION *)', () => {
    const snapshot = directory(
      [
        ...SEEING,
        grant('ROLE:admin', 'PROCESS_DEFINITION:*', ['READ_USER_TASK', 'UPDATE_USER_TASK']),
        grant('ROLE:admin', 'USER_TASK:*', ['READ', 'UPDATE', 'CLAIM', 'COMPLETE']),
        grant('ROLE:approver', 'PROCESS_DEFINITION:*', ['READ_USER_TASK']),
        grant('ROLE:approver', 'USER_TASK:*', ['READ']),
      ],
      MEMBERS,
    );
    expect(findings(snapshot, 'redundant').map((f) => f.subject?.id)).toEqual(['approver']);
  });

  it('gives no finding when the other grant is narrower, for someone else, or has no effect on the version', () => {
    const snapshot = directory(
      [
        ...SEEING,
        grant('USER:anna', 'PROCESS_DEFINITION:*', ['READ_USER_TASK']),
        grant('GROUP:accounting', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK', 'UPDATE_USER_TASK']),
        grant('USER:kim', 'PROCESS_DEFINITION:invoice', ['UPDATE_USER_TASK']),
        grant('USER:ron', 'PROCESS_DEFINITION:billing', ['READ_USER_TASK']),
        grant('USER:ron', 'USER_TASK:*', ['READ']),
      ],
      MEMBERS,
    );
    // anna's * is wider than her group's invoice grant; the group's UPDATE_USER_TASK is not hers directly.
    expect(findings(snapshot, 'redundant', '8.8').map((f) => f.grants[0]?.ownerId)).toEqual([]);
  });
});

describe('principals that can do nothing', () => {
  it('flags a user who sees no task and no process, and a client without any grant', () => {
    const snapshot = directory(
      [ANNA_SEES, RON_SEES, grant('USER:kim', 'COMPONENT:tasklist', ['ACCESS'])],
      [...MEMBERS, member('TENANT:<default>', 'CLIENT:orphan-client')],
    );
    const found = findings(snapshot, 'principal-without-access');
    expect(found.map((f) => `${f.subject?.type}:${f.subject?.id}`)).toEqual(['USER:kim', 'CLIENT:orphan-client']);
    expect(found[1]?.severity).toBe('high');
  });

  it('counts task-level property grants on 8.9 but not on 8.8, and role grants for clients', () => {
    const snapshot = directory(
      [ANNA_SEES, RON_SEES, grant('ROLE:approver', 'USER_TASK:@candidateGroups', ['READ'])],
      [...MEMBERS, member('ROLE:approver', 'CLIENT:bot')],
    );
    expect(findings(snapshot, 'principal-without-access', '8.9')).toEqual([]);
    expect(findings(snapshot, 'principal-without-access', '8.8').map((f) => f.subject?.id)).toEqual(['kim', 'bot']);
  });
});

describe('grants with no effect on this version', () => {
  it('flags task-level grants on 8.8 and permissions the resource type does not accept, keeping the rest', () => {
    const taskLevel = grant('USER:anna', 'USER_TASK:@assignee', ['READ', 'COMPLETE']);
    const mixed = grant('USER:kim', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK', 'COMPLETE_USER_TASK']);
    const found = findings(directory([...SEEING, taskLevel, mixed], MEMBERS), 'no-effect-on-version', '8.8');
    expect(found.map((f) => f.grants[0])).toEqual([taskLevel, mixed]);
    expect(found[0]?.fix.add).toEqual([]);
    expect(found[1]?.fix.add[0]?.permissionTypes).toEqual(['READ_USER_TASK']);
    expect(findings(directory([...SEEING, taskLevel, mixed], MEMBERS), 'no-effect-on-version', '8.9')).toEqual([]);
  });

  it('leaves resource types Lantern does not know alone', () => {
    const future = grant('USER:anna', 'AGENT:*', ['RUN']);
    expect(findings(directory([...SEEING, future], MEMBERS), 'no-effect-on-version', '8.10')).toEqual([]);
  });
});

describe('property-based grants that never match', () => {
  it('flags unknown properties (suggesting the one meant), properties on other types and assignee grants of clients', () => {
    const typo = grant('ROLE:approver', 'USER_TASK:@candidateGroup', ['READ']);
    const wrongType = grant('ROLE:approver', 'PROCESS_DEFINITION:@assignee', ['READ_USER_TASK']);
    const client = grant('CLIENT:bot', 'USER_TASK:@assignee', ['COMPLETE']);
    const found = findings(directory([...SEEING, typo, wrongType, client], MEMBERS), 'property-never-matches');
    expect(found.map((f) => f.grants[0])).toEqual([typo, wrongType, client]);
    expect(found[0]?.fix.add[0]?.resourcePropertyName).toBe('candidateGroups');
    expect(found[1]?.fix.add).toEqual([]);
  });

  it('gives no finding for the three task properties of a user or group', () => {
    const snapshot = directory(
      [
        ...SEEING,
        grant('GROUP:accounting', 'USER_TASK:@candidateGroups', ['READ', 'CLAIM']),
        grant('USER:kim', 'USER_TASK:@assignee', ['READ']),
        grant('CLIENT:bot', 'USER_TASK:@candidateGroups', ['READ']),
      ],
      MEMBERS,
    );
    expect(findings(snapshot, 'property-never-matches')).toEqual([]);
  });
});

describe('containers without members', () => {
  it('flags empty tenants, roles and groups, but not Camunda default roles', () => {
    const snapshot = directory(SEEING, [member('ROLE:admin', 'USER:ron')], {
      roles: [{ roleId: 'admin' }, { roleId: 'approver' }, { roleId: 'connectors' }],
      tenants: [{ tenantId: 'emea' }],
    });
    const audit = auditAuthorizations({ snapshot, version: '8.9' });
    expect(audit.counts['empty-tenant']).toBe(1);
    expect(audit.findings.filter((f) => f.kind === 'empty-role').map((f) => f.subject?.id)).toEqual(['approver']);
    expect(audit.counts['empty-group']).toBe(1);
  });

  it('counts the grants an empty role reaches nobody with, in English and German plurals', () => {
    const one = [grant('ROLE:auditor', 'PROCESS_DEFINITION:invoice', ['READ_USER_TASK'])];
    const two = [...one, grant('ROLE:auditor', 'PROCESS_DEFINITION:travel', ['READ_USER_TASK'])];
    const why = (grants: typeof one, t = englishT) => {
      const snapshot = directory([...SEEING, ...grants], MEMBERS, { roles: [{ roleId: 'auditor' }] });
      const found = findings(snapshot, 'empty-role')[0];
      return found ? t.message(found.why) : '';
    };
    expect(why(one)).toMatch(/^Its 1 grant reaches nobody:/);
    expect(why(two)).toMatch(/^Its 2 grants reach nobody:/);
    expect(why(one, germanT)).toMatch(/^Ihre 1 Autorisierung erreicht niemanden/);
    expect(why(two, germanT)).toMatch(/^Ihre 2 Autorisierungen erreichen niemanden/);
  });

  it('gives no finding for containers with members, tenants without multi-tenancy, groups from the token', () => {
    const snapshot = directory(SEEING, MEMBERS, { tenants: [{ tenantId: '<default>' }, { tenantId: 'emea' }] });
    const audit = auditAuthorizations({ snapshot, version: '8.9', options: { multiTenancy: false } });
    expect(audit.counts['empty-tenant'] + audit.counts['empty-role'] + audit.counts['empty-group']).toBe(0);
    const noGroupMembers = directory(SEEING, [member('ROLE:approver', 'USER:kim')]);
    expect(findings(noGroupMembers, 'empty-group', '8.9', { externalGroups: true })).toEqual([]);
  });
});

describe('a clean directory', () => {
  it('has no finding at all', () => {
    const snapshot = directory(
      [...SEEING, grant('ROLE:admin', 'AUTHORIZATION:*', ['CREATE', 'READ'])],
      [...MEMBERS, member('ROLE:approver', 'USER:anna')],
    );
    expect(auditAuthorizations({ snapshot, version: '8.9' }).findings).toEqual([]);
  });

  it('drafts fixes that the shared formats render', () => {
    const broad = grant('USER:kim', 'PROCESS_DEFINITION:*', ['READ_USER_TASK', 'UPDATE_USER_TASK']);
    const [found] = findings(directory([...SEEING, broad], MEMBERS), 'over-broad');
    const draft = found?.fix.add[0];
    expect(draft).toBeDefined();
    if (!draft) return;
    const formats = fixFormats(draft, { baseUrl: 'http://localhost:8080/v2', auth: 'basic' });
    expect(formats.c8ctl).toBe(
      "c8ctl create auth --ownerType=USER --ownerId=kim --resourceType=PROCESS_DEFINITION --resourceId='*' --permissions=READ_USER_TASK",
    );
  });
});
