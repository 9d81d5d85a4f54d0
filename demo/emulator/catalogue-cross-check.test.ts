import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../../src/lib/catalogue/operation-catalogue.ts';
import type { ApiVersion, OperationVersionFacts, PermissionAlternative } from '../../src/lib/catalogue/types.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';
import {
  CATALOGUE_PROBES,
  IDENTITY_PROBES,
  basicRequest,
  crossCheckScenario,
  has,
  probeApi,
  type Api,
  type Json,
  type Probe,
  type ProbeFactory,
} from './testing/cross-check-probes.ts';
import {
  ORDER_BPMN,
  ORDER_PROCESS_ID,
  SHIPPING_DMN,
  SIGNAL_BPMN,
  SIGNAL_PROCESS_ID,
  deploymentForm,
} from './testing/process-fixtures.ts';

// The demo clusters implement the authorization rules independently of Lantern's operation
// catalogue (src/lib/catalogue); this test holds the two together. For every catalogue operation, on
// each version: a caller without grants is refused with exactly the catalogue's behaviour (command
// 403 with its intent, read-side 403, or silent filtering), and the catalogue's least grant makes the
// same request pass; operations a version lacks answer 404. The last test of each version fails when
// an operation has no probe and prints how many were probed.

const taskProbe = async (api: Api, method: string, suffix: string, body?: unknown): Promise<Probe> => {
  const taskKey = await api.freshTask();
  return { method, path: `/v2/user-tasks/${taskKey}${suffix}`, body, resourceId: ORDER_PROCESS_ID, taskKey };
};

