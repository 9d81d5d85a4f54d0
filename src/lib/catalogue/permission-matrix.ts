// Which permission types each resource type accepts, per version: a catalogue entry may only name
// pairs listed here. 8.9 is Camunda's own resource → permission map (resource-permissions.json);
// 8.8 is that map without the 8.9 additions, which matches the 8.8 authorizations docs and the 8.8
// SDK's enums; 8.10 adds what Camunda's 8.10 schemas list, where the pairing is inferred.
import type { ApiVersion, PermissionType, ResourceType } from './types.ts';

export type PermissionMatrix = Readonly<Partial<Record<ResourceType, readonly PermissionType[]>>>;

const CRUD: readonly PermissionType[] = ['CREATE', 'DELETE', 'READ', 'UPDATE'];

const MATRIX_8_8: PermissionMatrix = {
  AUTHORIZATION: CRUD,
  BATCH: [
    'CREATE',
    'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE',
    'CREATE_BATCH_OPERATION_DELETE_DECISION_DEFINITION',
    'CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE',
    'CREATE_BATCH_OPERATION_DELETE_PROCESS_DEFINITION',
    'CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE',
    'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE',
    'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE',
    'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
    'READ',
    'UPDATE',
  ],
  COMPONENT: ['ACCESS'],
  DECISION_DEFINITION: [
    'CREATE_DECISION_INSTANCE',
    'DELETE_DECISION_INSTANCE',
    'READ_DECISION_DEFINITION',
    'READ_DECISION_INSTANCE',
  ],
  DECISION_REQUIREMENTS_DEFINITION: ['READ'],
  DOCUMENT: ['CREATE', 'DELETE', 'READ'],
  GROUP: CRUD,
  MAPPING_RULE: CRUD,
  MESSAGE: ['CREATE', 'READ'],
  PROCESS_DEFINITION: [
    'CANCEL_PROCESS_INSTANCE',
    'CREATE_PROCESS_INSTANCE',
    'DELETE_PROCESS_INSTANCE',
    'MODIFY_PROCESS_INSTANCE',
    'READ_PROCESS_DEFINITION',
    'READ_PROCESS_INSTANCE',
    'READ_USER_TASK',
    'UPDATE_PROCESS_INSTANCE',
    'UPDATE_USER_TASK',
  ],
  RESOURCE: ['CREATE', 'DELETE_DRD', 'DELETE_FORM', 'DELETE_PROCESS', 'DELETE_RESOURCE', 'READ'],
  ROLE: CRUD,
  SYSTEM: ['READ', 'READ_USAGE_METRIC', 'UPDATE'],
  TENANT: CRUD,
  USER: CRUD,
};

const MATRIX_8_9: PermissionMatrix = {
  ...MATRIX_8_8,
  AUDIT_LOG: ['READ'],
  CLUSTER_VARIABLE: CRUD,
  EXPRESSION: ['EVALUATE'],
  GLOBAL_LISTENER: ['CREATE_TASK_LISTENER', 'DELETE_TASK_LISTENER', 'READ_TASK_LISTENER', 'UPDATE_TASK_LISTENER'],
  PROCESS_DEFINITION: [...(MATRIX_8_8.PROCESS_DEFINITION ?? []), 'CLAIM_USER_TASK', 'COMPLETE_USER_TASK'],
  SYSTEM: [...(MATRIX_8_8.SYSTEM ?? []), 'READ_JOB_METRIC'],
  USER_TASK: ['CLAIM', 'COMPLETE', 'READ', 'UPDATE'],
};

const MATRIX_8_10: PermissionMatrix = {
  ...MATRIX_8_9,
  BATCH: [...(MATRIX_8_9.BATCH ?? []), 'CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE'],
  PROCESS_DEFINITION: [...(MATRIX_8_9.PROCESS_DEFINITION ?? []), 'SUSPEND_PROCESS_INSTANCE'],
  SECRET: ['REVEAL'],
};

export const PERMISSION_MATRIX: Readonly<Record<ApiVersion, PermissionMatrix>> = {
  '8.8': MATRIX_8_8,
  '8.9': MATRIX_8_9,
  '8.10': MATRIX_8_10,
};

/** Pairs of the matrix that no source states as a pair, with the reason they are listed. */
export const MATRIX_INFERENCES: readonly {
  readonly version: ApiVersion;
  readonly resourceType: ResourceType;
  readonly permissionType: PermissionType;
  readonly reason: string;
}[] = [
  {
    version: '8.10',
    resourceType: 'BATCH',
    permissionType: 'CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE',
    reason: 'New 8.10 permission type; every other CREATE_BATCH_OPERATION_* belongs to BATCH.',
  },
  {
    version: '8.10',
    resourceType: 'PROCESS_DEFINITION',
    permissionType: 'SUSPEND_PROCESS_INSTANCE',
    reason: 'New 8.10 permission type; every other *_PROCESS_INSTANCE permission belongs to PROCESS_DEFINITION.',
  },
  {
    version: '8.10',
    resourceType: 'SECRET',
    permissionType: 'REVEAL',
    reason: 'SECRET and REVEAL both first appear in the 8.10 schemas; their other permissions are not known.',
  },
];

export const MATRIX_SOURCES: readonly string[] = [
  'https://github.com/camunda/camunda/blob/5940ebb2c9b86d6eb1b0a5c86e83294cbdaa4be5/zeebe/gateway-protocol/src/main/proto/v2/resource-permissions.json',
  'https://docs.camunda.io/docs/8.8/components/concepts/access-control/authorizations/',
  'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
  'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/index-BvRQQCn2.d.ts (ResourceTypeEnum, PermissionTypeEnum)',
  'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/index-BIErHz2h.d.ts (ResourceTypeEnum, PermissionTypeEnum)',
  'npm:@camunda/camunda-api-zod-schemas@0.0.93 dist/8.10 (8.10 enums)',
];

export function allowsPermission(
  version: ApiVersion,
  resourceType: ResourceType,
  permissionType: PermissionType,
): boolean {
  return PERMISSION_MATRIX[version][resourceType]?.includes(permissionType) ?? false;
}
