import { USER_TASK_STATES } from '../scenarios/scenario-types.ts';
import {
  canAccessTenant,
  checkUserTask,
  hasWildcard,
  unauthorizedRead,
  userTaskAlternatives,
  userTaskForbiddenReason,
  type UserTaskOperation,
} from './authorization-engine.ts';
import type { UserTaskEntity, VariableEntity } from './entities.ts';
import { compareKeys } from './keys.ts';
import { badRequest, forbidden, notFound, rejection, show } from './problems.ts';
import {
  matchDate,
  matchEnum,
  matchInteger,
  matchKey,
  matchString,
  matchesFilter,
  paginate,
  parseSearchRequest,
  sortItems,
  type SortAccessor,
} from './search.ts';
import {
  bodyObject,
  isObject,
  noContent,
  ok,
  requireKey,
  type ServiceContext,
  type ServiceResult,
} from './service-context.ts';
import { formShape, userTaskShape, variableShape } from './shapes.ts';

const SORT: Record<string, SortAccessor<UserTaskEntity>> = {
  creationDate: (t) => t.creationDate,
  completionDate: (t) => t.completionDate,
  followUpDate: (t) => t.followUpDate,
  dueDate: (t) => t.dueDate,
  priority: (t) => t.priority,
  name: (t) => t.name,
};
const SORT_810: Record<string, SortAccessor<UserTaskEntity>> = { ...SORT, businessId: (t) => t.businessId };

/** Array-valued property against a string filter: negative operators must hold for all values. */
function matchStringArray(values: string[], condition: unknown, field: string): boolean {
  if (isObject(condition)) {
    if ('$exists' in condition && Object.keys(condition).length === 1) return values.length > 0 === condition.$exists;
    if ('$neq' in condition || '$notIn' in condition) return values.every((v) => matchString(v, condition, field));
  }
  return values.some((v) => matchString(v, condition, field));
}

function matchVariables(ctx: ServiceContext, scopeKey: string, conditions: unknown, field: string): boolean {
  if (!Array.isArray(conditions)) throw badRequest(`The value for filter.${field} must be an array.`);
  const vars = ctx.state.variablesByScope.get(scopeKey) ?? [];
  return conditions.every((c: unknown) => {
    if (!isObject(c) || typeof c.name !== 'string') throw badRequest(`No ${field}.name provided.`);
    const v = vars.find((x) => x.name === c.name);
    return v !== undefined && (c.value === undefined || matchString(v.value, c.value, `${field}.value`));
  });
}

function matchTask(ctx: ServiceContext, t: UserTaskEntity, filter: Record<string, unknown>): boolean {
  return matchesFilter(filter, (field, cond) => {
    switch (field) {
      case 'state':
        return matchEnum(t.state, cond, field, USER_TASK_STATES);
      case 'assignee':
      case 'elementId':
      case 'name':
      case 'tenantId':
      case 'processDefinitionId':
        return matchString(t[field], cond, field);
      case 'businessId':
        return ctx.version === '8.10' ? matchString(t.businessId, cond, field) : true;
      case 'candidateGroup':
        return matchStringArray(t.candidateGroups, cond, field);
      case 'candidateUser':
        return matchStringArray(t.candidateUsers, cond, field);
      case 'priority':
        return matchInteger(t.priority, cond, field);
      case 'creationDate':
      case 'completionDate':
      case 'followUpDate':
      case 'dueDate':
        return matchDate(t[field], cond, field);
      case 'userTaskKey':
      case 'processDefinitionKey':
      case 'processInstanceKey':
      case 'elementInstanceKey':
        return matchKey(t[field], cond, field);
      case 'processInstanceVariables':
        return matchVariables(ctx, t.processInstanceKey, cond, field);
      case 'localVariables':
        return matchVariables(ctx, t.elementInstanceKey, cond, field);
      case 'tags':
        if (!Array.isArray(cond)) throw badRequest('The value for filter.tags must be an array.');
        return cond.every((tag) => t.tags.includes(String(tag)));
      case '$or':
        if (ctx.version !== '8.10') return true;
        if (!Array.isArray(cond)) throw badRequest('The value for filter.$or must be an array.');
        return cond.length === 0 || cond.some((sub) => isObject(sub) && matchTask(ctx, t, sub));
      default:
        // Unknown filter properties are ignored, like Jackson with FAIL_ON_UNKNOWN_PROPERTIES off.
        return true;
    }
  });
}

/** Read visibility for search and GET: tenant first, then the user-task read check. */
function canRead(ctx: ServiceContext, t: UserTaskEntity, wildcardRead: boolean): boolean {
  if (!canAccessTenant(ctx.access, t.tenantId)) return false;
  return wildcardRead || checkUserTask(ctx.access, ctx.version, 'read', t).allowed;
}

