import { describe, expect, it } from 'vitest';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { helmCluster, saasCluster } from '../../../testing/cluster-fixtures.ts';
import {
  type DiagnosedEntry,
  type DiagnoseInput,
  diagnoseRequest,
  type DiagnoseRequestInput,
  userTaskKeyOf,
} from './diagnose-request.ts';
import { englishT } from '../../../testing/translate.ts';
import type { Message } from '../../../lib/i18n/message.ts';

/** A message as English words; null stays null (assertions read like the sentences they check). */
const english = (message: Message | null | undefined): string | null => (message ? englishT.message(message) : null);

// The 403 stories of the demo clusters, told through the one pure function the request
// diagnosis page renders. Problem texts are the demo emulator's answers, verbatim.

const KEY = '2251799813685320';
const TASK = {
  userTaskKey: KEY,
  name: 'Review invoice',
  processDefinitionId: 'invoice-approval',
  assignee: null,
  candidateUsers: [],
  candidateGroups: ['accounting'],
};

function grant(ownerType: string, ownerId: string, resourceType: string, resourceId: string, permissions: string[]) {
  return {
    ownerType,
    ownerId,
    resourceType,
    resourceId,
    resourcePropertyName: null,
    permissionTypes: permissions,
  } satisfies Authorization;
}

function snapshot(authorizations: Authorization[], memberships: DirectorySnapshot['memberships']): DirectorySnapshot {
  return {
    authorizations,
    users: [],
    clients: [],
    groups: [],
    roles: [],
    tenants: [],
    mappingRules: [],
    memberships,
  };
}

function entry(method: string, path: string, status: number, detail: string, title = 'FORBIDDEN'): DiagnosedEntry {
  return {
    requestId: 'r-1',
    method,
    path,
    status,
    problem: { title, status, detail, instance: path },
    requestHeaders: { Accept: 'application/json', Authorization: 'Basic ••••••' },
    requestBody: method === 'POST' ? { assignee: 'ron' } : undefined,
  };
}

// ron (helm, 8.9): role readonly-admin reads everything, changes nothing.
const ron: DiagnoseRequestInput = {
  entry: entry(
    'POST',
    `/v2/user-tasks/${KEY}/assignment`,
    403,
    `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'`,
  ),
  // As the server lists it: the REST address ends in /v2.
  cluster: { ...helmCluster, restAddress: 'http://localhost:8081/v2' },
  version: '8.9',
  principal: { type: 'USER', id: 'ron', groups: [], roles: ['readonly-admin'], tenants: ['<default>'] },
  subject: { type: 'USER', id: 'ron' },
  callerSnapshot: snapshot(
    [
      grant('ROLE', 'readonly-admin', 'PROCESS_DEFINITION', '*', ['READ_PROCESS_DEFINITION', 'READ_USER_TASK']),
      grant('ROLE', 'readonly-admin', 'AUTHORIZATION', '*', ['READ']),
    ],
    [{ containerType: 'ROLE', containerId: 'readonly-admin', memberType: 'USER', memberId: 'ron' }],
  ),
  task: TASK,
  catalogue: OPERATION_CATALOGUE,
};

