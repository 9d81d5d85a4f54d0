// Turns a 403 (or a tenant-hidden 404) problem detail into what was required, in plain words.
// Written from the verbatim Camunda texts in docs/camunda-api/error-messages.md §3–4; every family is tested
// against those texts, not against the demo cluster's output.
import type { CatalogueEntry } from '../catalogue/types.ts';
import type { CatalogueRequirement } from './catalogue-requirement.ts';
import { type ClusterVersion, hasUserTaskResource, resourceNoun, WILDCARD } from './model.ts';
import { describeRequestTarget, type RequestTarget } from './request-target.ts';

export interface ProblemLike {
  status?: number;
  title?: string;
  detail?: string;
  instance?: string;
}

export interface ForbiddenContext {
  method: string;
  path: string;
  /** The cluster's API generation, when known; decides whether the task-level layer exists. */
  version?: ClusterVersion | null;
  /**
   * Ids the caller resolved out of band, by resource type. Read-side texts carry no ids and a
   * user task's process id is not in its path, so the UI fills `PROCESS_DEFINITION` from the task.
   */
  resolvedIds?: Partial<Record<string, string>>;
  /**
   * What the operation catalogue says this request needs (see catalogue-requirement.ts). It names
   * the ids read-side texts leave out and explains 403s whose text names no permission.
   */
  requirement?: CatalogueRequirement | null;
  /** The operation catalogue, once loaded: it says what the path names (see request-target.ts). */
  catalogue?: readonly CatalogueEntry[] | null;
}

export type ForbiddenKind = 'permission' | 'tenant' | 'tenant-hidden' | 'not-found' | 'unauthenticated' | 'unknown';

export type ForbiddenFamily =
  | 'engine-command'
  | 'engine-tenant-forbidden'
  | 'engine-tenant-not-found'
  | 'engine-not-found'
  | 'read-single'
  | 'read-any-of'
  | 'read-any-of-parenthesised'
  | 'read-unspecified'
  | 'catalogue'
  | 'entity-not-found'
  | 'unauthenticated'
  | 'unknown';

export interface RequiredAlternative {
  permission: string;
  resourceType: string;
  /** Specific ids that would satisfy the check (never `*`). */
  resourceIds: string[];
  /** A grant on `*` satisfies it (always true for engine checks and for read-side checks). */
  wildcardAccepted: boolean;
  /** Where the ids came from: the message, the request path, or ids resolved by the caller. */
  idSource: 'message' | 'request' | 'resolved' | 'none';
  /** Where the operation catalogue says the id comes from, when the request matched an entry. */
  origin?: string;
}

export interface UserTaskRule {
  processLevel: RequiredAlternative[];
  taskLevel: RequiredAlternative[];
  /** False on 8.8 (no USER_TASK resource); null when the version is unknown and the text does not tell. */
  taskLevelAvailable: boolean | null;
  sentence: string;
}

export interface ForbiddenExplanation {
  kind: ForbiddenKind;
  family: ForbiddenFamily;
  status: number | null;
  /** The engine command intent (`ASSIGN`, `CLAIM`, `COMPLETE`, `UPDATE`, `CREATE`, …) of command rejections. */
  intent: string | null;
  /** The engine rejection code (`FORBIDDEN`, `NOT_FOUND`, …) of command rejections. */
  rejectionCode: string | null;
  /** Any one of these suffices. */
  alternatives: RequiredAlternative[];
  tenantId: string | null;
  /** One plain-English sentence; never empty. */
  sentence: string;
  userTaskRule: UserTaskRule | null;
  /** The server's own text, or a description of its absence; never empty. */
  rawDetail: string;
  target: RequestTarget | null;
  /** The catalogue's facts for the request, when the caller matched it to an entry. */
  requirement: CatalogueRequirement | null;
}

const COMMAND_PREFIX = /^Command '([^']+)' rejected with code '([^']+)': ([\s\S]*)$/;
const ENGINE_PERMISSION =
  /Insufficient permissions to perform operation '([^']+)' on resource '([^']+)'(?:, required resource identifiers are one of '\[([^\]]*)\]')?/g;
const ENGINE_TENANT_FORBIDDEN =
  /Expected to perform operation '([^']+)' on resource '([^']+)' for tenant '([^']*)', but user is not assigned to this tenant/;
