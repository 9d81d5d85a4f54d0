import { canAccessTenant, hasWildcard, isAllowed } from './authorization-engine.ts';
import { DEFAULT_TENANT } from './cluster-state.ts';
import { requireEntityTenant, requirePermission, requireReadable, requireRequestTenant } from './command-checks.ts';
import type {
  ElementInstanceEntity,
  ProcessDefinitionEntity,
  ProcessInstanceEntity,
  VariableEntity,
} from './entities.ts';
import { compareKeys } from './keys.ts';
import { badRequest, rejection, show } from './problems.ts';
import {
  createdInstanceShape,
  elementInstanceShape,
  processInstanceShape,
  variableResultShape,
} from './runtime-shapes.ts';
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
import { variableShape } from './shapes.ts';

// Process instances, their element instances and variables. Reads need READ_PROCESS_INSTANCE on
// the process (searches filter silently), creating needs CREATE_PROCESS_INSTANCE, cancelling
// CANCEL_PROCESS_INSTANCE (docs/operation-catalogue.md).

const STATES = ['ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

/** A per-request read filter: the wildcard and the granted process ids are looked up once. */
export function instanceReadFilter(
  ctx: ServiceContext,
): (item: { processDefinitionId: string; tenantId: string }) => boolean {
  const wildcard = hasWildcard(ctx.access, 'PROCESS_DEFINITION', 'READ_PROCESS_INSTANCE');
  const allowed = new Map<string, boolean>();
  return (item) => {
    if (!canAccessTenant(ctx.access, item.tenantId)) return false;
    if (wildcard) return true;
    let yes = allowed.get(item.processDefinitionId);
    if (yes === undefined) {
      yes = isAllowed(ctx.access, 'PROCESS_DEFINITION', 'READ_PROCESS_INSTANCE', item.processDefinitionId);
      allowed.set(item.processDefinitionId, yes);
    }
    return yes;
  };
}

function readNeed(processDefinitionId: string | undefined) {
  return { resourceType: 'PROCESS_DEFINITION', permission: 'READ_PROCESS_INSTANCE', resourceId: processDefinitionId };
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw badRequest(`The value for ${field} must be a string.`);
  return v;
}

function variablesOf(body: Record<string, unknown>): Record<string, unknown> {
  const v = body.variables;
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw badRequest('The value for variables must be an object.');
  return v;
}

function findDefinition(
  ctx: ServiceContext,
  id: string | undefined,
  key: string | undefined,
  version: number,
  tenantId: string,
): ProcessDefinitionEntity {
  if (key !== undefined) {
    const pd = ctx.state.processDefinitions.get(key);
    if (!pd || pd.state !== 'ACTIVE')
      throw rejection('CREATE', 'NOT_FOUND', `Expected to find process definition with key '${key}', but none found`);
    return pd;
  }
  let found: ProcessDefinitionEntity | undefined;
  for (const pd of ctx.state.processDefinitions.values()) {
    if (pd.processDefinitionId !== id || pd.tenantId !== tenantId || pd.state !== 'ACTIVE') continue;
    if (version >= 0 ? pd.version === version : !found || pd.version > found.version) found = pd;
  }
  if (!found)
    throw rejection(
      'CREATE',
      'NOT_FOUND',
      version >= 0
        ? `Expected to find process definition with process ID '${id}' and version '${version}', but none found`
        : `Expected to find process definition with process ID '${id}', but none found`,
    );
  return found;
}

export function createProcessInstance(ctx: ServiceContext, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const id = optionalString(body, 'processDefinitionId');
  const key =
    body.processDefinitionKey === undefined || body.processDefinitionKey === null
      ? undefined
      : show(body.processDefinitionKey);
  if (id === undefined && key === undefined)
    throw badRequest('At least one of [processDefinitionId, processDefinitionKey] is required.');
  if (id !== undefined && key !== undefined)
    throw badRequest('Only one of [processDefinitionId, processDefinitionKey] is allowed.');
  if (key !== undefined) requireKey('processDefinitionKey', key);
  const version = body.processDefinitionVersion ?? -1;
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw badRequest('The value for processDefinitionVersion must be an integer.');
  const variables = variablesOf(body);
  const tags = body.tags ?? [];
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
    throw badRequest('The value for tags must be an array of strings.');
  const requestedTenant = optionalString(body, 'tenantId') ?? DEFAULT_TENANT;
  const need = { resourceType: 'PROCESS_DEFINITION', permission: 'CREATE_PROCESS_INSTANCE' };
  requireRequestTenant(ctx, 'CREATE', need, requestedTenant);
  const pd = findDefinition(ctx, id, key, version, requestedTenant);
  if (key !== undefined) requireEntityTenant(ctx, 'CREATE', need, pd.tenantId);
  requirePermission(ctx, 'CREATE', { ...need, resourceId: pd.processDefinitionId });
  const model = ctx.state.runtime.models.get(pd.processDefinitionKey);
  if (!model || model.noneStartEventId === null)
    throw rejection(
      'CREATE',
      'INVALID_STATE',
      `Expected to create instance of process with none start event, but there is no such event`,
    );
  const pi = ctx.state.runtime.start(pd, model, variables, ctx.now(), {
    tags: tags as string[],
    businessId: ctx.version === '8.10' ? (optionalString(body, 'businessId') ?? null) : null,
  });
  return ok(createdInstanceShape(ctx.version, pi, ctx.state.runtime.rootVariables(pi.processInstanceKey)));
}

export function getProcessInstance(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('processInstanceKey', key);
  const pi = ctx.state.runtime.instances.get(key);
  requireReadable(ctx, pi, 'Process Instance', key, readNeed(pi?.processDefinitionId));
  return ok(processInstanceShape(ctx.version, pi!));
}

const INSTANCE_SORT: Record<string, SortAccessor<ProcessInstanceEntity>> = {
  processInstanceKey: (p) => p.processInstanceKey.padStart(20, '0'),
  processDefinitionId: (p) => p.processDefinitionId,
  processDefinitionName: (p) => p.processDefinitionName,
  processDefinitionVersion: (p) => p.processDefinitionVersion,
  processDefinitionVersionTag: (p) => p.processDefinitionVersionTag,
  processDefinitionKey: (p) => p.processDefinitionKey.padStart(20, '0'),
  parentProcessInstanceKey: () => null,
  parentElementInstanceKey: () => null,
  startDate: (p) => p.startDate,
  endDate: (p) => p.endDate,
  state: (p) => p.state,
  hasIncident: (p) => (p.hasIncident ? 1 : 0),
  tenantId: (p) => p.tenantId,
};

function matchBoolean(value: boolean, cond: unknown, field: string): boolean {
  if (typeof cond !== 'boolean') throw badRequest(`The value for filter.${field} must be a boolean.`);
  return value === cond;
}

function matchInstance(p: ProcessInstanceEntity, field: string, cond: unknown): boolean {
  switch (field) {
    case 'processDefinitionId':
    case 'processDefinitionName':
    case 'processDefinitionVersionTag':
    case 'tenantId':
      return matchString(p[field], cond, field);
    case 'processDefinitionVersion':
      return matchInteger(p.processDefinitionVersion, cond, field);
    case 'processInstanceKey':
    case 'processDefinitionKey':
      return matchKey(p[field], cond, field);
    case 'parentProcessInstanceKey':
    case 'parentElementInstanceKey':
      return matchKey(null, cond, field);
    case 'state':
      return matchEnum(p.state, cond, field, STATES);
    case 'startDate':
    case 'endDate':
      return matchDate(p[field], cond, field);
    case 'hasIncident':
      return matchBoolean(p.hasIncident, cond, field);
    case 'tags':
      if (!Array.isArray(cond)) throw badRequest('The value for filter.tags must be an array.');
      return cond.every((tag) => p.tags.includes(String(tag)));
    default:
      return true;
  }
}

const EXACT_FIELDS = new Set([
  'processDefinitionId',
  'processDefinitionName',
  'processDefinitionVersionTag',
  'tenantId',
  'processDefinitionVersion',
  'processInstanceKey',
  'processDefinitionKey',
  'state',
  'hasIncident',
]);

/**
 * The filter as one predicate. Plain values (no operators) on scalar fields become a strict
 * equality after the operand was validated once, so 100,000 instances filter in a few ms.
 */
function compileInstanceFilter(filter: Record<string, unknown>, sample: ProcessInstanceEntity) {
  const tests: ((p: ProcessInstanceEntity) => boolean)[] = [];
  for (const [field, cond] of Object.entries(filter)) {
    if (cond === undefined || cond === null) continue;
    // Validation errors (400) surface here, whether or not any instance exists.
    matchInstance(sample, field, cond);
    if (EXACT_FIELDS.has(field) && !isObject(cond)) {
      const name = field as keyof ProcessInstanceEntity;
      const value = field.endsWith('Key') ? show(cond) : cond;
      tests.push((p) => p[name] === value);
    } else tests.push((p) => matchInstance(p, field, cond));
  }
  return (p: ProcessInstanceEntity) => {
    for (const test of tests) if (!test(p)) return false;
    return true;
  };
}

const SAMPLE_INSTANCE: ProcessInstanceEntity = {
  processInstanceKey: '1',
  processDefinitionKey: '1',
  processDefinitionId: '',
  processDefinitionName: null,
  processDefinitionVersion: 1,
  processDefinitionVersionTag: null,
  startDate: new Date(0).toISOString(),
  endDate: null,
  state: 'ACTIVE',
  hasIncident: false,
  tenantId: '',
  tags: [],
  businessId: null,
};

export function searchProcessInstances(ctx: ServiceContext, body: unknown): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(INSTANCE_SORT));
  const readable = instanceReadFilter(ctx);
  const matchesFilterOf = compileInstanceFilter(req.filter, SAMPLE_INSTANCE);
  const matches = ctx.state.runtime.instancesByKey().filter((p) => readable(p) && matchesFilterOf(p));
  const keyOf = (p: ProcessInstanceEntity) => p.processInstanceKey;
  // The list is already in key order, the default sort. A first page sorted otherwise needs only
  // its top items in order; the count still covers every match.
  if (req.sort.length === 0) {
    const page = paginate(matches, req.page, keyOf, ctx.version);
    return ok({ items: page.items.map((p) => processInstanceShape(ctx.version, p)), page: page.page });
  }
  const head = req.page.kind === 'offset' ? req.page.from + req.page.limit : Infinity;
  const sorted =
    head <= 1000 && matches.length > head * 4
      ? topItems(matches, head, req.sort, keyOf)
      : sortItems(matches, req.sort, INSTANCE_SORT, keyOf, compareKeys);
  const page = paginate(sorted, req.page, keyOf, ctx.version);
  page.page.totalItems = matches.length;
  return ok({ items: page.items.map((p) => processInstanceShape(ctx.version, p)), page: page.page });
}