describe('diagnoseRequest: ron assigns a task on helm (8.9)', () => {
  const d = diagnoseRequest(ron);

  it('reads the requirement: process-level UPDATE_USER_TASK or task-level UPDATE, for this process and task', () => {
    expect(d.explanation.kind).toBe('permission');
    expect(d.explanation.intent).toBe('ASSIGN');
    expect(d.explanation.alternatives.map((a) => [a.permission, a.resourceType, a.resourceIds])).toEqual([
      ['UPDATE_USER_TASK', 'PROCESS_DEFINITION', ['invoice-approval']],
      ['UPDATE', 'USER_TASK', [KEY]],
    ]);
    expect(d.target).toMatchObject({ userTaskKey: KEY, userTaskOperation: 'assign' });
    expect(userTaskKeyOf(ron.entry, OPERATION_CATALOGUE)).toBe(KEY);
  });

  it('evaluates him as denied, with his read-only role as the near miss', () => {
    expect(d.evaluation?.allowed).toBe(false);
    expect(d.nearMisses.length).toBeGreaterThan(0);
    expect(d.nearMisses[0]?.grant.provenance.label).toBe('via role readonly-admin');
    expect(english(d.nearMisses[0]?.sentence)).toContain('UPDATE_USER_TASK');
    expect(english(d.principalCannotApply)).toBe(
      'ron may not create authorizations (nothing grants CREATE on AUTHORIZATION `*`).',
    );
  });

  it('drafts the narrowest grant for ron first, then for his role; every format posts to one /v2', () => {
    expect(english(d.noFixReason)).toBeNull();
    expect(d.owners.map((o) => `${o.choice.owner.ownerType} ${o.choice.owner.ownerId}`)).toEqual([
      'USER ron',
      'ROLE readonly-admin',
    ]);
    const [first] = d.owners[0]?.fixes ?? [];
    expect(first?.proposal.recommended).toBe(true);
    expect(first?.body).toEqual({
      ownerId: 'ron',
      ownerType: 'USER',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['UPDATE_USER_TASK'],
    });
    expect(JSON.parse(first?.formats.json ?? '')).toEqual(first?.body);
    expect(first?.formats.curl).toContain("'http://localhost:8081/v2/authorizations'");
    expect(first?.formats.curl).not.toContain('/v2/v2');
    // The task-level alternative is drafted too: for this one task key.
    expect(d.owners[0]?.fixes.map((f) => f.body.resourceType)).toContain('USER_TASK');
  });

  it('puts the same diagnosis into the report, with the fixes drafted for ron himself', () => {
    expect(d.report.explanation).toBe(d.explanation);
    expect(d.report.evaluation).toBe(d.evaluation);
    expect(d.report.fixes?.map((f) => f.proposal)).toEqual(d.owners[0]?.fixes.map((f) => f.proposal));
    expect(d.report.request).toMatchObject({ requestId: 'r-1', status: 403, body: { assignee: 'ron' } });
    expect(d.report.cluster).toEqual({ id: 'helm', name: helmCluster.name, version: '8.9', auth: 'basic' });
  });

  it('assumes 8.9 from a text that names USER_TASK when the cluster did not say its version', () => {
    const unknown = diagnoseRequest({ ...ron, version: null });
    expect(unknown.version).toBe('8.9');
    expect(unknown.versionAssumed).toBe(true);
    expect(unknown.report.cluster.version).toBeNull();
  });
});

describe('diagnoseRequest: nina reads a task she cannot see (helm)', () => {
  const nina = diagnoseRequest({
    ...ron,
    entry: entry(
      'GET',
      `/v2/user-tasks/${KEY}`,
      403,
      "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
    ),
    principal: { type: 'USER', id: 'nina', groups: [], roles: [], tenants: ['<default>'] },
    subject: { type: 'USER', id: 'nina' },
    // Her searches came back empty: nothing readable, so nothing to evaluate.
    callerSnapshot: null,
    task: null,
  });

  it('names the read permissions, takes the task key from the path, and says nothing about grants it cannot see', () => {
    expect(nina.explanation.alternatives.map((a) => [a.permission, a.resourceType, a.resourceIds])).toEqual([
      ['READ_USER_TASK', 'PROCESS_DEFINITION', []],
      ['READ', 'USER_TASK', [KEY]],
    ]);
    expect(nina.evaluation).toBeNull();
    expect(nina.nearMisses).toEqual([]);
    expect(english(nina.principalCannotApply)).toBeNull();
    expect(nina.report.grants).toBeNull();
  });

  it('recommends READ on just this task first, and READ_USER_TASK on every process (the text names none) last', () => {
    expect(nina.owners[0]?.fixes.map((f) => [f.body, f.proposal.recommended])).toEqual([
      [
        { ownerId: 'nina', ownerType: 'USER', resourceType: 'USER_TASK', resourceId: KEY, permissionTypes: ['READ'] },
        true,
      ],
      [
        {
          ownerId: 'nina',
          ownerType: 'USER',
          resourceType: 'PROCESS_DEFINITION',
          resourceId: '*',
          permissionTypes: ['READ_USER_TASK'],
        },
        false,
      ],
    ]);
  });

  it('diagnosed by an administrator who reads the task, recommends the task’s own process, never `*`', () => {
    const byAdmin = diagnoseRequest({
      request: {
        kind: 'logged',
        entry: entry(
          'GET',
          `/v2/user-tasks/${KEY}`,
          403,
          "Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'",
        ),
      },
      cluster: ron.cluster,
      version: '8.9',
      principal: { subject: { type: 'USER', id: 'nina' }, description: 'user nina' },
      snapshot: { data: snapshot([], []), view: 'directory' },
      task: TASK,
    });
    const fixes = byAdmin.owners[0]?.fixes ?? [];
    expect(fixes[0]?.body).toMatchObject({ resourceType: 'PROCESS_DEFINITION', resourceId: 'invoice-approval' });
    expect(fixes[0]?.proposal.recommended).toBe(true);
    expect(fixes.map((f) => f.body.resourceId)).not.toContain('*');
  });
});

