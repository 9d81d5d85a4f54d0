import {
  AuthorizationKey,
  ElementInstanceKey,
  ProcessDefinitionKey,
  TenantId,
  UserTaskKey,
  Username,
  createCamundaClient,
  type CamundaClient,
} from 'sdk89';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoOidcProvider, type RunningDemoOidcProvider } from '../oidc/demo-oidc-provider.ts';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';
import { exerciseGroupsRolesTenants, identityNames, tearDownGroupsRolesTenants } from './testing/identity-exercise.ts';
import { startLocalIssuer, type LocalIssuer } from './testing/local-jwks.ts';
import { exerciseProcessExecution } from './testing/process-execution-exercise.ts';
import { completeTaskStepByStep, openTaskWithForm } from './testing/user-task-exercise.ts';

// Contract tests: Camunda's own 9.1.x SDK (the 8.9 API surface) with STRICT request and response
// validation against the helm (Basic) and saas (client-credentials Bearer token) demo clusters.
// Every endpoint the emulator implements and the SDK offers is called at least once.

const C = { consistency: { waitUpToMs: 0 } };
const STRICT = { CAMUNDA_SDK_VALIDATION: 'req:strict,res:strict', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1 } as const;

async function exerciseEveryEndpoint(camunda: CamundaClient, suffix: string, callerIsUser: boolean): Promise<void> {
  const topology = await camunda.getTopology();
  expect(topology.brokers.length).toBe(3);
  await camunda.getLicense();
  await camunda.getStatus();
  if (callerIsUser) await camunda.getAuthentication();

  // user tasks
  const key = UserTaskKey.assumeExists(await openTaskWithForm(camunda));
  await camunda.getUserTask({ userTaskKey: key }, C);
  const form = await camunda.getUserTaskForm({ userTaskKey: key }, C);
  expect(typeof form?.schema).toBe('string');
  const vars = await camunda.searchUserTaskVariables({ userTaskKey: key, filter: { name: { $like: '*' } } }, C);
  expect(vars.items.length).toBeGreaterThan(0);
  await camunda.searchUserTaskEffectiveVariables({ userTaskKey: key }, C);
  await completeTaskStepByStep(camunda, key);

  // process definitions
  const defs = await camunda.searchProcessDefinitions(
    { filter: { isLatestVersion: true }, sort: [{ field: 'name' }] },
    C,
  );
  expect(defs.items.length).toBe(4);
  await camunda.getProcessDefinition(
    { processDefinitionKey: ProcessDefinitionKey.assumeExists(defs.items[0]!.processDefinitionKey) },
    C,
  );

  // identity
  const names = identityNames(
    suffix,
    Username.assumeExists(`kim-${suffix}`),
    TenantId.assumeExists(`tenant-${suffix}`),
  );
  const { user, group, role } = names;
  await camunda.createUser({ username: user, password: 'secret', name: 'Kim', email: 'kim@example.com' });
  await camunda.getUser({ username: user }, C);
  await camunda.updateUser({ username: user, name: 'Kim Berg', email: 'kim.berg@example.com' });
  await camunda.searchUsers({ filter: { username: { $like: 'kim*' } } }, C);
  await exerciseGroupsRolesTenants(camunda, names);

  // authorizations (ID-based and property-based)
  const created = await camunda.createAuthorization({
    ownerId: role,
    ownerType: 'ROLE',
    resourceType: 'PROCESS_DEFINITION',
    resourceId: 'invoice-approval',
    permissionTypes: ['READ_USER_TASK', 'UPDATE_USER_TASK'],
  });
  const authKey = AuthorizationKey.assumeExists(created.authorizationKey);
  await camunda.getAuthorization({ authorizationKey: authKey }, C);
  await camunda.updateAuthorization({
    authorizationKey: authKey,
    ownerId: group,
    ownerType: 'GROUP',
    resourceType: 'USER_TASK',
    resourcePropertyName: 'candidateGroups',
    permissionTypes: ['READ', 'CLAIM', 'COMPLETE'],
  });
  const found = await camunda.searchAuthorizations({ filter: { ownerId: group, resourceType: 'USER_TASK' } }, C);
  expect(found.items.map((a) => a.resourcePropertyName)).toEqual(['candidateGroups']);
  await camunda.deleteAuthorization({ authorizationKey: authKey });

  // tear down memberships and entities
  await tearDownGroupsRolesTenants(camunda, names);
  await camunda.deleteUser({ username: user });

  await exerciseProcessExecution(camunda, (elementInstanceKey) =>
    camunda.searchElementInstanceIncidents(
      { elementInstanceKey: ElementInstanceKey.assumeExists(elementInstanceKey) },
      C,
    ),
  );
}

