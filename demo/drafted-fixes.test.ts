import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type DiagnoseInput,
  diagnoseRequest,
  type DraftedFix,
  type CallerDiagnoseInput,
} from '../src/features/diagnosis/lib/diagnose-request.ts';
import type { DirectoryMembership, DirectorySnapshot } from '../src/lib/authz/effective-permissions.ts';
import { type AuthorizationDraft, fixFormats } from '../src/lib/authz/fix-drafts.ts';
import {
  type Authorization,
  isKnownPermission,
  isKnownResourceType,
  type ClusterVersion,
} from '../src/lib/authz/model.ts';
import { OPERATION_CATALOGUE } from '../src/lib/catalogue/operation-catalogue.ts';
import { retryCurl } from '../src/features/diagnosis/api/retry-command.ts';
import { englishT } from '../src/testing/translate.ts';
import { startDemoCluster, type DemoCluster } from './emulator/start-demo-cluster.ts';
import { startLocalIssuer, type LocalIssuer } from './emulator/testing/local-jwks.ts';
import { loadScenarioFile } from './scenarios/load-scenario.ts';
import type { Scenario } from './scenarios/scenario-types.ts';

// Every fix Lantern drafts for a 403 is run, or checked, here: the REST body is POSTed and the
// curl command is executed by /usr/bin/curl against a demo cluster, and each must make the
// request that failed pass. Identity as code (YAML, environment, Helm) only acts at a cluster's
// start, so those forms are parsed and checked against the documented schema
// (docs/identity-as-code.md).

const run = promisify(execFile);

interface Answer {
  status: number;
  json: Record<string, unknown> | null;
}