/** The first `n` items in sort order (the same order sortItems gives), without sorting them all. */
function topItems(
  items: ProcessInstanceEntity[],
  n: number,
  sort: { field: string; order: 'ASC' | 'DESC' }[],
  keyOf: (p: ProcessInstanceEntity) => string,
): ProcessInstanceEntity[] {
  // sortItems' order: requested fields, nulls last in both directions, ties by key ascending.
  const fields = sort.map((f) => ({ get: INSTANCE_SORT[f.field]!, dir: f.order === 'DESC' ? -1 : 1 }));
  const order = (a: ProcessInstanceEntity, b: ProcessInstanceEntity): number => {
    for (const { get, dir } of fields) {
      const va = get(a);
      const vb = get(b);
      if (va === vb) continue;
      if (va === null) return 1;
      if (vb === null) return -1;
      return va < vb ? -dir : dir;
    }
    return compareKeys(keyOf(a), keyOf(b));
  };
  const top: ProcessInstanceEntity[] = [];
  for (const item of items) {
    if (top.length === n && order(item, top[n - 1]!) > 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(item, top[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > n) top.pop();
  }
  return top;
}

export function cancelProcessInstance(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('processInstanceKey', key);
  const pi = ctx.state.runtime.instances.get(key);
  // An ended instance is gone from the engine's state.
  if (!pi || pi.state !== 'ACTIVE')
    throw rejection(
      'CANCEL',
      'NOT_FOUND',
      `Expected to cancel a process instance with key '${key}', but no such process was found`,
    );
  const need = { resourceType: 'PROCESS_DEFINITION', permission: 'CANCEL_PROCESS_INSTANCE' };
  requireEntityTenant(ctx, 'CANCEL', need, pi.tenantId);
  requirePermission(ctx, 'CANCEL', { ...need, resourceId: pi.processDefinitionId });
  ctx.state.runtime.cancel(pi, ctx.now());
  return noContent;
}

// ---- element instances ----------------------------------------------------------------------

const ELEMENT_SORT: Record<string, SortAccessor<ElementInstanceEntity>> = {
  elementInstanceKey: (e) => e.elementInstanceKey.padStart(20, '0'),
  processInstanceKey: (e) => e.processInstanceKey.padStart(20, '0'),
  processDefinitionKey: (e) => e.processDefinitionKey.padStart(20, '0'),
  processDefinitionId: (e) => e.processDefinitionId,
  startDate: (e) => e.startDate,
  endDate: (e) => e.endDate,
  elementId: (e) => e.elementId,
  elementName: (e) => e.elementName,
  type: (e) => e.type,
  state: (e) => e.state,
  incidentKey: (e) => e.incidentKey,
  tenantId: (e) => e.tenantId,
};

export function searchElementInstances(ctx: ServiceContext, body: unknown): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(ELEMENT_SORT));
  const readable = instanceReadFilter(ctx);
  const matches = [...ctx.state.runtime.elementInstances.values()].filter(
    (e) =>
      readable(e) &&
      matchesFilter(req.filter, (field, cond) => {
        switch (field) {
          case 'processDefinitionId':
          case 'elementId':
          case 'elementName':
          case 'tenantId':
          case 'type':
            return matchString(e[field], cond, field);
          case 'state':
            return matchEnum(e.state, cond, field, STATES);
          case 'elementInstanceKey':
          case 'processInstanceKey':
          case 'processDefinitionKey':
          case 'incidentKey':
            return matchKey(e[field], cond, field);
          case 'hasIncident':
            return matchBoolean(e.incidentKey !== null, cond, field);
          default:
            return true;
        }
      }),
  );
  const sorted = sortItems(matches, req.sort, ELEMENT_SORT, (e) => e.elementInstanceKey, compareKeys);
  const page = paginate(sorted, req.page, (e) => e.elementInstanceKey, ctx.version);
  return ok({ items: page.items.map((e) => elementInstanceShape(ctx.version, e)), page: page.page });
}

