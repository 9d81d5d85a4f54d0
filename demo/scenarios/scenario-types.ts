// The scenario file format: one JSON file describes one demo cluster completely.
// Field names follow the Orchestration Cluster REST API (and Camunda's identity-as-code
// configuration for memberships), so an operator can copy values from a real cluster.
// docs/scenarios.md documents every field; load-scenario.ts validates them.

import type { ProcessModel } from '../emulator/bpmn-model.ts';

export type ApiVersion = '8.8' | '8.9' | '8.10';

export type AuthMethod = 'none' | 'basic' | 'oidc';

export interface NoAuth {
  method: 'none';
}

export interface BasicAuth {
  method: 'basic';
  /** bcrypt cost used to hash the scenario's plaintext passwords at start (default 10, as Spring). */
  bcryptCost?: number;
}

export interface OidcAuth {
  method: 'oidc';
  /** Accepted `aud` value(s) (Spring's `audiences`). */
  audience: string | string[];
  /** Issuer and JWKS location; usually given at start time (the demo provider's port varies). */
  issuer?: string;
  jwksUri?: string;
  /** JSONPath-ish claim names (a plain name or `$.a.b`). */
  usernameClaim: string;
  clientIdClaim: string;
  groupsClaim?: string;
  preferUsernameClaim: boolean;
  /** Allowed clock skew for `exp` / `nbf`, seconds (default 60). */
  clockSkewSeconds?: number;
}

export type ScenarioAuth = NoAuth | BasicAuth | OidcAuth;

export type PartitionRole = 'leader' | 'follower' | 'inactive';
export type PartitionHealth = 'healthy' | 'unhealthy' | 'dead';
export type PartitionState = 'unknown' | 'joining' | 'active' | 'leaving' | 'recovering';

export interface ScenarioPartition {
  partitionId: number;
  role: PartitionRole;
  health: PartitionHealth;
  /** 8.10 only; defaults to `active`. */
  state?: PartitionState;
}

export interface ScenarioBroker {
  nodeId: number;
  /** 8.10 only; defaults to `String(nodeId)`. */
  brokerId?: string;
  host: string;
  port: number;
  version: string;
  partitions: ScenarioPartition[];
}

export interface ScenarioTopology {
  /** 8.9+; `null` when absent. */
  clusterId?: string | null;
  /** Configured broker count. Listing fewer brokers than this shows brokers as missing. */
  clusterSize: number;
  partitionsCount: number;
  replicationFactor: number;
  gatewayVersion: string;
  lastCompletedChangeId?: string;
  brokers: ScenarioBroker[];
}

export interface ScenarioUser {
  username: string;
  /** Plaintext demo password; hashed with bcrypt when the cluster starts. */
  password: string;
  name?: string;
  email?: string;
}

export interface ScenarioClient {
  clientId: string;
  clientSecret: string;
}

export interface ScenarioGroup {
  groupId: string;
  name: string;
  description?: string;
  users?: string[];
  clients?: string[];
  mappingRules?: string[];
}

export interface ScenarioRole {
  roleId: string;
  name?: string;
  description?: string;
  users?: string[];
  clients?: string[];
  groups?: string[];
  mappingRules?: string[];
}

export interface ScenarioTenant {
  tenantId: string;
  name: string;
  description?: string;
  users?: string[];
  clients?: string[];
  groups?: string[];
  roles?: string[];
  mappingRules?: string[];
}

export interface ScenarioMappingRule {
  mappingRuleId: string;
  name: string;
  claimName: string;
  claimValue: string;
}

export type OwnerType = 'USER' | 'CLIENT' | 'ROLE' | 'GROUP' | 'MAPPING_RULE' | 'UNSPECIFIED';

export interface ScenarioAuthorization {
  ownerType: OwnerType;
  ownerId: string;
  resourceType: string;
  /** ID-based: a resource id or `*`. Exactly one of resourceId / resourcePropertyName. */
  resourceId?: string;
  /** Property-based (8.9+, USER_TASK only): assignee | candidateUsers | candidateGroups. */
  resourcePropertyName?: string;
  permissionTypes: string[];
  /**
   * The owner does not exist, on purpose: a grant left behind by a deleted principal or an 8.7 → 8.8
   * migration that keyed users by e-mail. Camunda refuses such an owner on create, so the loader
   * does too unless this is set.
   */
  ownerMissing?: boolean;
}

/** A generator expression for a variable value in task templates. */
export type ValueSpec =
  | string
  | number
  | boolean
  | null
  | ValueSpec[]
  | { $pick: ValueSpec[] }
  | { $int: [number, number] }
  | { $seq: string }
  | { [key: string]: ValueSpec };

export interface UserTaskTemplate {
  elementId: string;
  name: string;
  candidateGroups?: string[];
  candidateUsers?: string[];
  /** formId of a linked form in `forms`. */
  formId?: string;
  externalFormReference?: string;
  priority?: number[];
  customHeaders?: Record<string, string>;
  tags?: string[];
  /** Task-local variables. */
  localVariables?: Record<string, ValueSpec>;
  /** Relative weight when picking a template (default 1). */
  weight?: number;
}

