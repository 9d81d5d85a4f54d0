import { createHash } from 'node:crypto';
import type { GenericCall } from './catalogue-operations.ts';
import {
  clusterVariableId,
  type AuditLogCategory,
  type AuditLogEntity,
  type BatchOperationEntity,
  type BatchOperationType,
  type ClusterVariableEntity,
  type DecisionInstanceEntity,
  type TaskListenerEntity,
} from './catalogue-stores.ts';
import type { ElementInstanceEntity, ProcessInstanceEntity } from './entities.ts';
import { compareKeys } from './keys.ts';
import { parseMultipart } from './multipart.ts';
import { alreadyExists, badRequest, forbidden, notFound } from './problems.ts';
import { compactFor } from './runtime-shapes.ts';
import { paginate, parseSearchRequest } from './search.ts';
import { formShape } from './shapes.ts';
import { created, noContent, ok, type ServiceResult } from './service-context.ts';

// Success answers of the generically handled catalogue operations (catalogue-operations.ts), in the
// shapes Camunda's SDKs (8.8.4 and 9.1.5) validate strictly. The demo has no background work, so a
// batch operation is complete as soon as it is created, and statistics are counted on request.

type Json = Record<string, unknown>;

const BATCH_TYPES: Record<string, BatchOperationType> = {
  cancelProcessInstancesBatchOperation: 'CANCEL_PROCESS_INSTANCE',
  deleteProcessInstancesBatchOperation: 'DELETE_PROCESS_INSTANCE',
  deleteDecisionInstancesBatchOperation: 'DELETE_DECISION_INSTANCE',
  migrateProcessInstancesBatchOperation: 'MIGRATE_PROCESS_INSTANCE',
  modifyProcessInstancesBatchOperation: 'MODIFY_PROCESS_INSTANCE',
  resolveIncidentsBatchOperation: 'RESOLVE_INCIDENT',
  resolveProcessInstanceIncidents: 'RESOLVE_INCIDENT',
};

function actor(call: GenericCall): { actorType: 'USER' | 'CLIENT' | 'ANONYMOUS'; actorId: string | null } {
  const caller = call.ctx.access.caller;
  if (caller.kind === 'anonymous') return { actorType: 'ANONYMOUS', actorId: null };
  return { actorType: caller.kind === 'user' ? 'USER' : 'CLIENT', actorId: caller.id };
}

/**
 * A search's answer: one page of `items` (in the order given) with its page metadata; with `shape`,
 * the page's items in their wire shape (only the items of the page are shaped).
 */
function searchAnswer<T>(
  call: GenericCall,
  items: T[],
  keyOf: (item: T) => string,
  shape?: (item: T) => unknown,
): ServiceResult {
  const req = parseSearchRequest(call.body, call.ctx.version, []);
  const p = paginate(items, req.page, keyOf, call.ctx.version);
  return ok(shape ? { items: p.items.map((item) => shape(item)), page: p.page } : p);
}

/** The group counted under `key`, begun from `scaffold()` the first time the key comes up. */
function groupIn<K, G>(groups: Map<K, G>, key: K, scaffold: () => G): G {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = scaffold()));
  return group;
}

const filterOf = (call: GenericCall): Json =>
  typeof call.body.filter === 'object' && call.body.filter !== null ? (call.body.filter as Json) : {};

function createBatch(call: GenericCall, type: BatchOperationType, itemKeys: string[]): ServiceResult {
  const { state } = call.ctx;
  const batch: BatchOperationEntity = {
    batchOperationKey: state.keys.next(1),
    batchOperationType: type,
    state: 'COMPLETED',
    startDate: call.ctx.now(),
    endDate: call.ctx.now(),
    ...actor(call),
    itemKeys,
  };
  state.catalogueStores.batchOperations.set(batch.batchOperationKey, batch);
  return ok({ batchOperationKey: batch.batchOperationKey, batchOperationType: type });
}

/** The instances a batch filter names by key or process id (the demo's batch filters stop there). */
function instancesOfFilter(call: GenericCall): ProcessInstanceEntity[] {
  const filter = filterOf(call);
  return call.ctx.state.runtime
    .instancesByKey()
    .filter(
      (pi) =>
        (filter.processInstanceKey === undefined || filter.processInstanceKey === pi.processInstanceKey) &&
        (filter.processDefinitionId === undefined || filter.processDefinitionId === pi.processDefinitionId),
    );
}

function batchShape(call: GenericCall, b: BatchOperationEntity): Json {
  const base: Json = {
    batchOperationKey: b.batchOperationKey,
    state: b.state,
    batchOperationType: b.batchOperationType,
    startDate: b.startDate,
    endDate: b.endDate,
    operationsTotalCount: b.itemKeys.length,
    operationsFailedCount: 0,
    operationsCompletedCount: b.itemKeys.length,
  };
  if (call.ctx.version !== '8.8') Object.assign(base, { actorType: b.actorType, actorId: b.actorId, errors: [] });
  return compactFor(call.ctx.version)(base);
}

function clusterVariableShape(v: ClusterVariableEntity, search: boolean): Json {
  return {
    name: v.name,
    scope: v.scope,
    tenantId: v.tenantId,
    value: v.value,
    ...(search ? { isTruncated: false } : {}),
  };
}

function taskListenerShape(l: TaskListenerEntity): Json {
  return { ...l, source: 'API' };
}