export function searchUserTasks(ctx: ServiceContext, body: unknown): ServiceResult {
  const sortFields = ctx.version === '8.10' ? SORT_810 : SORT;
  const req = parseSearchRequest(body, ctx.version, Object.keys(sortFields));
  // Wildcard PD:READ_USER_TASK disables per-item filtering (docs/camunda-api/authorization-model.md §4).
  const wildcardRead = hasWildcard(ctx.access, 'PROCESS_DEFINITION', 'READ_USER_TASK');
  const matches: UserTaskEntity[] = [];
  for (const t of ctx.state.userTasks.values()) {
    if (canRead(ctx, t, wildcardRead) && matchTask(ctx, t, req.filter)) matches.push(t);
  }
  const sorted = sortItems(matches, req.sort, sortFields, (t) => t.userTaskKey, compareKeys);
  const page = paginate(sorted, req.page, (t) => t.userTaskKey, ctx.version);
  return ok({ items: page.items.map((t) => userTaskShape(ctx.version, t)), page: page.page });
}

/** GET-by-key semantics: missing or foreign tenant → 404, then 403 with the read-side text. */
function readableTask(ctx: ServiceContext, key: string): UserTaskEntity {
  requireKey('userTaskKey', key);
  const t = ctx.state.userTasks.get(key);
  if (!t || !canAccessTenant(ctx.access, t.tenantId)) throw notFound(`User Task with key '${key}' not found`);
  if (!checkUserTask(ctx.access, ctx.version, 'read', t).allowed)
    throw forbidden(unauthorizedRead(userTaskAlternatives(ctx.version, 'read')));
  return t;
}

export function getUserTask(ctx: ServiceContext, key: string): ServiceResult {
  return ok(userTaskShape(ctx.version, readableTask(ctx, key)));
}

export function getUserTaskForm(ctx: ServiceContext, key: string): ServiceResult {
  const t = readableTask(ctx, key);
  if (t.formKey === null) return noContent;
  const form = [...ctx.state.forms.values()].find((f) => f.formKey === t.formKey);
  if (!form) throw notFound(`Form with key '${t.formKey}' not found`);
  return ok(formShape(form));
}

const VARIABLE_SORT: Record<string, SortAccessor<VariableEntity>> = {
  value: (v) => v.value,
  name: (v) => v.name,
  tenantId: (v) => v.tenantId,
  variableKey: (v) => v.variableKey,
  scopeKey: (v) => v.scopeKey,
  processInstanceKey: (v) => v.processInstanceKey,
};

function searchVariables(
  ctx: ServiceContext,
  variables: VariableEntity[],
  body: unknown,
  truncate: boolean,
): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(VARIABLE_SORT));
  const filtered = variables.filter((v) =>
    matchesFilter(req.filter, (field, cond) => {
      if (field === 'name' || field === 'value' || field === 'tenantId') return matchString(v[field], cond, field);
      if (field === 'variableKey' || field === 'scopeKey' || field === 'processInstanceKey')
        return matchKey(v[field], cond, field);
      return true;
    }),
  );
  const sorted = sortItems(filtered, req.sort, VARIABLE_SORT, (v) => v.variableKey, compareKeys);
  const page = paginate(sorted, req.page, (v) => v.variableKey, ctx.version);
  return ok({ items: page.items.map((v) => variableShape(ctx.version, v, truncate)), page: page.page });
}

/** All variable documents visible from the task's scope (duplicates across scopes possible). */
export function searchUserTaskVariables(
  ctx: ServiceContext,
  key: string,
  body: unknown,
  truncate: boolean,
): ServiceResult {
  const t = readableTask(ctx, key);
  return searchVariables(ctx, ctx.state.variablesOfTask(t), body, truncate);
}

/** 8.9+: deduplicated by name, innermost scope wins. */
export function searchUserTaskEffectiveVariables(
  ctx: ServiceContext,
  key: string,
  body: unknown,
  truncate: boolean,
): ServiceResult {
  const t = readableTask(ctx, key);
  const byName = new Map<string, VariableEntity>();
  for (const v of ctx.state.variablesOfTask(t)) byName.set(v.name, v);
  return searchVariables(ctx, [...byName.values()], body, truncate);
}

// ---- commands (engine semantics: exists → tenant → authorization → state → command rule) ------

type Intent = 'ASSIGN' | 'CLAIM' | 'COMPLETE' | 'UPDATE';

function commandTask(
  ctx: ServiceContext,
  key: string,
  intent: Intent,
  verb: string,
  op: UserTaskOperation,
): UserTaskEntity {
  requireKey('userTaskKey', key);
  const t = ctx.state.userTasks.get(key);
  // A completed or canceled task is gone from the engine's state: commands see "no such user task".
  if (!t || t.state === 'COMPLETED' || t.state === 'CANCELED')
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to ${verb} user task with key '${key}', but no such user task was found`,
    );
  const alternatives = ctx.access.skipAuthorization ? [] : userTaskAlternatives(ctx.version, op);
  if (!canAccessTenant(ctx.access, t.tenantId)) {
    const first = alternatives[0] ?? { permission: 'UPDATE_USER_TASK', resourceType: 'PROCESS_DEFINITION' };
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to perform operation '${first.permission}' on resource '${first.resourceType}', but no resource was found for tenant '${t.tenantId}'`,
    );
  }
  const check = checkUserTask(ctx.access, ctx.version, op, t);
  if (!check.allowed) throw rejection(intent, 'FORBIDDEN', userTaskForbiddenReason(check.alternatives, t));
  if (t.state !== 'CREATED')
    throw rejection(
      intent,
      'INVALID_STATE',
      `Expected to ${verb} user task with key '${key}', but it is in state '${t.state}'`,
    );
  return t;
}

