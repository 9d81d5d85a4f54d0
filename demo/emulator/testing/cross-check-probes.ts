import { expect } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load-scenario.ts';
import type { Scenario } from '../../scenarios/scenario-types.ts';
import { ORDER_PROCESS_ID, PACKING_FORM, deploymentForm } from './process-fixtures.ts';

// Requests for catalogue-cross-check.test.ts: one per catalogue operation, each with the id its
// least grant names and, for filtered operations, how to tell whether the answer shows the target.

export type Json = Record<string, unknown>;

export interface Probe {
  method: string;
  path: string;
  body?: unknown;
  /** Multipart uploads send FormData. */
  form?: () => FormData;
  /** The id the least grant names (ignored for wildcard-only permissions). */
  resourceId: string;
  /** The user task key, for USER_TASK alternatives (8.9+). */
  taskKey?: string;
  /** Which catalogue alternative this request's target needs (byTarget operations). */
  permission?: string;
  /** Filtered operations: whether the answer shows the target. Absent: nothing the demo can show. */
  sees?: (body: Json) => boolean;
}

export interface Api {
  admin(method: string, path: string, body?: unknown): Promise<Json>;
  startOrder(): Promise<string>;
  orderIdOf(processInstanceKey: string): string;
  /** A fresh job of a fresh order instance, activated by the admin. */
  freshJob(): Promise<{ jobKey: string; processInstanceKey: string }>;
  incidentOf(): Promise<{ incidentKey: string; processInstanceKey: string }>;
  decisionKey(): Promise<string>;
  requirementsKey(): Promise<string>;
  /** Deploys a generic resource (an RPA script) and answers its key. */
  deployScript(): Promise<string>;
  /** A fresh open user task (the order process's `pack-order`). */
  freshTask(): Promise<string>;
  /** A name no earlier probe used. */
  fresh(prefix: string): string;
}

export type ProbeFactory = (api: Api) => Promise<Probe>;

export interface Sent {
  status: number;
  body: Json;
}

export type Send = (user: string, method: string, path: string, body?: unknown) => Promise<Sent>;

/** A scenario of the given file with Basic auth, authorizations on, an admin and a grantless probe. */
export async function crossCheckScenario(file: string): Promise<Scenario> {
  const s = await loadScenarioFile(file);
  return {
    ...s,
    auth: { method: 'basic', bcryptCost: 4 },
    authorizationsEnabled: true,
    defaultRoles: true,
    users: [
      { username: 'admin', password: 'admin' },
      { username: 'probe', password: 'probe' },
    ],
    groups: [],
    roles: [{ roleId: 'admin', users: ['admin'] }],
    tenants: s.tenants.map((t) => ({ ...t, users: ['admin', 'probe'] })),
    mappingRules: [],
    authorizations: [],
  };
}