export function getElementInstance(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('elementInstanceKey', key);
  const ei = ctx.state.runtime.elementInstances.get(key);
  requireReadable(ctx, ei, 'Element Instance', key, readNeed(ei?.processDefinitionId));
  return ok(elementInstanceShape(ctx.version, ei!));
}

// ---- variables --------------------------------------------------------------------------------

const VARIABLE_SORT: Record<string, SortAccessor<VariableEntity>> = {
  value: (v) => v.value,
  name: (v) => v.name,
  tenantId: (v) => v.tenantId,
  variableKey: (v) => v.variableKey.padStart(20, '0'),
  scopeKey: (v) => v.scopeKey.padStart(20, '0'),
  processInstanceKey: (v) => v.processInstanceKey.padStart(20, '0'),
};

/** The process id a variable belongs to, for the READ_PROCESS_INSTANCE check. */
function processIdOf(ctx: ServiceContext, v: VariableEntity): string | undefined {
  return ctx.state.runtime.instances.get(v.processInstanceKey)?.processDefinitionId;
}

export function searchVariables(ctx: ServiceContext, body: unknown, truncate: boolean): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(VARIABLE_SORT));
  const readable = instanceReadFilter(ctx);
  const matches: VariableEntity[] = [];
  for (const list of ctx.state.variablesByScope.values())
    for (const v of list) {
      const processDefinitionId = processIdOf(ctx, v);
      if (processDefinitionId === undefined || !readable({ processDefinitionId, tenantId: v.tenantId })) continue;
      const hit = matchesFilter(req.filter, (field, cond) => {
        if (field === 'name' || field === 'value' || field === 'tenantId') return matchString(v[field], cond, field);
        if (field === 'variableKey' || field === 'scopeKey' || field === 'processInstanceKey')
          return matchKey(v[field], cond, field);
        return true;
      });
      if (hit) matches.push(v);
    }
  const sorted = sortItems(matches, req.sort, VARIABLE_SORT, (v) => v.variableKey, compareKeys);
  const page = paginate(sorted, req.page, (v) => v.variableKey, ctx.version);
  return ok({ items: page.items.map((v) => variableShape(ctx.version, v, truncate)), page: page.page });
}

export function getVariable(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('variableKey', key);
  let found: VariableEntity | undefined;
  for (const list of ctx.state.variablesByScope.values()) {
    found = list.find((v) => v.variableKey === key);
    if (found) break;
  }
  requireReadable(ctx, found, 'Variable', key, readNeed(found ? processIdOf(ctx, found) : undefined));
  return ok(variableResultShape(ctx.version, found!));
}