describe('diagnoseRequest: worker-client completes a task on saas (8.10, client credentials)', () => {
  const worker = diagnoseRequest({
    entry: entry(
      'POST',
      `/v2/user-tasks/${KEY}/completion`,
      403,
      `Command 'COMPLETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'COMPLETE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'; and Insufficient permissions to perform operation 'COMPLETE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'`,
    ),
    cluster: { ...saasCluster, restAddress: 'http://localhost:8082/v2' },
    version: '8.10',
    principal: { type: 'CLIENT', id: 'worker-client', groups: [], roles: [], tenants: ['<default>'] },
    subject: { type: 'CLIENT', id: 'worker-client' },
    // 8.10: the client reads at least its own authorizations.
    callerSnapshot: snapshot(
      [grant('CLIENT', 'worker-client', 'PROCESS_DEFINITION', '*', ['CREATE_PROCESS_INSTANCE'])],
      [],
    ),
    task: TASK,
  });

  it('is denied, and the client may not create the grant itself', () => {
    expect(worker.explanation.intent).toBe('COMPLETE');
    expect(worker.evaluation?.allowed).toBe(false);
    expect(english(worker.principalCannotApply)).toContain('worker-client may not create authorizations');
  });

  it('grants the narrower COMPLETE_USER_TASK (not UPDATE_USER_TASK) to the CLIENT, with a bearer placeholder in curl', () => {
    expect(worker.owners.map((o) => o.choice.owner)).toEqual([{ ownerType: 'CLIENT', ownerId: 'worker-client' }]);
    const fixes = worker.owners[0]?.fixes ?? [];
    expect(fixes[0]?.body).toEqual({
      ownerId: 'worker-client',
      ownerType: 'CLIENT',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['COMPLETE_USER_TASK'],
    });
    expect(fixes.flatMap((f) => f.proposal.draft.permissionTypes)).not.toContain('UPDATE_USER_TASK');
    // A client matches no task property (no username, no groups): only the per-key grant remains.
    expect(fixes.map((f) => f.body.resourcePropertyName)).toEqual([undefined, undefined]);
    expect(fixes[0]?.formats.curl).toContain("-H 'Authorization: Bearer <access-token>'");
    expect(fixes[0]?.formats.curl).toContain("'http://localhost:8082/v2/authorizations'");
  });
});

