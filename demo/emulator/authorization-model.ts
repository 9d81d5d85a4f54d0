import type { ApiVersion, ScenarioAuthorization } from '../scenarios/scenario-types.ts';

// Valid (resource type → permissions) pairs per version, docs/camunda-api/authorization-model.md §2 (resource-permissions.json,
// 8.9 content; 8.8 without the 8.9 additions; 8.10 adds SECRET/REVEAL and suspension [moving target]).
const PERMISSIONS_88: Record<string, string[]> = {
  AUTHORIZATION: ['CREATE', 'DELETE', 'READ', 'UPDATE'],
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
  GROUP: ['CREATE', 'DELETE', 'READ', 'UPDATE'],
  MAPPING_RULE: ['CREATE', 'DELETE', 'READ', 'UPDATE'],
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
  ROLE: ['CREATE', 'DELETE', 'READ', 'UPDATE'],
  SYSTEM: ['READ', 'READ_USAGE_METRIC', 'UPDATE'],
  TENANT: ['CREATE', 'DELETE', 'READ', 'UPDATE'],
  USER: ['CREATE', 'DELETE', 'READ', 'UPDATE'],
};

const PERMISSIONS_89: Record<string, string[]> = {
  ...PERMISSIONS_88,
  AUDIT_LOG: ['READ'],
  CLUSTER_VARIABLE: ['CREATE', 'DELETE', 'READ', 'UPDATE'],
  EXPRESSION: ['EVALUATE'],
  GLOBAL_LISTENER: ['CREATE_TASK_LISTENER', 'DELETE_TASK_LISTENER', 'READ_TASK_LISTENER', 'UPDATE_TASK_LISTENER'],
  PROCESS_DEFINITION: [...PERMISSIONS_88.PROCESS_DEFINITION!, 'CLAIM_USER_TASK', 'COMPLETE_USER_TASK'].sort(),
  SYSTEM: ['READ', 'READ_JOB_METRIC', 'READ_USAGE_METRIC', 'UPDATE'],
  USER_TASK: ['CLAIM', 'COMPLETE', 'READ', 'UPDATE'],
};

// [inferred] 8.10 from ZOD 8.10 only; SECRET's permission set is not in the spec that was read.
const PERMISSIONS_810: Record<string, string[]> = {
  ...PERMISSIONS_89,
  BATCH: [...PERMISSIONS_89.BATCH!, 'CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE'],
  PROCESS_DEFINITION: [...PERMISSIONS_89.PROCESS_DEFINITION!, 'SUSPEND_PROCESS_INSTANCE'],
  SECRET: ['REVEAL'],
};

export function resourcePermissions(version: ApiVersion): Record<string, string[]> {
  return version === '8.8' ? PERMISSIONS_88 : version === '8.9' ? PERMISSIONS_89 : PERMISSIONS_810;
}

export function resourceTypes(version: ApiVersion): string[] {
  return Object.keys(resourcePermissions(version)).sort();
}

export function allPermissionTypes(version: ApiVersion): string[] {
  return [...new Set(Object.values(resourcePermissions(version)).flat())].sort();
}

export const OWNER_TYPES = ['USER', 'CLIENT', 'ROLE', 'GROUP', 'MAPPING_RULE', 'UNSPECIFIED'] as const;

export const USER_TASK_PROPERTIES = ['assignee', 'candidateUsers', 'candidateGroups'] as const;

export interface DefaultRole {
  roleId: string;
  name: string;
  description: string;
  authorizations: Omit<ScenarioAuthorization, 'ownerType' | 'ownerId'>[];
}

function isReadPermission(permission: string): boolean {
  return permission === 'READ' || permission.startsWith('READ_') || permission === 'ACCESS';
}

/** Camunda's default roles (docs/camunda-api/authorization-model.md §7); `task-worker` exists from 8.9. */
export function defaultRoles(version: ApiVersion): DefaultRole[] {
  const perms = resourcePermissions(version);
  const all = (filter: (p: string) => boolean) =>
    Object.entries(perms)
      .map(([resourceType, permissionTypes]) => ({
        resourceType,
        resourceId: '*',
        permissionTypes: permissionTypes.filter(filter),
      }))
      .filter((a) => a.permissionTypes.length > 0);
  const v89 = version !== '8.8';
  const roles: DefaultRole[] = [
    {
      roleId: 'admin',
      name: 'Admin',
      description: 'Full control over all Orchestration Cluster resources and components',
      authorizations: all(() => true),
    },
    {
      roleId: 'readonly-admin',
      name: 'Readonly Admin',
      description: 'Audit-focused read-only access',
      authorizations: all(isReadPermission),
    },
    {
      roleId: 'connectors',
      name: 'Connectors',
      description: 'Technical role for connector calls',
      authorizations: [
        {
          resourceType: 'PROCESS_DEFINITION',
          resourceId: '*',
          permissionTypes: ['READ_PROCESS_DEFINITION', 'UPDATE_PROCESS_INSTANCE'],
        },
        { resourceType: 'MESSAGE', resourceId: '*', permissionTypes: ['CREATE'] },
        { resourceType: 'DOCUMENT', resourceId: '*', permissionTypes: ['CREATE', 'READ', 'DELETE'] },
      ],
    },
    {
      roleId: 'rpa',
      name: 'RPA',
      description: 'RPA workers',
      authorizations: [
        { resourceType: 'RESOURCE', resourceId: '*', permissionTypes: ['READ'] },
        { resourceType: 'PROCESS_DEFINITION', resourceId: '*', permissionTypes: ['UPDATE_PROCESS_INSTANCE'] },
      ],
    },
    {
      roleId: 'app-integrations',
      name: 'App Integrations',
      description: 'App integration calls',
      authorizations: [
        {
          resourceType: 'PROCESS_DEFINITION',
          resourceId: '*',
          permissionTypes: [
            'READ_PROCESS_DEFINITION',
            'CREATE_PROCESS_INSTANCE',
            'READ_PROCESS_INSTANCE',
            'UPDATE_PROCESS_INSTANCE',
            'READ_USER_TASK',
            'UPDATE_USER_TASK',
            ...(v89 ? ['CLAIM_USER_TASK', 'COMPLETE_USER_TASK'] : []),
          ],
        },
        { resourceType: 'DOCUMENT', resourceId: '*', permissionTypes: ['CREATE'] },
      ],
    },
  ];
  if (v89) {
    // [inferred] "one authorization per property" (docs/camunda-api/authorization-model.md §7).
    roles.push({
      roleId: 'task-worker',
      name: 'Task Worker',
      description: 'Workers handling their own tasks',
      authorizations: USER_TASK_PROPERTIES.map((resourcePropertyName) => ({
        resourceType: 'USER_TASK',
        resourcePropertyName,
        permissionTypes: ['READ', 'CLAIM', 'COMPLETE'],
      })),
    });
  }
  return roles;
}
