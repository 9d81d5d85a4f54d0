// State of the catalogue operations that the demo clusters answer generically (catalogue-operations.ts):
// just enough that what one call creates, the next can read, search, change or delete.

export type BatchOperationType =
  | 'CANCEL_PROCESS_INSTANCE'
  | 'DELETE_DECISION_INSTANCE'
  | 'DELETE_PROCESS_INSTANCE'
  | 'MIGRATE_PROCESS_INSTANCE'
  | 'MODIFY_PROCESS_INSTANCE'
  | 'RESOLVE_INCIDENT';

export interface BatchOperationEntity {
  batchOperationKey: string;
  batchOperationType: BatchOperationType;
  state: 'ACTIVE' | 'SUSPENDED' | 'CANCELED' | 'COMPLETED';
  startDate: string;
  endDate: string | null;
  actorType: 'USER' | 'CLIENT' | 'ANONYMOUS';
  actorId: string | null;
  /** Process instance keys the batch covers (processed at once: the demo has no background work). */
  itemKeys: string[];
}

export interface DecisionInstanceEntity {
  decisionEvaluationKey: string;
  decisionEvaluationInstanceKey: string;
  decisionDefinitionKey: string;
  decisionDefinitionId: string;
  decisionDefinitionName: string;
  decisionDefinitionVersion: number;
  decisionRequirementsId: string;
  decisionRequirementsKey: string;
  evaluationDate: string;
  tenantId: string;
  result: string;
}

export interface ClusterVariableEntity {
  name: string;
  scope: 'GLOBAL' | 'TENANT';
  tenantId: string | null;
  /** JSON-serialised, as the API returns it. */
  value: string;
}

export interface TaskListenerEntity {
  id: string;
  type: string;
  eventTypes: string[];
  retries: number;
  priority: number;
  afterNonGlobal: boolean;
}

export interface DocumentEntity {
  documentId: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  expiresAt: string | null;
  processDefinitionId: string | null;
  processInstanceKey: string | null;
  customProperties: Record<string, unknown>;
}

export type AuditLogCategory = 'ADMIN' | 'DEPLOYED_RESOURCES' | 'USER_TASKS';

export interface AuditLogEntity {
  auditLogKey: string;
  category: AuditLogCategory;
  operationType: string;
  entityType: string;
  entityKey: string;
  timestamp: string;
  actorType: 'USER' | 'CLIENT' | 'ANONYMOUS';
  actorId: string | null;
  tenantId: string | null;
  processDefinitionId: string | null;
  processInstanceKey: string | null;
  userTaskKey: string | null;
  batchOperationKey: string | null;
}

export const clusterVariableId = (scope: 'GLOBAL' | 'TENANT', tenantId: string | null, name: string): string =>
  `${scope}:${tenantId ?? ''}:${name}`;

export class CatalogueStores {
  readonly batchOperations = new Map<string, BatchOperationEntity>();
  readonly decisionInstances = new Map<string, DecisionInstanceEntity>();
  /** By clusterVariableId(scope, tenantId, name). */
  readonly clusterVariables = new Map<string, ClusterVariableEntity>();
  readonly taskListeners = new Map<string, TaskListenerEntity>();
  readonly documents = new Map<string, DocumentEntity>();
  readonly auditLogs = new Map<string, AuditLogEntity>();
  /** Epoch ms the clock is pinned at (PUT /clock), null when it runs. */
  pinnedClock: number | null = null;
}
