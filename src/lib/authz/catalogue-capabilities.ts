// The access check's rows for every read of the operation catalogue that the hand-written
// capabilities (capabilities.ts) do not already cover. Reads without a path parameter are probed in
// the first wave (GET, or POST …/search with one item); reads by key are listed with the permission
// the catalogue names and judged from the authorization data, so the default run stays within its
// budget. Writes are never probed. The catalogue's data is passed in: callers load it lazily.
import type { ApiVersion, CatalogueEntry, OperationVersionFacts, PermissionAlternative } from '../catalogue/types.ts';
import { operationLabel } from './request-target.ts';
import { CAPABILITIES, type Capability, type CapabilityRequirement, type PermissionScope } from './capabilities.ts';

/** Only searches and GETs are reads; everything else is never sent to find out. */
export function isCatalogueRead(entry: Pick<CatalogueEntry, 'method' | 'path'>): boolean {
  return entry.method === 'GET' || (entry.method === 'POST' && entry.path.endsWith('/search'));
}

function shapeOf(method: string, path: string): string {
  return `${method} ${path.replace(/^\/v2(?=\/)/, '').replace(/\{[^}]+\}/g, '{}')}`;
}

const COVERED = new Set(CAPABILITIES.map((c) => shapeOf(c.method, c.path)));

function scopeOf(alternative: PermissionAlternative, facts: OperationVersionFacts): PermissionScope {
  if (alternative.resourceId.from === 'wildcard') return 'wildcard';
  return facts.behaviour === 'filtered' ? 'any' : 'target';
}

function requirementOf(facts: OperationVersionFacts): CapabilityRequirement {
  if (facts.behaviour === 'unprotected') return { kind: 'none' };
  if (facts.behaviour === 'authenticated' || facts.permissions.length === 0) return { kind: 'authenticated' };
  return {
    kind: 'any-of',
    enforcement: facts.behaviour === 'filtered' ? 'filter' : 'reject',
    alternatives: facts.permissions.map((alternative) => ({
      permission: alternative.permissionType,
      resourceType: alternative.resourceType,
      scope: scopeOf(alternative, facts),
    })),
  };
}

export { operationLabel };

/** Every read of `version` the catalogue lists and the hand-written capabilities do not, in path order. */
export function catalogueCapabilities(catalogue: readonly CatalogueEntry[], version: ApiVersion): Capability[] {
  return catalogue
    .filter((entry) => isCatalogueRead(entry) && entry.versions[version]?.behaviour !== 'unprotected')
    .filter((entry) => entry.versions[version] !== undefined && !COVERED.has(shapeOf(entry.method, entry.path)))
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map((entry): Capability => {
      const facts = entry.versions[version] as OperationVersionFacts;
      const keyed = entry.path.includes('{');
      const search = entry.method === 'POST';
      return {
        id: `op-${entry.operationId}`,
        operationId: entry.operationId,
        label: operationLabel(entry.operationId),
        category: 'operations',
        method: entry.method,
        path: `/v2${entry.path}`,
        probe: keyed ? null : { kind: search ? 'search' : 'get' },
        ...(keyed ? { notProbed: 'it reads one entity by key, and the check sends no lookups for keys' } : {}),
        requirement: () => requirementOf(facts),
      };
    });
}

/** The access check's full list: the hand-written capabilities, then the catalogue's other reads. */
export function accessCheckCapabilities(
  catalogue: readonly CatalogueEntry[] | null,
  version: ApiVersion,
): readonly Capability[] {
  return catalogue ? [...CAPABILITIES, ...catalogueCapabilities(catalogue, version)] : CAPABILITIES;
}
