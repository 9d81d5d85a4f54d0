// Turns a 403 (or a tenant-hidden 404) problem detail into what was required, in plain words.
// Written from the verbatim Camunda texts in docs/camunda-api/error-messages.md §3–4; every family is tested
// against those texts, not against the demo cluster's output.
import type { CatalogueEntry } from '../catalogue/types.ts';
import type { CatalogueRequirement } from './catalogue-requirement.ts';
import { msg, type Message } from '../i18n/message.ts';
import { joinMessages } from './effective-permissions.ts';
import { type ClusterVersion, hasUserTaskResource, resourceNounMessage, WILDCARD } from './model.ts';
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
  origin?: Message;
}

export interface UserTaskRule {
  processLevel: RequiredAlternative[];
  taskLevel: RequiredAlternative[];
  /** False on 8.8 (no USER_TASK resource); null when the version is unknown and the text does not tell. */
  taskLevelAvailable: boolean | null;
  sentence: Message;
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
  /** What was required, in words of the UI language (worded at render); never empty. */
  sentence: Message;
  userTaskRule: UserTaskRule | null;
  /** The server's own text, or a description of its absence in English (for searches and reports); never empty. */
  rawDetail: string;
  /** Set when the server sent no text: that absence in words of the UI language, shown instead of `rawDetail`. */
  detailAbsent?: Message | null;
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
    const lookedUp = known.source.from === 'target' && known.origin.id !== 'diagnosis.origin.body';
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
  why: Message,
): ForbiddenExplanation | null {
  const requirement = context?.requirement;
  if (!requirement || requirement.alternatives.length === 0 || base.status !== 403) return null;
  const alternatives = fromCatalogue(requirement, base.target, context.resolvedIds);
  return {
    ...base,
    kind: 'permission',
    family: 'catalogue',
    alternatives,
    sentence: msg('diagnosis.required.catalogue', {
      why,
      operation: requirement.operationId,
      version: requirement.version,
      selection: requirement.selection === 'byTarget' ? 'byTarget' : 'any',
      required: requirementParts(alternatives, base.target, true),
    }),
    userTaskRule: userTaskRuleFor(alternatives, base.target, context.version),
  };
}

function describeTarget(alternative: RequiredAlternative, target: RequestTarget | null, readSide: boolean): Message {
  const noun = resourceNounMessage(alternative.resourceType, 'one');
  const every = resourceNounMessage(alternative.resourceType, 'every');
  const ids = joinMessages(alternative.resourceIds.map(code), 'or');
  if (alternative.resourceType === 'USER_TASK') {
    if (alternative.resourceIds.length === 1 && alternative.resourceIds[0] === target?.userTaskKey) {
      return msg('diagnosis.target.thisTask');
    }
    if (alternative.resourceIds.length > 0) return msg('diagnosis.target.ids', { noun, ids });
    return target?.userTaskKey ? msg('diagnosis.target.thisTask') : msg('diagnosis.target.inQuestion', { noun, every });
  }
  if (alternative.resourceIds.length > 0) {
    return alternative.wildcardAccepted
      ? msg('diagnosis.target.idsOrEvery', { noun, ids, every })
      : msg('diagnosis.target.ids', { noun, ids });
  }
  if (alternative.idSource === 'none' && alternative.resourceType === 'PROCESS_DEFINITION' && target?.userTaskKey) {
    return msg('diagnosis.target.taskProcess', { every });
  }
  // Read-side texts never carry ids; engine texts without ids mean the check is not id-scoped.
  if (readSide) return msg('diagnosis.target.inQuestion', { noun, every });
  return msg('diagnosis.target.wildcard', { every });
}

/** Merges alternatives that name the same resource ("UPDATE_USER_TASK or CLAIM_USER_TASK on process `p`"). */
function requirementParts(
  alternatives: RequiredAlternative[],
  target: RequestTarget | null,
  readSide: boolean,
): Message | string {
  const groups: { key: string; where: Message; permissions: string[] }[] = [];
  for (const alternative of alternatives) {
    const where = describeTarget(alternative, target, readSide);
    const key = JSON.stringify(where);
    const existing = groups.find((group) => group.key === key);
    if (existing) existing.permissions.push(alternative.permission);
    else groups.push({ key, where, permissions: [alternative.permission] });
  }
  return joinMessages(
    groups.map((group) =>
      msg('diagnosis.eval.required', { permission: joinMessages(group.permissions, 'or'), where: group.where }),
    ),
    'commaOr',
  );
}