function decisionInstanceShape(call: GenericCall, d: DecisionInstanceEntity): Json {
  return compactFor(call.ctx.version)({
    decisionDefinitionId: d.decisionDefinitionId,
    decisionDefinitionKey: d.decisionDefinitionKey,
    decisionDefinitionName: d.decisionDefinitionName,
    decisionDefinitionType: 'DECISION_TABLE',
    decisionDefinitionVersion: d.decisionDefinitionVersion,
    decisionEvaluationInstanceKey: d.decisionEvaluationInstanceKey,
    decisionEvaluationKey: d.decisionEvaluationKey,
    elementInstanceKey: null,
    evaluationDate: d.evaluationDate,
    evaluationFailure: null,
    processDefinitionKey: null,
    processInstanceKey: null,
    result: d.result,
    rootDecisionDefinitionKey: d.decisionDefinitionKey,
    ...(call.ctx.version === '8.8' ? {} : { rootProcessInstanceKey: null }),
    state: 'EVALUATED',
    tenantId: d.tenantId,
  });
}

function auditLogShape(a: AuditLogEntity): Json {
  const none = null;
  return {
    auditLogKey: a.auditLogKey,
    entityKey: a.entityKey,
    entityType: a.entityType,
    operationType: a.operationType,
    batchOperationKey: a.batchOperationKey,
    batchOperationType: none,
    timestamp: a.timestamp,
    actorId: a.actorId,
    actorType: a.actorType,
    agentElementId: none,
    tenantId: a.tenantId,
    result: 'SUCCESS',
    category: a.category,
    processDefinitionId: a.processDefinitionId,
    processDefinitionKey: none,
    processInstanceKey: a.processInstanceKey,
    rootProcessInstanceKey: none,
    elementInstanceKey: none,
    jobKey: none,
    userTaskKey: a.userTaskKey,
    decisionRequirementsId: none,
    decisionRequirementsKey: none,
    decisionDefinitionId: none,
    decisionDefinitionKey: none,
    decisionEvaluationKey: none,
    deploymentKey: none,
    formKey: none,
    resourceKey: none,
    relatedEntityKey: none,
    relatedEntityType: none,
    entityDescription: none,
  };
}

function elementStatistics(elements: ElementInstanceEntity[]): Json[] {
  const byElement = new Map<
    string,
    Json & { active: number; canceled: number; incidents: number; completed: number }
  >();
  for (const ei of elements) {
    let s = byElement.get(ei.elementId);
    if (!s)
      byElement.set(
        ei.elementId,
        (s = { elementId: ei.elementId, active: 0, canceled: 0, incidents: 0, completed: 0 }),
      );
    if (ei.incidentKey !== null && ei.state === 'ACTIVE') s.incidents++;
    else if (ei.state === 'ACTIVE') s.active++;
    else if (ei.state === 'TERMINATED') s.canceled++;
    else s.completed++;
  }
  return [...byElement.values()];
}

function documentReference(call: GenericCall, documentId: string): Json {
  const d = call.ctx.state.catalogueStores.documents.get(documentId)!;
  return {
    'camunda.document.type': 'camunda',
    storeId: 'in-memory',
    documentId,
    contentHash: createHash('sha256').update(d.content).digest('hex'),
    // What the upload's metadata part named is echoed; 8.8 omits what it did not name.
    metadata: compactFor(call.ctx.version)({
      contentType: d.contentType,
      fileName: d.fileName,
      expiresAt: d.expiresAt,
      size: d.content.length,
      processDefinitionId: d.processDefinitionId,
      processInstanceKey: d.processInstanceKey,
      customProperties: d.customProperties,
    }),
  };
}

function storeDocuments(call: GenericCall): string[] {
  const all = parseMultipart(call.raw.body, call.raw.contentType);
  const parts = all.filter((p) => p.filename !== null);
  if (parts.length === 0) throw badRequest('No document was given.');
  const metadata = metadataOf(all.find((p) => p.name === 'metadata' && p.filename === null));
  const stores = call.ctx.state.catalogueStores;
  const text = (name: string) => (typeof metadata[name] === 'string' ? metadata[name] : null);
  return parts.map((p) => {
    const documentId = `doc-${call.ctx.state.keys.next(1)}`;
    stores.documents.set(documentId, {
      documentId,
      fileName: text('fileName') ?? p.filename!,
      contentType: text('contentType') ?? contentTypeOf(p.filename!),
      content: p.data,
      expiresAt: text('expiresAt'),
      processDefinitionId: text('processDefinitionId'),
      processInstanceKey: text('processInstanceKey'),
      customProperties:
        typeof metadata.customProperties === 'object' && metadata.customProperties !== null
          ? (metadata.customProperties as Json)
          : {},
    });
    return documentId;
  });
}

function metadataOf(part: { data: Buffer } | undefined): Json {
  if (!part) return {};
  try {
    const parsed: unknown = JSON.parse(part.data.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Json;
  } catch {
    // fall through to the error below
  }
  throw badRequest('The metadata of a document must be a JSON object.');
}

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
};

function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

function statsCount(count: number, at: string | null): Json {
  return { count, lastUpdatedAt: count === 0 ? null : at };
}

function stringField(call: GenericCall, name: string): string {
  const v = call.body[name];
  if (typeof v !== 'string' || v === '') throw badRequest(`No ${name} provided.`);
  return v;
}

type Answer = (call: GenericCall) => ServiceResult | Promise<ServiceResult>;

