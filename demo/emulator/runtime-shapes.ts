import type { ApiVersion } from '../scenarios/scenario-types.ts';
import type {
  ElementInstanceEntity,
  IncidentEntity,
  JobEntity,
  ProcessInstanceEntity,
  VariableEntity,
} from './entities.ts';

// Response shapes of process execution per version, as Camunda's SDKs validate them: 8.8 omits
// absent values (optional fields), 8.9+ sends explicit nulls.

type Json = Record<string, unknown>;

export function compactFor(version: ApiVersion): (obj: Json) => Json {
  return (obj) => {
    if (version !== '8.8') return obj;
    const out: Json = {};
    for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined) out[k] = v;
    return out;
  };
}

export function processInstanceShape(version: ApiVersion, pi: ProcessInstanceEntity): Json {
  const base: Json = {
    processDefinitionId: pi.processDefinitionId,
    // 8.8 types the name as a required string.
    processDefinitionName:
      version === '8.8' ? (pi.processDefinitionName ?? pi.processDefinitionId) : pi.processDefinitionName,
    processDefinitionVersion: pi.processDefinitionVersion,
    processDefinitionVersionTag: pi.processDefinitionVersionTag,
    startDate: pi.startDate,
    endDate: pi.endDate,
    state: pi.state,
    hasIncident: pi.hasIncident,
    tenantId: pi.tenantId,
    processInstanceKey: pi.processInstanceKey,
    processDefinitionKey: pi.processDefinitionKey,
    parentProcessInstanceKey: null,
    parentElementInstanceKey: null,
    tags: pi.tags,
  };
  if (version !== '8.8') {
    base.rootProcessInstanceKey = pi.processInstanceKey;
    base.businessId = pi.businessId;
  }
  return compactFor(version)(base);
}

export function createdInstanceShape(version: ApiVersion, pi: ProcessInstanceEntity, variables: Json): Json {
  const base: Json = {
    processDefinitionId: pi.processDefinitionId,
    processDefinitionVersion: pi.processDefinitionVersion,
    tenantId: pi.tenantId,
    variables,
    processDefinitionKey: pi.processDefinitionKey,
    processInstanceKey: pi.processInstanceKey,
    tags: pi.tags,
  };
  if (version !== '8.8') base.businessId = pi.businessId;
  return compactFor(version)(base);
}

export function elementInstanceShape(version: ApiVersion, ei: ElementInstanceEntity): Json {
  const base: Json = {
    processDefinitionId: ei.processDefinitionId,
    startDate: ei.startDate,
    endDate: ei.endDate,
    elementId: ei.elementId,
    elementName: ei.elementName,
    type: ei.type,
    state: ei.state,
    hasIncident: ei.incidentKey !== null,
    tenantId: ei.tenantId,
    elementInstanceKey: ei.elementInstanceKey,
    processInstanceKey: ei.processInstanceKey,
    processDefinitionKey: ei.processDefinitionKey,
    incidentKey: ei.incidentKey,
  };
  if (version !== '8.8') base.rootProcessInstanceKey = ei.processInstanceKey;
  return compactFor(version)(base);
}

export function jobSearchShape(version: ApiVersion, j: JobEntity): Json {
  const base: Json = {
    customHeaders: j.customHeaders,
    deadline: j.deadline === null ? null : new Date(j.deadline).toISOString(),
    deniedReason: null,
    elementId: j.elementId,
    elementInstanceKey: j.elementInstanceKey,
    endTime: j.endTime,
    errorCode: j.errorCode,
    errorMessage: j.errorMessage,
    hasFailedWithRetriesLeft: j.hasFailedWithRetriesLeft,
    isDenied: null,
    jobKey: j.jobKey,
    kind: 'BPMN_ELEMENT',
    listenerEventType: 'UNSPECIFIED',
    processDefinitionId: j.processDefinitionId,
    processDefinitionKey: j.processDefinitionKey,
    processInstanceKey: j.processInstanceKey,
    retries: j.retries,
    state: j.state,
    tenantId: j.tenantId,
    type: j.type,
    worker: j.worker,
  };
  if (version !== '8.8') {
    base.rootProcessInstanceKey = j.processInstanceKey;
    base.creationTime = j.creationTime;
    base.lastUpdateTime = j.lastUpdateTime;
  }
  return compactFor(version)(base);
}

export function activatedJobShape(version: ApiVersion, j: JobEntity, variables: Json, tags: string[]): Json {
  const base: Json = {
    type: j.type,
    processDefinitionId: j.processDefinitionId,
    processDefinitionVersion: j.processDefinitionVersion,
    elementId: j.elementId,
    customHeaders: j.customHeaders,
    worker: j.worker,
    retries: j.retries,
    deadline: j.deadline,
    variables,
    tenantId: j.tenantId,
    jobKey: j.jobKey,
    processInstanceKey: j.processInstanceKey,
    processDefinitionKey: j.processDefinitionKey,
    elementInstanceKey: j.elementInstanceKey,
    kind: 'BPMN_ELEMENT',
    listenerEventType: 'UNSPECIFIED',
    userTask: null,
    tags,
  };
  if (version !== '8.8') base.rootProcessInstanceKey = j.processInstanceKey;
  return compactFor(version)(base);
}

export function incidentShape(version: ApiVersion, i: IncidentEntity): Json {
  const base: Json = {
    processDefinitionId: i.processDefinitionId,
    errorType: i.errorType,
    errorMessage: i.errorMessage,
    elementId: i.elementId,
    creationTime: i.creationTime,
    state: i.state,
    tenantId: i.tenantId,
    incidentKey: i.incidentKey,
    processDefinitionKey: i.processDefinitionKey,
    processInstanceKey: i.processInstanceKey,
    elementInstanceKey: i.elementInstanceKey,
    jobKey: i.jobKey,
  };
  if (version !== '8.8') base.rootProcessInstanceKey = i.processInstanceKey;
  return compactFor(version)(base);
}

/** `GET /variables/{key}`: the full value, never truncated. */
export function variableResultShape(version: ApiVersion, v: VariableEntity): Json {
  const base: Json = {
    name: v.name,
    value: v.value,
    tenantId: v.tenantId,
    variableKey: v.variableKey,
    scopeKey: v.scopeKey,
    processInstanceKey: v.processInstanceKey,
  };
  if (version !== '8.8') base.rootProcessInstanceKey = v.rootProcessInstanceKey;
  return compactFor(version)(base);
}