const ENGINE_TENANT_NOT_FOUND =
  /Expected to perform operation '([^']+)' on resource '([^']+)', but no resource was found for tenant '([^']*)'/;
const ENGINE_NOT_FOUND = /Expected to ([a-z ]+?) with key '([^']*)', but no (?:such )?([a-z ]+?) was found/i;
const READ_SINGLE = /^Unauthorized to perform operation '([^']+)' on resource '([^']+)'/;
const READ_ANY_OF = /^Unauthorized to perform any of the operations/;
const READ_PAIR = /'([^']+)' on '([^']+)'/g;
const READ_UNSPECIFIED = /^Unauthorized to perform operation\(s\) on resource\(s\)/;
const ENTITY_NOT_FOUND = /^(.+?) with ([a-zA-Z ]+?) '?([^']*?)'? not found$/;

const USER_TASK_PD_PERMISSIONS = new Set([
  'READ_USER_TASK',
  'UPDATE_USER_TASK',
  'CLAIM_USER_TASK',
  'COMPLETE_USER_TASK',
]);

function code(value: string): string {
  return `\`${value}\``;
}

function dedupe(alternatives: RequiredAlternative[]): RequiredAlternative[] {
  const seen = new Map<string, RequiredAlternative>();
  for (const alternative of alternatives) {
    const key = `${alternative.permission}|${alternative.resourceType}|${alternative.resourceIds.join(',')}`;
    if (!seen.has(key)) seen.set(key, alternative);
  }
  return [...seen.values()];
}

function parseEngineIds(list: string | undefined): { ids: string[]; wildcard: boolean } {
  if (list === undefined) return { ids: [], wildcard: true };
  const parts = list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return { ids: parts.filter((part) => part !== WILDCARD), wildcard: true };
}

function catalogueMatch(alternative: RequiredAlternative, requirement: CatalogueRequirement | null | undefined) {
  return requirement?.alternatives.find(
    (a) => a.permission === alternative.permission && a.resourceType === alternative.resourceType,
  );
}

/** Adds where the catalogue says the id comes from. */
function withOrigin(
  alternative: RequiredAlternative,
  requirement: CatalogueRequirement | null | undefined,
): RequiredAlternative {
  const known = catalogueMatch(alternative, requirement);
  return known ? { ...alternative, origin: known.origin } : alternative;
}

/** Fills ids the message did not carry from the caller's resolved ids, the request path or the catalogue. */
function withContextIds(
  alternative: RequiredAlternative,
  target: RequestTarget | null,
  resolved: Partial<Record<string, string>> | undefined,
  requirement: CatalogueRequirement | null | undefined,
): RequiredAlternative {
  const annotated = withOrigin(alternative, requirement);
  if (annotated.resourceIds.length > 0) return annotated;
  const fromResolved = resolved?.[alternative.resourceType];
  if (fromResolved) return { ...annotated, resourceIds: [fromResolved], idSource: 'resolved' };
  const fromRequest = target?.idsByResourceType[alternative.resourceType];
  if (fromRequest) return { ...annotated, resourceIds: [fromRequest], idSource: 'request' };
  const known = catalogueMatch(alternative, requirement);
  if (known?.resourceId) {
    const lookedUp = known.source.from === 'target' && !known.origin.startsWith('request body');
    return { ...annotated, resourceIds: [known.resourceId], idSource: lookedUp ? 'resolved' : 'request' };
  }
  return annotated;
}

/** The catalogue's alternatives as required alternatives, for texts that name no permission. */
function fromCatalogue(
  requirement: CatalogueRequirement,
  target: RequestTarget | null,
  resolved: Partial<Record<string, string>> | undefined,
): RequiredAlternative[] {
  return dedupe(
    requirement.alternatives.map((a): RequiredAlternative => ({
      permission: a.permission,
      resourceType: a.resourceType,
      resourceIds: [],
      wildcardAccepted: true,
      idSource: 'none',
    })),
  ).map((alternative) => withContextIds(alternative, target, resolved, requirement));
}

