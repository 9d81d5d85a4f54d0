// "Can they…?": one principal × one catalogue operation × the resource it acts on → allowed, denied
// or filtered, with the deciding grant or the nearest miss. Pure: the caller passes the effective
// permissions (the administrator's view of the directory) and, for a task key, the task's facts.
import {
  type EffectivePermissions,
  type Evaluation,
  evaluate,
  type GrantMatch,
  type NearMiss,
  type RequiredPermission,
  type UserTaskFacts,
} from '../../../lib/authz/effective-permissions.ts';
import { resourceNoun } from '../../../lib/authz/model.ts';
import { type UserTaskOperation, userTaskOperationOfEntry } from '../../../lib/authz/request-target.ts';
import type {
  ApiVersion,
  CatalogueEntry,
  OperationVersionFacts,
  PermissionAlternative,
  TargetId,
} from '../../../lib/catalogue/types.ts';

export type SimulationVerdict = 'allowed' | 'denied' | 'filtered' | 'unavailable';

/** A resource input the operation's permissions read: a path parameter, a body field or a looked-up id. */
export interface ResourceField {
  name: string;
  label: string;
  /** The user task's facts are read from the cluster when this field is filled. */
  readsTask: boolean;
}

export interface SimulationInput {
  entry: CatalogueEntry;
  version: ApiVersion;
  effective: EffectivePermissions;
  /** Values by `ResourceField.name`; blank ones are left out. */
  resource: Readonly<Record<string, string>>;
  /** Facts of the task named by `resource.userTaskKey`, once read. */
  task: UserTaskFacts | null;
  /** Assign to the principal itself (a claim). */
  self: boolean;
}

export interface Simulation {
  verdict: SimulationVerdict;
  /** One sentence, ids in `backticks`. */
  sentence: string;
  decisive: GrantMatch | null;
  nearestMiss: NearMiss | null;
  /** What was assumed (an id left blank, a task not read, a tenant to check). */
  notes: string[];
  evaluation: Evaluation | null;
}

// What a looked-up target id is called in an input: the BPMN process id is the task's and the
// request's `processDefinitionId`, so the field carries that name.
const TARGET_FIELD: Record<TargetId, { name: string; label: string }> = {
  bpmnProcessId: { name: 'processDefinitionId', label: 'Process id (BPMN process id)' },
  decisionId: { name: 'decisionId', label: 'Decision id' },
  decisionRequirementsId: { name: 'decisionRequirementsId', label: 'Decision requirements id' },
  resourceId: { name: 'resourceId', label: 'Resource id' },
  auditLogCategory: { name: 'auditLogCategory', label: 'Audit log category' },
};

const PATH_LABEL: Record<string, string> = {
  userTaskKey: 'User task key',
  tenantId: 'Tenant id',
  groupId: 'Group id',
  roleId: 'Role id',
  username: 'Username',
  mappingRuleId: 'Mapping rule id',
  authorizationKey: 'Authorization key',
};

function fieldOf(alternative: PermissionAlternative): ResourceField | null {
  const source = alternative.resourceId;
  switch (source.from) {
    case 'wildcard':
      return null;
    case 'target':
      return { ...TARGET_FIELD[source.id], readsTask: false };
    case 'path':
    case 'body':
      return {
        name: source.name,
        label: PATH_LABEL[source.name] ?? `${source.from === 'path' ? 'Path parameter' : 'Body field'} ${source.name}`,
        readsTask: source.name === 'userTaskKey',
      };
  }
}

/** The inputs the operation's permissions on `version` need, task key first (it fills the process id). */
export function resourceFields(entry: CatalogueEntry, version: ApiVersion): ResourceField[] {
  const facts = entry.versions[version];
  if (!facts) return [];
  const fields = new Map<string, ResourceField>();
  for (const alternative of facts.permissions) {
    const field = fieldOf(alternative);
    if (field && !fields.has(field.name)) fields.set(field.name, field);
  }
  if (facts.tenantCheck === 'request' && !fields.has('tenantId')) {
    fields.set('tenantId', { name: 'tenantId', label: 'Tenant id', readsTask: false });
  }
  return [...fields.values()].sort((a, b) => Number(b.readsTask) - Number(a.readsTask));
}

