// Types of the operation catalogue: what every /v2 operation of the Orchestration Cluster REST API
// requires per version, and where each fact comes from. See docs/operation-catalogue.md.

export type ApiVersion = '8.8' | '8.9' | '8.10';

export const API_VERSIONS: readonly ApiVersion[] = ['8.8', '8.9', '8.10'];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type ResourceType =
  | 'AUDIT_LOG'
  | 'AUTHORIZATION'
  | 'BATCH'
  | 'CLUSTER_VARIABLE'
  | 'COMPONENT'
  | 'DECISION_DEFINITION'
  | 'DECISION_REQUIREMENTS_DEFINITION'
  | 'DOCUMENT'
  | 'EXPRESSION'
  | 'GLOBAL_LISTENER'
  | 'GROUP'
  | 'MAPPING_RULE'
  | 'MESSAGE'
  | 'PROCESS_DEFINITION'
  | 'RESOURCE'
  | 'ROLE'
  | 'SECRET'
  | 'SYSTEM'
  | 'TENANT'
  | 'USER'
  | 'USER_TASK';

export type PermissionType =
  | 'ACCESS'
  | 'CANCEL_PROCESS_INSTANCE'
  | 'CLAIM'
  | 'CLAIM_USER_TASK'
  | 'COMPLETE'
  | 'COMPLETE_USER_TASK'
  | 'CREATE'
  | 'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE'
  | 'CREATE_BATCH_OPERATION_DELETE_DECISION_DEFINITION'
  | 'CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE'
  | 'CREATE_BATCH_OPERATION_DELETE_PROCESS_DEFINITION'
  | 'CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE'
  | 'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE'
  | 'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE'
  | 'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT'
  | 'CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE'
  | 'CREATE_DECISION_INSTANCE'
  | 'CREATE_PROCESS_INSTANCE'
  | 'CREATE_TASK_LISTENER'
  | 'DELETE'
  | 'DELETE_DECISION_INSTANCE'
  | 'DELETE_DRD'
  | 'DELETE_FORM'
  | 'DELETE_PROCESS'
  | 'DELETE_PROCESS_INSTANCE'
  | 'DELETE_RESOURCE'
  | 'DELETE_TASK_LISTENER'
  | 'EVALUATE'
  | 'MODIFY_PROCESS_INSTANCE'
  | 'READ'
  | 'READ_DECISION_DEFINITION'
  | 'READ_DECISION_INSTANCE'
  | 'READ_JOB_METRIC'
  | 'READ_PROCESS_DEFINITION'
  | 'READ_PROCESS_INSTANCE'
  | 'READ_TASK_LISTENER'
  | 'READ_USAGE_METRIC'
  | 'READ_USER_TASK'
  | 'REVEAL'
  | 'SUSPEND_PROCESS_INSTANCE'
  | 'UPDATE'
  | 'UPDATE_PROCESS_INSTANCE'
  | 'UPDATE_TASK_LISTENER'
  | 'UPDATE_USER_TASK';

/**
 * Where the resource id that an authorization must name (besides `*`) comes from.
 * - `path`: a path parameter of the request, e.g. `groupId`.
 * - `body`: a field of the request body, e.g. `tenantId`.
 * - `target`: an id of the target that the cluster looks up from `via` (a path parameter, body
 *   fields joined by `|`, or the items of a search), e.g. the BPMN process id of the job named by
 *   the `jobKey` path parameter.
 * - `wildcard`: only a `*` authorization grants it (the 403 text names no resource id).
 */
export type TargetId = 'bpmnProcessId' | 'decisionId' | 'decisionRequirementsId' | 'resourceId' | 'auditLogCategory';

export type ResourceIdSource =
  | { readonly from: 'path'; readonly name: string }
  | { readonly from: 'body'; readonly name: string }
  | { readonly from: 'target'; readonly id: TargetId; readonly via: string }
  | { readonly from: 'wildcard' };

export interface PermissionAlternative {
  readonly resourceType: ResourceType;
  readonly permissionType: PermissionType;
  readonly resourceId: ResourceIdSource;
  /** USER_TASK grants can also name a task property instead of an id (8.9+). */
  readonly propertyNames?: readonly ('assignee' | 'candidateUsers' | 'candidateGroups')[];
}

/**
 * How a caller without the permission notices it.
 * - `command`: the engine refuses: 403 `Command '<intent>' rejected with code 'FORBIDDEN': Insufficient
 *   permissions to perform operation …`; an existing entity of another tenant answers 404.
 * - `getByKey`: fetched first, then checked: 403 `Unauthorized to perform operation …` (no ids in the
 *   text); missing or in a tenant the caller is not assigned to: 404.
 * - `filtered`: answers 200 with only what the caller may see (`items: []` when nothing).
 * - `gatewayCheck`: checked by the gateway before anything is read or sent: 403 `Unauthorized to
 *   perform operation …`.
 * - `authenticated`: any authenticated caller; no authorization.
 * - `unprotected`: no authentication at all.
 */
export type BehaviourClass = 'command' | 'getByKey' | 'filtered' | 'gatewayCheck' | 'authenticated' | 'unprotected';

/**
 * Multi-tenancy checks (when enabled).
 * - `none`: the operation touches nothing tenant-owned.
 * - `request`: the request names a tenant (body or path); a caller not assigned to it is refused.
 * - `entity`: the target entity's tenant; another tenant's entity looks missing (404).
 * - `filter`: results are limited to the caller's tenants.
 */
export type TenantCheck = 'none' | 'request' | 'entity' | 'filter';

export type InferredFact = 'presence' | 'permissions' | 'behaviour' | 'intent' | 'tenantCheck';

export interface Inference {
  readonly fact: InferredFact;
  /** Why this is believed, and what would confirm it. */
  readonly reason: string;
}

export interface OperationVersionFacts {
  /** Any one alternative suffices, unless `selection` says otherwise. Empty for `authenticated` and `unprotected`. */
  readonly permissions: readonly PermissionAlternative[];
  /**
   * `byTarget`: each alternative belongs to one kind of target (e.g. a message start event vs. a waiting
   * catch event, a process vs. a form); every target the request touches needs the one for its kind.
   */
  readonly selection?: 'byTarget';
  readonly behaviour: BehaviourClass;
  /** The engine intent in a `command` refusal, e.g. `COMPLETE`. */
  readonly intent?: string;
  readonly tenantCheck: TenantCheck;
  /** Facts of this version that no source confirms; each names its reason. */
  readonly inferred?: readonly Inference[];
  readonly note?: string;
}

export interface CatalogueEntry {
  /** The SDK's operation name (the spec's operationId, camel-cased: `getProcessDefinitionXml`). */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template relative to `/v2`, as the SDK writes it: `/jobs/{jobKey}/completion`. */
  readonly path: string;
  /** Absent version = the operation does not exist there. */
  readonly versions: Readonly<Partial<Record<ApiVersion, OperationVersionFacts>>>;
  /** Where the facts come from: public URLs or `npm:<package>@<version> <file>`. */
  readonly sources: readonly string[];
}
