import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterConfig } from '../config/cluster-config.ts';
import { createRedactingLogger } from '../logging/redacting-logger.ts';
import { type RunningLanternServer, startLanternServer } from '../start-lantern-server.ts';
import { testClusterConfig } from '../testing/cluster-config-fixture.ts';
import { type FakeUpstream, type RawResponse, rawRequest, startFakeUpstream } from '../testing/test-servers.ts';

// The administrative client route (SECURITY.md "Applying fixes with the server's administrative
// client"): who may use it, what it may send, and that its secret and token never leave the server.

const ADMIN_SECRET = 'admin-secret-Vq81xZ';
const ADMIN_TOKEN = 'admin-token-Hs62pW';
const basic = (user: string) => `Basic ${Buffer.from(`${user}:${user}-pw`).toString('base64')}`;
const GRANT = {
  ownerId: 'anna',
  ownerType: 'USER',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: 'invoice',
  permissionTypes: ['UPDATE_USER_TASK'],
};

let cluster: FakeUpstream;
let lantern: RunningLanternServer;
let exchanges = 0;
const logLines: string[] = [];
const created = new Set<string>();

function config(id: string, extra: Partial<ClusterConfig> = {}): ClusterConfig {
  return testClusterConfig({ id, name: id, restBaseUrl: cluster.url, auth: 'oidc', ...extra });
}

beforeAll(async () => {
  cluster = await startFakeUpstream((req, res) => {
    const auth = req.headers.authorization ?? '';
    if (req.url === '/v2/authentication/me') {
      // The cluster decides who the caller is: demo and ron are users, "client" is a client token.
      const user = auth === basic('demo') ? 'demo' : auth === basic('ron') ? 'ron' : null;
      if (auth === 'Bearer client-token') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ username: null }));
      } else if (user) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ username: user }));
      } else {
        res.writeHead(401).end();
      }
      return;
    }
    if (auth !== `Bearer ${ADMIN_TOKEN}`) {
      res.writeHead(403, { 'content-type': 'application/problem+json' }).end('{"status":403}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && req.url === '/v2/authorizations') {
        if (created.has(body)) {
          res
            .writeHead(409, { 'content-type': 'application/problem+json' })
            .end(JSON.stringify({ status: 409, title: 'ALREADY_EXISTS', detail: 'already exists' }));
        } else {
          created.add(body);
          res.writeHead(201, { 'content-type': 'application/json' }).end('{"authorizationKey":"77"}');
        }
      } else if (req.method === 'PUT' && req.url === '/v2/tenants/finance/users/anna') {
        res.writeHead(body === '' ? 204 : 400).end();
      } else if (req.method === 'POST' && req.url === '/v2/authorizations/search') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items: [GRANT], echo: body }));
      } else if (req.method === 'POST' && req.url === '/v2/groups/accounting/users/search') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[{"username":"anna"}]}');
      } else {
        res.writeHead(404).end();
      }
    });
  });
  lantern = await startLanternServer({
    port: 0,
    spa: { kind: 'none' },
    logger: createRedactingLogger((line) => logLines.push(line)),
    exchange: (_cluster, clientId, clientSecret) => {
      exchanges += 1;
      if (clientId !== 'ops-client' || clientSecret !== ADMIN_SECRET) throw new Error('wrong admin client');
      return Promise.resolve({ accessToken: ADMIN_TOKEN, issuedAt: Date.now(), expiresAt: Date.now() + 300_000 });
    },
    clusters: [
      config('saas', { adminClient: { clientId: 'ops-client', clientSecret: ADMIN_SECRET, adminPrincipals: ['ron'] } }),
      config('other', {
        adminClient: { clientId: 'ops-client', clientSecret: ADMIN_SECRET, adminPrincipals: ['demo'] },
      }),
      config('plain'),
    ],
  });
});

afterAll(async () => {
  await lantern.close();
  await cluster.close();
});

beforeEach(() => {
  cluster.requests.length = 0;
  logLines.length = 0;
});

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(lantern.port, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: `127.0.0.1:${lantern.port}`, ...headers },
    body: JSON.stringify(body),
  });
}

