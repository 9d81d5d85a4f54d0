import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';
import { startLocalIssuer, type LocalIssuer } from './testing/local-jwks.ts';

const basic = (user: string, password = user) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  json: () => Record<string, unknown>;
  headers: Headers;
}

async function call(base: string, method: string, path: string, auth?: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (auth) headers.authorization = auth;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (path.startsWith('/__control/')) headers['x-lantern-demo-control'] = '1';
  const res = await fetch(base + path, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
    headers: res.headers,
  };
}

type Task = {
  userTaskKey: string;
  processDefinitionId: string;
  assignee?: string | null;
  candidateGroups: string[];
  formKey?: string | null;
};

async function searchTasks(base: string, auth: string | undefined, filter: Record<string, unknown> = {}, limit = 100) {
  const a = await call(base, 'POST', '/v2/user-tasks/search', auth, { filter, page: { limit } });
  expect(a.status).toBe(200);
  return a.json() as { items: Task[]; page: { totalItems: number } };
}

describe('c8run (8.8, unprotected API)', () => {
  let cluster: DemoCluster;
  beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/c8run.json'), port: 0 });
  });
  afterAll(() => cluster.close());

  it('answers /v2/authentication/me with 401 and an empty body', async () => {
    const a = await call(cluster.url, 'GET', '/v2/authentication/me');
    expect(a.status).toBe(401);
    expect(a.text).toBe('');
  });

  it('serves everything anonymously in 8.8 shapes', async () => {
    const topology = (await call(cluster.url, 'GET', '/v2/topology')).json();
    expect(topology).toMatchObject({
      clusterSize: 1,
      partitionsCount: 1,
      replicationFactor: 1,
      gatewayVersion: '8.8.0',
    });
    expect(topology).not.toHaveProperty('clusterId');
    const tasks = await searchTasks(cluster.url, undefined);
    expect(tasks.page.totalItems).toBe(65); // 62 generated + 3 seeded, one of them with a form embedded in its BPMN
    expect(tasks.items[0]).not.toHaveProperty('tags');
    expect((await call(cluster.url, 'GET', '/v2/status')).status).toBe(204);
  });
});

