// The access check's rows for every read of the operation catalogue that the hand-written
// capabilities (capabilities.ts) do not already cover. Reads without a path parameter are probed in
// the first wave (GET, or POST …/search with one item); a read by key is probed in the second, with
// the key of the first item its collection's search returned (a key the caller can see), so the
// whole check takes about two probes' time. Writes are never probed. The catalogue's data is passed
// in: callers load it lazily.
import type { ApiVersion, CatalogueEntry, OperationVersionFacts } from '../catalogue/types.ts';
import { operationLabel } from './request-target.ts';
import { msg, type Message } from '../i18n/message.ts';
import { CAPABILITIES, type Capability, type KeySource, requirementFromFacts } from './capabilities.ts';

/** Only searches and GETs are reads; everything else is never sent to find out. */
export function isCatalogueRead(entry: Pick<CatalogueEntry, 'method' | 'path'>): boolean {
  return entry.method === 'GET' || (entry.method === 'POST' && entry.path.endsWith('/search'));
}

function shapeOf(method: string, path: string): string {
  return `${method} ${path.replace(/^\/v2(?=\/)/, '').replace(/\{[^}]+\}/g, '{}')}`;
}

const COVERED = new Set(CAPABILITIES.map((c) => shapeOf(c.method, c.path)));

export { operationLabel };

/**
 * `userTaskKey` → "user task", `mappingRuleId` → "mapping rule" (the path parameter's noun); German
 * names the parameter itself, as the API spells it.
 */
function keyNoun(param: string): Message {
  const words = param.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return msg('capabilities.noun.parameter', { words: words.replace(/\s(?:key|id)$/, ''), param });
}

/**
 * How a read by key finds a key the caller can see: the search of the collection the key belongs to
 * (`/process-instances/{processInstanceKey}/…` → `POST /process-instances/search`), whose items carry
 * the key under the path parameter's name. Null with the reason when there is none.
 */
function keySourceOf(
  entry: CatalogueEntry,
  probedSearches: ReadonlyMap<string, string>,
): { source: KeySource } | { notProbed: Message } {
  const params = [...entry.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  if (params.length !== 1) return { notProbed: msg('capabilities.notProbed.manyKeys') };
  const param = params[0] as string;
  const collection = entry.path.slice(0, entry.path.indexOf(`/{${param}}`));
  const from = probedSearches.get(`/v2${collection}/search`);
  if (!from) return { notProbed: msg('capabilities.notProbed.noSearch', { param }) };
  return { source: { param, from, noun: keyNoun(param) } };
}

/** Every read of `version` the catalogue lists and the hand-written capabilities do not, in path order. */
export function catalogueCapabilities(catalogue: readonly CatalogueEntry[], version: ApiVersion): Capability[] {
  const entries = catalogue
    .filter((entry) => isCatalogueRead(entry) && entry.versions[version]?.behaviour !== 'unprotected')
    .filter((entry) => entry.versions[version] !== undefined && !COVERED.has(shapeOf(entry.method, entry.path)))
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  // Searches without a key are probed in the first wave; their first item is the key of the second.
  const probedSearches = new Map<string, string>();
  for (const capability of CAPABILITIES) {
    if (capability.probe?.kind === 'search' && !capability.probe.needs)
      probedSearches.set(capability.path, capability.id);
  }
  for (const entry of entries) {
    if (entry.method === 'POST' && !entry.path.includes('{'))
      probedSearches.set(`/v2${entry.path}`, `op-${entry.operationId}`);
  }
  return entries.map((entry): Capability => {
    const facts = entry.versions[version] as OperationVersionFacts;
    const kind = entry.method === 'POST' ? 'search' : 'get';
    const base = {
      id: `op-${entry.operationId}`,
      operationId: entry.operationId,
      // The API's own name of the operation (views show it as `OperationSummary`, marked English).
      label: msg('capabilities.label.operation', { operation: operationLabel(entry.operationId) }),
      category: 'operations' as const,
      method: entry.method,
      path: `/v2${entry.path}`,
      requirement: () => requirementFromFacts(facts),
    };
    if (!entry.path.includes('{')) return { ...base, probe: { kind } };
    const key = keySourceOf(entry, probedSearches);
    return 'source' in key
      ? { ...base, probe: { kind, needs: key.source } }
      : { ...base, probe: null, notProbed: key.notProbed };
  });
}
/** The access check's full list: the hand-written capabilities, then the catalogue's other reads. */
export function accessCheckCapabilities(
  catalogue: readonly CatalogueEntry[] | null,
  version: ApiVersion,
): readonly Capability[] {
  return catalogue ? [...CAPABILITIES, ...catalogueCapabilities(catalogue, version)] : CAPABILITIES;
}