const ANSWERS: Record<string, Answer> = {
  // ---- batch operations ----
  cancelProcessInstancesBatchOperation: (c) => createBatch(c, 'CANCEL_PROCESS_INSTANCE', keysOf(instancesOfFilter(c))),
  deleteProcessInstancesBatchOperation: (c) => createBatch(c, 'DELETE_PROCESS_INSTANCE', keysOf(instancesOfFilter(c))),
  migrateProcessInstancesBatchOperation: (c) =>
    createBatch(c, 'MIGRATE_PROCESS_INSTANCE', keysOf(instancesOfFilter(c))),
  modifyProcessInstancesBatchOperation: (c) => createBatch(c, 'MODIFY_PROCESS_INSTANCE', keysOf(instancesOfFilter(c))),
  resolveIncidentsBatchOperation: (c) => createBatch(c, 'RESOLVE_INCIDENT', keysOf(instancesOfFilter(c))),
  deleteDecisionInstancesBatchOperation: (c) => createBatch(c, 'DELETE_DECISION_INSTANCE', []),
  resolveProcessInstanceIncidents: (c) => createBatch(c, 'RESOLVE_INCIDENT', [c.subject!.key]),
  getBatchOperation: (c) =>
    ok(batchShape(c, c.ctx.state.catalogueStores.batchOperations.get(c.params.batchOperationKey!)!)),
  searchBatchOperations: (c) => {
    const all = c.visible({}, null) ? [...c.ctx.state.catalogueStores.batchOperations.values()] : [];
    return searchAnswer(
      c,
      all,
      (b) => b.batchOperationKey,
      (b) => batchShape(c, b),
    );
  },
  searchBatchOperationItems: (c) => {
    const batches = c.visible({}, null) ? [...c.ctx.state.catalogueStores.batchOperations.values()] : [];
    const items = batches.flatMap((b) =>
      b.itemKeys.map((key) =>
        compactFor(c.ctx.version)({
          operationType: b.batchOperationType,
          batchOperationKey: b.batchOperationKey,
          itemKey: key,
          processInstanceKey: key,
          ...(c.ctx.version === '8.8' ? {} : { rootProcessInstanceKey: null }),
          state: 'COMPLETED',
          processedDate: b.endDate,
          errorMessage: null,
        }),
      ),
    );
    return searchAnswer(c, items, (i) => `${String(i.batchOperationKey)}:${String(i.itemKey)}`);
  },
  // The demo has no background work: a batch is done when it is created, so there is nothing to stop.
  cancelBatchOperation: () => noContent,
  suspendBatchOperation: () => noContent,
  resumeBatchOperation: () => noContent,

  // ---- process instances ----
  deleteProcessInstance: (c) => {
    const pi = c.ctx.state.runtime.instances.get(c.subject!.key)!;
    if (pi.state === 'ACTIVE')
      throw badRequest(`Process instance with key '${pi.processInstanceKey}' is still active.`);
    c.ctx.state.runtime.instances.delete(pi.processInstanceKey);
    return noContent;
  },
  migrateProcessInstance: () => noContent,
  modifyProcessInstance: () => noContent,
  createElementInstanceVariables: (c) => {
    const ei = c.ctx.state.runtime.elementInstances.get(c.subject!.key)!;
    const variables = c.body.variables;
    if (typeof variables !== 'object' || variables === null) throw badRequest('No variables provided.');
    c.ctx.state.setVariables(ei.elementInstanceKey, ei.processInstanceKey, ei.tenantId, variables as Json);
    return noContent;
  },
  activateAdHocSubProcessActivities: () => noContent,
  getProcessInstanceCallHierarchy: (c) => {
    const pi = c.ctx.state.runtime.instances.get(c.subject!.key)!;
    return ok([
      {
        processInstanceKey: pi.processInstanceKey,
        processDefinitionKey: pi.processDefinitionKey,
        processDefinitionName: pi.processDefinitionName ?? pi.processDefinitionId,
      },
    ]);
  },
  getProcessInstanceSequenceFlows: () => ok({ items: [] }),
  getProcessInstanceStatistics: (c) =>
    ok({
      items: elementStatistics(
        [...c.ctx.state.runtime.elementInstances.values()].filter((e) => e.processInstanceKey === c.subject!.key),
      ),
    }),
  getProcessDefinitionStatistics: (c) => {
    const elements = [...c.ctx.state.runtime.elementInstances.values()].filter(
      (e) =>
        e.processDefinitionKey === c.subject!.key && c.visible({ bpmnProcessId: e.processDefinitionId }, e.tenantId),
    );
    return ok({ items: elementStatistics(elements) });
  },
  getStartProcessForm: (c) => {
    const pd = c.ctx.state.processDefinitions.get(c.subject!.key)!;
    const formId = c.ctx.state.runtime.models.get(pd.processDefinitionKey)?.startFormId;
    // The latest version of the linked form (Camunda links start forms by form id).
    const form = [...c.ctx.state.forms.values()]
      .filter((f) => f.formId === formId && f.tenantId === pd.tenantId)
      .sort((a, b) => b.version - a.version)[0];
    if (!form) return noContent;
    return ok(formShape(form));
  },

  // ---- statistics ----
  getProcessDefinitionInstanceStatistics: (c) => {
    const groups = new Map<
      string,
      Json & {
        activeInstancesWithoutIncidentCount: number;
        activeInstancesWithIncidentCount: number;
        versions: Set<number>;
      }
    >();
    for (const pi of visibleActiveInstances(c)) {
      const id = `${pi.tenantId}:${pi.processDefinitionId}`;
      const g = groupIn(groups, id, () => ({
        processDefinitionId: pi.processDefinitionId,
        tenantId: pi.tenantId,
        latestProcessDefinitionName: pi.processDefinitionName,
        activeInstancesWithoutIncidentCount: 0,
        activeInstancesWithIncidentCount: 0,
        versions: new Set<number>(),
      }));
      g.versions.add(pi.processDefinitionVersion);
      if (pi.hasIncident) g.activeInstancesWithIncidentCount++;
      else g.activeInstancesWithoutIncidentCount++;
    }
    const items: Json[] = [...groups.values()].map(({ versions, ...g }) => ({
      ...g,
      hasMultipleVersions: versions.size > 1,
    }));
    return searchAnswer(c, items, (i) => `${String(i.tenantId)}:${String(i.processDefinitionId)}`);
  },
  getProcessDefinitionInstanceVersionStatistics: (c) => {
    const filter = filterOf(c);
    const groups = new Map<
      string,
      Json & { activeInstancesWithIncidentCount: number; activeInstancesWithoutIncidentCount: number }
    >();
    for (const pi of visibleActiveInstances(c)) {
      if (filter.processDefinitionId !== undefined && filter.processDefinitionId !== pi.processDefinitionId) continue;
      const g = groupIn(groups, pi.processDefinitionKey, () => ({
        processDefinitionId: pi.processDefinitionId,
        processDefinitionKey: pi.processDefinitionKey,
        processDefinitionName: pi.processDefinitionName,
        tenantId: pi.tenantId,
        processDefinitionVersion: pi.processDefinitionVersion,
        activeInstancesWithIncidentCount: 0,
        activeInstancesWithoutIncidentCount: 0,
      }));
      if (pi.hasIncident) g.activeInstancesWithIncidentCount++;
      else g.activeInstancesWithoutIncidentCount++;
    }
    return searchAnswer(c, [...groups.values()], (i) => String(i.processDefinitionKey));
  },
  getProcessDefinitionMessageSubscriptionStatistics: (c) => {
    const groups = new Map<string, Json & { instances: Set<string>; activeSubscriptions: number }>();
    for (const s of c.ctx.state.runtime.subscriptions.values()) {
      if (s.kind !== 'message' || !c.visible({ bpmnProcessId: s.processDefinitionId }, s.tenantId)) continue;
      const pi = c.ctx.state.runtime.instances.get(s.processInstanceKey);
      if (!pi) continue;
      const g = groupIn(groups, pi.processDefinitionKey, () => ({
        processDefinitionId: pi.processDefinitionId,
        tenantId: pi.tenantId,
        processDefinitionKey: pi.processDefinitionKey,
        instances: new Set<string>(),
        activeSubscriptions: 0,
      }));
      g.instances.add(pi.processInstanceKey);
      g.activeSubscriptions++;
    }
    const items: Json[] = [...groups.values()].map(({ instances, ...g }) => ({
      ...g,
      processInstancesWithActiveSubscriptions: instances.size,
    }));
    return searchAnswer(c, items, (i) => String(i.processDefinitionKey));
  },
  getProcessInstanceStatisticsByDefinition: (c) => {
    const groups = new Map<string, Json & { activeInstancesWithErrorCount: number }>();
    for (const i of visibleActiveIncidents(c)) {
      const pd = c.ctx.state.processDefinitions.get(i.processDefinitionKey);
      const g = groupIn(groups, i.processDefinitionKey, () => ({
        processDefinitionId: i.processDefinitionId,
        processDefinitionKey: i.processDefinitionKey,
        processDefinitionName: pd?.name ?? i.processDefinitionId,
        processDefinitionVersion: pd?.version ?? 1,
        tenantId: i.tenantId,
        activeInstancesWithErrorCount: 0,
      }));
      g.activeInstancesWithErrorCount++;
    }
    return searchAnswer(c, [...groups.values()], (g) => String(g.processDefinitionKey));
  },
  getProcessInstanceStatisticsByError: (c) => {
    const groups = new Map<
      string,
      { errorHashCode: number; errorMessage: string; activeInstancesWithErrorCount: number }
    >();
    for (const i of visibleActiveIncidents(c)) {
      const g = groupIn(groups, i.errorMessage, () => ({
        errorHashCode: javaHash(i.errorMessage),
        errorMessage: i.errorMessage,
        activeInstancesWithErrorCount: 0,
      }));
      g.activeInstancesWithErrorCount++;
    }
    return searchAnswer(c, [...groups.values()], (g) => g.errorMessage);
  },
  getGlobalJobStatistics: (c) => {
    const jobs = c.visible({}, null) ? [...c.ctx.state.runtime.jobs.values()] : [];
    const at = c.ctx.now();
    return ok({
      created: statsCount(jobs.length, at),
      completed: statsCount(jobs.filter((j) => j.state === 'COMPLETED').length, at),
      failed: statsCount(jobs.filter((j) => j.state === 'FAILED').length, at),
      isIncomplete: false,
    });
  },
  getJobTypeStatistics: (c) => jobGroups(c, (j) => j.type, 'jobType', true),
  getJobWorkerStatistics: (c) => jobGroups(c, (j) => j.worker, 'worker', false),
  getJobTimeSeriesStatistics: (c) => jobGroups(c, () => c.ctx.now().slice(0, 13) + ':00:00.000Z', 'time', false),
  getJobErrorStatistics: (c) => {
    const groups = new Map<string, { errorCode: string; errorMessage: string; workers: Set<string> }>();
    for (const j of visibleJobs(c)) {
      if (j.errorMessage === null && j.errorCode === null) continue;
      const id = `${j.errorCode ?? ''}:${j.errorMessage ?? ''}`;
      const g = groupIn(groups, id, () => ({
        errorCode: j.errorCode ?? '',
        errorMessage: j.errorMessage ?? '',
        workers: new Set(),
      }));
      g.workers.add(j.worker);
    }
    const items = [...groups.values()].map((g) => ({
      errorCode: g.errorCode,
      errorMessage: g.errorMessage,
      workers: g.workers.size,
    }));
    return searchAnswer(c, items, (g) => `${g.errorCode}:${g.errorMessage}`);
  },
  getUsageMetrics: (c) => {
    const counted = c.visible({}, null);
    const instances = counted ? c.ctx.state.runtime.instancesByKey() : [];
    const decisions = counted ? [...c.ctx.state.catalogueStores.decisionInstances.values()] : [];
    const assignees = counted
      ? new Set([...c.ctx.state.userTasks.values()].flatMap((t) => (t.assignee === null ? [] : [t.assignee])))
      : new Set<string>();
    const tenants: Record<string, Json> = {};
    if (c.query.withTenants === 'true')
      for (const pi of instances) {
        const t = (tenants[pi.tenantId] ??= { processInstances: 0, decisionInstances: 0, assignees: 0 });
        t.processInstances = Number(t.processInstances) + 1;
      }
    return ok({
      processInstances: instances.length,
      decisionInstances: decisions.length,
      assignees: assignees.size,
      activeTenants: new Set(instances.map((pi) => pi.tenantId)).size,
      tenants,
    });
  },

  // ---- messages and decisions ----
  searchMessageSubscriptions: (c) => {
    const items = [...c.ctx.state.runtime.subscriptions.values()]
      .filter((s) => s.kind === 'message' && c.visible({ bpmnProcessId: s.processDefinitionId }, s.tenantId))
      .map((s) =>
        compactFor(c.ctx.version)({
          messageSubscriptionKey: s.elementInstanceKey,
          processDefinitionId: s.processDefinitionId,
          processDefinitionKey: c.ctx.state.runtime.instances.get(s.processInstanceKey)?.processDefinitionKey ?? null,
          processInstanceKey: s.processInstanceKey,
          ...(c.ctx.version === '8.8' ? {} : { rootProcessInstanceKey: null }),
          elementId: c.ctx.state.runtime.elementInstances.get(s.elementInstanceKey)?.elementId ?? '',
          elementInstanceKey: s.elementInstanceKey,
          messageSubscriptionState: 'CREATED',
          lastUpdatedDate: c.ctx.now(),
          messageName: s.name,
          correlationKey: s.correlationKey,
          tenantId: s.tenantId,
        }),
      );
    return searchAnswer(c, items, (s) => String(s.messageSubscriptionKey));
  },
  // Correlations are not recorded by the demo: the search answers an empty page for every caller.
  searchCorrelatedMessageSubscriptions: (c) => searchAnswer(c, [], String),
  evaluateDecision: (c) => {
    const d = c.ctx.state.decisionDefinitions.get(
      typeof c.body.decisionDefinitionKey === 'string'
        ? c.body.decisionDefinitionKey
        : [...c.ctx.state.decisionDefinitions.values()]
            .filter((x) => x.decisionDefinitionId === c.subject!.ids.decisionId && x.tenantId === c.subject!.tenantId)
            .sort((a, b) => b.version - a.version)[0]!.decisionDefinitionKey,
    )!;
    const key = c.ctx.state.keys.next(1);
    const instance: DecisionInstanceEntity = {
      decisionEvaluationKey: key,
      // 8.9+ name the evaluated decision `<evaluation key>-<index>`; 8.8's SDK types it as a key.
      decisionEvaluationInstanceKey: c.ctx.version === '8.8' ? c.ctx.state.keys.next(1) : `${key}-1`,
      decisionDefinitionKey: d.decisionDefinitionKey,
      decisionDefinitionId: d.decisionDefinitionId,
      decisionDefinitionName: d.name,
      decisionDefinitionVersion: d.version,
      decisionRequirementsId: d.decisionRequirementsId,
      decisionRequirementsKey: d.decisionRequirementsKey,
      evaluationDate: c.ctx.now(),
      tenantId: d.tenantId,
      // The demo stores decisions without evaluating them: every evaluation answers null.
      result: 'null',
    };
    c.ctx.state.catalogueStores.decisionInstances.set(instance.decisionEvaluationInstanceKey, instance);
    return ok(
      compactFor(c.ctx.version)({
        decisionDefinitionId: d.decisionDefinitionId,
        decisionDefinitionKey: d.decisionDefinitionKey,
        decisionDefinitionName: d.name,
        decisionDefinitionVersion: d.version,
        decisionEvaluationKey: key,
        ...(c.ctx.version === '8.8' ? {} : { decisionInstanceKey: key }),
        decisionRequirementsId: d.decisionRequirementsId,
        decisionRequirementsKey: d.decisionRequirementsKey,
        evaluatedDecisions: [
          {
            decisionDefinitionId: d.decisionDefinitionId,
            decisionDefinitionName: d.name,
            decisionDefinitionVersion: d.version,
            decisionDefinitionType: 'DECISION_TABLE',
            output: 'null',
            tenantId: d.tenantId,
            matchedRules: [],
            evaluatedInputs: [],
            decisionDefinitionKey: d.decisionDefinitionKey,
            decisionEvaluationInstanceKey: instance.decisionEvaluationInstanceKey,
          },
        ],
        // 8.8 types both as required strings; 8.9+ send null when nothing failed.
        failedDecisionDefinitionId: c.ctx.version === '8.8' ? '' : null,
        failureMessage: c.ctx.version === '8.8' ? '' : null,
        output: 'null',
        tenantId: d.tenantId,
      }),
    );
  },
  getDecisionInstance: (c) => {
    const d = [...c.ctx.state.catalogueStores.decisionInstances.values()].find(
      (i) => i.decisionEvaluationInstanceKey === c.subject!.key,
    )!;
    return ok({ ...decisionInstanceShape(c, d), evaluatedInputs: [], matchedRules: [] });
  },
  searchDecisionInstances: (c) => {
    const items = [...c.ctx.state.catalogueStores.decisionInstances.values()].filter((d) =>
      c.visible({ decisionId: d.decisionDefinitionId }, d.tenantId),
    );
    return searchAnswer(
      c,
      items,
      (d) => d.decisionEvaluationInstanceKey,
      (d) => decisionInstanceShape(c, d),
    );
  },
  deleteDecisionInstance: (c) => {
    const stores = c.ctx.state.catalogueStores;
    for (const [k, d] of stores.decisionInstances)
      if (d.decisionEvaluationKey === c.subject!.key) stores.decisionInstances.delete(k);
    return noContent;
  },
  evaluateConditionals: (c) =>
    ok({
      conditionalEvaluationKey: c.ctx.state.keys.next(1),
      tenantId: typeof c.body.tenantId === 'string' ? c.body.tenantId : '<default>',
      // The demo's BPMN support has no conditional start events, so nothing starts.
      processInstances: [],
    }),
  evaluateExpression: (c) => {
    const expression = stringField(c, 'expression');
    // The demo does not evaluate FEEL; literals are echoed, anything else answers null with a warning.
    let result: unknown = null;
    const warnings: { message: string }[] = [];
    try {
      result = JSON.parse(expression.replace(/^=\s*/, ''));
    } catch {
      warnings.push({ message: 'The demo cluster does not evaluate FEEL expressions; the result is null.' });
    }
    return ok({ expression, result, warnings });
  },
  searchResources: (c) => {
    const items = [...c.ctx.state.resources.values()]
      .filter((r) => c.visible({ resourceId: r.resourceId }, r.tenantId))
      .sort((a, b) => compareKeys(a.resourceKey, b.resourceKey));
    return searchAnswer(
      c,
      items,
      (r) => r.resourceKey,
      (r) => ({
        resourceKey: r.resourceKey,
        resourceId: r.resourceId,
        resourceName: r.resourceName,
        version: r.version,
        versionTag: null,
        deploymentKey: r.deploymentKey,
        tenantId: r.tenantId,
      }),
    );
  },
  getResourceContentBinary: (c) => {
    const r = c.ctx.state.resources.get(c.subject!.key)!;
    return { status: 200, body: Buffer.from(r.content), contentType: 'application/octet-stream' };
  },
  searchElementInstanceWaitStates: (c) => {
    const waiting = new Set([
      'USER_TASK',
      'SERVICE_TASK',
      'RECEIVE_TASK',
      'INTERMEDIATE_CATCH_EVENT',
      'SEND_TASK',
      'SCRIPT_TASK',
      'BUSINESS_RULE_TASK',
    ]);
    const items = [...c.ctx.state.runtime.elementInstances.values()].filter(
      (e) =>
        e.state === 'ACTIVE' && waiting.has(e.type) && c.visible({ bpmnProcessId: e.processDefinitionId }, e.tenantId),
    );
    return searchAnswer(
      c,
      items,
      (e) => e.elementInstanceKey,
      (e) => ({
        elementInstanceKey: e.elementInstanceKey,
        elementId: e.elementId,
        elementType: e.type,
        processInstanceKey: e.processInstanceKey,
        processDefinitionId: e.processDefinitionId,
        processDefinitionKey: e.processDefinitionKey,
        tenantId: e.tenantId,
      }),
    );
  },

  // ---- audit log ----
  getAuditLog: (c) => ok(auditLogShape(c.ctx.state.catalogueStores.auditLogs.get(c.subject!.key)!)),
  searchAuditLogs: (c) => {
    const items = [...c.ctx.state.catalogueStores.auditLogs.values()].filter((a) =>
      c.visible({ auditLogCategory: a.category }, a.tenantId),
    );
    return searchAnswer(c, items, (a) => a.auditLogKey, auditLogShape);
  },
  searchUserTaskAuditLogs: (c) => {
    const items = [...c.ctx.state.catalogueStores.auditLogs.values()].filter((a) => a.userTaskKey === c.subject!.key);
    return searchAnswer(c, items, (a) => a.auditLogKey, auditLogShape);
  },

  // ---- documents ----
  createDocument: (c) => created(documentReference(c, storeDocuments(c)[0]!)),
  createDocuments: (c) =>
    created({ failedDocuments: [], createdDocuments: storeDocuments(c).map((id) => documentReference(c, id)) }),
  getDocument: (c) => {
    const d = c.ctx.state.catalogueStores.documents.get(c.params.documentId!)!;
    return { status: 200, body: d.content, contentType: d.contentType };
  },
  deleteDocument: (c) => {
    c.ctx.state.catalogueStores.documents.delete(c.params.documentId!);
    return noContent;
  },
  createDocumentLink: (c) => {
    const ttl = typeof c.body.timeToLive === 'number' ? c.body.timeToLive : 3_600_000;
    return created({
      url: `http://localhost/documents/${encodeURIComponent(c.params.documentId!)}?link=${c.ctx.state.keys.next(1)}`,
      expiresAt: new Date(Date.parse(c.ctx.now()) + ttl).toISOString(),
    });
  },

  // ---- clock, configuration, setup ----
  pinClock: (c) => {
    const raw = c.body.timestamp;
    // int64: a number, or a string of digits as some clients send longs.
    const timestamp = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof timestamp !== 'number' || !Number.isInteger(timestamp) || timestamp < 0)
      throw badRequest('The value for timestamp must be a non-negative epoch millisecond number.');
    c.ctx.state.catalogueStores.pinnedClock = timestamp;
    return noContent;
  },
  resetClock: (c) => {
    c.ctx.state.catalogueStores.pinnedClock = null;
    return noContent;
  },
  getSystemConfiguration: () =>
    ok({
      jobMetrics: {
        enabled: true,
        exportInterval: 'PT5M',
        maxWorkerNameLength: 100,
        maxJobTypeLength: 100,
        maxTenantIdLength: 30,
        maxUniqueKeys: 9500,
      },
    }),
  createAdminUser: (c) => {
    const { state } = c.ctx;
    const admin = state.roles.get('admin');
    if (admin && admin.users.size > 0)
      throw forbidden('Expected to create an admin user, but an admin user already exists.');
    const username = stringField(c, 'username');
    if (state.users.has(username)) throw alreadyExists(`A user with username '${username}' already exists.`);
    const name = typeof c.body.name === 'string' ? c.body.name : null;
    const email = typeof c.body.email === 'string' ? c.body.email : null;
    state.users.set(username, { username, name, email, passwordHash: '' });
    admin?.users.add(username);
    return created({ username, name, email });
  },

  // ---- cluster variables ----
  createGlobalClusterVariable: (c) => putClusterVariable(c, 'GLOBAL', null, true),
  createTenantClusterVariable: (c) => putClusterVariable(c, 'TENANT', c.params.tenantId!, true),
  updateGlobalClusterVariable: (c) => putClusterVariable(c, 'GLOBAL', null, false),
  updateTenantClusterVariable: (c) => putClusterVariable(c, 'TENANT', c.params.tenantId!, false),
  getGlobalClusterVariable: (c) => ok(clusterVariableShape(clusterVariableOf(c), false)),
  getTenantClusterVariable: (c) => ok(clusterVariableShape(clusterVariableOf(c), false)),
  deleteGlobalClusterVariable: (c) => deleteClusterVariable(c),
  deleteTenantClusterVariable: (c) => deleteClusterVariable(c),
  searchClusterVariables: (c) => {
    const items = [...c.ctx.state.catalogueStores.clusterVariables.values()].filter((v) => c.visible({}, v.tenantId));
    return searchAnswer(
      c,
      items,
      (v) => clusterVariableId(v.scope, v.tenantId, v.name),
      (v) => clusterVariableShape(v, true),
    );
  },

  // ---- global task listeners ----
  createGlobalTaskListener: (c) => {
    const id = stringField(c, 'id');
    const stores = c.ctx.state.catalogueStores;
    if (stores.taskListeners.has(id)) throw alreadyExists(`A global task listener with id '${id}' already exists.`);
    const listener = taskListenerOf(c, id);
    stores.taskListeners.set(id, listener);
    return created(taskListenerShape(listener));
  },
  updateGlobalTaskListener: (c) => {
    const listener = taskListenerOf(c, c.params.id!);
    c.ctx.state.catalogueStores.taskListeners.set(listener.id, listener);
    return ok(taskListenerShape(listener));
  },
  getGlobalTaskListener: (c) => ok(taskListenerShape(c.ctx.state.catalogueStores.taskListeners.get(c.params.id!)!)),
  deleteGlobalTaskListener: (c) => {
    c.ctx.state.catalogueStores.taskListeners.delete(c.params.id!);
    return noContent;
  },
  searchGlobalTaskListeners: (c) => {
    const items = c.visible({}, null) ? [...c.ctx.state.catalogueStores.taskListeners.values()] : [];
    return searchAnswer(c, items, (l) => l.id, taskListenerShape);
  },
};