export interface ScenarioProcessDefinition {
  processDefinitionId: string;
  name: string | null;
  version?: number;
  versionTag?: string | null;
  resourceName?: string;
  tenantId?: string;
  hasStartForm?: boolean;
  state?: 'ACTIVE' | 'DRAINING' | 'DELETED';
  processDefinitionKey?: string;
  /** Process-instance variables used by generated tasks of this process. */
  variables?: Record<string, ValueSpec>;
  userTaskTemplates?: UserTaskTemplate[];
  /** Relative weight when generating tasks (default 1). */
  weight?: number;
  /**
   * A BPMN file defining this process, relative to the scenario file. Without one, the demo sketches
   * start → userTaskTemplates → end.
   */
  bpmnFile?: string;
  /** Set by loadScenarioFile from `bpmnFile`: the XML and the model new instances walk. */
  bpmn?: { xml: string; model: ProcessModel };
}

export interface ScenarioForm {
  formId: string;
  version?: number;
  tenantId?: string;
  formKey?: string;
  /** A Camunda-Forms-like schema; objects are serialised to a JSON string as the API returns it. */
  schema: string | Record<string, unknown>;
}

/** The API's user task states: what a scenario may set and what the emulator's state filter accepts. */
export const USER_TASK_STATES = [
  'CREATING',
  'CREATED',
  'ASSIGNING',
  'UPDATING',
  'COMPLETING',
  'COMPLETED',
  'CANCELING',
  'CANCELED',
  'FAILED',
] as const;

export type UserTaskState = (typeof USER_TASK_STATES)[number];

export interface ScenarioUserTask {
  userTaskKey?: string;
  processDefinitionId: string;
  elementId: string;
  name?: string | null;
  state?: UserTaskState;
  assignee?: string | null;
  candidateUsers?: string[];
  candidateGroups?: string[];
  /** Absolute ISO-8601 or relative to the scenario clock: `now`, `-2d`, `+36h`, `-1d4h`. */
  creationDate?: string;
  completionDate?: string | null;
  dueDate?: string | null;
  followUpDate?: string | null;
  priority?: number;
  tenantId?: string;
  formId?: string;
  externalFormReference?: string | null;
  customHeaders?: Record<string, string>;
  tags?: string[];
  variables?: Record<string, unknown>;
  localVariables?: Record<string, unknown>;
}

export interface UserTaskGeneration {
  count: number;
  seed: number;
  /** Share of generated tasks that are already COMPLETED (0..1, default 0.1). */
  completedRatio?: number;
  /** Share of open tasks that have an assignee (0..1, default 0.3). */
  assignedRatio?: number;
}

/** History for process-instance views: instances generated by count (no tokens, no tasks, no jobs). */
export interface ProcessInstanceGeneration {
  count: number;
  seed: number;
  /** Share of generated instances that are COMPLETED (0..1, default 0.6). */
  completedRatio?: number;
  /** Share that are TERMINATED (0..1, default 0.1); the rest are ACTIVE. */
  terminatedRatio?: number;
}

/**
 * A directory generated by count for the audit at scale: users, clients, groups (users spread over
 * them), roles (groups spread over them) and authorizations, with a few seeded findings
 * (demo/emulator/directory-generator.ts). Generated principals share one password / client secret.
 */
export interface DirectoryGeneration {
  users: number;
  clients: number;
  groups: number;
  roles: number;
  authorizations: number;
  seed: number;
  password: string;
}

export interface ScenarioLicense {
  validLicense: boolean;
  licenseType: string;
  isCommercial: boolean;
  expiresAt: string | null;
}

export interface Scenario {
  /** Where the scenario came from (file path), for messages. */
  source: string;
  version: ApiVersion;
  displayName: string;
  auth: ScenarioAuth;
  authorizationsEnabled: boolean;
  multiTenancyChecksEnabled: boolean;
  /** Seed Camunda's default roles (admin, readonly-admin, connectors, rpa, app-integrations, task-worker 8.9+). */
  defaultRoles: boolean;
  /** The scenario clock; absent = the wall clock when the cluster starts. */
  now?: string;
  license?: ScenarioLicense;
  topology: ScenarioTopology;
  users: ScenarioUser[];
  clients: ScenarioClient[];
  groups: ScenarioGroup[];
  roles: ScenarioRole[];
  tenants: ScenarioTenant[];
  mappingRules: ScenarioMappingRule[];
  authorizations: ScenarioAuthorization[];
  processDefinitions: ScenarioProcessDefinition[];
  forms: ScenarioForm[];
  userTasks: ScenarioUserTask[];
  generateUserTasks?: UserTaskGeneration;
  generateProcessInstances?: ProcessInstanceGeneration;
  generateDirectory?: DirectoryGeneration;
}