const PROCESS_PROBES: Record<string, ProbeFactory> = {
  searchProcessDefinitions: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/process-definitions/search',
      body: { filter: { processDefinitionId: ORDER_PROCESS_ID } },
      resourceId: ORDER_PROCESS_ID,
      sees: (body: Json) => (body.items as Json[]).length > 0,
    }),
  getProcessDefinition: async (api) => {
    const found = await api.admin('POST', '/v2/process-definitions/search', {
      filter: { processDefinitionId: ORDER_PROCESS_ID },
    });
    const key = String((found.items as Json[])[0]!.processDefinitionKey);
    return { method: 'GET', path: `/v2/process-definitions/${key}`, resourceId: ORDER_PROCESS_ID };
  },
  searchUserTasks: async (api) => {
    const taskKey = await api.freshTask();
    return {
      method: 'POST',
      path: '/v2/user-tasks/search',
      body: { filter: { userTaskKey: taskKey } },
      resourceId: ORDER_PROCESS_ID,
      taskKey,
      sees: has(taskKey, 'userTaskKey'),
    };
  },
  getUserTask: (api) => taskProbe(api, 'GET', ''),
  getUserTaskForm: (api) => taskProbe(api, 'GET', '/form'),
  searchUserTaskVariables: (api) => taskProbe(api, 'POST', '/variables/search', {}),
  searchUserTaskEffectiveVariables: (api) => taskProbe(api, 'POST', '/effective-variables/search', {}),
  assignUserTask: (api) => taskProbe(api, 'POST', '/assignment', { assignee: 'admin' }),
  unassignUserTask: (api) => taskProbe(api, 'DELETE', '/assignee'),
  completeUserTask: (api) => taskProbe(api, 'POST', '/completion', {}),
  updateUserTask: (api) => taskProbe(api, 'PATCH', '', { changeset: { priority: 10 } }),
  createAuthorization: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/authorizations',
      body: {
        ownerType: 'USER',
        ownerId: 'admin',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: 'cross-check',
        permissionTypes: ['READ_PROCESS_DEFINITION'],
      },
      resourceId: '*',
    }),
  searchAuthorizations: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/authorizations/search',
      body: { filter: { ownerId: 'admin' } },
      resourceId: '*',
      sees: (body: Json) => (body.items as Json[]).length > 0,
    }),
  getUser: () => Promise.resolve({ method: 'GET', path: '/v2/users/admin', resourceId: 'admin' }),
  searchUsers: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/users/search',
      body: {},
      resourceId: '*',
      sees: has('admin', 'username'),
    }),

  createDeployment: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/deployments',
      form: () => deploymentForm([{ name: 'order.bpmn', content: ORDER_BPMN }]),
      resourceId: '*',
    }),
  deleteResource: async (api) => {
    const form = deploymentForm([{ name: 'note.form', content: JSON.stringify({ id: 'cross-check-note' }) }]);
    const res = await api.admin('POST', '/v2/deployments', form);
    const formKey = String(((res.deployments as Json[])[0]!.form as Json).formKey);
    return {
      method: 'POST',
      path: `/v2/resources/${formKey}/deletion`,
      body: {},
      resourceId: 'cross-check-note',
      permission: 'DELETE_FORM',
    };
  },
  getResource: async (api) => ({
    method: 'GET',
    path: `/v2/resources/${await api.deployScript()}`,
    resourceId: 'cross-check.rpa',
  }),
  getResourceContent: async (api) => ({
    method: 'GET',
    path: `/v2/resources/${await api.deployScript()}/content`,
    resourceId: 'cross-check.rpa',
  }),
  searchDecisionDefinitions: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/decision-definitions/search',
      body: { filter: { decisionDefinitionId: 'choose-carrier' } },
      resourceId: 'choose-carrier',
      sees: (body: Json) => (body.items as Json[]).length > 0,
    }),
  getDecisionDefinition: async (api) => ({
    method: 'GET',
    path: `/v2/decision-definitions/${await api.decisionKey()}`,
    resourceId: 'choose-carrier',
  }),
  getDecisionDefinitionXml: async (api) => ({
    method: 'GET',
    path: `/v2/decision-definitions/${await api.decisionKey()}/xml`,
    resourceId: 'choose-carrier',
  }),
  searchDecisionRequirements: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/decision-requirements/search',
      body: { filter: { decisionRequirementsId: 'shipping-rules' } },
      resourceId: 'shipping-rules',
      sees: (body: Json) => (body.items as Json[]).length > 0,
    }),
  getDecisionRequirements: async (api) => ({
    method: 'GET',
    path: `/v2/decision-requirements/${await api.requirementsKey()}`,
    resourceId: 'shipping-rules',
  }),
  getDecisionRequirementsXml: async (api) => ({
    method: 'GET',
    path: `/v2/decision-requirements/${await api.requirementsKey()}/xml`,
    resourceId: 'shipping-rules',
  }),
  getProcessDefinitionXml: async (api) => {
    const found = await api.admin('POST', '/v2/process-definitions/search', {
      filter: { processDefinitionId: ORDER_PROCESS_ID },
    });
    const key = String((found.items as Json[])[0]!.processDefinitionKey);
    return { method: 'GET', path: `/v2/process-definitions/${key}/xml`, resourceId: ORDER_PROCESS_ID };
  },
  createProcessInstance: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/process-instances',
      body: { processDefinitionId: ORDER_PROCESS_ID, variables: { orderId: 'X' } },
      resourceId: ORDER_PROCESS_ID,
    }),
  searchProcessInstances: async (api) => {
    const key = await api.startOrder();
    return {
      method: 'POST',
      path: '/v2/process-instances/search',
      body: { filter: { processInstanceKey: key } },
      resourceId: ORDER_PROCESS_ID,
      sees: has(key, 'processInstanceKey'),
    };
  },
  getProcessInstance: async (api) => ({
    method: 'GET',
    path: `/v2/process-instances/${await api.startOrder()}`,
    resourceId: ORDER_PROCESS_ID,
  }),
  cancelProcessInstance: async (api) => ({
    method: 'POST',
    path: `/v2/process-instances/${await api.startOrder()}/cancellation`,
    body: {},
    resourceId: ORDER_PROCESS_ID,
  }),
  searchElementInstances: async (api) => {
    const key = await api.startOrder();
    return {
      method: 'POST',
      path: '/v2/element-instances/search',
      body: { filter: { processInstanceKey: key } },
      resourceId: ORDER_PROCESS_ID,
      sees: has(key, 'processInstanceKey'),
    };
  },
  getElementInstance: async (api) => {
    const key = await api.startOrder();
    const found = await api.admin('POST', '/v2/element-instances/search', { filter: { processInstanceKey: key } });
    const ei = String((found.items as Json[])[0]!.elementInstanceKey);
    return { method: 'GET', path: `/v2/element-instances/${ei}`, resourceId: ORDER_PROCESS_ID };
  },
  searchVariables: async (api) => {
    const key = await api.startOrder();
    return {
      method: 'POST',
      path: '/v2/variables/search',
      body: { filter: { processInstanceKey: key } },
      resourceId: ORDER_PROCESS_ID,
      sees: has(key, 'processInstanceKey'),
    };
  },
  getVariable: async (api) => {
    const key = await api.startOrder();
    const found = await api.admin('POST', '/v2/variables/search', { filter: { processInstanceKey: key } });
    const variableKey = String((found.items as Json[])[0]!.variableKey);
    return { method: 'GET', path: `/v2/variables/${variableKey}`, resourceId: ORDER_PROCESS_ID };
  },
  activateJobs: async (api) => {
    const key = await api.startOrder();
    return {
      method: 'POST',
      path: '/v2/jobs/activation',
      body: { type: 'charge-card', worker: 'probe', timeout: 60_000, maxJobsToActivate: 1000 },
      resourceId: ORDER_PROCESS_ID,
      sees: has(key, 'processInstanceKey'),
    };
  },
  completeJob: async (api) => ({
    method: 'POST',
    path: `/v2/jobs/${(await api.freshJob()).jobKey}/completion`,
    body: {},
    resourceId: ORDER_PROCESS_ID,
  }),
  failJob: async (api) => ({
    method: 'POST',
    path: `/v2/jobs/${(await api.freshJob()).jobKey}/failure`,
    body: { retries: 1 },
    resourceId: ORDER_PROCESS_ID,
  }),
  throwJobError: async (api) => ({
    method: 'POST',
    path: `/v2/jobs/${(await api.freshJob()).jobKey}/error`,
    body: { errorCode: 'E1' },
    resourceId: ORDER_PROCESS_ID,
  }),
  updateJob: async (api) => ({
    method: 'PATCH',
    path: `/v2/jobs/${(await api.freshJob()).jobKey}`,
    body: { changeset: { retries: 5 } },
    resourceId: ORDER_PROCESS_ID,
  }),
  searchJobs: async (api) => {
    const { processInstanceKey } = await api.freshJob();
    return {
      method: 'POST',
      path: '/v2/jobs/search',
      body: { filter: { processInstanceKey } },
      resourceId: ORDER_PROCESS_ID,
      sees: has(processInstanceKey, 'processInstanceKey'),
    };
  },
  searchIncidents: async (api) => {
    const { processInstanceKey } = await api.incidentOf();
    return {
      method: 'POST',
      path: '/v2/incidents/search',
      body: { filter: { processInstanceKey } },
      resourceId: ORDER_PROCESS_ID,
      sees: has(processInstanceKey, 'processInstanceKey'),
    };
  },
  searchProcessInstanceIncidents: async (api) => ({
    method: 'POST',
    path: `/v2/process-instances/${(await api.incidentOf()).processInstanceKey}/incidents/search`,
    body: {},
    resourceId: ORDER_PROCESS_ID,
  }),
  searchElementInstanceIncidents: async (api) => {
    const { incidentKey } = await api.incidentOf();
    const incident = await api.admin('GET', `/v2/incidents/${incidentKey}`);
    return {
      method: 'POST',
      path: `/v2/element-instances/${String(incident.elementInstanceKey)}/incidents/search`,
      body: {},
      resourceId: ORDER_PROCESS_ID,
    };
  },
  getIncident: async (api) => ({
    method: 'GET',
    path: `/v2/incidents/${(await api.incidentOf()).incidentKey}`,
    resourceId: ORDER_PROCESS_ID,
  }),
  resolveIncident: async (api) => ({
    method: 'POST',
    path: `/v2/incidents/${(await api.incidentOf()).incidentKey}/resolution`,
    body: {},
    resourceId: ORDER_PROCESS_ID,
  }),
  publishMessage: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/messages/publication',
      body: { name: 'parcel-picked-up', correlationKey: 'nobody-waits' },
      resourceId: 'parcel-picked-up',
    }),
  correlateMessage: async (api) => {
    const { jobKey, processInstanceKey } = await api.freshJob();
    await api.admin('POST', `/v2/jobs/${jobKey}/completion`, {});
    const task = await api.admin('POST', '/v2/user-tasks/search', { filter: { processInstanceKey } });
    await api.admin('POST', `/v2/user-tasks/${String((task.items as Json[])[0]!.userTaskKey)}/completion`, {});
    return {
      method: 'POST',
      path: '/v2/messages/correlation',
      body: { name: 'parcel-picked-up', correlationKey: api.orderIdOf(processInstanceKey) },
      resourceId: ORDER_PROCESS_ID,
      permission: 'UPDATE_PROCESS_INSTANCE',
    };
  },
  broadcastSignal: () =>
    Promise.resolve({
      method: 'POST',
      path: '/v2/signals/broadcast',
      body: { signalName: 'product-recall' },
      resourceId: SIGNAL_PROCESS_ID,
      permission: 'CREATE_PROCESS_INSTANCE',
    }),
};