const keysOf = (instances: ProcessInstanceEntity[]) => instances.map((pi) => pi.processInstanceKey);

function visibleActiveInstances(c: GenericCall): ProcessInstanceEntity[] {
  return c.ctx.state.runtime
    .instancesByKey()
    .filter((pi) => pi.state === 'ACTIVE' && c.visible({ bpmnProcessId: pi.processDefinitionId }, pi.tenantId));
}

function visibleActiveIncidents(c: GenericCall) {
  return [...c.ctx.state.runtime.incidents.values()].filter(
    (i) => i.state === 'ACTIVE' && c.visible({ bpmnProcessId: i.processDefinitionId }, i.tenantId),
  );
}

/** Java's String.hashCode, which Camunda reports as the error hash code. */
function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

function jobGroups(
  c: GenericCall,
  keyOf: (j: { type: string; worker: string }) => string,
  field: string,
  withWorkers: boolean,
): ServiceResult {
  const at = c.ctx.now();
  const jobs = visibleJobs(c);
  const groups = new Map<string, { created: number; completed: number; failed: number; workers: Set<string> }>();
  for (const j of jobs) {
    const k = keyOf(j);
    const g = groupIn(groups, k, () => ({ created: 0, completed: 0, failed: 0, workers: new Set() }));
    g.created++;
    if (j.state === 'COMPLETED') g.completed++;
    if (j.state === 'FAILED') g.failed++;
    if (j.worker !== '') g.workers.add(j.worker);
  }
  const items: Json[] = [...groups.entries()].map(([k, g]) => ({
    [field]: k,
    created: statsCount(g.created, at),
    completed: statsCount(g.completed, at),
    failed: statsCount(g.failed, at),
    ...(withWorkers ? { workers: g.workers.size } : {}),
  }));
  return searchAnswer(c, items, (i) => String(i[field]));
}