/** "You need UPDATE_USER_TASK or CLAIM_USER_TASK on process `p`." */
function requirementSentence(
  alternatives: RequiredAlternative[],
  target: RequestTarget | null,
  readSide: boolean,
): Message {
  return msg('diagnosis.required.youNeed', { required: requirementParts(alternatives, target, readSide) });
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
  const sentence =
    taskLevelAvailable === false
      ? msg('diagnosis.taskRule.v88')
      : msg('diagnosis.taskRule.layers', { since89: taskLevelAvailable === null ? 'yes' : 'no' });
  return { processLevel, taskLevel, taskLevelAvailable, sentence };
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
  const detailAbsent =
    detail.length > 0
      ? null
      : msg('diagnosis.detail.absent', {
          status: problem?.status ?? 'none',
          request: context ? `${context.method.toUpperCase()} ${context.path}` : 'none',
        });
  const base = {
    status,
    intent: null,
    rejectionCode: null,
    alternatives: [],
    tenantId: null,
    userTaskRule: null,
    rawDetail,
    detailAbsent,
    target,
    requirement: context?.requirement ?? null,
  } satisfies Partial<ForbiddenExplanation>;

  if (status === 401) {
    return {
      ...base,
      kind: 'unauthenticated',
      family: 'unauthenticated',
      sentence: msg('diagnosis.required.unauthenticated', { detail, given: detail.length > 0 ? 'yes' : 'no' }),
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
      sentence: msg('diagnosis.required.tenant', { tenant: tenantId, permission, type: resourceType }),
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
      sentence: msg('diagnosis.required.tenantHidden', {
        tenant: tenantId,
        noun: resourceNounMessage(resourceType, 'one'),
      }),
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
    const completedHint = /user task/i.test(noun) ? 'yes' : 'no';
    return {
      ...base,
      intent,
      rejectionCode,
      kind: 'not-found',
      family: 'engine-not-found',
      // The engine's verb and noun are its own English words, quoted as such.
      sentence: msg('diagnosis.required.engineNotFound', { action, key, noun, completedHint }),
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
    const explained = catalogueExplanation(base, context, msg('diagnosis.required.why.readUnspecified'));
    if (explained) return explained;
    return {
      ...base,
      kind: 'permission',
      family: 'read-unspecified',
      sentence: msg('diagnosis.required.readUnspecified'),
    };
  }

  const entityNotFound = ENTITY_NOT_FOUND.exec(detail);
  if (entityNotFound && (status === 404 || status === null)) {
    const [, label = '', idName = '', id = ''] = entityNotFound;
    return {
      ...base,
      kind: 'not-found',
      family: 'entity-not-found',
      sentence: msg('diagnosis.required.entityNotFound', { label, idName, id }),
    };
  }

  const explained = catalogueExplanation(
    base,
    context,
    detail.length > 0 ? msg('diagnosis.required.why.unrecognised') : msg('diagnosis.required.why.noDetail'),
  );
  if (explained) return { ...explained, intent, rejectionCode };
  return {
    ...base,
    intent,
    rejectionCode,
    kind: 'unknown',
    family: 'unknown',
    sentence: msg('diagnosis.required.unknown', { status: status ?? 'none', detail: rawDetail }),
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
    sentence: msg('diagnosis.required.filtered', {
      operation: requirement.operationId,
      version: requirement.version,
      required: requirementParts(alternatives, target, true),
    }),
    userTaskRule: userTaskRuleFor(alternatives, target, context.version),
    rawDetail: 'HTTP 200 with an empty result; a filtered search sends no error text.',
    detailAbsent: msg('diagnosis.detail.filtered'),
    target,
    requirement,
  };
}