async function call(base: string, method: string, path: string, auth: string, body?: unknown): Promise<Answer> {
  const response = await fetch(base + path, {
    method,
    headers: { authorization: auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

const basic = (user: string) => `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`;

/** The drafted curl, as an operator runs it: placeholders filled in, through a shell. */
async function runCurl(command: string, fill: Record<string, string>): Promise<Record<string, unknown>> {
  let filled = command;
  for (const [placeholder, value] of Object.entries(fill)) filled = filled.replaceAll(placeholder, value);
  expect(filled).not.toMatch(/<[a-z-]+>/);
  const { stdout } = await run('/bin/sh', ['-c', `${filled} --silent --show-error`], {
    env: { PATH: '/usr/bin:/bin' },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

interface Failure {
  method: string;
  path: string;
  body?: unknown;
}

async function diagnose(
  cluster: DemoCluster,
  failure: Failure,
  callerAuth: string,
  input: Omit<CallerDiagnoseInput, 'entry' | 'cluster' | 'callerSnapshot'> & { name: string; auth: 'basic' | 'oidc' },
) {
  const answer = await call(cluster.url, failure.method, failure.path, callerAuth, failure.body);
  expect(answer.status).toBe(403);
  return diagnoseRequest({
    ...input,
    entry: {
      requestId: 'r-1',
      method: failure.method,
      path: failure.path,
      status: answer.status,
      problem: answer.json,
      requestHeaders: {},
      requestBody: failure.body,
    },
    // As Lantern's server lists a cluster: the REST address ends in /v2.
    cluster: { id: input.name, name: input.name, restAddress: `${cluster.url}/v2`, auth: input.auth },
    callerSnapshot: null,
  });
}

// --- the documented identity-as-code schema (docs/identity-as-code.md) ---------------------

const OWNER_TYPES = ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'];
const ITEM_KEYS = ['ownerType', 'ownerId', 'resourceType', 'resourceId', 'resourcePropertyName', 'permissions'];

/** One `camunda.security.initialization.authorizations[i]` entry, checked field by field. */
function checkAuthorizationItem(item: unknown, version: ClusterVersion): AuthorizationDraft {
  expect(item).toBeTypeOf('object');
  const entry = item as Record<string, unknown>;
  for (const key of Object.keys(entry)) expect(ITEM_KEYS).toContain(key);
  expect(OWNER_TYPES).toContain(entry.ownerType);
  expect(entry.ownerId).toBeTypeOf('string');
  expect(isKnownResourceType(String(entry.resourceType), version)).toBe(true);
  // Exactly one of resourceId / resourcePropertyName, and ids are strings ("*" and numeric keys quoted).
  expect('resourceId' in entry !== 'resourcePropertyName' in entry).toBe(true);
  if ('resourceId' in entry) expect(entry.resourceId).toBeTypeOf('string');
  if ('resourcePropertyName' in entry) {
    expect(['assignee', 'candidateUsers', 'candidateGroups']).toContain(entry.resourcePropertyName);
  }
  const permissions = entry.permissions as unknown[];
  expect(Array.isArray(permissions) && permissions.length > 0).toBe(true);
  for (const permission of permissions) expect(isKnownPermission(String(permission), version)).toBe(true);
  return {
    ownerType: entry.ownerType as AuthorizationDraft['ownerType'],
    ownerId: String(entry.ownerId),
    resourceType: String(entry.resourceType),
    ...('resourceId' in entry
      ? { resourceId: String(entry.resourceId) }
      : { resourcePropertyName: entry.resourcePropertyName as AuthorizationDraft['resourcePropertyName'] }),
    permissionTypes: permissions.map(String),
  };
}

function authorizationsOf(config: unknown): unknown[] {
  const list = (config as { camunda?: { security?: { initialization?: { authorizations?: unknown } } } }).camunda
    ?.security?.initialization?.authorizations;
  expect(Array.isArray(list)).toBe(true);
  return list as unknown[];
}

const ENV_FIELDS: Record<string, keyof AuthorizationDraft> = {
  OWNER_TYPE: 'ownerType',
  OWNER_ID: 'ownerId',
  RESOURCE_TYPE: 'resourceType',
  RESOURCE_ID: 'resourceId',
  RESOURCE_PROPERTY_NAME: 'resourcePropertyName',
  PERMISSIONS: 'permissionTypes',
};

/** The env form, read the way Spring's relaxed binding maps it onto the same list entry. */
function draftFromEnv(env: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of env.split('\n')) {
    const match = /^CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_0_([A-Z_]+)=(.+)$/.exec(line);
    expect(match, line).not.toBeNull();
    const field = ENV_FIELDS[match?.[1] ?? ''];
    expect(field, line).toBeDefined();
    out[field as string] = field === 'permissionTypes' ? (match?.[2] ?? '').split(',') : match?.[2];
  }
  return out;
}

function checkIdentityAsCode(fix: DraftedFix, version: ClusterVersion): void {
  const expected = fix.proposal.draft;
  const fromYaml = authorizationsOf(parse(fix.formats.yaml)).map((item) => checkAuthorizationItem(item, version));
  expect(fromYaml).toEqual([expected]);

  expect(draftFromEnv(fix.formats.env)).toEqual(expected);

  const values = parse(fix.formats.helm) as {
    orchestration: { extraConfiguration: unknown; env?: { name: string; value: string }[] };
  };
  let content: string;
  if (version === '8.8') {
    // Chart 8.8: a map of file name → content, loaded through SPRING_CONFIG_IMPORT.
    const files = values.orchestration.extraConfiguration as Record<string, string>;
    expect(Object.keys(files)).toEqual(['identity-as-code.yaml']);
    content = files['identity-as-code.yaml'] ?? '';
    expect(values.orchestration.env).toContainEqual({
      name: 'SPRING_CONFIG_IMPORT',
      value: 'optional:file:/usr/local/camunda/config/identity-as-code.yaml',
    });
  } else {
    // Chart 8.9+: a list of { file, content }.
    const files = values.orchestration.extraConfiguration as { file: string; content: string }[];
    expect(files).toHaveLength(1);
    expect(files[0]?.file).toBe('identity-as-code.yaml');
    content = files[0]?.content ?? '';
  }
  expect(authorizationsOf(parse(content)).map((item) => checkAuthorizationItem(item, version))).toEqual([expected]);
}

// --- helm (8.9, Basic) ---------------------------------------------------------------------

describe('drafted fixes on helm (8.9, Basic): ron assigns an invoice task', () => {
  let cluster: DemoCluster;
  let taskKey = '';
  beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/helm.json'), port: 0 });
  });
  beforeEach(async () => {
    cluster.reset();
    const search = await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {
      filter: { state: 'CREATED', processDefinitionId: 'invoice-approval' },
      page: { limit: 1 },
    });
    taskKey = String((search.json?.items as { userTaskKey: string }[])[0]?.userTaskKey);
  });
  afterAll(() => cluster.close());

  async function ronsDiagnosis() {
    const task = await call(cluster.url, 'GET', `/v2/user-tasks/${taskKey}`, basic('demo'));
    const failure = { method: 'POST', path: `/v2/user-tasks/${taskKey}/assignment`, body: { assignee: 'ron' } };
    const diagnosis = await diagnose(cluster, failure, basic('ron'), {
      name: 'helm',
      auth: 'basic',
      version: '8.9',
      principal: { type: 'USER', id: 'ron', groups: [], roles: ['readonly-admin'], tenants: [] },
      subject: { type: 'USER', id: 'ron' },
      task: task.json as unknown as CallerDiagnoseInput['task'],
    });
    const retry = () => call(cluster.url, failure.method, failure.path, basic('ron'), failure.body);
    return { diagnosis, retry };
  }

  it('drafts a process-level and a task-level grant for ron', async () => {
    const { diagnosis } = await ronsDiagnosis();
    expect(diagnosis.owners[0]?.fixes.map((f) => f.body.resourceType)).toEqual(['PROCESS_DEFINITION', 'USER_TASK']);
  });

  for (const index of [0, 1]) {
    it(`the REST body of fix ${index + 1}, POSTed by an administrator, makes ron's assignment pass`, async () => {
      const { diagnosis, retry } = await ronsDiagnosis();
      const fix = diagnosis.owners[0]?.fixes[index];
      if (!fix) throw new Error('no fix drafted');
      expect(JSON.parse(fix.formats.json)).toEqual(fix.body);
      const created = await call(cluster.url, 'POST', '/v2/authorizations', basic('demo'), fix.body);
      expect(created.status).toBe(201);
      expect((await retry()).status).toBe(204);
    });

    it(`the curl of fix ${index + 1}, run by /usr/bin/curl with demo's login, makes ron's assignment pass`, async () => {
      const { diagnosis, retry } = await ronsDiagnosis();
      const fix = diagnosis.owners[0]?.fixes[index];
      if (!fix) throw new Error('no fix drafted');
      expect(fix.formats.curl).toContain(`'${cluster.url}/v2/authorizations'`);
      const created = await runCurl(fix.formats.curl, { '<username>:<password>': 'demo:demo' });
      expect(created.authorizationKey).toMatch(/^\d+$/);
      expect((await retry()).status).toBe(204);
    });
  }

  it('the grant for his role works the same way (REST body)', async () => {
    const { diagnosis, retry } = await ronsDiagnosis();
    const roleFix = diagnosis.owners.find((o) => o.choice.owner.ownerType === 'ROLE')?.fixes[0];
    if (!roleFix) throw new Error('no role fix drafted');
    expect((await call(cluster.url, 'POST', '/v2/authorizations', basic('demo'), roleFix.body)).status).toBe(201);
    expect((await retry()).status).toBe(204);
  });

  it('the YAML, environment and Helm forms follow the documented identity-as-code schema', async () => {
    const { diagnosis } = await ronsDiagnosis();
    for (const owner of diagnosis.owners) for (const fix of owner.fixes) checkIdentityAsCode(fix, '8.9');
  });

  it('the 8.8 Helm form (chart 8.8) follows its documented schema too', async () => {
    const { diagnosis } = await ronsDiagnosis();
    const fix = diagnosis.owners[0]?.fixes[0];
    if (!fix) throw new Error('no fix drafted');
    const formats = fixFormats(fix.proposal.draft, { baseUrl: `${cluster.url}/v2`, auth: 'basic', version: '8.8' });
    checkIdentityAsCode({ ...fix, formats }, '8.8');
  });
});

// --- saas (8.10, OIDC) ---------------------------------------------------------------------

describe('drafted fixes on saas (8.10, OIDC): worker-client completes a task', () => {
  let cluster: DemoCluster;
  let idp: LocalIssuer;
  let worker = '';
  let admin = '';
  let taskKey = '';
  beforeAll(async () => {
    idp = await startLocalIssuer();
    cluster = await startDemoCluster({
      scenario: await loadScenarioFile('demo/scenarios/saas.json'),
      port: 0,
      oidc: { issuer: idp.issuer, jwksUri: idp.jwksUri },
    });
    worker = await idp.mint({ client_id: 'worker-client', sub: 'worker-client' });
    admin = await idp.mint({ preferred_username: 'demo', sub: 'demo' });
  });
  beforeEach(async () => {
    cluster.reset();
    const search = await call(cluster.url, 'POST', '/v2/user-tasks/search', `Bearer ${admin}`, {
      filter: { state: 'CREATED', processDefinitionId: 'invoice-approval' },
      page: { limit: 1 },
    });
    taskKey = String((search.json?.items as { userTaskKey: string }[])[0]?.userTaskKey);
  });
  afterAll(async () => {
    await cluster.close();
    await idp.close();
  });

  async function workersDiagnosis() {
    const task = await call(cluster.url, 'GET', `/v2/user-tasks/${taskKey}`, `Bearer ${admin}`);
    const failure = { method: 'POST', path: `/v2/user-tasks/${taskKey}/completion`, body: { variables: {} } };
    const diagnosis = await diagnose(cluster, failure, `Bearer ${worker}`, {
      name: 'saas',
      auth: 'oidc',
      version: '8.10',
      principal: { type: 'CLIENT', id: 'worker-client', groups: [], roles: [], tenants: [] },
      subject: { type: 'CLIENT', id: 'worker-client' },
      task: task.json as unknown as CallerDiagnoseInput['task'],
    });
    const retry = () => call(cluster.url, failure.method, failure.path, `Bearer ${worker}`, failure.body);
    return { diagnosis, retry };
  }

  it('the REST body of every drafted fix makes the completion pass', async () => {
    const { diagnosis } = await workersDiagnosis();
    const fixes = diagnosis.owners[0]?.fixes ?? [];
    expect(fixes.map((f) => f.body.permissionTypes)).toEqual([['COMPLETE_USER_TASK'], ['COMPLETE']]);
    for (const fix of fixes) {
      cluster.reset();
      const { retry } = await workersDiagnosis();
      expect((await call(cluster.url, 'POST', '/v2/authorizations', `Bearer ${admin}`, fix.body)).status).toBe(201);
      expect((await retry()).status).toBe(204);
    }
  });

  it("the curl, run with an administrator's token, makes the completion pass", async () => {
    const { diagnosis, retry } = await workersDiagnosis();
    const fix = diagnosis.owners[0]?.fixes[0];
    if (!fix) throw new Error('no fix drafted');
    const created = await runCurl(fix.formats.curl, { '<access-token>': admin });
    expect(created.authorizationKey).toMatch(/^\d+$/);
    expect((await retry()).status).toBe(204);
  });

  it("the retry command for the refused principal's owner, run by /usr/bin/curl with the worker's token, is refused before the fix and passes after it", async () => {
    const { diagnosis } = await workersDiagnosis();
    const fix = diagnosis.owners[0]?.fixes[0];
    if (!fix) throw new Error('no fix drafted');
    const command = retryCurl(
      { method: 'POST', path: `/v2/user-tasks/${taskKey}/completion`, body: { variables: {} } },
      `${cluster.url}/v2`,
      'oidc',
    );
    const filled = command.replaceAll('<access-token>', worker);
    expect(filled).not.toMatch(/<[a-z-]+>/);
    const status = async () =>
      (
        await run('/bin/sh', ['-c', `${filled} --silent --show-error --output /dev/null --write-out '%{http_code}'`], {
          env: { PATH: '/usr/bin:/bin' },
        })
      ).stdout;
    expect(await status()).toBe('403');
    expect((await call(cluster.url, 'POST', '/v2/authorizations', `Bearer ${admin}`, fix.body)).status).toBe(201);
    expect(await status()).toBe('204');
  });

  it('the YAML, environment and Helm forms follow the documented identity-as-code schema', async () => {
    const { diagnosis } = await workersDiagnosis();
    for (const fix of diagnosis.owners[0]?.fixes ?? []) checkIdentityAsCode(fix, '8.10');
  });
});

// --- memberships: tenant assignments and candidate groups (helm, 8.9, Basic) ---------------

/** The administrator's directory view, as Lantern reads it, built from the scenario the cluster runs. */
function directoryOf(scenario: Scenario, extra: Authorization[] = []): DirectorySnapshot {
  const memberships: DirectoryMembership[] = [];
  const add = (
    containerType: DirectoryMembership['containerType'],
    containerId: string,
    members: Partial<Record<'users' | 'clients' | 'groups' | 'roles' | 'mappingRules', string[]>>,
  ) => {
    const types = {
      users: 'USER',
      clients: 'CLIENT',
      groups: 'GROUP',
      roles: 'ROLE',
      mappingRules: 'MAPPING_RULE',
    } as const;
    for (const [key, memberType] of Object.entries(types)) {
      for (const memberId of members[key as keyof typeof types] ?? []) {
        memberships.push({ containerType, containerId, memberType, memberId });
      }
    }
  };
  for (const g of scenario.groups) add('GROUP', g.groupId, g);
  for (const r of scenario.roles) add('ROLE', r.roleId, r);
  for (const t of scenario.tenants) add('TENANT', t.tenantId, t);
  return {
    authorizations: [...scenario.authorizations.map((a) => ({ ...a, resourceId: a.resourceId ?? null })), ...extra],
    users: scenario.users.map((u) => ({ username: u.username })),
    clients: scenario.clients.map((c) => ({ clientId: c.clientId })),
    groups: scenario.groups.map((g) => ({ groupId: g.groupId })),
    roles: scenario.roles.map((r) => ({ roleId: r.roleId })),
    tenants: scenario.tenants.map((t) => ({ tenantId: t.tenantId })),
    mappingRules: scenario.mappingRules,
    memberships,
  };
}

/** A diagnosis by the administrator of someone else's failed call, against the full directory. */
async function diagnoseForSomeoneElse(
  cluster: DemoCluster,
  failure: Failure,
  who: { type: 'USER'; id: string },
  snapshot: DirectorySnapshot,
  task: DiagnoseInput['task'],
  expectedStatus: number,
) {
  const answer = await call(cluster.url, failure.method, failure.path, basic(who.id), failure.body);
  expect(answer.status).toBe(expectedStatus);
  return diagnoseRequest({
    request: {
      kind: 'logged',
      entry: {
        requestId: 'r-2',
        method: failure.method,
        path: failure.path,
        status: answer.status,
        problem: answer.json,
        requestHeaders: {},
        requestBody: failure.body,
      },
    },
    cluster: { id: 'helm', name: 'helm', restAddress: `${cluster.url}/v2`, auth: 'basic' },
    version: '8.9',
    principal: { subject: who, description: `user ${who.id}` },
    snapshot: { data: snapshot, view: 'directory' },
    task,
    catalogue: OPERATION_CATALOGUE,
  });
}

describe('drafted memberships on helm with tenant checks (8.9, Basic): anna is not in the default tenant', () => {
  let cluster: DemoCluster;
  let scenario: Scenario;
  let taskKey = '';
  beforeAll(async () => {
    const helm = await loadScenarioFile('demo/scenarios/helm.json');
    scenario = {
      ...helm,
      multiTenancyChecksEnabled: true,
      tenants: helm.tenants.map((t) => ({ ...t, users: (t.users ?? []).filter((u) => u !== 'anna') })),
    };
    cluster = await startDemoCluster({ scenario, port: 0 });
  });
  beforeEach(async () => {
    cluster.reset();
    const search = await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {
      filter: { state: 'CREATED', processDefinitionId: 'invoice-approval' },
      page: { limit: 1 },
    });
    taskKey = String((search.json?.items as { userTaskKey: string }[])[0]?.userTaskKey);
  });
  afterAll(() => cluster.close());

  async function annasDiagnosis() {
    const task = await call(cluster.url, 'GET', `/v2/user-tasks/${taskKey}`, basic('demo'));
    const failure = { method: 'GET', path: `/v2/user-tasks/${taskKey}` };
    const diagnosis = await diagnoseForSomeoneElse(
      cluster,
      failure,
      { type: 'USER', id: 'anna' },
      directoryOf(scenario),
      task.json as unknown as DiagnoseInput['task'],
      404,
    );
    const retry = () => call(cluster.url, failure.method, failure.path, basic('anna'));
    return { diagnosis, retry };
  }

  it('names the tenant and drafts the assignment for anna first', async () => {
    const { diagnosis } = await annasDiagnosis();
    expect(diagnosis.tenant?.tenantId).toBe('<default>');
    expect(diagnosis.evaluation?.allowed).toBe(false);
    expect(diagnosis.tenant?.fixes[0]?.path).toBe('/v2/tenants/%3Cdefault%3E/users/anna');
  });

  it('the drafted PUT, sent by an administrator, makes anna’s read pass', async () => {
    const { diagnosis, retry } = await annasDiagnosis();
    const fix = diagnosis.tenant?.fixes[0];
    if (!fix) throw new Error('no tenant assignment drafted');
    expect((await call(cluster.url, fix.method, fix.path, basic('demo'))).status).toBe(204);
    expect((await retry()).status).toBe(200);
  });

  it('the drafted curl, run by /usr/bin/curl with demo’s login, makes anna’s read pass', async () => {
    const { diagnosis, retry } = await annasDiagnosis();
    const fix = diagnosis.tenant?.fixes[0];
    if (!fix) throw new Error('no tenant assignment drafted');
    await runCurlStatus(fix.curl, { '<username>:<password>': 'demo:demo' }, 204);
    expect((await retry()).status).toBe(200);
  });

  it('the assignment through her role works too', async () => {
    const { diagnosis, retry } = await annasDiagnosis();
    const roleFix = diagnosis.tenant?.fixes.find((f) => f.proposal.draft.memberType === 'ROLE');
    if (!roleFix) throw new Error('no role assignment drafted');
    expect((await call(cluster.url, roleFix.method, roleFix.path, basic('demo'))).status).toBe(204);
    expect((await retry()).status).toBe(200);
  });
});

describe('drafted memberships on helm (8.9, Basic): nina claims a task of the accounting group', () => {
  let cluster: DemoCluster;
  let scenario: Scenario;
  let taskKey = '';
  // The group's members may claim the tasks they are candidates for; nina is not a member.
  const groupGrant: Authorization = {
    ownerType: 'GROUP',
    ownerId: 'accounting',
    resourceType: 'USER_TASK',
    resourceId: null,
    resourcePropertyName: 'candidateGroups',
    permissionTypes: ['CLAIM'],
  };
  beforeAll(async () => {
    scenario = await loadScenarioFile('demo/scenarios/helm.json');
    cluster = await startDemoCluster({ scenario, port: 0 });
  });
  beforeEach(async () => {
    cluster.reset();
    const { resourceId: _none, ...body } = groupGrant;
    expect((await call(cluster.url, 'POST', '/v2/authorizations', basic('demo'), body)).status).toBe(201);
    const search = await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {
      filter: { state: 'CREATED', processDefinitionId: 'invoice-approval' },
      page: { limit: 100 },
    });
    const items = search.json?.items as { userTaskKey: string; assignee?: string | null; candidateGroups?: string[] }[];
    taskKey = items.find((t) => !t.assignee && (t.candidateGroups ?? []).includes('accounting'))?.userTaskKey ?? '';
    expect(taskKey).not.toBe('');
  });
  afterAll(() => cluster.close());

  async function ninasDiagnosis() {
    const task = await call(cluster.url, 'GET', `/v2/user-tasks/${taskKey}`, basic('demo'));
    // A claim: allowOverride false makes the assignment the engine's CLAIM intent.
    const failure = {
      method: 'POST',
      path: `/v2/user-tasks/${taskKey}/assignment`,
      body: { assignee: 'nina', allowOverride: false },
    };
    const diagnosis = await diagnoseForSomeoneElse(
      cluster,
      failure,
      { type: 'USER', id: 'nina' },
      directoryOf(scenario, [groupGrant]),
      task.json as unknown as DiagnoseInput['task'],
      403,
    );
    const retry = () => call(cluster.url, failure.method, failure.path, basic('nina'), failure.body);
    return { diagnosis, retry };
  }

  it('explains the refusal by the candidate groups and proposes joining accounting, re-evaluated as enough', async () => {
    const { diagnosis } = await ninasDiagnosis();
    expect(diagnosis.candidateGroups?.candidateGroups).toContain('accounting');
    expect(diagnosis.explanation.intent).toBe('CLAIM');
    const [first] = diagnosis.candidateGroups?.options ?? [];
    expect(first && englishT.message(first.title)).toBe('Add user nina to candidate group accounting');
    expect(first?.verified).toBe(true);
    expect(first?.grants).toEqual([]);
    expect(first?.memberships.map((m) => m.path)).toEqual(['/v2/groups/accounting/users/nina']);
  });

  it('the drafted membership PUT, sent by an administrator, makes nina’s claim pass', async () => {
    const { diagnosis, retry } = await ninasDiagnosis();
    const fix = diagnosis.candidateGroups?.options[0]?.memberships[0];
    if (!fix) throw new Error('no membership drafted');
    expect((await call(cluster.url, fix.method, fix.path, basic('demo'))).status).toBe(204);
    expect((await retry()).status).toBe(204);
  });

  it('the drafted curl does the same', async () => {
    const { diagnosis, retry } = await ninasDiagnosis();
    const fix = diagnosis.candidateGroups?.options[0]?.memberships[0];
    if (!fix) throw new Error('no membership drafted');
    await runCurlStatus(fix.curl, { '<username>:<password>': 'demo:demo' }, 204);
    expect((await retry()).status).toBe(204);
  });
});

describe('drafted memberships on helm (8.9, Basic): nina assigns a task of the accounting group to herself', () => {
  let cluster: DemoCluster;
  let scenario: Scenario;
  let taskKey = '';
  // The group's members may claim their candidate tasks; only task workers may assign theirs (UPDATE).
  const claimGrant: Authorization = {
    ownerType: 'GROUP',
    ownerId: 'accounting',
    resourceType: 'USER_TASK',
    resourceId: null,
    resourcePropertyName: 'candidateGroups',
    permissionTypes: ['CLAIM'],
  };
  const workerGrant: Authorization = {
    ...claimGrant,
    ownerType: 'ROLE',
    ownerId: 'task-worker',
    permissionTypes: ['UPDATE'],
  };
  beforeAll(async () => {
    scenario = await loadScenarioFile('demo/scenarios/helm.json');
    cluster = await startDemoCluster({ scenario, port: 0 });
  });
  beforeEach(async () => {
    cluster.reset();
    for (const grant of [claimGrant, workerGrant]) {
      const { resourceId: _none, ...body } = grant;
      expect((await call(cluster.url, 'POST', '/v2/authorizations', basic('demo'), body)).status).toBe(201);
    }
    const search = await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {
      filter: { state: 'CREATED', processDefinitionId: 'invoice-approval' },
      page: { limit: 100 },
    });
    const items = search.json?.items as { userTaskKey: string; assignee?: string | null; candidateGroups?: string[] }[];
    taskKey = items.find((t) => !t.assignee && (t.candidateGroups ?? []).includes('accounting'))?.userTaskKey ?? '';
  });
  afterAll(() => cluster.close());

  it('an ASSIGN needs UPDATE: joining the group is drafted together with the group’s candidateGroups grant, and both together pass', async () => {
    const task = await call(cluster.url, 'GET', `/v2/user-tasks/${taskKey}`, basic('demo'));
    const failure = { method: 'POST', path: `/v2/user-tasks/${taskKey}/assignment`, body: { assignee: 'nina' } };
    const diagnosis = await diagnoseForSomeoneElse(
      cluster,
      failure,
      { type: 'USER', id: 'nina' },
      directoryOf(scenario, [claimGrant, workerGrant]),
      task.json as unknown as DiagnoseInput['task'],
      403,
    );
    // Joining alone would not do, so the fix panel gets no membership to apply on its own.
    expect(diagnosis.membershipFixes).toEqual([]);
    const option = diagnosis.candidateGroups?.options[0];
    if (!option) throw new Error('no candidate-group fix drafted');
    expect(option.verified).toBe(true);
    expect(option.grants.map((g) => g.body)).toEqual([
      {
        ownerId: 'accounting',
        ownerType: 'GROUP',
        resourceType: 'USER_TASK',
        resourcePropertyName: 'candidateGroups',
        permissionTypes: ['UPDATE'],
      },
    ]);
    for (const m of option.memberships)
      expect((await call(cluster.url, m.method, m.path, basic('demo'))).status).toBe(204);
    expect((await call(cluster.url, failure.method, failure.path, basic('nina'), failure.body)).status).toBe(403);
    for (const g of option.grants) {
      expect((await call(cluster.url, 'POST', '/v2/authorizations', basic('demo'), g.body)).status).toBe(201);
    }
    expect((await call(cluster.url, failure.method, failure.path, basic('nina'), failure.body)).status).toBe(204);
  });
});

/** A drafted curl without a response body: run through a shell, only the HTTP status is read. */
async function runCurlStatus(command: string, fill: Record<string, string>, expected: number): Promise<void> {
  let filled = command;
  for (const [placeholder, value] of Object.entries(fill)) filled = filled.replaceAll(placeholder, value);
  expect(filled).not.toMatch(/<[a-z-]+>/);
  const { stdout } = await run(
    '/bin/sh',
    ['-c', `${filled} --silent --show-error --output /dev/null --write-out '%{http_code}'`],
    {
      env: { PATH: '/usr/bin:/bin' },
    },
  );
  expect(Number(stdout)).toBe(expected);
}