/** A 403 whose text names no permission, explained by the catalogue when the request matched it. */
function catalogueExplanation(
  base: Omit<ForbiddenExplanation, 'kind' | 'family' | 'sentence'>,
  context: ForbiddenContext | undefined,
  why: string,
): ForbiddenExplanation | null {
  const requirement = context?.requirement;
  if (!requirement || requirement.alternatives.length === 0 || base.status !== 403) return null;
  const alternatives = fromCatalogue(requirement, base.target, context.resolvedIds);
  const joiner = requirement.selection === 'byTarget' ? 'each target needs its own' : 'any one suffices';
  return {
    ...base,
    kind: 'permission',
    family: 'catalogue',
    alternatives,
    sentence: `${why} Lantern's operation catalogue says ${code(requirement.operationId)} on Camunda ${requirement.version} needs (${joiner}): ${requirementSentence(alternatives, base.target, true).replace(/^You need /, '')}`,
    userTaskRule: userTaskRuleFor(alternatives, base.target, context.version),
  };
}

function describeTarget(alternative: RequiredAlternative, target: RequestTarget | null, readSide: boolean): string {
  const noun = resourceNoun(alternative.resourceType);
  if (alternative.resourceType === 'USER_TASK') {
    if (alternative.resourceIds.length === 1 && alternative.resourceIds[0] === target?.userTaskKey) {
      return 'this user task';
    }
    if (alternative.resourceIds.length > 0) return `${noun.one} ${alternative.resourceIds.map(code).join(' or ')}`;
    return target?.userTaskKey ? 'this user task' : `the ${noun.one} in question (or on ${noun.every})`;
  }
  if (alternative.resourceIds.length > 0) {
    const ids = alternative.resourceIds.map(code).join(' or ');
    return alternative.wildcardAccepted ? `${noun.one} ${ids} (or on ${noun.every})` : `${noun.one} ${ids}`;
  }
  if (alternative.idSource === 'none' && alternative.resourceType === 'PROCESS_DEFINITION' && target?.userTaskKey) {
    return `the task's process (or on ${noun.every})`;
  }
  // Read-side texts never carry ids; engine texts without ids mean the check is not id-scoped.
  if (readSide) return `the ${noun.one} in question (or on ${noun.every})`;
  return `${noun.every} (resource id ${code(WILDCARD)})`;
}

/** Merges alternatives that name the same resource ("UPDATE_USER_TASK or CLAIM_USER_TASK on process `p`"). */
function requirementSentence(
  alternatives: RequiredAlternative[],
  target: RequestTarget | null,
  readSide: boolean,
): string {
  const groups: { where: string; permissions: string[] }[] = [];
  for (const alternative of alternatives) {
    const where = describeTarget(alternative, target, readSide);
    const existing = groups.find((group) => group.where === where);
    if (existing) existing.permissions.push(alternative.permission);
    else groups.push({ where, permissions: [alternative.permission] });
  }
  const parts = groups.map((group) => `${group.permissions.join(' or ')} on ${group.where}`);
  return `You need ${parts.join(', or ')}.`;
}

function userTaskRuleFor(
  alternatives: RequiredAlternative[],
  target: RequestTarget | null,
  version: ClusterVersion | null | undefined,
): UserTaskRule | null {
  const processLevel = alternatives.filter(
    (a) => a.resourceType === 'PROCESS_DEFINITION' && USER_TASK_PD_PERMISSIONS.has(a.permission),
  );
  const taskLevel = alternatives.filter((a) => a.resourceType === 'USER_TASK');
  if (processLevel.length === 0 && taskLevel.length === 0 && !target?.userTaskKey) return null;
  const taskLevelAvailable = version ? hasUserTaskResource(version) : taskLevel.length > 0 ? true : null;
  let sentence: string;
  if (taskLevelAvailable === false) {
    sentence =
      'Camunda 8.8 has no USER_TASK resource: only process-level permissions (PROCESS_DEFINITION … _USER_TASK) decide who may work on a user task.';
  } else {
    sentence =
      'Process-level permissions are checked first: if a PROCESS_DEFINITION permission on the task’s process (or `*`) grants the operation, USER_TASK permissions are not evaluated. Otherwise a USER_TASK permission decides — on this task’s key, on `*`, or property-based on the task’s assignee, candidate users or candidate groups.';
    if (taskLevelAvailable === null) sentence += ' (The task level exists from Camunda 8.9 on.)';
  }
  return { processLevel, taskLevel, taskLevelAvailable, sentence };
}