function optionalString(body: Record<string, unknown>, field: string): string | null {
  const v = body[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw badRequest(`The value for ${field} must be a string.`);
  return v;
}

export function assignUserTask(ctx: ServiceContext, key: string, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const assignee = optionalString(body, 'assignee');
  if (assignee === null || assignee.trim() === '') throw badRequest('No assignee provided.');
  const allowOverride = body.allowOverride;
  if (allowOverride !== undefined && allowOverride !== null && typeof allowOverride !== 'boolean')
    throw badRequest('The value for allowOverride must be a boolean.');
  optionalString(body, 'action');
  // allowOverride false → CLAIM intent with the "already assigned" rule; otherwise ASSIGN (docs/camunda-api/endpoints.md §3).
  if (allowOverride === false) {
    const t = commandTask(ctx, key, 'CLAIM', 'claim', 'claim');
    if (t.assignee !== null && t.assignee !== '' && t.assignee !== assignee)
      throw rejection(
        'CLAIM',
        'INVALID_STATE',
        `Expected to claim user task with key '${key}', but it has already been assigned`,
      );
    t.assignee = assignee;
    return noContent;
  }
  const t = commandTask(ctx, key, 'ASSIGN', 'assign', 'assign');
  t.assignee = assignee;
  return noContent;
}

export function unassignUserTask(ctx: ServiceContext, key: string): ServiceResult {
  // Unassign is the ASSIGN intent with an empty assignee (docs/camunda-api/endpoints.md §3). [inferred] verb "assign".
  const t = commandTask(ctx, key, 'ASSIGN', 'assign', 'unassign');
  t.assignee = null;
  return noContent;
}

export function completeUserTask(ctx: ServiceContext, key: string, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const variables = body.variables;
  if (variables !== undefined && variables !== null && !isObject(variables))
    throw badRequest('The value for variables must be an object.');
  optionalString(body, 'action');
  const t = commandTask(ctx, key, 'COMPLETE', 'complete', 'complete');
  if (isObject(variables)) {
    // [inferred] completion variables propagate to the process instance scope (no output mappings modelled).
    ctx.state.setVariables(t.processInstanceKey, t.processInstanceKey, t.tenantId, variables);
  }
  t.state = 'COMPLETED';
  t.completionDate = ctx.now();
  // The task's process instance moves on to its next wait state.
  ctx.state.runtime.leave(t.elementInstanceKey, t.completionDate);
  return noContent;
}

function changesetDate(value: unknown, label: string): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === '') return null;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    throw badRequest(
      `The provided ${label} '${show(value)}' cannot be parsed as a date according to RFC 3339, section 5.6.`,
    );
  return new Date(Date.parse(value)).toISOString();
}

function changesetList(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw badRequest(`The value for changeset.${field} must be an array of strings.`);
  return value as string[];
}

export function updateUserTask(ctx: ServiceContext, key: string, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const changeset = body.changeset === undefined || body.changeset === null ? {} : body.changeset;
  if (!isObject(changeset)) throw badRequest('The value for changeset must be an object.');
  const action = optionalString(body, 'action');
  const relevant = ['dueDate', 'followUpDate', 'candidateUsers', 'candidateGroups', 'priority'].filter(
    (f) => changeset[f] !== undefined && changeset[f] !== null,
  );
  if (relevant.length === 0 && action === null) throw badRequest('No update data provided.');
  // Validate before the engine sees the command, like the gateway's request validation.
  const dueDate = changesetDate(changeset.dueDate, 'due date');
  const followUpDate = changesetDate(changeset.followUpDate, 'follow-up date');
  const candidateUsers = changesetList(changeset.candidateUsers, 'candidateUsers');
  const candidateGroups = changesetList(changeset.candidateGroups, 'candidateGroups');
  const priority = changeset.priority;
  if (
    priority !== undefined &&
    priority !== null &&
    (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 100)
  )
    throw badRequest(`The value for priority is '${show(priority)}' but must be within the [0,100] range.`);
  const t = commandTask(ctx, key, 'UPDATE', 'update', 'update');
  if (dueDate !== undefined) t.dueDate = dueDate;
  if (followUpDate !== undefined) t.followUpDate = followUpDate;
  if (candidateUsers !== undefined) t.candidateUsers = [...candidateUsers];
  if (candidateGroups !== undefined) t.candidateGroups = [...candidateGroups];
  if (typeof priority === 'number') t.priority = priority;
  // "Additional attributes will be ignored" (assignee included): nothing else changes.
  return noContent;
}