/** A client that fetches its own client-credentials token from `tokenUrl`, as a worker would. */
function oauthClient(restAddress: string, tokenUrl: string, id: string, secret: string): CamundaClient {
  return createCamundaClient({
    config: {
      ...STRICT,
      CAMUNDA_REST_ADDRESS: restAddress,
      CAMUNDA_AUTH_STRATEGY: 'OAUTH',
      CAMUNDA_CLIENT_ID: id,
      CAMUNDA_CLIENT_SECRET: secret,
      CAMUNDA_OAUTH_URL: tokenUrl,
      CAMUNDA_TOKEN_AUDIENCE: 'orchestration-api',
    },
  });
}

describe('SDK 9.1.5 (strict validation) against helm with Basic auth', () => {
  let cluster: DemoCluster;
  beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/helm.json'), port: 0 });
  });
  afterAll(() => cluster.close());

  it('calls every implemented endpoint as demo', async () => {
    const camunda = createCamundaClient({
      config: {
        ...STRICT,
        CAMUNDA_REST_ADDRESS: cluster.url,
        CAMUNDA_AUTH_STRATEGY: 'BASIC',
        CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
        CAMUNDA_BASIC_AUTH_PASSWORD: 'demo',
      },
    });
    await exerciseEveryEndpoint(camunda, 'helm', true);
    const me = await camunda.getAuthentication();
    expect(me).toMatchObject({ username: 'demo', roles: ['admin'] });
    // ~60 calls, each paying a bcrypt check (cost 10) as a real Basic-auth cluster does.
  }, 120_000);
});

describe('SDK 9.1.5 (strict validation) against saas with a client-credentials token', () => {
  let cluster: DemoCluster;
  let idp: LocalIssuer;
  beforeAll(async () => {
    idp = await startLocalIssuer({ 'ops-client': 'ops-secret', 'worker-client': 'worker-secret' });
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

  const client = (id: string, secret: string) => oauthClient(cluster.url, idp.tokenUrl, id, secret);

  it('calls every implemented endpoint as ops-client (admin role)', async () => {
    const camunda = client('ops-client', 'ops-secret');
    await exerciseEveryEndpoint(camunda, 'saas', false);
  });

  it('validates /authentication/me for a user token (demo, admin role)', async () => {
    const token = await idp.mint({
      preferred_username: 'demo',
      client_id: 'lantern',
      groups: ['managers'],
      name: 'Demo',
      email: 'demo@example.com',
    });
    const camunda = createCamundaClient({
      config: { ...STRICT, CAMUNDA_REST_ADDRESS: cluster.url, CAMUNDA_AUTH_STRATEGY: 'NONE' },
      fetch: (input: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    expect(await camunda.getAuthentication()).toMatchObject({
      username: 'demo',
      displayName: 'Demo',
      roles: ['admin'],
    });
  });

  it('answers /authentication/me for a client with username null (8.10 spec: nullable; SDK 9.1 types it non-null)', async () => {
    const token = await idp.mint({ client_id: 'ops-client' });
    const res = await fetch(`${cluster.url}/v2/authentication/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await res.json()).toMatchObject({ username: null, roles: ['admin'] });
  });

  it('shows worker-client an empty task list (filtered, not failed)', async () => {
    const camunda = client('worker-client', 'worker-secret');
    const result = await camunda.searchUserTasks({}, C);
    expect(result.items).toEqual([]);
    expect(result.page.totalItems).toBe(0);
  });
});

describe('SDK 9.1.5 (strict validation) against saas with a token from the demo OIDC provider', () => {
  // The same contract as above, but the token comes from the real demo provider (oidc-provider),
  // exactly as `npm start` wires it: JWKS, issuer and audience are the provider's, not a test key's.
  let cluster: DemoCluster;
  let provider: RunningDemoOidcProvider;
  beforeAll(async () => {
    const scenario = await loadScenarioFile('demo/scenarios/saas.json');
    const port = await freePort();
    provider = await startDemoOidcProvider({
      port,
      lanternOrigins: ['http://localhost:9'],
      scenario,
      accessTokenTtlSeconds: 300,
    });
    cluster = await startDemoCluster({
      scenario,
      port: 0,
      oidc: { issuer: provider.issuer, jwksUri: provider.jwksUri },
    });
  });
  afterAll(async () => {
    await cluster.close();
    await provider.close();
  });

  const client = (id: string, secret: string) => oauthClient(cluster.url, `${provider.issuer}/token`, id, secret);

  it('calls every implemented endpoint as ops-client (admin role)', async () => {
    await exerciseEveryEndpoint(client('ops-client', 'ops-secret'), 'saas-idp', false);
  });

  it('filters worker-client to an empty task list and forbids it to create an authorization', async () => {
    const camunda = client('worker-client', 'worker-secret');
    const result = await camunda.searchUserTasks({}, C);
    expect(result.page.totalItems).toBe(0);
    await expect(
      camunda.createAuthorization({
        ownerId: 'worker-client',
        ownerType: 'CLIENT',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: '*',
        permissionTypes: ['READ_USER_TASK'],
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