/** The jobs the caller may count, of the filter's job type when it names one. */
function visibleJobs(c: GenericCall) {
  if (!c.visible({}, null)) return [];
  const type = filterOf(c).jobType;
  return [...c.ctx.state.runtime.jobs.values()].filter((j) => typeof type !== 'string' || j.type === type);
}

function clusterVariableOf(c: GenericCall): ClusterVariableEntity {
  const tenantId = c.params.tenantId ?? null;
  const id = clusterVariableId(tenantId === null ? 'GLOBAL' : 'TENANT', tenantId, c.params.name!);
  return c.ctx.state.catalogueStores.clusterVariables.get(id)!;
}

function putClusterVariable(
  c: GenericCall,
  scope: 'GLOBAL' | 'TENANT',
  tenantId: string | null,
  create: boolean,
): ServiceResult {
  const name = create ? stringField(c, 'name') : c.params.name!;
  if (!('value' in c.body)) throw badRequest('No value provided.');
  const stores = c.ctx.state.catalogueStores;
  const id = clusterVariableId(scope, tenantId, name);
  if (create && stores.clusterVariables.has(id))
    throw alreadyExists(`A cluster variable with name '${name}' already exists in this scope.`);
  const variable: ClusterVariableEntity = { name, scope, tenantId, value: JSON.stringify(c.body.value) };
  stores.clusterVariables.set(id, variable);
  return ok(clusterVariableShape(variable, false));
}

