import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';

// Each row is a behaviour of a real cluster, as Camunda's public end-to-end API suite asserts it
// (camunda/camunda, qa/c8-orchestration-cluster-e2e-test-suite; facts only, recorded in
// docs/camunda-api/error-messages.md and docs/camunda-api/endpoints.md).
const SUITE = 'camunda/camunda qa/c8-orchestration-cluster-e2e-test-suite/tests/api/v2';

const demo = `Basic ${Buffer.from('demo:demo').toString('base64')}`;

interface Row {
  name: string;
  source: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  auth?: string;
  body?: unknown;
  /** Sent once before the request under test, e.g. to create the first of two identical grants. */
  before?: unknown;
  status: number;
  title?: string;
  detail?: string | RegExp;
  check?: (body: Record<string, unknown>) => void;
}

const grant = (resourceId: string) => ({
  ownerId: 'ron',
  ownerType: 'USER',
  resourceId,
  resourceType: 'PROCESS_DEFINITION',
  permissionTypes: ['READ_PROCESS_DEFINITION'],
});

const ROWS: Row[] = [
  {
    name: 'GET /v2/license answers without credentials',
    source: `${SUITE}/license-api-tests.spec.ts ("Get License Unauthorized")`,
    method: 'GET',
    path: '/v2/license',
    status: 200,
    check: (body) => expect(Object.keys(body)).toEqual(expect.arrayContaining(['validLicense', 'licenseType'])),
  },
  {
    name: 'an unknown sort field is a Bad Request naming the sortable fields',
    source: `${SUITE}/authorization/search-authorization-api.spec.ts ("invalid sort field")`,
    method: 'POST',
    path: '/v2/authorizations/search',
    auth: demo,
    body: { sort: [{ field: 'invalidField', order: 'ASC' }] },
    status: 400,
    title: 'Bad Request',
    detail:
      "Unexpected value 'invalidField' for enum field 'field'. Use any of the following values: [ownerId, ownerType, resourceId, resourcePropertyName, resourceType]",
  },
  {
    name: 'an unknown enum value in a create body is a Bad Request with the enum values',
    source: `${SUITE}/authorization/create-authorization-for-user-api.spec.ts ("wrong value for ownerType")`,
    method: 'POST',
    path: '/v2/authorizations',
    auth: demo,
    body: { ...grant('*'), ownerType: 'WRONG_VALUE_FOR_TEST' },
    status: 400,
    title: 'Bad Request',
    detail:
      "Unexpected value 'WRONG_VALUE_FOR_TEST' for enum field 'ownerType'. Use any of the following values: [USER, CLIENT, ROLE, GROUP, MAPPING_RULE, UNSPECIFIED]",
  },
  {
    name: 'an unknown filter property is a Bad Request',
    source: `${SUITE}/authorization/search-authorization-api.spec.ts ("invalid filter field")`,
    method: 'POST',
    path: '/v2/authorizations/search',
    auth: demo,
    body: { filter: { meow: 'someValue' } },
    status: 400,
    title: 'Bad Request',
    detail: 'Request property [filter.meow] cannot be parsed',
  },
  {
    name: 'negative pagination is a Bad Request naming page.from or page.limit',
    source: `${SUITE}/authorization/search-authorization-api.spec.ts ("Negative pagination values")`,
    method: 'POST',
    path: '/v2/authorizations/search',
    auth: demo,
    body: { page: { from: -1, limit: -1 } },
    status: 400,
    title: 'Bad Request',
    detail: /page\.(from|limit)/i,
  },
  {
    name: 'limit 0 returns the count and no items',
    source: `${SUITE}/authorization/search-authorization-api.spec.ts ("Pagination 0")`,
    method: 'POST',
    path: '/v2/authorizations/search',
    auth: demo,
    body: { page: { from: 0, limit: 0 } },
    status: 200,
    check: (body) => {
      expect(body.items).toEqual([]);
      expect((body.page as { totalItems: number }).totalItems).toBeGreaterThan(10);
    },
  },
  {
    name: 'illegal characters in resourceId are an INVALID_ARGUMENT',
    source: `${SUITE}/authorization/create-authorization-for-user-api.spec.ts ("invalid resourceId")`,
    method: 'POST',
    path: '/v2/authorizations',
    auth: demo,
    body: grant(';;;;'),
    status: 400,
    title: 'INVALID_ARGUMENT',
    detail: "The provided resourceId contains illegal characters. It must match the pattern '^[a-zA-Z0-9_~@.+-]+$'.",
  },
  {
    name: 'creating the same grant twice is ALREADY_EXISTS',
    source: `${SUITE}/authorization/create-authorization-for-user-api.spec.ts ("409 Conflict")`,
    method: 'POST',
    path: '/v2/authorizations',
    auth: demo,
    before: grant('fidelity-check'),
    body: grant('fidelity-check'),
    status: 409,
    title: 'ALREADY_EXISTS',
    detail:
      "Command 'CREATE' rejected with code 'ALREADY_EXISTS': Expected to create authorization for owner 'ron' for resource identifier 'fidelity-check', but an authorization for this resource identifier already exists.",
  },
  {
    name: 'a tenant takes a username that no user has',
    source: `${SUITE}/tenant/tenant-users-api-tests.spec.ts ("Assign User To Tenant Non Existent User Success")`,
    method: 'PUT',
    path: '/v2/tenants/<default>/users/invalidUserName',
    auth: demo,
    status: 204,
  },
  {
    name: 'a create request names every missing field, not just the first',
    source: `${SUITE}/role/role-api-tests.spec.ts ("Create Role Missing Name Invalid Body 400")`,
    method: 'POST',
    path: '/v2/roles',
    auth: demo,
    body: { description: 'only description provided' },
    status: 400,
    title: 'INVALID_ARGUMENT',
    detail: /\bname\b/,
    check: (body) => expect(body.detail).toContain('No roleId provided.'),
  },
  {
    name: 'an invalid e-mail address is refused',
    source: `${SUITE}/user-api-tests.spec.ts ("Create User Invalid Email Invalid Body 400")`,
    method: 'POST',
    path: '/v2/users',
    auth: demo,
    body: { username: 'fidelity-user', password: 'secret', name: 'Fidelity', email: 'invalid-email' },
    status: 400,
    title: 'INVALID_ARGUMENT',
    detail: "The provided email 'invalid-email' is not valid.",
  },
  {
    name: 'PUT on a role replaces its fields: a description left out is emptied',
    source: `${SUITE}/role/role-api-tests.spec.ts ("Update Role Missing Description Success 200")`,
    method: 'PUT',
    path: '/v2/roles/task-worker',
    auth: demo,
    body: { name: 'missing description' },
    status: 200,
    check: (body) =>
      expect(body).toMatchObject({ roleId: 'task-worker', name: 'missing description', description: '' }),
  },
  {
    name: 'PUT on a user keeps the e-mail it leaves out',
    source: `${SUITE}/user-api-tests.spec.ts ("Update User Missing Email Success")`,
    method: 'PUT',
    path: '/v2/users/ron',
    auth: demo,
    body: { name: 'Ron Renamed' },
    status: 200,
    check: (body) => expect(body).toMatchObject({ username: 'ron', name: 'Ron Renamed', email: 'ron@example.com' }),
  },
  {
    name: 'an unknown user is "not found" by id',
    source: `${SUITE}/user-api-tests.spec.ts ("Get User Not Found")`,
    method: 'GET',
    path: '/v2/users/does-not-exist',
    auth: demo,
    status: 404,
    title: 'NOT_FOUND',
    detail: "User with id 'does-not-exist' not found",
  },
  // Issue 12 asks that unknown request properties be refused, not ignored; the suite asserts the
  // filter case above, the top-level wording is [inferred] by analogy (docs/camunda-api/error-messages.md §6).
  {
    name: 'an unknown top-level search property is a Bad Request',
    source: `${SUITE}/authorization/search-authorization-api.spec.ts ("invalid filter field"), by analogy`,
    method: 'POST',
    path: '/v2/process-instances/search',
    auth: demo,
    body: { filter: {}, size: 10 },
    status: 400,
    title: 'Bad Request',
    detail: 'Request property [size] cannot be parsed',
  },
  {
    name: 'an unknown property in a create body is a Bad Request, not ignored',
    source: `${SUITE}/role/role-api-tests.spec.ts (request beans carry only the documented fields), by analogy`,
    method: 'POST',
    path: '/v2/roles',
    auth: demo,
    body: { roleId: 'with-extra', name: 'With extra', colour: 'blue' },
    status: 400,
    title: 'Bad Request',
    detail: 'Request property [colour] cannot be parsed',
  },
  {
    name: 'an unknown property in a command body is a Bad Request, before any permission check',
    source: `${SUITE}/process-instance (request bodies carry only the documented fields), by analogy`,
    method: 'POST',
    path: '/v2/process-instances',
    auth: `Basic ${Buffer.from('ron:ron').toString('base64')}`,
    body: { processDefinitionId: 'invoice-approval', priority: 'high' },
    status: 400,
    title: 'Bad Request',
    detail: 'Request property [priority] cannot be parsed',
  },
  {
    name: 'an unknown property in an authorization create body is a Bad Request',
    source: `${SUITE}/authorization/create-authorization-for-user-api.spec.ts, by analogy`,
    method: 'POST',
    path: '/v2/authorizations',
    auth: demo,
    body: { ...grant('with-extra'), expiresAt: '2030-01-01' },
    status: 400,
    title: 'Bad Request',
    detail: 'Request property [expiresAt] cannot be parsed',
  },
];