function orDash(value: string | undefined, fallback: string): string {
  return value !== undefined && value.trim().length > 0 ? value : fallback;
}

function emptyDetail(problem: ProblemLike | null, context: ForbiddenContext | undefined): string {
  const status = problem?.status ? `HTTP ${problem.status}` : 'The request failed';
  const request = context ? ` on ${context.method.toUpperCase()} ${context.path}` : '';
  const title = problem?.title ? ` (title "${problem.title}")` : '';
  return `${status}${request}${title}; the server sent no problem detail.`;
}

export function parseForbidden(problem: ProblemLike | null, context?: ForbiddenContext): ForbiddenExplanation {
  const target = context ? describeRequestTarget(context.method, context.path, context.catalogue) : null;
  const detail = (problem?.detail ?? '').trim();
  const status = problem?.status ?? null;
  const rawDetail = detail.length > 0 ? detail : emptyDetail(problem, context);
  const base = {
    status,
    intent: null,
    rejectionCode: null,
    alternatives: [],
    tenantId: null,
    userTaskRule: null,
    rawDetail,
    target,
    requirement: context?.requirement ?? null,
  } satisfies Partial<ForbiddenExplanation>;

  if (status === 401) {
    return {
      ...base,
      kind: 'unauthenticated',
      family: 'unauthenticated',
      sentence: `The cluster did not accept your credentials (401), so no permission was checked yet: ${orDash(detail, 'no reason given')}.`,
    };
  }

  const command = COMMAND_PREFIX.exec(detail);
  const intent = command?.[1] ?? null;
  const rejectionCode = command?.[2] ?? null;
  const reason = command?.[3] ?? detail;

  const tenantForbidden = ENGINE_TENANT_FORBIDDEN.exec(reason);
  if (tenantForbidden) {
    const [, permission = '', resourceType = '', tenantId = ''] = tenantForbidden;
    return {
      ...base,
      intent,
      rejectionCode,
      kind: 'tenant',
      family: 'engine-tenant-forbidden',
      tenantId,
      alternatives: [{ permission, resourceType, resourceIds: [], wildcardAccepted: true, idSource: 'none' }],
      sentence: `You are not assigned to tenant ${code(tenantId)}. ${permission} on ${resourceNoun(resourceType).one} resources of that tenant needs a tenant assignment (for you, one of your groups or roles, or a matching mapping rule) before any authorization counts.`,
    };
  }

  const tenantNotFound = ENGINE_TENANT_NOT_FOUND.exec(reason);
  if (tenantNotFound) {
    const [, permission = '', resourceType = '', tenantId = ''] = tenantNotFound;
    return {
      ...base,
      intent,
      rejectionCode,
      kind: 'tenant-hidden',
      family: 'engine-tenant-not-found',
      tenantId,
      alternatives: [{ permission, resourceType, resourceIds: [], wildcardAccepted: true, idSource: 'none' }],
      sentence: `The ${resourceNoun(resourceType).one} exists but belongs to tenant ${code(tenantId)}, which you are not assigned to; Camunda answers 404 instead of 403 for other tenants' resources. Ask for an assignment to tenant ${code(tenantId)}.`,
    };
  }

  const engineMatches = [...reason.matchAll(ENGINE_PERMISSION)];
  if (engineMatches.length > 0) {
    const alternatives = dedupe(
      engineMatches.map((match): RequiredAlternative => {
        const { ids, wildcard } = parseEngineIds(match[3]);
        return {
          permission: match[1] ?? '',
          resourceType: match[2] ?? '',
          resourceIds: ids,
          wildcardAccepted: wildcard,
          idSource: ids.length > 0 ? 'message' : 'none',
        };
      }),
    ).map((alternative) => withOrigin(alternative, context?.requirement));
    return {
      ...base,
      intent,
      rejectionCode,
      kind: 'permission',
      family: 'engine-command',
      alternatives,
      sentence: requirementSentence(alternatives, target, false),
      userTaskRule: userTaskRuleFor(alternatives, target, context?.version),
    };
  }

  const engineNotFound = ENGINE_NOT_FOUND.exec(reason);
  if (engineNotFound && (rejectionCode === 'NOT_FOUND' || status === 404)) {
    // The template is "Expected to %s with key '%s', but no %s was found": the first part is verb + noun.
    const [, action = '', key = '', noun = ''] = engineNotFound;
    const completedHint = /user task/i.test(noun)
      ? ' A completed user task is gone from the engine, so this also happens after completion.'
      : '';
    return {
      ...base,
      intent,
      rejectionCode,
      kind: 'not-found',
      family: 'engine-not-found',
      sentence: `The engine could not ${action} ${code(key)}: there is no such ${noun}.${completedHint}`,
    };
  }

  const readSingle = READ_SINGLE.exec(detail);
  const readAnyOf = READ_ANY_OF.test(detail);
  if (readSingle ?? readAnyOf) {
    const pairs: [string, string][] = readSingle
      ? [[readSingle[1] ?? '', readSingle[2] ?? '']]
      : [...detail.matchAll(READ_PAIR)].map((match) => [match[1] ?? '', match[2] ?? '']);
    const alternatives = dedupe(
      pairs.map(([permission, resourceType]): RequiredAlternative => ({
        permission,
        resourceType,
        resourceIds: [],
        wildcardAccepted: true,
        idSource: 'none',
      })),
    ).map((alternative) => withContextIds(alternative, target, context?.resolvedIds, context?.requirement));
    const family: ForbiddenFamily = readSingle
      ? 'read-single'
      : /operations\s*\(/.test(detail)
        ? 'read-any-of-parenthesised'
        : 'read-any-of';
    return {
      ...base,
      kind: 'permission',
      family,
      alternatives,
      sentence: requirementSentence(alternatives, target, true),
      userTaskRule: userTaskRuleFor(alternatives, target, context?.version),
    };
  }

  if (READ_UNSPECIFIED.test(detail)) {
    const explained = catalogueExplanation(
      base,
      context,
      'The cluster refused this read without naming the permission ("operation(s) on resource(s)").',
    );
    if (explained) return explained;
    return {
      ...base,
      kind: 'permission',
      family: 'read-unspecified',
      sentence:
        'The cluster refused this read but did not say which permission was missing ("operation(s) on resource(s)"). Use the access check to see which permissions you hold.',
    };
  }

  const entityNotFound = ENTITY_NOT_FOUND.exec(detail);
  if (entityNotFound && (status === 404 || status === null)) {
    const [, label = '', idName = '', id = ''] = entityNotFound;
    return {
      ...base,
      kind: 'not-found',
      family: 'entity-not-found',
      sentence: `${label} with ${idName} ${code(id)} was not found. Either it does not exist, or it belongs to a tenant you are not assigned to — Camunda answers 404 instead of 403 for other tenants' resources.`,
    };
  }

  const explained = catalogueExplanation(
    base,
    context,
    detail.length > 0 ? 'Lantern does not recognise this 403 text.' : 'The 403 carried no problem detail.',
  );
  if (explained) return { ...explained, intent, rejectionCode };
  const statusText = status !== null ? ` (HTTP ${status})` : '';
  return {
    ...base,
    intent,
    rejectionCode,
    kind: 'unknown',
    family: 'unknown',
    sentence: `Lantern does not recognise this error text${statusText}; the server said: ${rawDetail}`,
  };
}

/**
 * A search that answered 200 with no items: searches filter silently instead of refusing
 * (docs/camunda-api/authorization-model.md §5), so the catalogue's permissions are what was missing.
 */
export function filteredExplanation(
  requirement: CatalogueRequirement,
  context: ForbiddenContext,
): ForbiddenExplanation {
  const target = describeRequestTarget(context.method, context.path, context.catalogue);
  const alternatives = fromCatalogue(requirement, target, context.resolvedIds);
  return {
    kind: 'permission',
    family: 'catalogue',
    status: 200,
    intent: null,
    rejectionCode: null,
    alternatives,
    tenantId: null,
    sentence: `The search answered with no items: searches filter what the caller may not read instead of refusing. Lantern's operation catalogue says ${code(requirement.operationId)} on Camunda ${requirement.version} shows items only with ${requirementSentence(alternatives, target, true).replace(/^You need /, '')}`,
    userTaskRule: userTaskRuleFor(alternatives, target, context.version),
    rawDetail: 'HTTP 200 with an empty result; a filtered search sends no error text.',
    target,
    requirement,
  };
}