function deleteClusterVariable(c: GenericCall): ServiceResult {
  const v = clusterVariableOf(c);
  c.ctx.state.catalogueStores.clusterVariables.delete(clusterVariableId(v.scope, v.tenantId, v.name));
  return noContent;
}

function taskListenerOf(c: GenericCall, id: string): TaskListenerEntity {
  const eventTypes = Array.isArray(c.body.eventTypes) ? c.body.eventTypes.map(String) : [];
  if (eventTypes.length === 0) throw badRequest('No eventTypes provided.');
  return {
    id,
    type: typeof c.body.type === 'string' ? c.body.type : id,
    eventTypes,
    retries: typeof c.body.retries === 'number' ? c.body.retries : 3,
    priority: typeof c.body.priority === 'number' ? c.body.priority : 50,
    afterNonGlobal: c.body.afterNonGlobal === true,
  };
}

/** Answers a generically handled operation whose checks passed. */
export async function catalogueAnswer(call: GenericCall): Promise<ServiceResult> {
  const answer = ANSWERS[call.entry.operationId];
  if (!answer) throw notFound(`No endpoint ${call.entry.method} /v2${call.entry.path}.`);
  return answer(call);
}

// [inferred] Which audit category a command lands in: identity, clock, listeners and cluster
// variables are administration; process, decision and batch commands concern deployed resources.
function categoryOf(call: GenericCall): AuditLogCategory {
  const type = call.facts.permissions[0]?.resourceType;
  return type === 'PROCESS_DEFINITION' || type === 'DECISION_DEFINITION' || type === 'BATCH'
    ? 'DEPLOYED_RESOURCES'
    : 'ADMIN';
}

