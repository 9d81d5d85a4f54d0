// "Can they…?": one principal × one catalogue operation × the resource it acts on → allowed, denied
// or filtered, with the deciding grant or the nearest miss. Pure: the caller passes the effective
// permissions (the administrator's view of the directory) and, for a task key, the task's facts.
import {
  type EffectivePermissions,
  type Evaluation,
  codeList,
  evaluate,
  type GrantMatch,
  joinMessages,
  type NearMiss,
  type RequiredPermission,
  type UserTaskFacts,
} from '../../../lib/authz/effective-permissions.ts';
import { requiredPermissionMessage, subjectMessage } from '../../../lib/authz/permission-gate.ts';
import { resourceNounMessage, WILDCARD } from '../../../lib/authz/model.ts';
import { type Message, msg } from '../../../lib/i18n/message.ts';
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
  label: Message;
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
  /** One sentence, ids in `backticks`: Lantern's own, or the evaluation's. */
  sentence: Message;
  decisive: GrantMatch | null;
  nearestMiss: NearMiss | null;
  /** What was assumed (an id left blank, a task not read, a tenant to check). */
  notes: Message[];
  evaluation: Evaluation | null;
}

// What a looked-up target id is called in an input: the BPMN process id is the task's and the
// request's `processDefinitionId`, so the field carries that name.
const TARGET_FIELD: Record<TargetId, string> = {
  bpmnProcessId: 'processDefinitionId',
  decisionId: 'decisionId',
  decisionRequirementsId: 'decisionRequirementsId',
  resourceId: 'resourceId',
  auditLogCategory: 'auditLogCategory',
};

/** The input's label: a known id by name ("Process id (BPMN process id)"), else "Path parameter x". */
function fieldLabel(name: string, from: 'target' | 'path' | 'body'): Message {
  return msg('simulator.field.label', { name, from });
}

function fieldSource(alternative: PermissionAlternative): 'target' | 'path' | 'body' | 'wildcard' {
  return alternative.resourceId.from;
}

function fieldOf(alternative: PermissionAlternative): ResourceField | null {
  const source = alternative.resourceId;
  switch (source.from) {
    case 'wildcard':
      return null;
    case 'target': {
      const name = TARGET_FIELD[source.id];
      return { name, label: fieldLabel(name, 'target'), readsTask: false };
    }
    case 'path':
    case 'body':
      return {
        name: source.name,
        label: fieldLabel(source.name, source.from),
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
    fields.set('tenantId', { name: 'tenantId', label: fieldLabel('tenantId', 'target'), readsTask: false });
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

/** The tenants as a list of ids (`a`, `b`), or "no tenant". */
function tenantList(tenants: readonly string[]): Message | string {
  return tenants.length === 0 ? msg('simulator.tenants.none') : codeList(tenants);
}

function tenantNote(
  facts: OperationVersionFacts,
  effective: EffectivePermissions,
  tenantId: string | null,
): Message | null {
  if (facts.tenantCheck === 'none') return null;
  const tenants = effective.tenants.map((t) => t.tenantId);
  const values = { subject: subjectMessage(effective.subject), list: tenantList(tenants), check: facts.tenantCheck };
  if (tenantId && !tenants.includes(tenantId)) return msg('simulator.note.tenantNotAssigned', { ...values, tenantId });
  if (tenants.length === 0) return msg('simulator.note.noTenant', values);
  if (facts.tenantCheck === 'filter') return msg('simulator.note.tenantFilter', values);
  return msg('simulator.note.tenantOneOf', values);
}

export function simulate(input: SimulationInput): Simulation {
  const { entry, version, effective, resource, task } = input;
  const facts = entry.versions[version];
  if (!facts) {
    return {
      verdict: 'unavailable',
      sentence: msg('simulator.sentence.unavailable', { operationId: entry.operationId, version }),
      decisive: null,
      nearestMiss: null,
      notes: [],
      evaluation: null,
    };
  }
  const notes: Message[] = [];
  const tenantId = resource.tenantId?.trim() || null;
  const tenant = tenantNote(facts, effective, tenantId);
  if (tenant) notes.push(tenant);
  if (facts.behaviour === 'unprotected' || facts.behaviour === 'authenticated' || facts.permissions.length === 0) {
    return {
      verdict: 'allowed',
      sentence: msg(
        facts.behaviour === 'unprotected' ? 'simulator.sentence.unprotected' : 'simulator.sentence.authenticated',
      ),
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
      notes.push(msg('simulator.note.taskUnread'));
    }
    const anyOf: RequiredPermission[] = facts.permissions.map((alternative) => ({
      permission: alternative.permissionType,
      resourceType: alternative.resourceType,
      resourceId: resourceIdFor(alternative, resource, task),
    }));
    for (const required of anyOf) {
      const field = facts.permissions.find((a) => a.permissionType === required.permission);
      const blank = field ? fieldOf(field) : null;
      if (required.resourceId === null && field && blank) {
        notes.push(
          msg('simulator.note.blankId', {
            field: msg('simulator.field.inText', { name: blank.name, from: fieldSource(field) }),
            every: resourceNounMessage(required.resourceType, 'every'),
          }),
        );
      }
    }
    if (facts.selection === 'byTarget') {
      notes.push(msg('simulator.note.byTarget'));
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
        ? msg('simulator.sentence.filtered', {
            subject: subjectMessage(effective.subject),
            misses: sentences(visible.map((miss) => miss.sentence)),
          })
        : msg('simulator.sentence.filteredEmpty', { required: requiredList(evaluation, facts) });
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

function requiredList(evaluation: Evaluation, facts: OperationVersionFacts): Message | string {
  const required =
    evaluation.processLevel.length + evaluation.taskLevel.length > 0
      ? [...evaluation.processLevel, ...evaluation.taskLevel]
      : facts.permissions.map((a) => ({
          permission: a.permissionType,
          resourceType: a.resourceType,
          resourceId: null,
        }));
  // A check no id narrows is met only by a grant on `*`: say so, as the wildcard.
  return joinMessages(
    required.map((r) => requiredPermissionMessage({ ...r, resourceId: r.resourceId ?? WILDCARD })),
    'or',
  );
}

/** Several sentences one after the other, each worded in the UI language. */
function sentences(list: readonly Message[]): Message | string {
  const [first, ...rest] = list;
  if (first === undefined) return '';
  return rest.length === 0 ? first : msg('simulator.sentences', { first, rest: sentences(rest) });
}

function unique(values: Message[]): Message[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  /** `PROCESS_DEFINITION:UPDATE_USER_TASK`, … (any one suffices); empty when none is needed (see `needsNone`). */
  permissions: string[];
  /** Why no permission is needed: no authentication at all, or only a sign-in. */
  needsNone: 'unprotected' | 'authenticated' | null;
  /** Lower-cased words to search: method, path, name, permissions, resource types. */
  haystack: string;
}

/** The catalogue's operations that exist on `version`, for the operation search. */
export function operationOptions(catalogue: readonly CatalogueEntry[], version: ApiVersion): OperationOption[] {
  const options: OperationOption[] = [];
  for (const entry of catalogue) {
    const facts = entry.versions[version];
    if (!facts) continue;
    const permissions = facts.permissions.map((p) => `${p.resourceType}:${p.permissionType}`);
    const needsNone =
      facts.permissions.length > 0 ? null : facts.behaviour === 'unprotected' ? 'unprotected' : 'authenticated';
    const label = `${entry.method} ${entry.path}`;
    options.push({
      entry,
      label,
      permissions,
      needsNone,
      haystack: `${label} ${entry.operationId} ${permissions.join(' ')}`.toLowerCase(),
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