describe('diagnoseRequest: a worker client may not start a process (8.8, client credentials)', () => {
  const start = diagnoseRequest({
    entry: entry(
      'POST',
      '/v2/process-instances',
      403,
      "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'",
    ),
    cluster: { ...saasCluster, restAddress: 'https://cluster.example/v2' },
    version: '8.8',
    principal: { type: 'CLIENT', id: 'billing-worker', groups: [], roles: [], tenants: [] },
    subject: { type: 'CLIENT', id: 'billing-worker' },
    callerSnapshot: null,
    task: null,
  });

  it('names the one permission and drafts it for the client on exactly that process, in every format', () => {
    expect(start.explanation.intent).toBe('CREATE');
    expect(start.explanation.alternatives.map((a) => [a.permission, a.resourceIds])).toEqual([
      ['CREATE_PROCESS_INSTANCE', ['invoice-approval']],
    ]);
    const [fix] = start.owners[0]?.fixes ?? [];
    expect(fix?.body).toEqual({
      ownerId: 'billing-worker',
      ownerType: 'CLIENT',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['CREATE_PROCESS_INSTANCE'],
    });
    expect(fix?.formats.curl).toContain("'https://cluster.example/v2/authorizations'");
    expect(fix?.formats.c8ctl).toBe(
      'c8ctl create auth --ownerType=CLIENT --ownerId=billing-worker --resourceType=PROCESS_DEFINITION --resourceId=invoice-approval --permissions=CREATE_PROCESS_INSTANCE',
    );
    // An 8.8 cluster gets the chart-8.8 Helm form.
    expect(fix?.formats.helm).toContain('SPRING_CONFIG_IMPORT');
    expect(fix?.formats.env).toContain('CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_0_OWNER_TYPE=CLIENT');
  });
});

describe('diagnoseRequest: requests no authorization fixes', () => {
  it('a tenant-hidden 404 asks for a tenant assignment instead of a grant', () => {
    const hidden = diagnoseRequest({
      ...ron,
      entry: entry(
        'POST',
        `/v2/user-tasks/${KEY}/assignment`,
        404,
        "Command 'ASSIGN' rejected with code 'NOT_FOUND': Expected to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'tenant-b'",
        'NOT_FOUND',
      ),
    });
    expect(hidden.explanation.kind).toBe('tenant-hidden');
    expect(hidden.explanation.tenantId).toBe('tenant-b');
    expect(english(hidden.noFixReason)).toContain('needs a tenant assignment');
    expect(hidden.owners).toEqual([]);
    expect(hidden.report.fixes).toEqual([]);
  });

  it('an unknown text is kept verbatim and gets no draft', () => {
    const unknown = diagnoseRequest({ ...ron, entry: entry('GET', '/v2/topology', 403, 'Access Denied') });
    expect(unknown.explanation.rawDetail).toBe('Access Denied');
    expect(english(unknown.noFixReason)).toBe(
      'Lantern cannot draft an authorization for this error: it does not name a permission.',
    );
  });

  it('an anonymous caller has nothing to grant', () => {
    const anonymous = diagnoseRequest({
      ...ron,
      principal: { type: 'ANONYMOUS', id: null, groups: [], roles: [], tenants: [] },
      subject: null,
      callerSnapshot: null,
    });
    expect(english(anonymous.noFixReason)).toBe(
      'Anonymous callers skip authorization checks; there is nothing to grant.',
    );
    expect(anonymous.owners).toEqual([]);
  });
});

describe('diagnoseRequest with the operation catalogue: a worker that cannot complete its job', () => {
  const worker: DiagnoseRequestInput = {
    entry: { ...entry('POST', '/v2/jobs/2251799813685999/completion', 403, ''), requestBody: { variables: {} } },
    cluster: { ...helmCluster, restAddress: 'http://localhost:8081/v2' },
    version: '8.9',
    principal: { type: 'CLIENT', id: 'worker-client', groups: ['workers'], roles: [], tenants: ['<default>'] },
    subject: { type: 'CLIENT', id: 'worker-client' },
    callerSnapshot: null,
    task: null,
    catalogue: OPERATION_CATALOGUE,
  };

  it('names UPDATE_PROCESS_INSTANCE on the job’s process and drafts it for the client and its group', () => {
    const d = diagnoseRequest(worker);
    expect(d.explanation.family).toBe('catalogue');
    expect(d.explanation.requirement?.operationId).toBe('completeJob');
    expect(d.explanation.alternatives[0]).toMatchObject({
      permission: 'UPDATE_PROCESS_INSTANCE',
      resourceType: 'PROCESS_DEFINITION',
    });
    expect(english(d.noFixReason)).toBeNull();
    expect(d.owners.map((o) => `${o.choice.owner.ownerType}:${o.choice.owner.ownerId}`)).toEqual([
      'CLIENT:worker-client',
      'GROUP:workers',
    ]);
    expect(d.owners[0]?.fixes[0]?.body).toMatchObject({
      ownerType: 'CLIENT',
      ownerId: 'worker-client',
      resourceType: 'PROCESS_DEFINITION',
      permissionTypes: ['UPDATE_PROCESS_INSTANCE'],
    });
  });

  it('without the catalogue loaded, the same empty 403 drafts nothing', () => {
    const d = diagnoseRequest({ ...worker, catalogue: null });
    expect(d.explanation.kind).toBe('unknown');
    expect(d.owners).toEqual([]);
  });
});