const AUDIT_OPERATIONS = new Set([
  'ASSIGN',
  'CANCEL',
  'COMPLETE',
  'CREATE',
  'DELETE',
  'EVALUATE',
  'MIGRATE',
  'MODIFY',
  'RESOLVE',
  'RESUME',
  'SUSPEND',
  'UNASSIGN',
  'UPDATE',
]);

/** Records a successful generic command in the audit log (8.9+), so the audit endpoints have entries. */
export function recordAudit(call: GenericCall): void {
  if (call.ctx.version === '8.8') return;
  const { state } = call.ctx;
  const key = state.keys.next(1);
  const pi = call.subject?.label === 'Process Instance' ? call.subject.key : null;
  state.catalogueStores.auditLogs.set(key, {
    auditLogKey: key,
    category: categoryOf(call),
    operationType:
      call.facts.intent !== undefined && AUDIT_OPERATIONS.has(call.facts.intent) ? call.facts.intent : 'UNKNOWN',
    entityType: BATCH_TYPES[call.entry.operationId] ? 'BATCH' : pi ? 'PROCESS_INSTANCE' : 'RESOURCE',
    entityKey: call.subject?.key ?? key,
    timestamp: call.ctx.now(),
    ...actor(call),
    tenantId: call.subject?.tenantId ?? null,
    processDefinitionId: call.subject?.ids.bpmnProcessId ?? null,
    processInstanceKey: pi,
    userTaskKey: null,
    batchOperationKey: null,
  });
}