/** A user-task action by key (read, assign, complete, …), evaluated with the task's two layers and properties. */
export function userTaskOperationOf(entry: CatalogueEntry, self: boolean): UserTaskOperation | null {
  if (!entry.path.includes('{userTaskKey}')) return null;
  const operation = userTaskOperationOfEntry(entry);
  return operation === 'assign' && self ? 'claim' : operation;
}

function resourceIdFor(
  alternative: PermissionAlternative,
  resource: Readonly<Record<string, string>>,
  task: UserTaskFacts | null,
): string | null {
  const field = fieldOf(alternative);
  if (!field) return null;
  const value = resource[field.name]?.trim();
  if (value) return value;
  if (field.name === 'processDefinitionId' && task) return task.processDefinitionId || null;
  return null;
}

function describeRequired(required: RequiredPermission): string {
  const noun = resourceNoun(required.resourceType);
  if (required.resourceId === null) return `${required.permission} on ${noun.every} (\`*\`)`;
  return `${required.permission} on ${noun.one} \`${required.resourceId}\``;
}

function principalWords(effective: EffectivePermissions): string {
  const noun: Record<string, string> = {
    USER: 'user',
    CLIENT: 'client',
    GROUP: 'group',
    ROLE: 'role',
    MAPPING_RULE: 'mapping rule',
  };
  return `${noun[effective.subject.type] ?? effective.subject.type} \`${effective.subject.id}\``;
}

function tenantNote(
  facts: OperationVersionFacts,
  effective: EffectivePermissions,
  tenantId: string | null,
): string | null {
  if (facts.tenantCheck === 'none') return null;
  const tenants = effective.tenants.map((t) => t.tenantId);
  const list = tenants.length > 0 ? tenants.map((t) => `\`${t}\``).join(', ') : 'no tenant';
  if (tenantId && !tenants.includes(tenantId)) {
    return `With multi-tenancy checks on, ${principalWords(effective)} is not assigned to tenant \`${tenantId}\` (it has ${list}): the cluster refuses it${facts.tenantCheck === 'entity' ? ' and answers 404 as if the resource did not exist' : ''}.`;
  }
  if (tenants.length === 0) {
    return `With multi-tenancy checks on, ${principalWords(effective)} is assigned to no tenant: ${facts.tenantCheck === 'filter' ? 'the answer holds nothing' : 'the cluster refuses it'}.`;
  }
  if (facts.tenantCheck === 'filter') {
    return `With multi-tenancy checks on, only data of ${list} is returned.`;
  }
  return `With multi-tenancy checks on, the resource's tenant must be one of ${list}.`;
}