const adminWrites = () => cluster.requests.filter((r) => r.url !== '/v2/authentication/me');

describe('POST /api/clusters/:id/admin/authorizations', () => {
  it('creates the grant with the administrative client for an allowlisted caller, and logs who did it', async () => {
    const answer = await post(
      '/api/clusters/saas/admin/authorizations',
      { ...GRANT, resourceId: 'first' },
      {
        authorization: basic('ron'),
      },
    );
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toEqual({ authorizationKey: '77' });
    // The caller's own credentials went to /me only; the write went with the administrative token.
    expect(cluster.requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ['GET', '/v2/authentication/me', basic('ron')],
      ['POST', '/v2/authorizations', `Bearer ${ADMIN_TOKEN}`],
    ]);
    expect(logLines.join('\n')).toMatch(/admin saas: ron POST \/v2\/authorizations .*"resourceId":"first".* → 201/);
  });

  it("passes the cluster's 409 ALREADY_EXISTS through for an identical grant", async () => {
    const body = { ...GRANT, resourceId: 'twice' };
    expect((await post('/api/clusters/saas/admin/authorizations', body, { authorization: basic('ron') })).status).toBe(
      201,
    );
    const again = await post('/api/clusters/saas/admin/authorizations', body, { authorization: basic('ron') });
    expect(again.status).toBe(409);
    expect(JSON.parse(again.body)).toMatchObject({ title: 'ALREADY_EXISTS' });
  });

  it('refuses a caller without credentials, with credentials the cluster rejects, or not on the allowlist', async () => {
    const none = await post('/api/clusters/saas/admin/authorizations', GRANT);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ title: 'Not signed in to this cluster' });
    const rejected = await post('/api/clusters/saas/admin/authorizations', GRANT, { authorization: basic('mallory') });
    expect(rejected.status).toBe(401);
    const notListed = await post('/api/clusters/saas/admin/authorizations', GRANT, { authorization: basic('demo') });
    expect(notListed.status).toBe(403);
    expect((JSON.parse(notListed.body) as { detail: string }).detail).toBe(
      "User 'demo' is not on the list of Lantern administrators for cluster 'saas'.",
    );
    const client = await post('/api/clusters/saas/admin/authorizations', GRANT, {
      authorization: 'Bearer client-token',
    });
    expect(client.status).toBe(403);
    expect(adminWrites()).toHaveLength(0);
    expect(logLines.join('\n')).toContain("refused POST /clusters/saas/admin/authorizations for 'demo'");
  });

  it('checks the allowlist of the cluster in the path: an administrator of one cluster is not one of another', async () => {
    expect(
      (await post('/api/clusters/other/admin/authorizations', GRANT, { authorization: basic('demo') })).status,
    ).toBe(201);
    const wrong = await post('/api/clusters/other/admin/authorizations', GRANT, { authorization: basic('ron') });
    expect(wrong.status).toBe(403);
    const unknown = await post('/api/clusters/nope/admin/authorizations', GRANT, { authorization: basic('ron') });
    expect(unknown.status).toBe(404);
    const unconfigured = await post('/api/clusters/plain/admin/authorizations', GRANT, { authorization: basic('ron') });
    expect(unconfigured.status).toBe(404);
    expect(JSON.parse(unconfigured.body)).toMatchObject({ title: 'No administrative client' });
  });

  it('sends nothing for a body that is not exactly one grant', async () => {
    const bad: unknown[] = [
      { ...GRANT, extra: 'x' },
      { ...GRANT, ownerType: 'ROOT' },
      { ...GRANT, resourcePropertyName: 'assignee' },
      { ...GRANT, resourceId: undefined },
      { ...GRANT, permissionTypes: [] },
      { ...GRANT, permissionTypes: ['READ; DROP'] },
      { ...GRANT, resourceType: '../users' },
      [GRANT],
    ];
    for (const body of bad) {
      const answer = await post('/api/clusters/saas/admin/authorizations', body, { authorization: basic('ron') });
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect(adminWrites()).toHaveLength(0);
  });

  it('refuses a cross-site or non-JSON request before asking the cluster anything', async () => {
    const crossSite = await post('/api/clusters/saas/admin/authorizations', GRANT, {
      authorization: basic('ron'),
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    const form = await rawRequest(lantern.port, '/api/clusters/saas/admin/authorizations', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', host: `127.0.0.1:${lantern.port}`, authorization: basic('ron') },
      body: JSON.stringify(GRANT),
    });
    expect(form.status).toBe(415);
    expect(cluster.requests).toHaveLength(0);
  });
});