describe('helm (8.9, Basic auth, authorizations on)', () => {
  let cluster: DemoCluster;
  beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/helm.json'), port: 0 });
  });
  beforeEach(() => cluster.reset());
  afterAll(() => cluster.close());

  it('answers 401 problems without or with wrong credentials', async () => {
    const none = await call(cluster.url, 'GET', '/v2/topology');
    expect(none.status).toBe(401);
    expect(none.contentType).toContain('application/problem+json');
    expect(none.json()).toEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'Full authentication is required to access this resource',
      instance: '/v2/topology',
    });
    const wrong = await call(cluster.url, 'GET', '/v2/topology', basic('demo', 'nope'));
    expect(wrong.json()).toMatchObject({ status: 401, detail: 'Bad credentials' });
    const unknown = await call(cluster.url, 'GET', '/v2/topology', basic('mallory'));
    expect(unknown.json()).toMatchObject({ status: 401, detail: 'Bad credentials' });
  });

  it("forbids ron's assignment with the chained 8.9 engine text", async () => {
    const [t] = (
      await searchTasks(cluster.url, basic('demo'), { state: 'CREATED', processDefinitionId: 'invoice-approval' }, 1)
    ).items;
    const a = await call(cluster.url, 'POST', `/v2/user-tasks/${t!.userTaskKey}/assignment`, basic('ron'), {
      assignee: 'ron',
    });
    expect(a.status).toBe(403);
    expect(a.json()).toEqual({
      type: 'about:blank',
      title: 'FORBIDDEN',
      status: 403,
      detail: `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${t!.userTaskKey}]'`,
      instance: `/v2/user-tasks/${t!.userTaskKey}/assignment`,
    });
    // ron still reads everything
    expect((await searchTasks(cluster.url, basic('ron'))).page.totalItems).toBe(66);
  });

  it('gives nina 200 with zero items', async () => {
    const result = await searchTasks(cluster.url, basic('nina'));
    expect(result.items).toEqual([]);
    expect(result.page).toEqual({ totalItems: 0, hasMoreTotalItems: false, startCursor: null, endCursor: null });
  });

  it('filters anna to invoice tasks and tasks of her candidate group; other reads are 403', async () => {
    const visible = await searchTasks(cluster.url, basic('anna'));
    expect(visible.page.totalItems).toBeGreaterThan(10);
    expect(visible.page.totalItems).toBeLessThan(66);
    for (const t of visible.items)
      expect(
        t.processDefinitionId === 'invoice-approval' ||
          t.candidateGroups.includes('accounting') ||
          t.assignee === 'anna',
      ).toBe(true);
    const [claimsTask] = (await searchTasks(cluster.url, basic('demo'), { processDefinitionId: 'claims-handling' }, 1))
      .items;
    const a = await call(cluster.url, 'GET', `/v2/user-tasks/${claimsTask!.userTaskKey}`, basic('anna'));
    expect(a.status).toBe(403);
    expect(a.json()).toEqual({
      type: 'about:blank',
      title: 'FORBIDDEN',
      status: 403,
      detail:
        "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
      instance: `/v2/user-tasks/${claimsTask!.userTaskKey}`,
    });
  });

  it('lets anna claim a candidate-group task and complete it; a second completion is 404', async () => {
    const [t] = (
      await searchTasks(
        cluster.url,
        basic('anna'),
        {
          state: 'CREATED',
          candidateGroup: 'accounting',
          processDefinitionId: 'purchase-request',
          assignee: { $exists: false },
        },
        1,
      )
    ).items;
    expect(t).toBeDefined();
    const key = t!.userTaskKey;
    const claim = await call(cluster.url, 'POST', `/v2/user-tasks/${key}/assignment`, basic('anna'), {
      assignee: 'anna',
      allowOverride: false,
    });
    expect(claim.status).toBe(204);
    const complete = await call(cluster.url, 'POST', `/v2/user-tasks/${key}/completion`, basic('anna'), {
      variables: { budgetAvailable: true },
    });
    expect(complete.status).toBe(204);
    const after = (await call(cluster.url, 'GET', `/v2/user-tasks/${key}`, basic('anna'))).json();
    expect(after).toMatchObject({ state: 'COMPLETED', assignee: 'anna' });
    const again = await call(cluster.url, 'POST', `/v2/user-tasks/${key}/completion`, basic('anna'), {});
    expect(again.status).toBe(404);
    expect(again.json().detail).toBe(
      `Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete user task with key '${key}', but no such user task was found`,
    );
  });

  it('rejects claiming a task assigned to someone else with 409', async () => {
    const [t] = (await searchTasks(cluster.url, basic('demo'), { state: 'CREATED', assignee: 'anna' }, 1)).items;
    const a = await call(cluster.url, 'POST', `/v2/user-tasks/${t!.userTaskKey}/assignment`, basic('demo'), {
      assignee: 'demo',
      allowOverride: false,
    });
    expect(a.status).toBe(409);
    expect(a.json()).toMatchObject({
      title: 'INVALID_STATE',
      detail: `Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '${t!.userTaskKey}', but it has already been assigned`,
    });
    // with override (ASSIGN) the admin may reassign
    expect(
      (
        await call(cluster.url, 'POST', `/v2/user-tasks/${t!.userTaskKey}/assignment`, basic('demo'), {
          assignee: 'demo',
        })
      ).status,
    ).toBe(204);
  });

  it('answers 404 for an unknown task, 204 for a task without form, 400 for broken JSON', async () => {
    const missing = await call(cluster.url, 'GET', '/v2/user-tasks/2251799813699999', basic('demo'));
    expect(missing.json()).toMatchObject({
      status: 404,
      title: 'NOT_FOUND',
      detail: "User Task with key '2251799813699999' not found",
    });
    const [noForm] = (await searchTasks(cluster.url, basic('demo'), { elementId: 'place-order' }, 1)).items;
    expect((await call(cluster.url, 'GET', `/v2/user-tasks/${noForm!.userTaskKey}/form`, basic('demo'))).status).toBe(
      204,
    );
    const [withForm] = (await searchTasks(cluster.url, basic('demo'), { elementId: 'review-invoice' }, 1)).items;
    const form = (await call(cluster.url, 'GET', `/v2/user-tasks/${withForm!.userTaskKey}/form`, basic('demo'))).json();
    expect(typeof form.schema).toBe('string');
    expect(JSON.parse(form.schema as string)).toHaveProperty('components');
    const broken = await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), '{"filter": ');
    expect(broken.status).toBe(400);
  });

  it('pages with cursors and sorts case-insensitively', async () => {
    const first = (
      await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {
        sort: [{ field: 'priority', order: 'desc' }],
        page: { limit: 10 },
      })
    ).json() as {
      items: { userTaskKey: string; priority: number }[];
      page: { endCursor: string };
    };
    expect(first.items.map((t) => t.priority)).toEqual([...first.items.map((t) => t.priority)].sort((a, b) => b - a));
    const second = (
      await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {
        sort: [{ field: 'priority', order: 'DESC' }],
        page: { limit: 10, after: first.page.endCursor },
      })
    ).json() as {
      items: { userTaskKey: string }[];
    };
    const offset = (
      await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {
        sort: [{ field: 'priority', order: 'DESC' }],
        page: { from: 10, limit: 10 },
      })
    ).json() as {
      items: { userTaskKey: string }[];
    };
    expect(second.items.map((t) => t.userTaskKey)).toEqual(offset.items.map((t) => t.userTaskKey));
  });

  it('persists an authorization created by demo so nina can then see invoice tasks; reset forgets it', async () => {
    const created = await call(cluster.url, 'POST', '/v2/authorizations', basic('demo'), {
      ownerId: 'nina',
      ownerType: 'USER',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['READ_USER_TASK'],
    });
    expect(created.status).toBe(201);
    expect((await searchTasks(cluster.url, basic('nina'))).page.totalItems).toBeGreaterThan(0);
    const denied = await call(cluster.url, 'POST', '/v2/authorizations', basic('ron'), {
      ownerId: 'nina',
      ownerType: 'USER',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: '*',
      permissionTypes: ['READ_USER_TASK'],
    });
    expect(denied.json().detail).toBe(
      "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE' on resource 'AUTHORIZATION'",
    );
    expect((await call(cluster.url, 'POST', '/__control/reset')).status).toBe(204);
    expect((await searchTasks(cluster.url, basic('nina'))).page.totalItems).toBe(0);
  });

  it('injects faults per method and path, N times, and clears them', async () => {
    const add = await call(cluster.url, 'POST', '/__control/faults', undefined, {
      method: 'POST',
      path: '/v2/user-tasks/search',
      kind: 'status',
      status: 503,
      retryAfter: '2',
      times: 1,
    });
    expect(add.status).toBe(201);
    const failed = await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {});
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('2');
    expect(failed.json()).toMatchObject({ title: 'RESOURCE_EXHAUSTED', status: 503 });
    expect((await call(cluster.url, 'POST', '/v2/user-tasks/search', basic('demo'), {})).status).toBe(200);
    await call(cluster.url, 'POST', '/__control/faults', undefined, { path: '/v2/topology', kind: 'html' });
    const html = await call(cluster.url, 'GET', '/v2/topology', basic('demo'));
    expect(html.contentType).toContain('text/html');
    await call(cluster.url, 'POST', '/__control/faults', undefined, { path: '/v2/license', kind: 'drop' });
    await expect(fetch(`${cluster.url}/v2/license`)).rejects.toThrow();
    expect((await call(cluster.url, 'DELETE', '/__control/faults')).status).toBe(204);
    expect((await call(cluster.url, 'GET', '/v2/topology', basic('demo'))).status).toBe(200);
  });
});