/** Requests as `user` with the password equal to the name (the cross-check scenario's logins). */
export function basicRequest(baseUrl: () => string): Send {
  return async (user, method, path, body) => {
    const isForm = body instanceof FormData;
    const res = await fetch(baseUrl() + path, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`,
        ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const json = /json/.test(res.headers.get('content-type') ?? '');
    return { status: res.status, body: (text === '' ? {} : json ? JSON.parse(text) : { text }) as Json };
  };
}

/** The probes' helpers, acting as `admin` on a cluster with the order process and the shipping DMN. */
export function probeApi(request: Send): Api {
  let orders = 0;
  // Each order waits for its pickup message under its orderId (the correlation key).
  const orderIds = new Map<string, string>();
  const api: Api = {
    admin: async (method, path, body) => {
      const res = await request('admin', method, path, body);
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
      return res.body;
    },
    startOrder: async () => {
      const orderId = `order-${++orders}`;
      const created = await api.admin('POST', '/v2/process-instances', {
        processDefinitionId: ORDER_PROCESS_ID,
        variables: { orderId },
      });
      const key = String(created.processInstanceKey);
      orderIds.set(key, orderId);
      return key;
    },
    orderIdOf: (key) => orderIds.get(key)!,
    fresh: (prefix) => `${prefix}-${++orders}`,
    freshJob: async () => {
      const processInstanceKey = await api.startOrder();
      const activated = await api.admin('POST', '/v2/jobs/activation', {
        type: 'charge-card',
        worker: 'admin',
        timeout: 600_000,
        maxJobsToActivate: 1000,
      });
      const job = (activated.jobs as Json[]).find((j) => j.processInstanceKey === processInstanceKey)!;
      return { jobKey: String(job.jobKey), processInstanceKey };
    },
    decisionKey: async () => {
      const found = await api.admin('POST', '/v2/decision-definitions/search', {});
      return String(items(found)[0]!.decisionDefinitionKey);
    },
    requirementsKey: async () => {
      const found = await api.admin('POST', '/v2/decision-requirements/search', {});
      return String(items(found)[0]!.decisionRequirementsKey);
    },
    deployScript: async () => {
      const form = deploymentForm([{ name: 'cross-check.rpa', content: `*** Tasks ***\nStep ${++orders}` }]);
      const res = await api.admin('POST', '/v2/deployments', form);
      return String(((res.deployments as Json[])[0]!.resource as Json).resourceKey);
    },
    freshTask: async () => {
      const { jobKey, processInstanceKey } = await api.freshJob();
      await api.admin('POST', `/v2/jobs/${jobKey}/completion`, {});
      const found = await api.admin('POST', '/v2/user-tasks/search', { filter: { processInstanceKey } });
      return String(items(found)[0]!.userTaskKey);
    },
    incidentOf: async () => {
      const { jobKey, processInstanceKey } = await api.freshJob();
      await api.admin('POST', `/v2/jobs/${jobKey}/failure`, { retries: 0, errorMessage: 'declined' });
      const found = await api.admin('POST', '/v2/incidents/search', { filter: { processInstanceKey } });
      return { incidentKey: String(items(found)[0]!.incidentKey), processInstanceKey };
    },
  };
  return api;
}

export const has = (key: string, field: string) => (body: Json) =>
  ((body.items ?? body.jobs) as Json[]).some((i) => i[field] === key);

const items = (body: Json) => body.items as Json[];
const simple = (method: string, path: string, body?: unknown, resourceId = '*', sees?: Probe['sees']): Probe => ({
  method,
  path,
  body,
  resourceId,
  sees,
});

// ---- identity: users, groups, roles, tenants, mapping rules, memberships, authorizations ----------

type Container = 'groups' | 'roles' | 'tenants';

async function createEntity(api: Api, kind: 'users' | Container | 'mapping-rules'): Promise<string> {
  const id = api.fresh(kind.slice(0, 4));
  const bodies: Record<typeof kind, Json> = {
    users: { username: id, password: 'secret-1', name: id, email: `${id}@example.com` },
    groups: { groupId: id, name: id },
    roles: { roleId: id, name: id },
    tenants: { tenantId: id, name: id },
    'mapping-rules': { mappingRuleId: id, name: id, claimName: 'sub', claimValue: id },
  };
  await api.admin('POST', `/v2/${kind}`, bodies[kind]);
  return id;
}

const UPDATES: Record<'users' | Container | 'mapping-rules', (id: string) => Json> = {
  users: (id) => ({ name: `${id} renamed`, email: `${id}@example.org`, password: 'secret-2' }),
  groups: (id) => ({ name: `${id} renamed`, description: 'renamed' }),
  roles: (id) => ({ name: `${id} renamed`, description: 'renamed' }),
  tenants: (id) => ({ name: `${id} renamed`, description: 'renamed' }),
  'mapping-rules': (id) => ({ name: `${id} renamed`, claimName: 'sub', claimValue: `${id}-2` }),
};

const ID_FIELDS = {
  users: 'username',
  groups: 'groupId',
  roles: 'roleId',
  tenants: 'tenantId',
  'mapping-rules': 'mappingRuleId',
} as const;

function entityProbes(kind: 'users' | Container | 'mapping-rules', names: Record<string, string>) {
  const probes: Record<string, ProbeFactory> = {};
  probes[names.create!] = (api) => {
    const id = api.fresh(kind.slice(0, 4));
    const body = {
      users: { username: id, password: 'secret-1', name: id, email: `${id}@example.com` },
      groups: { groupId: id, name: id },
      roles: { roleId: id, name: id },
      tenants: { tenantId: id, name: id },
      'mapping-rules': { mappingRuleId: id, name: id, claimName: 'sub', claimValue: id },
    }[kind];
    return Promise.resolve(simple('POST', `/v2/${kind}`, body));
  };
  if (names.get)
    probes[names.get] = async (api) => simple('GET', `/v2/${kind}/${await createEntity(api, kind)}`, undefined, '*');
  probes[names.update!] = async (api) => {
    const id = await createEntity(api, kind);
    return simple('PUT', `/v2/${kind}/${id}`, UPDATES[kind](id), id);
  };
  probes[names.delete!] = async (api) => {
    const id = await createEntity(api, kind);
    return simple('DELETE', `/v2/${kind}/${id}`, undefined, id);
  };
  if (names.search)
    probes[names.search] = async (api) => {
      const id = await createEntity(api, kind);
      return simple('POST', `/v2/${kind}/search`, {}, '*', has(id, ID_FIELDS[kind]));
    };
  return probes;
}

const MEMBERS = {
  users: { field: 'username', create: (api: Api) => createEntity(api, 'users') },
  clients: { field: 'clientId', create: (api: Api) => Promise.resolve(api.fresh('client')) },
  groups: { field: 'groupId', create: (api: Api) => createEntity(api, 'groups') },
  roles: { field: 'roleId', create: (api: Api) => createEntity(api, 'roles') },
  'mapping-rules': { field: 'mappingRuleId', create: (api: Api) => createEntity(api, 'mapping-rules') },
} as const;

function membershipProbes(
  container: Container,
  member: keyof typeof MEMBERS,
  names: { assign?: string; unassign?: string; search: string },
) {
  const probes: Record<string, ProbeFactory> = {};
  const spec = MEMBERS[member];
  // The id the grant names is the container's id (its UPDATE for changes, READ for the member list).
  if (names.assign)
    probes[names.assign] = async (api) => {
      const id = await createEntity(api, container);
      return simple('PUT', `/v2/${container}/${id}/${member}/${await spec.create(api)}`, undefined, id);
    };
  if (names.unassign)
    probes[names.unassign] = async (api) => {
      const id = await createEntity(api, container);
      const memberId = await spec.create(api);
      await api.admin('PUT', `/v2/${container}/${id}/${member}/${memberId}`);
      return simple('DELETE', `/v2/${container}/${id}/${member}/${memberId}`, undefined, id);
    };
  probes[names.search] = async (api) => {
    const id = await createEntity(api, container);
    const memberId = await spec.create(api);
    if (container === 'groups' && member === 'roles') await api.admin('PUT', `/v2/roles/${memberId}/groups/${id}`);
    else await api.admin('PUT', `/v2/${container}/${id}/${member}/${memberId}`);
    return simple('POST', `/v2/${container}/${id}/${member}/search`, {}, id, has(memberId, spec.field));
  };
  return probes;
}

async function adminAuthorization(api: Api): Promise<string> {
  const created = await api.admin('POST', '/v2/authorizations', {
    ownerType: 'USER',
    ownerId: 'admin',
    resourceType: 'PROCESS_DEFINITION',
    resourceId: api.fresh('cross-check'),
    permissionTypes: ['READ_PROCESS_DEFINITION'],
  });
  return String(created.authorizationKey);
}

export const IDENTITY_PROBES: Record<string, ProbeFactory> = {
  ...entityProbes('users', { create: 'createUser', update: 'updateUser', delete: 'deleteUser' }),
  ...entityProbes('groups', {
    create: 'createGroup',
    get: 'getGroup',
    update: 'updateGroup',
    delete: 'deleteGroup',
    search: 'searchGroups',
  }),
  ...entityProbes('roles', {
    create: 'createRole',
    get: 'getRole',
    update: 'updateRole',
    delete: 'deleteRole',
    search: 'searchRoles',
  }),
  ...entityProbes('tenants', {
    create: 'createTenant',
    get: 'getTenant',
    update: 'updateTenant',
    delete: 'deleteTenant',
    search: 'searchTenants',
  }),
  ...entityProbes('mapping-rules', {
    create: 'createMappingRule',
    get: 'getMappingRule',
    update: 'updateMappingRule',
    delete: 'deleteMappingRule',
    search: 'searchMappingRule',
  }),
  ...membershipProbes('groups', 'users', {
    assign: 'assignUserToGroup',
    unassign: 'unassignUserFromGroup',
    search: 'searchUsersForGroup',
  }),
  ...membershipProbes('groups', 'clients', {
    assign: 'assignClientToGroup',
    unassign: 'unassignClientFromGroup',
    search: 'searchClientsForGroup',
  }),
  ...membershipProbes('groups', 'mapping-rules', {
    assign: 'assignMappingRuleToGroup',
    unassign: 'unassignMappingRuleFromGroup',
    search: 'searchMappingRulesForGroup',
  }),
  ...membershipProbes('groups', 'roles', { search: 'searchRolesForGroup' }),
  ...membershipProbes('roles', 'users', {
    assign: 'assignRoleToUser',
    unassign: 'unassignRoleFromUser',
    search: 'searchUsersForRole',
  }),
  ...membershipProbes('roles', 'clients', {
    assign: 'assignRoleToClient',
    unassign: 'unassignRoleFromClient',
    search: 'searchClientsForRole',
  }),
  ...membershipProbes('roles', 'groups', {
    assign: 'assignRoleToGroup',
    unassign: 'unassignRoleFromGroup',
    search: 'searchGroupsForRole',
  }),
  ...membershipProbes('roles', 'mapping-rules', {
    assign: 'assignRoleToMappingRule',
    unassign: 'unassignRoleFromMappingRule',
    search: 'searchMappingRulesForRole',
  }),
  ...membershipProbes('tenants', 'users', {
    assign: 'assignUserToTenant',
    unassign: 'unassignUserFromTenant',
    search: 'searchUsersForTenant',
  }),
  ...membershipProbes('tenants', 'clients', {
    assign: 'assignClientToTenant',
    unassign: 'unassignClientFromTenant',
    search: 'searchClientsForTenant',
  }),
  ...membershipProbes('tenants', 'groups', {
    assign: 'assignGroupToTenant',
    unassign: 'unassignGroupFromTenant',
    search: 'searchGroupIdsForTenant',
  }),
  ...membershipProbes('tenants', 'roles', {
    assign: 'assignRoleToTenant',
    unassign: 'unassignRoleFromTenant',
    search: 'searchRolesForTenant',
  }),
  ...membershipProbes('tenants', 'mapping-rules', {
    assign: 'assignMappingRuleToTenant',
    unassign: 'unassignMappingRuleFromTenant',
    search: 'searchMappingRulesForTenant',
  }),
  getAuthorization: async (api) => simple('GET', `/v2/authorizations/${await adminAuthorization(api)}`),
  updateAuthorization: async (api) =>
    simple('PUT', `/v2/authorizations/${await adminAuthorization(api)}`, {
      ownerType: 'USER',
      ownerId: 'admin',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: api.fresh('updated'),
      permissionTypes: ['READ_PROCESS_INSTANCE'],
    }),
  deleteAuthorization: async (api) => simple('DELETE', `/v2/authorizations/${await adminAuthorization(api)}`),
  getTopology: () => Promise.resolve(simple('GET', '/v2/topology')),
  getAuthentication: () => Promise.resolve(simple('GET', '/v2/authentication/me')),
  getLicense: () => Promise.resolve(simple('GET', '/v2/license')),
  getStatus: () => Promise.resolve(simple('GET', '/v2/status')),
};

// ---- everything the demo clusters answer from the catalogue (catalogue-operations.ts) ----------------

const orderDefinitionKey = async (api: Api): Promise<string> => {
  const found = await api.admin('POST', '/v2/process-definitions/search', {
    filter: { processDefinitionId: ORDER_PROCESS_ID },
  });
  return String(items(found)[0]!.processDefinitionKey);
};

/** An order instance waiting for its pickup message (job and user task done). */
async function waitingOrder(api: Api): Promise<string> {
  const { jobKey, processInstanceKey } = await api.freshJob();
  await api.admin('POST', `/v2/jobs/${jobKey}/completion`, {});
  const task = await api.admin('POST', '/v2/user-tasks/search', { filter: { processInstanceKey } });
  await api.admin('POST', `/v2/user-tasks/${String(items(task)[0]!.userTaskKey)}/completion`, {});
  return processInstanceKey;
}

async function elementInstanceOf(api: Api): Promise<string> {
  const key = await api.startOrder();
  const found = await api.admin('POST', '/v2/element-instances/search', { filter: { processInstanceKey: key } });
  return String(items(found)[0]!.elementInstanceKey);
}

async function batch(api: Api): Promise<string> {
  const created = await api.admin('POST', '/v2/process-instances/cancellation', {
    filter: { processInstanceKey: await api.startOrder() },
  });
  return String(created.batchOperationKey);
}

async function evaluated(api: Api): Promise<Json> {
  return api.admin('POST', '/v2/decision-definitions/evaluation', {
    decisionDefinitionId: 'choose-carrier',
    variables: {},
  });
}

async function document(api: Api): Promise<string> {
  const created = await api.admin('POST', '/v2/documents', documentForm('note.txt'));
  return String(created.documentId);
}

/** What an upload may say about its document (8.8's SDK requires these in the answer). */
export const DOCUMENT_METADATA = {
  expiresAt: '2100-01-01T00:00:00.000Z',
  processDefinitionId: ORDER_PROCESS_ID,
  processInstanceKey: '2251799813685249',
};

function documentForm(name: string): FormData {
  const form = new FormData();
  form.append('file', new Blob(['cross-check document']), name);
  form.append('metadata', JSON.stringify(DOCUMENT_METADATA));
  return form;
}

async function clusterVariable(api: Api, tenant: boolean): Promise<string> {
  const name = api.fresh('var');
  await api.admin('POST', tenant ? '/v2/cluster-variables/tenants/<default>' : '/v2/cluster-variables/global', {
    name,
    value: { region: 'eu' },
  });
  return name;
}

async function taskListener(api: Api): Promise<string> {
  const id = api.fresh('listener');
  await api.admin('POST', '/v2/global-task-listeners', { id, type: 'audit', eventTypes: ['completing'] });
  return id;
}

/** An audit entry of the ADMIN category (8.9+): the admin pins and releases the clock. */
async function adminAuditEntry(api: Api): Promise<string> {
  await api.admin('PUT', '/v2/clock', { timestamp: Date.now() });
  await api.admin('POST', '/v2/clock/reset', {});
  const found = await api.admin('POST', '/v2/audit-logs/search', {});
  return String(items(found).find((a) => a.category === 'ADMIN')!.auditLogKey);
}

/** A process whose start event links the packing-slip form. */
const START_FORM_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="request-definitions" targetNamespace="http://example.com/requests">
  <bpmn:process id="request" isExecutable="true">
    <bpmn:startEvent id="requested">
      <bpmn:extensionElements><zeebe:formDefinition formId="packing-slip" /></bpmn:extensionElements>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="r1" sourceRef="requested" targetRef="done" />
    <bpmn:endEvent id="done" />
  </bpmn:process>
</bpmn:definitions>
`;

const batchFilter = async (api: Api) => ({ filter: { processInstanceKey: await api.startOrder() } });
const jobWindow = { filter: { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' } };
const jobTypeWindow = { filter: { ...jobWindow.filter, jobType: 'charge-card' } };
const anyItems = (body: Json) => items(body).length > 0;

export const CATALOGUE_PROBES: Record<string, ProbeFactory> = {
  activateAdHocSubProcessActivities: async (api) =>
    simple(
      'POST',
      `/v2/element-instances/ad-hoc-activities/${await elementInstanceOf(api)}/activation`,
      { elements: [{ elementId: 'pack-order' }] },
      ORDER_PROCESS_ID,
    ),
  cancelProcessInstancesBatchOperation: async (api) =>
    simple('POST', '/v2/process-instances/cancellation', await batchFilter(api)),
  deleteProcessInstancesBatchOperation: async (api) =>
    simple('POST', '/v2/process-instances/deletion', await batchFilter(api)),
  migrateProcessInstancesBatchOperation: async (api) =>
    simple('POST', '/v2/process-instances/migration', {
      ...(await batchFilter(api)),
      migrationPlan: { targetProcessDefinitionKey: await orderDefinitionKey(api), mappingInstructions: [] },
    }),
  modifyProcessInstancesBatchOperation: async (api) =>
    simple('POST', '/v2/process-instances/modification', {
      ...(await batchFilter(api)),
      moveInstructions: [{ sourceElementId: 'charge-card', targetElementId: 'pack-order' }],
    }),
  resolveIncidentsBatchOperation: async (api) =>
    simple('POST', '/v2/process-instances/incident-resolution', await batchFilter(api)),
  deleteDecisionInstancesBatchOperation: () =>
    Promise.resolve(simple('POST', '/v2/decision-instances/deletion', { filter: {} })),
  resolveProcessInstanceIncidents: async (api) =>
    simple('POST', `/v2/process-instances/${(await api.incidentOf()).processInstanceKey}/incident-resolution`, {}),
  cancelBatchOperation: async (api) => simple('POST', `/v2/batch-operations/${await batch(api)}/cancellation`, {}),
  suspendBatchOperation: async (api) => simple('POST', `/v2/batch-operations/${await batch(api)}/suspension`, {}),
  resumeBatchOperation: async (api) => simple('POST', `/v2/batch-operations/${await batch(api)}/resumption`, {}),
  getBatchOperation: async (api) => simple('GET', `/v2/batch-operations/${await batch(api)}`),
  searchBatchOperations: async (api) => {
    const key = await batch(api);
    return simple('POST', '/v2/batch-operations/search', {}, '*', has(key, 'batchOperationKey'));
  },
  searchBatchOperationItems: async (api) => {
    const key = await batch(api);
    return simple('POST', '/v2/batch-operation-items/search', {}, '*', has(key, 'batchOperationKey'));
  },
  deleteProcessInstance: async (api) => {
    const key = await api.startOrder();
    await api.admin('POST', `/v2/process-instances/${key}/cancellation`, {});
    return simple('POST', `/v2/process-instances/${key}/deletion`, {}, ORDER_PROCESS_ID);
  },
  migrateProcessInstance: async (api) =>
    simple(
      'POST',
      `/v2/process-instances/${await api.startOrder()}/migration`,
      { targetProcessDefinitionKey: await orderDefinitionKey(api), mappingInstructions: [] },
      ORDER_PROCESS_ID,
    ),
  modifyProcessInstance: async (api) =>
    simple(
      'POST',
      `/v2/process-instances/${await api.startOrder()}/modification`,
      { activateInstructions: [{ elementId: 'pack-order' }] },
      ORDER_PROCESS_ID,
    ),
  createElementInstanceVariables: async (api) =>
    simple(
      'PUT',
      `/v2/element-instances/${await elementInstanceOf(api)}/variables`,
      { variables: { note: 'checked' } },
      ORDER_PROCESS_ID,
    ),
  getProcessInstanceCallHierarchy: async (api) =>
    simple('GET', `/v2/process-instances/${await api.startOrder()}/call-hierarchy`, undefined, ORDER_PROCESS_ID),
  getProcessInstanceSequenceFlows: async (api) =>
    simple('GET', `/v2/process-instances/${await api.startOrder()}/sequence-flows`, undefined, ORDER_PROCESS_ID),
  getProcessInstanceStatistics: async (api) =>
    simple(
      'GET',
      `/v2/process-instances/${await api.startOrder()}/statistics/element-instances`,
      undefined,
      ORDER_PROCESS_ID,
    ),
  getProcessDefinitionStatistics: async (api) => {
    await api.startOrder();
    return simple(
      'POST',
      `/v2/process-definitions/${await orderDefinitionKey(api)}/statistics/element-instances`,
      {},
      ORDER_PROCESS_ID,
      anyItems,
    );
  },
  getStartProcessForm: async (api) => {
    const res = await api.admin(
      'POST',
      '/v2/deployments',
      deploymentForm([
        { name: 'request.bpmn', content: START_FORM_BPMN },
        { name: 'packing-slip.form', content: PACKING_FORM },
      ]),
    );
    const process = (res.deployments as Json[]).find((d) => d.processDefinition)!.processDefinition as Json;
    return simple('GET', `/v2/process-definitions/${String(process.processDefinitionKey)}/form`, undefined, 'request');
  },
  getProcessDefinitionInstanceStatistics: async (api) => {
    await api.startOrder();
    return simple(
      'POST',
      '/v2/process-definitions/statistics/process-instances',
      {},
      ORDER_PROCESS_ID,
      has(ORDER_PROCESS_ID, 'processDefinitionId'),
    );
  },
  getProcessDefinitionInstanceVersionStatistics: async (api) => {
    await api.startOrder();
    return simple(
      'POST',
      '/v2/process-definitions/statistics/process-instances-by-version',
      { filter: { processDefinitionId: ORDER_PROCESS_ID } },
      ORDER_PROCESS_ID,
      anyItems,
    );
  },
  getProcessDefinitionMessageSubscriptionStatistics: async (api) => {
    await waitingOrder(api);
    return simple(
      'POST',
      '/v2/process-definitions/statistics/message-subscriptions',
      {},
      ORDER_PROCESS_ID,
      has(ORDER_PROCESS_ID, 'processDefinitionId'),
    );
  },
  getProcessInstanceStatisticsByDefinition: async (api) => {
    await api.incidentOf();
    return simple(
      'POST',
      '/v2/incidents/statistics/process-instances-by-definition',
      { filter: { errorHashCode: 0 } },
      ORDER_PROCESS_ID,
      has(ORDER_PROCESS_ID, 'processDefinitionId'),
    );
  },
  getProcessInstanceStatisticsByError: async (api) => {
    await api.incidentOf();
    return simple('POST', '/v2/incidents/statistics/process-instances-by-error', {}, ORDER_PROCESS_ID, anyItems);
  },
  getGlobalJobStatistics: async (api) => {
    await api.freshJob();
    return simple(
      'GET',
      '/v2/jobs/statistics/global?from=2000-01-01T00:00:00.000Z&to=2100-01-01T00:00:00.000Z',
      undefined,
      '*',
      (body) => (body.created as Json).count !== 0,
    );
  },
  getJobTypeStatistics: async (api) => {
    await api.freshJob();
    return simple('POST', '/v2/jobs/statistics/by-types', jobWindow, '*', has('charge-card', 'jobType'));
  },
  getJobWorkerStatistics: async (api) => {
    await api.freshJob();
    return simple('POST', '/v2/jobs/statistics/by-workers', jobTypeWindow, '*', has('admin', 'worker'));
  },
  getJobTimeSeriesStatistics: async (api) => {
    await api.freshJob();
    return simple('POST', '/v2/jobs/statistics/time-series', jobTypeWindow, '*', anyItems);
  },
  getJobErrorStatistics: async (api) => {
    await api.incidentOf();
    return simple('POST', '/v2/jobs/statistics/errors', jobTypeWindow, '*', has('declined', 'errorMessage'));
  },
  getUsageMetrics: async (api) => {
    await api.startOrder();
    return simple(
      'GET',
      '/v2/system/usage-metrics?startTime=2000-01-01T00:00:00.000Z&endTime=2100-01-01T00:00:00.000Z',
      undefined,
      '*',
      (body) => body.processInstances !== 0,
    );
  },
  searchMessageSubscriptions: async (api) => {
    const key = await waitingOrder(api);
    return simple('POST', '/v2/message-subscriptions/search', {}, ORDER_PROCESS_ID, has(key, 'processInstanceKey'));
  },
  searchCorrelatedMessageSubscriptions: () =>
    Promise.resolve(simple('POST', '/v2/correlated-message-subscriptions/search', {}, ORDER_PROCESS_ID)),
  evaluateDecision: () =>
    Promise.resolve(
      simple(
        'POST',
        '/v2/decision-definitions/evaluation',
        { decisionDefinitionId: 'choose-carrier', variables: {} },
        'choose-carrier',
      ),
    ),
  getDecisionInstance: async (api) => {
    const result = await evaluated(api);
    const instanceKey = String((result.evaluatedDecisions as Json[])[0]!.decisionEvaluationInstanceKey);
    return simple('GET', `/v2/decision-instances/${instanceKey}`, undefined, 'choose-carrier');
  },
  searchDecisionInstances: async (api) => {
    const key = String((await evaluated(api)).decisionEvaluationKey);
    return simple('POST', '/v2/decision-instances/search', {}, 'choose-carrier', has(key, 'decisionEvaluationKey'));
  },
  deleteDecisionInstance: async (api) =>
    simple(
      'POST',
      `/v2/decision-instances/${String((await evaluated(api)).decisionEvaluationKey)}/deletion`,
      {},
      'choose-carrier',
    ),
  evaluateExpression: () => Promise.resolve(simple('POST', '/v2/expression/evaluation', { expression: '=42' })),
  searchResources: async (api) => {
    await api.deployScript();
    return simple('POST', '/v2/resources/search', {}, 'cross-check.rpa', has('cross-check.rpa', 'resourceId'));
  },
  getResourceContentBinary: async (api) =>
    simple('GET', `/v2/resources/${await api.deployScript()}/content/binary`, undefined, 'cross-check.rpa'),
  searchElementInstanceWaitStates: async (api) => {
    const key = await api.startOrder();
    return simple(
      'POST',
      '/v2/element-instances/wait-states/search',
      {},
      ORDER_PROCESS_ID,
      has(key, 'processInstanceKey'),
    );
  },
  getAuditLog: async (api) => simple('GET', `/v2/audit-logs/${await adminAuditEntry(api)}`, undefined, 'ADMIN'),
  searchAuditLogs: async (api) => {
    const key = await adminAuditEntry(api);
    return simple('POST', '/v2/audit-logs/search', {}, 'ADMIN', has(key, 'auditLogKey'));
  },
  searchUserTaskAuditLogs: async (api) => {
    const taskKey = await api.freshTask();
    return { ...simple('POST', `/v2/user-tasks/${taskKey}/audit-logs/search`, {}, ORDER_PROCESS_ID), taskKey };
  },
  createDocument: () => Promise.resolve({ ...simple('POST', '/v2/documents'), form: () => documentForm('upload.txt') }),
  createDocuments: () =>
    Promise.resolve({ ...simple('POST', '/v2/documents/batch'), form: () => documentForm('upload.txt') }),
  getDocument: async (api) => simple('GET', `/v2/documents/${await document(api)}`),
  deleteDocument: async (api) => simple('DELETE', `/v2/documents/${await document(api)}`),
  createDocumentLink: async (api) =>
    simple('POST', `/v2/documents/${await document(api)}/links`, { timeToLive: 60_000 }),
  pinClock: () => Promise.resolve(simple('PUT', '/v2/clock', { timestamp: Date.now() })),
  resetClock: () => Promise.resolve(simple('POST', '/v2/clock/reset', {})),
  getSystemConfiguration: () => Promise.resolve(simple('GET', '/v2/system/configuration')),
  createGlobalClusterVariable: (api) =>
    Promise.resolve(
      simple('POST', '/v2/cluster-variables/global', { name: api.fresh('var'), value: { region: 'eu' } }),
    ),
  createTenantClusterVariable: (api) =>
    Promise.resolve(
      simple('POST', '/v2/cluster-variables/tenants/<default>', { name: api.fresh('var'), value: { region: 'eu' } }),
    ),
  getGlobalClusterVariable: async (api) =>
    simple('GET', `/v2/cluster-variables/global/${await clusterVariable(api, false)}`),
  getTenantClusterVariable: async (api) =>
    simple('GET', `/v2/cluster-variables/tenants/<default>/${await clusterVariable(api, true)}`),
  updateGlobalClusterVariable: async (api) =>
    simple('PUT', `/v2/cluster-variables/global/${await clusterVariable(api, false)}`, { value: { region: 'us' } }),
  updateTenantClusterVariable: async (api) =>
    simple('PUT', `/v2/cluster-variables/tenants/<default>/${await clusterVariable(api, true)}`, {
      value: { region: 'us' },
    }),
  deleteGlobalClusterVariable: async (api) =>
    simple('DELETE', `/v2/cluster-variables/global/${await clusterVariable(api, false)}`),
  deleteTenantClusterVariable: async (api) =>
    simple('DELETE', `/v2/cluster-variables/tenants/<default>/${await clusterVariable(api, true)}`),
  searchClusterVariables: async (api) => {
    const name = await clusterVariable(api, false);
    return simple('POST', '/v2/cluster-variables/search', {}, '*', has(name, 'name'));
  },
  createGlobalTaskListener: (api) =>
    Promise.resolve(
      simple('POST', '/v2/global-task-listeners', { id: api.fresh('listener'), type: 'audit', eventTypes: ['all'] }),
    ),
  getGlobalTaskListener: async (api) => simple('GET', `/v2/global-task-listeners/${await taskListener(api)}`),
  updateGlobalTaskListener: async (api) =>
    simple('PUT', `/v2/global-task-listeners/${await taskListener(api)}`, { type: 'audit-2', eventTypes: ['all'] }),
  deleteGlobalTaskListener: async (api) => simple('DELETE', `/v2/global-task-listeners/${await taskListener(api)}`),
  searchGlobalTaskListeners: async (api) => {
    const id = await taskListener(api);
    return simple('POST', '/v2/global-task-listeners/search', {}, '*', has(id, 'id'));
  },
};
