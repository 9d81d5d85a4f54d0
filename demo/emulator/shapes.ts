import type { ApiVersion, ScenarioTopology } from '../scenarios/scenario-types.ts';
import type {
  AuthorizationEntity,
  FormEntity,
  GroupEntity,
  MappingRuleEntity,
  ProcessDefinitionEntity,
  RoleEntity,
  TenantEntity,
  UserEntity,
  UserTaskEntity,
  VariableEntity,
} from './entities.ts';

// Response shapes per version (docs/camunda-api/versions.md): 8.8 has mostly optional fields and
// omits absent values; 8.9 makes them required and nullable; 8.10 adds a few fields.

type Json = Record<string, unknown>;

/** 8.8 omits null-valued fields (its types mark them optional); 8.9+ sends explicit nulls. */
function compact(version: ApiVersion, obj: Json): Json {
  if (version !== '8.8') return obj;
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

export function userTaskShape(version: ApiVersion, t: UserTaskEntity): Json {
  const base: Json = {
    userTaskKey: t.userTaskKey,
    name: t.name,
    state: t.state,
    assignee: t.assignee,
    candidateUsers: t.candidateUsers,
    candidateGroups: t.candidateGroups,
    elementId: t.elementId,
    elementInstanceKey: t.elementInstanceKey,
    processDefinitionId: t.processDefinitionId,
    processDefinitionKey: t.processDefinitionKey,
    processDefinitionVersion: t.processDefinitionVersion,
    processName: t.processName,
    processInstanceKey: t.processInstanceKey,
    creationDate: t.creationDate,
    completionDate: t.completionDate,
    dueDate: t.dueDate,
    followUpDate: t.followUpDate,
    priority: t.priority,
    tenantId: t.tenantId,
    formKey: t.formKey,
    externalFormReference: t.externalFormReference,
    customHeaders: t.customHeaders,
  };
  if (version !== '8.8') {
    base.rootProcessInstanceKey = t.rootProcessInstanceKey;
    base.tags = t.tags;
  }
  if (version === '8.10') base.businessId = t.businessId;
  return compact(version, base);
}

export function processDefinitionShape(version: ApiVersion, p: ProcessDefinitionEntity): Json {
  const base: Json = {
    processDefinitionKey: p.processDefinitionKey,
    processDefinitionId: p.processDefinitionId,
    name: p.name,
    version: p.version,
    versionTag: p.versionTag,
    resourceName: p.resourceName,
    tenantId: p.tenantId,
    hasStartForm: p.hasStartForm,
  };
  if (version !== '8.8') base.state = p.state;
  return compact(version, base);
}

export function formShape(f: FormEntity): Json {
  // [unverified for 8.8] the schema is a JSON string in every version (docs/camunda-api/versions.md §4).
  return { tenantId: f.tenantId, formId: f.formId, schema: f.schema, version: f.version, formKey: f.formKey };
}

export function variableShape(version: ApiVersion, v: VariableEntity, truncate: boolean): Json {
  const limit = 8191; // [inferred] Camunda truncates long values for search results
  const truncated = truncate && v.value.length > limit;
  const base: Json = {
    name: v.name,
    value: truncated ? v.value.slice(0, limit) : v.value,
    isTruncated: truncated,
    tenantId: v.tenantId,
    variableKey: v.variableKey,
    scopeKey: v.scopeKey,
    processInstanceKey: v.processInstanceKey,
  };
  if (version !== '8.8') base.rootProcessInstanceKey = v.rootProcessInstanceKey;
  return base;
}

export function authorizationShape(version: ApiVersion, a: AuthorizationEntity): Json {
  const base: Json = {
    authorizationKey: a.authorizationKey,
    ownerId: a.ownerId,
    ownerType: a.ownerType,
    resourceType: a.resourceType,
    resourceId: a.resourceId,
    permissionTypes: a.permissionTypes,
  };
  if (version !== '8.8') base.resourcePropertyName = a.resourcePropertyName;
  return compact(version, base);
}

export function userShape(version: ApiVersion, u: UserEntity): Json {
  return compact(version, { username: u.username, name: u.name, email: u.email });
}

export function groupShape(version: ApiVersion, g: GroupEntity): Json {
  return compact(version, { groupId: g.groupId, name: g.name, description: g.description });
}

export function roleShape(version: ApiVersion, r: RoleEntity): Json {
  return compact(version, { roleId: r.roleId, name: r.name, description: r.description });
}

export function tenantShape(version: ApiVersion, t: TenantEntity): Json {
  return compact(version, { tenantId: t.tenantId, name: t.name, description: t.description });
}

export function mappingRuleShape(m: MappingRuleEntity): Json {
  return { mappingRuleId: m.mappingRuleId, name: m.name, claimName: m.claimName, claimValue: m.claimValue };
}

export function topologyShape(version: ApiVersion, t: ScenarioTopology): Json {
  const brokers = t.brokers.map((b) => {
    const partitions = b.partitions.map((p) => {
      const out: Json = { partitionId: p.partitionId, role: p.role, health: p.health };
      if (version === '8.10') out.state = p.state ?? 'active';
      return out;
    });
    const out: Json = { nodeId: b.nodeId, host: b.host, port: b.port, partitions, version: b.version };
    if (version === '8.10') out.brokerId = b.brokerId ?? String(b.nodeId);
    return out;
  });
  const out: Json = {
    brokers,
    clusterSize: t.clusterSize,
    partitionsCount: t.partitionsCount,
    replicationFactor: t.replicationFactor,
    gatewayVersion: t.gatewayVersion,
    lastCompletedChangeId: t.lastCompletedChangeId ?? '-1',
  };
  if (version !== '8.8') out.clusterId = t.clusterId ?? null;
  return out;
}

/** GET /v2/status: UP when at least one partition has a healthy leader. */
export function clusterIsUp(t: ScenarioTopology): boolean {
  return t.brokers.some((b) => b.partitions.some((p) => p.role === 'leader' && p.health === 'healthy'));
}