describe('saas (8.10, Bearer JWT)', () => {
  let cluster: DemoCluster;
  let idp: LocalIssuer;
  beforeAll(async () => {
    idp = await startLocalIssuer();
    cluster = await startDemoCluster({
      scenario: await loadScenarioFile('demo/scenarios/saas.json'),
      port: 0,
      oidc: { issuer: idp.issuer, jwksUri: idp.jwksUri },
    });
  });
  afterAll(async () => {
    await cluster.close();
    await idp.close();
  });

  const anna = () =>
    idp.mint({
      preferred_username: 'anna',
      client_id: 'lantern',
      groups: ['accounting'],
      name: 'Anna Accounting',
      email: 'anna@example.com',
    });

  it('reads the user principal from the token (preferUsernameClaim)', async () => {
    const me = (await call(cluster.url, 'GET', '/v2/authentication/me', `Bearer ${await anna()}`)).json();
    expect(me).toMatchObject({
      username: 'anna',
      displayName: 'Anna Accounting',
      groups: ['accounting'],
      roles: ['task-worker'],
    });
  });

  it('treats a machine token as the client: worker-client sees no tasks', async () => {
    const token = await idp.mint({ client_id: 'worker-client' });
    const me = (await call(cluster.url, 'GET', '/v2/authentication/me', `Bearer ${token}`)).json();
    expect(me).toMatchObject({ username: null, roles: [] });
    expect((await searchTasks(cluster.url, `Bearer ${token}`)).page.totalItems).toBe(0);
  });

  it('rejects wrong audience, expired, badly signed and missing tokens with Spring texts', async () => {
    const prefix = 'An error occurred while attempting to decode the Jwt: ';
    const aud = await call(
      cluster.url,
      'GET',
      '/v2/topology',
      `Bearer ${await idp.mint({ client_id: 'x' }, { audience: 'other-api' })}`,
    );
    expect(aud.json()).toMatchObject({
      status: 401,
      title: 'Unauthorized',
      detail: `${prefix}The aud claim is not valid`,
    });
    const expired = await call(
      cluster.url,
      'GET',
      '/v2/topology',
      `Bearer ${await idp.mint({ client_id: 'x' }, { expiresInSeconds: -120 })}`,
    );
    expect(expired.json().detail).toMatch(
      /^An error occurred while attempting to decode the Jwt: Jwt expired at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    const skew = await call(
      cluster.url,
      'GET',
      '/v2/topology',
      `Bearer ${await idp.mint({ client_id: 'x' }, { expiresInSeconds: -30 })}`,
    );
    expect(skew.status).toBe(200);
    const foreign = await call(
      cluster.url,
      'GET',
      '/v2/topology',
      `Bearer ${await idp.mintForeign({ client_id: 'x' })}`,
    );
    expect(foreign.status).toBe(401);
    const basicOnSaas = await call(cluster.url, 'GET', '/v2/topology', basic('demo'));
    expect(basicOnSaas.json().detail).toBe('Full authentication is required to access this resource');
  });

  it('shows the degraded topology with 8.10 fields and answers own authorizations', async () => {
    const topology = (await call(cluster.url, 'GET', '/v2/topology', `Bearer ${await anna()}`)).json() as {
      brokers: {
        brokerId: string;
        partitions: { partitionId: number; role: string; health: string; state: string }[];
      }[];
    };
    const cells = topology.brokers.flatMap((b) => b.partitions);
    expect(cells.some((p) => p.health === 'unhealthy')).toBe(true);
    expect(cells.filter((p) => p.partitionId === 3).some((p) => p.role === 'leader')).toBe(false);
    expect(topology.brokers[0]!.brokerId).toBe('0');
    const own = (
      await call(cluster.url, 'POST', '/v2/authentication/me/authorizations', `Bearer ${await anna()}`, {})
    ).json() as {
      items: { resourceType: string; resourceId: string | null; resourcePropertyName: string | null }[];
    };
    expect(own.items).toContainEqual(
      expect.objectContaining({ resourceType: 'PROCESS_DEFINITION', resourceId: 'invoice-approval' }),
    );
    expect(
      own.items
        .filter((a) => a.resourceType === 'USER_TASK')
        .map((a) => a.resourcePropertyName)
        .sort(),
    ).toEqual(['assignee', 'candidateGroups', 'candidateUsers']);
  });
});