export function simulate(input: SimulationInput): Simulation {
  const { entry, version, effective, resource, task } = input;
  const facts = entry.versions[version];
  if (!facts) {
    return {
      verdict: 'unavailable',
      sentence: `${entry.operationId} does not exist in Camunda ${version}.`,
      decisive: null,
      nearestMiss: null,
      notes: [],
      evaluation: null,
    };
  }
  const notes: string[] = [];
  const tenantId = resource.tenantId?.trim() || null;
  const tenant = tenantNote(facts, effective, tenantId);
  if (tenant) notes.push(tenant);
  if (facts.behaviour === 'unprotected' || facts.behaviour === 'authenticated' || facts.permissions.length === 0) {
    return {
      verdict: 'allowed',
      sentence:
        facts.behaviour === 'unprotected'
          ? 'No authentication is needed for this operation.'
          : 'Any signed-in principal may call this operation; it checks no authorization.',
      decisive: null,
      nearestMiss: null,
      notes,
      evaluation: null,
    };
  }
  const userTaskOperation = userTaskOperationOf(entry, input.self);
  let evaluation: Evaluation;
  if (userTaskOperation && task) {
    evaluation = evaluate(effective, { kind: 'user-task', operation: userTaskOperation, task });
  } else {
    if (userTaskOperation && resource.userTaskKey?.trim()) {
      notes.push(
        'The task could not be read, so its process and candidates are not known: only grants on every task count.',
      );
    }
    const anyOf: RequiredPermission[] = facts.permissions.map((alternative) => ({
      permission: alternative.permissionType,
      resourceType: alternative.resourceType,
      resourceId: resourceIdFor(alternative, resource, task),
    }));
    for (const required of anyOf) {
      const field = facts.permissions.find((a) => a.permissionType === required.permission);
      if (required.resourceId === null && field && fieldOf(field)) {
        notes.push(
          `No ${fieldOf(field)?.label.toLowerCase()} given: only a grant on ${resourceNoun(required.resourceType).every} (\`*\`) counts.`,
        );
      }
    }
    if (facts.selection === 'byTarget') {
      notes.push('Each kind of target needs its own permission; any one of them is shown as enough here.');
    }
    evaluation = evaluate(effective, { kind: 'permission', anyOf });
  }
  const decisive = evaluation.decisive[0] ?? null;
  const nearestMiss = evaluation.nearMisses[0] ?? null;
  if (evaluation.allowed) {
    return {
      verdict: 'allowed',
      sentence: evaluation.sentence,
      decisive,
      nearestMiss: null,
      notes: unique(notes),
      evaluation,
    };
  }
  if (facts.behaviour === 'filtered') {
    const visible = evaluation.nearMisses.filter((miss) => miss.reason === 'other-resource-id');
    const sentence =
      visible.length > 0
        ? `Filtered: the search answers 200 with only what ${principalWords(effective)} may see — ${visible.map((miss) => miss.sentence).join(' ')}`
        : `Filtered to empty: the search answers 200 with no items, because nothing grants ${requiredList(evaluation, facts)}.`;
    return { verdict: 'filtered', sentence, decisive: null, nearestMiss, notes: unique(notes), evaluation };
  }
  return {
    verdict: 'denied',
    sentence: evaluation.sentence,
    decisive: null,
    nearestMiss,
    notes: unique(notes),
    evaluation,
  };
}

function requiredList(evaluation: Evaluation, facts: OperationVersionFacts): string {
  const required =
    evaluation.processLevel.length + evaluation.taskLevel.length > 0
      ? [...evaluation.processLevel, ...evaluation.taskLevel]
      : facts.permissions.map((a) => ({
          permission: a.permissionType,
          resourceType: a.resourceType,
          resourceId: null,
        }));
  return required.map(describeRequired).join(' or ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The request the simulated operation stands for, with the given ids filled into its path. */
export function concretePath(entry: CatalogueEntry, resource: Readonly<Record<string, string>>): string {
  return `/v2${entry.path.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
    const value = resource[name]?.trim();
    return value ? encodeURIComponent(value) : whole;
  })}`;
}

export interface OperationOption {
  entry: CatalogueEntry;
  /** `POST /user-tasks/{userTaskKey}/completion`. */
  label: string;
  /** "UPDATE_USER_TASK or COMPLETE_USER_TASK on PROCESS_DEFINITION, …", or why none is needed. */
  permissions: string;
  /** Lower-cased words to search: method, path, name, permissions, resource types. */
  haystack: string;
}

/** The catalogue's operations that exist on `version`, for the operation search. */
export function operationOptions(catalogue: readonly CatalogueEntry[], version: ApiVersion): OperationOption[] {
  const options: OperationOption[] = [];
  for (const entry of catalogue) {
    const facts = entry.versions[version];
    if (!facts) continue;
    const permissions =
      facts.permissions.length === 0
        ? facts.behaviour === 'unprotected'
          ? 'no authentication'
          : 'any signed-in principal'
        : facts.permissions.map((p) => `${p.resourceType}:${p.permissionType}`).join(' or ');
    const label = `${entry.method} ${entry.path}`;
    options.push({
      entry,
      label,
      permissions,
      haystack: `${label} ${entry.operationId} ${permissions}`.toLowerCase(),
    });
  }
  return options.sort(
    (a, b) => a.entry.path.localeCompare(b.entry.path) || a.entry.method.localeCompare(b.entry.method),
  );
}

/** Every word of the query must appear (method, path, operation name, permission or resource type). */
export function matchesOperation(option: OperationOption, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.every((word) => option.haystack.includes(word));
}
