// What a /v2 request acts on, read from the operation catalogue: the entry its method and path match
// names the path parameters and which resource type each one identifies. Read-side 403 texts never
// carry resource ids (docs/camunda-api/error-messages.md §3.2), so the diagnosis takes them from the
// request when it can. The catalogue is a lazy chunk: until it has loaded, callers pass null and get
// the bare method and path with no ids (nothing is guessed from a hand-written route table).
import { findOperation, type OperationMatch } from '../catalogue/find-operation.ts';
import type { CatalogueEntry, OperationVersionFacts } from '../catalogue/types.ts';

export type UserTaskOperation = 'read' | 'claim' | 'assign' | 'unassign' | 'complete' | 'update';

export interface RequestTarget {
  /** Short description of what was attempted, e.g. "Assign user task: user task 2251799813685281". */
  description: string;
  /** Resource ids the path names, by resource type (GROUP → group id, USER_TASK → userTaskKey, …). */
  idsByResourceType: Record<string, string>;
  userTaskKey: string | null;
  userTaskOperation: UserTaskOperation | null;
  /** The catalogue operation the request matched; null before the catalogue has loaded or for unknown paths. */
  operationId: string | null;
  /** The path parameters' values by name, for views that word the target in the UI language. */
  params?: Readonly<Record<string, string>>;
}

/** Strips a proxy prefix (`/clusters/<id>`), the query string and a trailing slash. */
export function apiPath(path: string): string {
  const withoutQuery = path.split(/[?#]/)[0] ?? '';
  const index = withoutQuery.indexOf('/v2/');
  const api = index >= 0 ? withoutQuery.slice(index) : withoutQuery;
  return api.length > 1 && api.endsWith('/') ? api.slice(0, -1) : api;
}

function camelWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

/** `searchProcessInstances` → "Search process instances" (the SDK's operation names read as sentences). */
export function operationLabel(operationId: string): string {
  const words = camelWords(operationId);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `userTaskKey` → "user task", `mappingRuleId` → "mapping rule"; other names stay as they are. */
function parameterNoun(name: string): string {
  const words = camelWords(name);
  return /\s(?:key|id)$/.test(words) ? words.replace(/\s(?:key|id)$/, '') : words;
}

/** Every version's facts, newest first: an id a newer version names is still what the path identifies. */
function factsNewestFirst(entry: CatalogueEntry): OperationVersionFacts[] {
  return Object.values(entry.versions).reverse();
}

function idsByResourceType(match: OperationMatch): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const facts of factsNewestFirst(match.entry)) {
    for (const alternative of facts.permissions) {
      const source = alternative.resourceId;
      if (source.from !== 'path') continue;
      const value = match.params[source.name];
      if (value !== undefined && ids[alternative.resourceType] === undefined) ids[alternative.resourceType] = value;
    }
  }
  return ids;
}

/**
 * The user-task action of an operation on one task (a `userTaskKey` path parameter): a read-side
 * check reads it; a command is named by its engine intent, and removing the assignee (DELETE) is the
 * unassignment of the ASSIGN intent.
 */
export function userTaskOperationOfEntry(entry: CatalogueEntry): UserTaskOperation | null {
  if (!entry.path.includes('{userTaskKey}')) return null;
  const facts = factsNewestFirst(entry)[0];
  if (!facts) return null;
  if (facts.behaviour !== 'command') return 'read';
  switch (facts.intent) {
    case 'ASSIGN':
      return entry.method === 'DELETE' ? 'unassign' : 'assign';
    case 'CLAIM':
      return 'claim';
    case 'COMPLETE':
      return 'complete';
    case 'UPDATE':
      return 'update';
    default:
      return null;
  }
}

function describeMatch(match: OperationMatch): string {
  const label = operationLabel(match.entry.operationId);
  const named = Object.entries(match.params).map(([name, value]) => `${parameterNoun(name)} ${value}`);
  return named.length > 0 ? `${label}: ${named.join(', ')}` : label;
}

export function describeRequestTarget(
  method: string,
  path: string,
  catalogue: readonly CatalogueEntry[] | null | undefined,
): RequestTarget {
  const normalizedMethod = method.toUpperCase();
  const api = apiPath(path);
  const match = catalogue ? findOperation(catalogue, normalizedMethod, api) : null;
  if (!match) {
    return {
      description: `${normalizedMethod} ${api}`,
      idsByResourceType: {},
      userTaskKey: null,
      userTaskOperation: null,
      operationId: null,
    };
  }
  const userTaskOperation = userTaskOperationOfEntry(match.entry);
  return {
    description: describeMatch(match),
    idsByResourceType: idsByResourceType(match),
    userTaskKey: userTaskOperation ? (match.params.userTaskKey ?? null) : null,
    userTaskOperation,
    operationId: match.entry.operationId,
    params: match.params,
  };
}