const PROBES: Record<string, ProbeFactory> = { ...PROCESS_PROBES, ...IDENTITY_PROBES, ...CATALOGUE_PROBES };

/** Operations without a refusal to probe, and why (each still has a test of its own above or elsewhere). */
const NOT_PROBED: Record<string, string> = {
  createAdminUser: 'unprotected; probed without credentials below (403 once an admin exists)',
  evaluateConditionals:
    "checked per matched conditional start event; the demo's BPMN support has none, so nothing is refused",
};

function idFor(alt: PermissionAlternative, probe: Probe): string | undefined {
  if (alt.resourceId.from === 'wildcard') return undefined;
  return alt.resourceType === 'USER_TASK' ? probe.taskKey : probe.resourceId;
}

/**
 * The refusal the catalogue predicts for a caller without grants: every alternative, in the
 * catalogue's order (engine reasons joined with `; and `, read-side texts with ` or `); for a
 * by-target operation only the alternative of this request's target.
 */
function expectedRefusal(facts: OperationVersionFacts, alts: PermissionAlternative[], probe: Probe): string {
  if (facts.behaviour === 'getByKey' || facts.behaviour === 'gatewayCheck') {
    if (alts.length === 1)
      return `Unauthorized to perform operation '${alts[0]!.permissionType}' on resource '${alts[0]!.resourceType}'`;
    return `Unauthorized to perform any of the operations: ${alts.map((a) => `'${a.permissionType}' on '${a.resourceType}'`).join(' or ')}`;
  }
  const reasons = alts.map((alt) => {
    const id = idFor(alt, probe);
    const ids = id === undefined ? '' : `, required resource identifiers are one of '[${['*', id].sort().join(', ')}]'`;
    return `Insufficient permissions to perform operation '${alt.permissionType}' on resource '${alt.resourceType}'${ids}`;
  });
  return `Command '${facts.intent}' rejected with code 'FORBIDDEN': ${reasons.join('; and ')}`;
}

