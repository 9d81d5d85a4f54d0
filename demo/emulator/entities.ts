import type { OwnerType, UserTaskState } from '../scenarios/scenario-types.ts';

// In-memory entities of a demo cluster; API shapes per version are rendered from these.

export interface UserEntity {
  username: string;
  name: string | null;
  email: string | null;
  passwordHash: string;
}

export interface GroupEntity {
  groupId: string;
  name: string;
  description: string | null;
  users: Set<string>;
  clients: Set<string>;
  mappingRules: Set<string>;
}

export interface RoleEntity {
  roleId: string;
  name: string;
  description: string | null;
  users: Set<string>;
  clients: Set<string>;
  groups: Set<string>;
  mappingRules: Set<string>;
}

export interface TenantEntity {
  tenantId: string;
  name: string;
  description: string | null;
  users: Set<string>;
  clients: Set<string>;
  groups: Set<string>;
  roles: Set<string>;
  mappingRules: Set<string>;
}

export interface MappingRuleEntity {
  mappingRuleId: string;
  name: string;
  claimName: string;
  claimValue: string;
}

export interface AuthorizationEntity {
  authorizationKey: string;
  ownerType: OwnerType;
  ownerId: string;
  resourceType: string;
  resourceId: string | null;
  resourcePropertyName: string | null;
  permissionTypes: string[];
}

export interface ProcessDefinitionEntity {
  processDefinitionKey: string;
  processDefinitionId: string;
  name: string | null;
  version: number;
  versionTag: string | null;
  resourceName: string;
  tenantId: string;
  hasStartForm: boolean;
  state: 'ACTIVE' | 'DRAINING' | 'DELETED';
}

export interface FormEntity {
  formKey: string;
  formId: string;
  version: number;
  tenantId: string;
  schema: string;
}

export interface VariableEntity {
  variableKey: string;
  name: string;
  /** JSON-serialised value, as the API returns it. */
  value: string;
  scopeKey: string;
  processInstanceKey: string;
  rootProcessInstanceKey: string | null;
  tenantId: string;
}

export interface UserTaskEntity {
  userTaskKey: string;
  name: string | null;
  state: UserTaskState;
  assignee: string | null;
  candidateUsers: string[];
  candidateGroups: string[];
  elementId: string;
  elementInstanceKey: string;
  processDefinitionId: string;
  processDefinitionKey: string;
  processDefinitionVersion: number;
  processName: string | null;
  processInstanceKey: string;
  rootProcessInstanceKey: string | null;
  creationDate: string;
  completionDate: string | null;
  dueDate: string | null;
  followUpDate: string | null;
  priority: number;
  tenantId: string;
  formKey: string | null;
  externalFormReference: string | null;
  customHeaders: Record<string, string>;
  tags: string[];
  businessId: string | null;
}
