// The authorization model of the Orchestration Cluster as the /v2 API exposes it (reference §6.1),
// per version. Enum values the cluster returns that we do not know (a newer server) stay strings:
// the UI must render them, never drop them.

export type ClusterVersion = '8.8' | '8.9' | '8.10';

export const CLUSTER_VERSIONS: readonly ClusterVersion[] = ['8.8', '8.9', '8.10'];

/** Maps a gateway version string (`"8.9.2"`, `"8.10.0-alpha1"`) to the API generation we model. */
export function clusterVersionOf(gatewayVersion: string | null | undefined): ClusterVersion | null {
  const match = /^(\d+)\.(\d+)/.exec(gatewayVersion ?? '');
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== 8) return major > 8 ? '8.10' : null;
  if (minor <= 7) return null;
  if (minor === 8) return '8.8';
  if (minor === 9) return '8.9';
  return '8.10';
}

export function atLeast(version: ClusterVersion, minimum: ClusterVersion): boolean {
  return CLUSTER_VERSIONS.indexOf(version) >= CLUSTER_VERSIONS.indexOf(minimum);
}

/** 8.8 has no USER_TASK resource; the task-level layer (and property-based grants) exist from 8.9. */
export function hasUserTaskResource(version: ClusterVersion): boolean {
  return atLeast(version, '8.9');
}

export type OwnerType = 'USER' | 'CLIENT' | 'ROLE' | 'GROUP' | 'MAPPING_RULE' | 'UNSPECIFIED';

export const RESOURCE_TYPES_8_8 = [
  'AUTHORIZATION',
  'BATCH',
  'COMPONENT',
  'DECISION_DEFINITION',
  'DECISION_REQUIREMENTS_DEFINITION',
  'DOCUMENT',
  'GROUP',
  'MAPPING_RULE',
  'MESSAGE',
  'PROCESS_DEFINITION',
  'RESOURCE',
  'ROLE',
  'SYSTEM',
  'TENANT',
  'USER',
] as const;
export const RESOURCE_TYPES_ADDED_8_9 = [
  'AUDIT_LOG',
  'CLUSTER_VARIABLE',
  'EXPRESSION',
  'GLOBAL_LISTENER',
  'USER_TASK',
] as const;
export const RESOURCE_TYPES_ADDED_8_10 = ['SECRET'] as const;

export type KnownResourceType =
  | (typeof RESOURCE_TYPES_8_8)[number]
  | (typeof RESOURCE_TYPES_ADDED_8_9)[number]
  | (typeof RESOURCE_TYPES_ADDED_8_10)[number];

/** A resource type: a known one, or whatever a newer server sends. */
export type ResourceType = KnownResourceType | (string & {});

export const PERMISSION_TYPES_8_8 = [
  'ACCESS',
  'CANCEL_PROCESS_INSTANCE',
  'CREATE',
  'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_DELETE_DECISION_DEFINITION',
  'CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE',
  'CREATE_BATCH_OPERATION_DELETE_PROCESS_DEFINITION',
  'CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
  'CREATE_DECISION_INSTANCE',
  'CREATE_PROCESS_INSTANCE',
  'DELETE',
  'DELETE_DECISION_INSTANCE',
  'DELETE_DRD',
  'DELETE_FORM',
  'DELETE_PROCESS',
  'DELETE_PROCESS_INSTANCE',
  'DELETE_RESOURCE',
  'MODIFY_PROCESS_INSTANCE',
  'READ',
  'READ_DECISION_DEFINITION',
  'READ_DECISION_INSTANCE',
  'READ_PROCESS_DEFINITION',
  'READ_PROCESS_INSTANCE',
  'READ_USAGE_METRIC',
  'READ_USER_TASK',
  'UPDATE',
  'UPDATE_PROCESS_INSTANCE',
  'UPDATE_USER_TASK',
] as const;
export const PERMISSION_TYPES_ADDED_8_9 = [
  'CLAIM',
  'CLAIM_USER_TASK',
  'COMPLETE',
  'COMPLETE_USER_TASK',
  'CREATE_TASK_LISTENER',
  'DELETE_TASK_LISTENER',
  'EVALUATE',
  'READ_JOB_METRIC',
  'READ_TASK_LISTENER',
  'UPDATE_TASK_LISTENER',
] as const;
export const PERMISSION_TYPES_ADDED_8_10 = [
  'CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE',
  'SUSPEND_PROCESS_INSTANCE',
  'REVEAL',
] as const;