const FILES: Record<ApiVersion, string> = {
  '8.8': 'demo/scenarios/c8run.json',
  '8.9': 'demo/scenarios/helm.json',
  '8.10': 'demo/scenarios/saas.json',
};

for (const version of ['8.8', '8.9', '8.10'] as const) {
  describe(`catalogue ↔ demo cluster ${version}`, () => {
    let cluster: DemoCluster;
    const request = basicRequest(() => cluster.url);
    const api = probeApi(request);
    beforeAll(async () => {
      cluster = await startDemoCluster({ scenario: await crossCheckScenario(FILES[version]), port: 0 });
      await api.admin('POST', '/v2/deployments', deploymentForm([{ name: 'order.bpmn', content: ORDER_BPMN }]));
      await api.admin('POST', '/v2/deployments', deploymentForm([{ name: 'recall.bpmn', content: SIGNAL_BPMN }]));
      await api.admin('POST', '/v2/deployments', deploymentForm([{ name: 'shipping.dmn', content: SHIPPING_DMN }]));
    });
    afterAll(() => cluster.close());

    for (const [operationId, prepare] of Object.entries(PROBES)) {
      const entry = OPERATION_CATALOGUE.find((e) => e.operationId === operationId)!;
      const facts = entry.versions[version];
      // An operation the version does not have is absent from the catalogue and from the cluster.
      if (!facts) {
        it(`${operationId}: not offered by ${version}`, async () => {
          const path = `/v2${entry.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name.endsWith('Key') ? '2251799813685249' : 'x'))}`;
          const body = entry.method === 'GET' || entry.method === 'DELETE' ? undefined : {};
          expect((await request('admin', entry.method, path, body)).status).toBe(404);
        });
        continue;
      }
      if (facts.behaviour === 'authenticated' || facts.behaviour === 'unprotected') {
        it(`${operationId}: answered without any grant (${facts.behaviour})`, async () => {
          const probe = await prepare(api);
          expect((await request('probe', probe.method, probe.path, probe.body)).status).toBeLessThan(300);
        });
        continue;
      }
      it(`${operationId}: refused without grants, allowed with the least grant`, async () => {
        const probe = await prepare(api);
        const alts = facts.permissions.filter(
          (a) => probe.permission === undefined || a.permissionType === probe.permission,
        );
        const alt = alts[0]!;
        const send = () => request('probe', probe.method, probe.path, probe.form ? probe.form() : probe.body);

        const refused = await send();
        if (facts.behaviour === 'filtered') {
          expect(refused.status, JSON.stringify(refused.body)).toBe(200);
          if (probe.sees) expect(probe.sees(refused.body)).toBe(false);
        } else {
          expect(refused.status, JSON.stringify(refused.body)).toBe(403);
          expect(refused.body.detail).toBe(expectedRefusal(facts, alts, probe));
        }

        const grant = await api.admin('POST', '/v2/authorizations', {
          ownerType: 'USER',
          ownerId: 'probe',
          resourceType: alt.resourceType,
          resourceId: idFor(alt, probe) ?? '*',
          permissionTypes: [alt.permissionType],
        });
        const allowed = await send();
        await api.admin('DELETE', `/v2/authorizations/${String(grant.authorizationKey)}`);
        expect(allowed.status, JSON.stringify(allowed.body)).toBeLessThan(300);
        if (facts.behaviour === 'filtered' && probe.sees) expect(probe.sees(allowed.body)).toBe(true);
      });
    }

    it('createAdminUser: answered without credentials, refused once a user holds the admin role', async () => {
      const res = await fetch(`${cluster.url}/v2/setup/user`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'second-admin', password: 'secret-1', name: 'Second', email: 'a@b.c' }),
      });
      expect(res.status).toBe(403);
    });

    it('every catalogue operation of this version is probed', () => {
      const operations = OPERATION_CATALOGUE.filter((e) => e.versions[version]).map((e) => e.operationId);
      const probed = operations.filter((id) => id in PROBES);
      const missing = operations.filter((id) => !(id in PROBES) && !(id in NOT_PROBED));
      expect(missing).toEqual([]);
      console.info(
        `catalogue cross-check ${version}: ${probed.length} of ${operations.length} operations probed with requests; not probed: ${operations.filter((id) => id in NOT_PROBED).join(', ')}`,
      );
    });
  });
}
