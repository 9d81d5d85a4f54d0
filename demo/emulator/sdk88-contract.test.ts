import {
  AuthorizationKey,
  ElementId,
  ProcessDefinitionKey,
  TenantId,
  UserTaskKey,
  Username,
  createCamundaClient,
  type CamundaClient,
} from 'sdk88';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';
import { exerciseGroupsRolesTenants, identityNames, tearDownGroupsRolesTenants } from './testing/identity-exercise.ts';
import { exerciseProcessExecution } from './testing/process-execution-exercise.ts';
import { completeTaskStepByStep, openTaskWithForm } from './testing/user-task-exercise.ts';

// Contract tests: Camunda's own 8.8.4 SDK with STRICT request and response validation against the
// c8run demo cluster (8.8, unprotected API, so every call is anonymous and unchecked).

const C = { consistency: { waitUpToMs: 0 } };
const STRICT = { CAMUNDA_SDK_VALIDATION: 'req:strict,res:strict', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1 } as const;

async function exerciseEveryEndpoint(camunda: CamundaClient, suffix: string): Promise<void> {
  const topology = await camunda.getTopology();
  expect(topology.brokers.length).toBe(1);
  await camunda.getLicense();
  await camunda.getStatus();

  // user tasks
  const key = UserTaskKey.assumeExists(await openTaskWithForm(camunda));
  await camunda.getUserTask({ userTaskKey: key }, C);
  const vars = await camunda.searchUserTaskVariables({ userTaskKey: key, filter: { name: { $like: '*' } } }, C);
  expect(vars.items.length).toBeGreaterThan(0);
  await completeTaskStepByStep(camunda, key);

  // process definitions
  const defs = await camunda.searchProcessDefinitions(
    { filter: { isLatestVersion: true }, sort: [{ field: 'name' }] },
    C,
  );
  expect(defs.items?.length).toBe(5); // with the expense claim, whose form is embedded in its BPMN
  await camunda.getProcessDefinition(
    { processDefinitionKey: ProcessDefinitionKey.assumeExists(defs.items![0]!.processDefinitionKey!) },
    C,
  );

  // identity
  const names = identityNames(
    suffix,
    Username.assumeExists(`kim-${suffix}`),
    TenantId.assumeExists(`tenant-${suffix}`),
  );
  const { user, group, role } = names;
  await camunda.createUser({ username: user, password: 'secret', name: 'Kim', email: 'kim@example.com' }, C);
  await camunda.getUser({ username: user }, C);
  await camunda.updateUser({ username: user, name: 'Kim Berg', email: 'kim.berg@example.com' }, C);
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
  const authKey = AuthorizationKey.assumeExists(created.authorizationKey!);
  await camunda.getAuthorization({ authorizationKey: authKey }, C);
  await camunda.updateAuthorization({
    authorizationKey: authKey,
    ownerId: group,
    ownerType: 'GROUP',
    resourceType: 'PROCESS_DEFINITION',
    resourceId: 'purchase-request',
    permissionTypes: ['READ_USER_TASK'],
  });
  const found = await camunda.searchAuthorizations(
    { filter: { ownerId: group, resourceType: 'PROCESS_DEFINITION' } },
    C,
  );
  expect(found.items?.map((a) => a.resourceId)).toEqual(['purchase-request']);
  await camunda.deleteAuthorization({ authorizationKey: authKey });

  // tear down memberships and entities
  await tearDownGroupsRolesTenants(camunda, names);
  await camunda.deleteUser({ username: user }, C);

  await exerciseProcessExecution(camunda);
}

describe('SDK 8.8.4 (strict validation) against c8run without auth', () => {
  let cluster: DemoCluster;
  beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/c8run.json'), port: 0 });
  });
  afterAll(() => cluster.close());

  const client = (validation: string) =>
    createCamundaClient({
      config: {
        ...STRICT,
        CAMUNDA_SDK_VALIDATION: validation,
        CAMUNDA_REST_ADDRESS: cluster.url,
        CAMUNDA_AUTH_STRATEGY: 'NONE',
      },
    });

  it('calls every implemented endpoint anonymously', async () => {
    await exerciseEveryEndpoint(client('req:strict,res:strict'), 'c8run');
  });

  it('answers /authentication/me with 401 for the anonymous caller', async () => {
    await expect(client('req:strict,res:strict').getAuthentication()).rejects.toMatchObject({ status: 401 });
  });

  // SDK 8.8 types FormResult.schema as an object, but the server sends a JSON string (docs/camunda-api/versions.md
  // §4: an 8.8 spec inaccuracy). So this one call runs without response validation.
  it('serves the linked form schema as a JSON string', async () => {
    const tasks = await client('req:strict,res:strict').searchUserTasks(
      { filter: { elementId: ElementId.assumeExists('review-invoice') }, page: { limit: 1 } },
      C,
    );
    const form = await client('req:strict,res:none').getUserTaskForm(
      { userTaskKey: UserTaskKey.assumeExists(tasks.items[0]!.userTaskKey) },
      C,
    );
    expect(typeof form?.schema).toBe('string');
    // …and strict response validation is really on: the same call fails under it.
    await expect(
      client('req:strict,res:strict').getUserTaskForm(
        { userTaskKey: UserTaskKey.assumeExists(tasks.items[0]!.userTaskKey) },
        C,
      ),
    ).rejects.toThrow(/validation/i);
  });
});