describe('the other admin routes', () => {
  it('assigns a tenant membership with a body-less PUT', async () => {
    const answer = await post(
      '/api/clusters/saas/admin/memberships',
      { containerType: 'TENANT', containerId: 'finance', memberType: 'USER', memberId: 'anna' },
      { authorization: basic('ron') },
    );
    expect(answer.status).toBe(204);
    expect(adminWrites().map((r) => `${r.method} ${r.url}`)).toEqual(['PUT /v2/tenants/finance/users/anna']);
  });

  it('refuses a membership the cluster has no endpoint for', async () => {
    const answer = await post(
      '/api/clusters/saas/admin/memberships',
      { containerType: 'GROUP', containerId: 'accounting', memberType: 'ROLE', memberId: 'admin' },
      { authorization: basic('ron') },
    );
    expect(answer.status).toBe(400);
    expect(adminWrites()).toHaveLength(0);
  });

  it('reads authorizations and members for the verification, with only a page as the query', async () => {
    const all = await post(
      '/api/clusters/saas/admin/authorizations/search',
      { page: { from: 0, limit: 1000 } },
      {
        authorization: basic('ron'),
      },
    );
    expect(all.status).toBe(200);
    expect(JSON.parse(all.body)).toMatchObject({ items: [GRANT], echo: '{"page":{"from":0,"limit":1000}}' });
    const filtered = await post(
      '/api/clusters/saas/admin/authorizations/search',
      { filter: { ownerId: 'x' } },
      {
        authorization: basic('ron'),
      },
    );
    expect(filtered.status).toBe(400);
    const members = await post(
      '/api/clusters/saas/admin/members/search',
      { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER' },
      { authorization: basic('ron') },
    );
    expect(JSON.parse(members.body)).toEqual({ items: [{ username: 'anna' }] });
  });

  it('tells an allowlisted caller which client applies, and nobody else', async () => {
    const get = (authorization: string) =>
      rawRequest(lantern.port, '/api/clusters/saas/admin', {
        headers: { authorization, host: `127.0.0.1:${lantern.port}` },
      });
    expect(JSON.parse((await get(basic('ron'))).body)).toEqual({ clientId: 'ops-client', username: 'ron' });
    expect((await get(basic('demo'))).status).toBe(403);
  });
});

describe('secrets', () => {
  it("never puts the client's secret or token in an answer or a log line", async () => {
    const answers = [
      await post(
        '/api/clusters/saas/admin/authorizations',
        { ...GRANT, resourceId: 'secrets' },
        { authorization: basic('ron') },
      ),
      await post('/api/clusters/saas/admin/authorizations', GRANT, { authorization: basic('demo') }),
      await post('/api/clusters/saas/admin/authorizations/search', {}, { authorization: basic('ron') }),
      await rawRequest(lantern.port, '/api/clusters', { headers: { host: `127.0.0.1:${lantern.port}` } }),
    ];
    for (const answer of answers) {
      const text = `${JSON.stringify(answer.headers)}${answer.body}`;
      expect(text).not.toContain(ADMIN_SECRET);
      expect(text).not.toContain(ADMIN_TOKEN);
    }
    const log = logLines.join('\n');
    expect(log).toContain('admin saas: ron');
    expect(log).not.toContain(ADMIN_SECRET);
    expect(log).not.toContain(ADMIN_TOKEN);
    expect(log).not.toContain(basic('ron').slice(6));
  });

  it('asks the identity provider once per cluster and reuses the token while it is fresh', () => {
    // Many writes and reads above on saas and one on other: two exchanges in all.
    expect(exchanges).toBe(2);
  });
});