export type KnownPermissionType =
  | (typeof PERMISSION_TYPES_8_8)[number]
  | (typeof PERMISSION_TYPES_ADDED_8_9)[number]
  | (typeof PERMISSION_TYPES_ADDED_8_10)[number];

export type PermissionType = KnownPermissionType | (string & {});

export function resourceTypesFor(version: ClusterVersion): string[] {
  return [
    ...RESOURCE_TYPES_8_8,
    ...(atLeast(version, '8.9') ? RESOURCE_TYPES_ADDED_8_9 : []),
    ...(atLeast(version, '8.10') ? RESOURCE_TYPES_ADDED_8_10 : []),
  ];
}

export function permissionTypesFor(version: ClusterVersion): string[] {
  return [
    ...PERMISSION_TYPES_8_8,
    ...(atLeast(version, '8.9') ? PERMISSION_TYPES_ADDED_8_9 : []),
    ...(atLeast(version, '8.10') ? PERMISSION_TYPES_ADDED_8_10 : []),
  ];
}

export function isKnownPermission(permission: string, version: ClusterVersion): boolean {
  return permissionTypesFor(version).includes(permission);
}

export function isKnownResourceType(resourceType: string, version: ClusterVersion): boolean {
  return resourceTypesFor(version).includes(resourceType);
}

/** The property names a property-based USER_TASK authorization can use (8.9+). */
export type UserTaskProperty = 'assignee' | 'candidateUsers' | 'candidateGroups';
export const USER_TASK_PROPERTIES: readonly UserTaskProperty[] = ['assignee', 'candidateUsers', 'candidateGroups'];

/** An authorization as `/v2/authorizations/search` returns it. 8.8 omits fields freely; 8.9 adds resourcePropertyName. */
export interface Authorization {
  authorizationKey?: string;
  ownerId: string;
  ownerType: OwnerType | (string & {});
  resourceType: ResourceType;
  /** ID-based grants: a resource id or `*`. Null/absent for property-based grants (8.9+). */
  resourceId?: string | null;
  /** Property-based USER_TASK grants (8.9+): `assignee`, `candidateUsers` or `candidateGroups`. */
  resourcePropertyName?: string | null;
  permissionTypes: PermissionType[];
}

/** Plain-language nouns for resource types, used in sentences ("on process `invoice`"). */
const RESOURCE_NOUNS: Record<string, { one: string; every: string }> = {
  AUDIT_LOG: { one: 'audit log', every: 'every audit log' },
  AUTHORIZATION: { one: 'authorization', every: 'every authorization' },
  BATCH: { one: 'batch operation', every: 'every batch operation' },
  CLUSTER_VARIABLE: { one: 'cluster variable', every: 'every cluster variable' },
  COMPONENT: { one: 'component', every: 'every component' },
  DECISION_DEFINITION: { one: 'decision', every: 'every decision' },
  DECISION_REQUIREMENTS_DEFINITION: { one: 'decision requirements graph', every: 'every decision requirements graph' },
  DOCUMENT: { one: 'document', every: 'every document' },
  EXPRESSION: { one: 'expression', every: 'every expression' },
  GLOBAL_LISTENER: { one: 'global listener', every: 'every global listener' },
  GROUP: { one: 'group', every: 'every group' },
  MAPPING_RULE: { one: 'mapping rule', every: 'every mapping rule' },
  MESSAGE: { one: 'message', every: 'every message' },
  PROCESS_DEFINITION: { one: 'process', every: 'every process' },
  RESOURCE: { one: 'deployed resource', every: 'every deployed resource' },
  ROLE: { one: 'role', every: 'every role' },
  SECRET: { one: 'secret', every: 'every secret' },
  SYSTEM: { one: 'system', every: 'the whole system' },
  TENANT: { one: 'tenant', every: 'every tenant' },
  USER: { one: 'user', every: 'every user' },
  USER_TASK: { one: 'user task', every: 'every user task' },
};

export function resourceNoun(resourceType: string): { one: string; every: string } {
  return RESOURCE_NOUNS[resourceType] ?? { one: `${resourceType} resource`, every: `every ${resourceType} resource` };
}

export const WILDCARD = '*';
