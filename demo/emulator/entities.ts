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

// ---- deployed resources and process execution -------------------------------------------------

export type ResourceKind = 'process' | 'decisionRequirements' | 'form' | 'resource';

/** A deployed file; its key is the key of what it defines (process definition, DRG, form). */
export interface ResourceEntity {
  resourceKey: string;
  kind: ResourceKind;
  /** BPMN process id, decision requirements id, form id or file name: what deletion checks name. */
  resourceId: string;
  resourceName: string;
  version: number;
  tenantId: string;
  deploymentKey: string;
  content: string;
}

export interface DecisionDefinitionEntity {
  decisionDefinitionKey: string;
  decisionDefinitionId: string;
  name: string;
  version: number;
  decisionRequirementsId: string;
  decisionRequirementsKey: string;
  decisionRequirementsName: string;
  decisionRequirementsVersion: number;
  tenantId: string;
}

export type InstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

export interface ProcessInstanceEntity {
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  processDefinitionName: string | null;
  processDefinitionVersion: number;
  processDefinitionVersionTag: string | null;
  startDate: string;
  endDate: string | null;
  state: InstanceState;
  hasIncident: boolean;
  tenantId: string;
  tags: string[];
  businessId: string | null;
}

export interface ElementInstanceEntity {
  elementInstanceKey: string;
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  elementId: string;
  elementName: string;
  type: string;
  state: InstanceState;
  startDate: string;
  endDate: string | null;
  tenantId: string;
  incidentKey: string | null;
}

export type JobState =
  'CREATED' | 'COMPLETED' | 'FAILED' | 'ERROR_THROWN' | 'CANCELED' | 'RETRIES_UPDATED' | 'TIMED_OUT';

export interface JobEntity {
  jobKey: string;
  type: string;
  worker: string;
  state: JobState;
  retries: number;
  /** Epoch ms until which an activated job belongs to its worker; null when not activated. */
  deadline: number | null;
  /** Epoch ms before which a failed job is not handed out again (retry back-off). */
  notBefore: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  hasFailedWithRetriesLeft: boolean;
  customHeaders: Record<string, string>;
  elementId: string;
  elementInstanceKey: string;
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  processDefinitionVersion: number;
  tenantId: string;
  creationTime: string;
  lastUpdateTime: string;
  endTime: string | null;
}

export interface IncidentEntity {
  incidentKey: string;
  errorType: 'JOB_NO_RETRIES' | 'UNHANDLED_ERROR_EVENT';
  errorMessage: string;
  state: 'ACTIVE' | 'RESOLVED';
  creationTime: string;
  elementId: string;
  elementInstanceKey: string;
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  tenantId: string;
  jobKey: string | null;
}

/** A token waiting for a message (catch event or receive task) or a signal. */
export interface SubscriptionEntity {
  kind: 'message' | 'signal';
  /** Message or signal name. */
  name: string;
  /** Evaluated correlation key (messages only). */
  correlationKey: string;
  elementInstanceKey: string;
  processInstanceKey: string;
  processDefinitionId: string;
  tenantId: string;
}

/** A published message kept for its time to live, for subscriptions that open later. */
export interface BufferedMessageEntity {
  messageKey: string;
  name: string;
  correlationKey: string;
  variables: Record<string, unknown>;
  tenantId: string;
  expiresAt: number;
}