async function send(base: string, method: string, path: string, auth: string | undefined, body: unknown) {
  const headers: Record<string, string> = {};
  if (auth) headers.authorization = auth;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown> };
}

describe('demo cluster fidelity against Camunda (helm, 8.9 Basic)', () => {
  let cluster: DemoCluster;
  beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/helm.json'), port: 0 });
  });
  beforeEach(() => cluster.reset());
  afterAll(() => cluster.close());

  // https://github.com/camunda/camunda/issues/24060 (closed 2024, before 8.8): "a user should be
  // allowed to read and update itself" — USER, READ and UPDATE, on its own username. [inferred] that
  // 8.8–8.10 still do it: the end-to-end suite does not assert it.
  it('a user created through the API may read and update itself (camunda/camunda#24060)', async () => {
    const body = { username: 'fresh-user', password: 'secret-1', name: 'Fresh', email: 'fresh@example.com' };
    expect((await send(cluster.url, 'POST', '/v2/users', demo, body)).status).toBe(201);
    const found = await send(cluster.url, 'POST', '/v2/authorizations/search', demo, {
      filter: { ownerId: 'fresh-user' },
    });
    expect(found.body.items).toEqual([
      expect.objectContaining({
        ownerType: 'USER',
        ownerId: 'fresh-user',
        resourceType: 'USER',
        resourceId: 'fresh-user',
        permissionTypes: ['READ', 'UPDATE'],
      }),
    ]);
    const self = `Basic ${Buffer.from('fresh-user:secret-1').toString('base64')}`;
    expect((await send(cluster.url, 'GET', '/v2/users/fresh-user', self, undefined)).status).toBe(200);
    expect((await send(cluster.url, 'GET', '/v2/users/demo', self, undefined)).status).toBe(403);
  });

  it.each(ROWS)('$name ($source)', async (row) => {
    if (row.before !== undefined)
      expect((await send(cluster.url, row.method, row.path, row.auth, row.before)).status).toBeLessThan(300);
    const answer = await send(cluster.url, row.method, row.path, row.auth, row.body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(row.status);
    if (row.title !== undefined) expect(answer.body.title).toBe(row.title);
    if (typeof row.detail === 'string') expect(answer.body.detail).toBe(row.detail);
    else if (row.detail !== undefined) expect(answer.body.detail).toMatch(row.detail);
    row.check?.(answer.body);
  });
});