// An administrator diagnoses someone else's error, pasted without method or path: the operation is
// picked from the catalogue, the resource named by hints, the principal evaluated against the
// administrator's full directory.
const directory: DirectorySnapshot = {
  ...snapshot(
    [
      grant('GROUP', 'accounting', 'PROCESS_DEFINITION', 'invoice-approval', ['READ_USER_TASK']),
      grant('USER', 'demo', 'AUTHORIZATION', '*', ['CREATE', 'READ']),
    ],
    [{ containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'anna' }],
  ),
  users: [{ username: 'anna' }, { username: 'demo' }],
  groups: [{ groupId: 'accounting' }],
};

const pastedForAnna: DiagnoseInput = {
  request: {
    kind: 'pasted',
    facts: {
      problem: {
        status: 403,
        detail: `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'`,
      },
      operationId: 'assignUserTask',
      hints: { userTaskKey: KEY, processDefinitionId: 'invoice-approval' },
    },
  },
  cluster: { ...helmCluster, restAddress: 'http://localhost:8081/v2' },
  version: '8.9',
  principal: { subject: { type: 'USER', id: 'anna' }, description: 'user anna' },
  snapshot: { data: directory, view: 'directory' },
  task: TASK,
  catalogue: OPERATION_CATALOGUE,
};

describe('diagnoseRequest for anyone: a pasted assignment refusal of anna, diagnosed by demo', () => {
  const d = diagnoseRequest(pastedForAnna);

  it('takes method and path from the picked operation and the hinted task key', () => {
    expect(d.request).toEqual({
      method: 'POST',
      path: `/v2/user-tasks/${KEY}/assignment`,
      status: 403,
      requestId: null,
      pasted: true,
    });
    expect(d.target.userTaskOperation).toBe('assign');
    expect(d.explanation.requirement?.operationId).toBe('assignUserTask');
  });

  it('evaluates anna (not demo) from the directory: denied, her group’s read grant the near miss', () => {
    expect(d.snapshotView).toBe('directory');
    expect(d.evaluation?.allowed).toBe(false);
    expect(d.nearMisses.map((m) => m.grant.provenance.label)).toEqual(['via group accounting']);
    // demo may create authorizations; anna's own inability is not the administrator's problem.
    expect(english(d.principalCannotApply)).toBeNull();
  });

  it('drafts for anna first, then for the group she is in (read from the directory, not /me)', () => {
    expect(d.owners.map((o) => `${o.choice.owner.ownerType}:${o.choice.owner.ownerId}`)).toEqual([
      'USER:anna',
      'GROUP:accounting',
    ]);
    expect(d.report.principal).toMatchObject({ type: 'USER', id: 'anna', groups: ['accounting'] });
  });

  it('diagnoses a group as a principal of its own: the group is the only owner', () => {
    const group = diagnoseRequest({
      ...pastedForAnna,
      principal: { subject: { type: 'GROUP', id: 'accounting' }, description: 'group accounting' },
    });
    expect(group.owners.map((o) => o.choice.owner)).toEqual([{ ownerType: 'GROUP', ownerId: 'accounting' }]);
    expect(group.report.principal).toMatchObject({ type: 'GROUP', id: 'accounting' });
  });

  it('the caller-only input still means the caller against its own snapshot', () => {
    const legacy = diagnoseRequest(ron);
    expect(legacy.snapshotView).toBe('caller');
    expect(legacy.principal.description).toBe('you (user ron)');
    expect(legacy.request.pasted).toBe(false);
  });
});
