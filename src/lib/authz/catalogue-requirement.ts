// What the operation catalogue says a concrete request needs, with each resource id read from the
// request where the catalogue says it comes from (path parameter, body field) or left to a lookup of
// the target. Only types come from the catalogue: callers load its data lazily and pass the match.
import type { OperationMatch } from '../catalogue/find-operation.ts';
import type { ApiVersion, BehaviourClass, ResourceIdSource, TargetId, TenantCheck } from '../catalogue/types.ts';
import { msg, type Message } from '../i18n/message.ts';

export interface CatalogueAlternative {
  permission: string;
  resourceType: string;
  /** The id the request names for this alternative; null when only `*` fits or a lookup is needed. */
  resourceId: string | null;
  source: ResourceIdSource;
  /** Where the id comes from, in words ("path parameter `groupId`", "the BPMN process id of the job …"). */
  origin: Message;
}

export interface CatalogueRequirement {
  operationId: string;
  method: string;
  path: string;
  version: ApiVersion;
  behaviour: BehaviourClass;
  intent: string | null;
  tenantCheck: TenantCheck;
  /** Any one suffices, unless `byTarget` (each kind of target needs its own). */
  selection: 'anyOf' | 'byTarget';
  alternatives: CatalogueAlternative[];
  /** True when a fact of this version is marked inferred in the catalogue. */
  inferred: boolean;
}

/** Ids found out of band (the task's process, a job's process), by the catalogue's target id name. */
export type ResolvedTargetIds = Partial<Record<TargetId, string>>;

// A body field that already is the target id: no lookup needed.
const BODY_FIELDS_NAMING_TARGET: Partial<Record<TargetId, string>> = {
  bpmnProcessId: 'processDefinitionId',
  decisionId: 'decisionDefinitionId',
};

function bodyValue(body: unknown, name: string): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const value = (body as Record<string, unknown>)[name];
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function viaWords(via: string): Message | string {
  const [first, ...rest] = via.split('|').map((name) => `\`${name}\``);
  let words: Message | string = first ?? '';
  for (const next of rest) words = msg('diagnosis.join.or', { first: words, second: next });
  return words;
}

function resolveId(
  source: ResourceIdSource,
  match: OperationMatch,
  body: unknown,
  resolved: ResolvedTargetIds | undefined,
): { resourceId: string | null; origin: Message } {
  switch (source.from) {
    case 'path':
      return {
        resourceId: match.params[source.name] ?? null,
        origin: msg('diagnosis.origin.path', { name: source.name }),
      };
    case 'body':
      return { resourceId: bodyValue(body, source.name), origin: msg('diagnosis.origin.body', { name: source.name }) };
    case 'target': {
      const field = BODY_FIELDS_NAMING_TARGET[source.id];
      const direct = field && source.via.split('|').includes(field) ? bodyValue(body, field) : null;
      if (direct) return { resourceId: direct, origin: msg('diagnosis.origin.body', { name: field ?? '' }) };
      const found = resolved?.[source.id] ?? null;
      return {
        resourceId: found,
        origin: msg('diagnosis.origin.target', {
          target: source.id,
          via: viaWords(source.via),
          found: found ? 'yes' : 'no',
        }),
      };
    }
    case 'wildcard':
      return { resourceId: null, origin: msg('diagnosis.origin.wildcard') };
  }
}

/** The catalogue's facts for `match` on `version`, or null when the operation does not exist there. */
export function catalogueRequirement(
  match: OperationMatch,
  version: ApiVersion,
  body?: unknown,
  resolved?: ResolvedTargetIds,
): CatalogueRequirement | null {
  const facts = match.entry.versions[version];
  if (!facts) return null;
  return {
    operationId: match.entry.operationId,
    method: match.entry.method,
    path: match.entry.path,
    version,
    behaviour: facts.behaviour,
    intent: facts.intent ?? null,
    tenantCheck: facts.tenantCheck,
    selection: facts.selection ?? 'anyOf',
    alternatives: facts.permissions.map((permission) => ({
      permission: permission.permissionType,
      resourceType: permission.resourceType,
      source: permission.resourceId,
      ...resolveId(permission.resourceId, match, body, resolved),
    })),
    inferred: (facts.inferred ?? []).length > 0,
  };
}
