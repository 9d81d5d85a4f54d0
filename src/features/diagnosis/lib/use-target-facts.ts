// The refused request's target process, for the fix drafts: `{ processDefinitionId, tenantId }`
// read with the signed-in user's view, or why not. Waits for the catalogue (which says whether a
// lookup is needed at all) and for a connection.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { fetchTargetFacts, type TargetFacts, type TargetLookup, targetLookupOf } from '../api/target-facts.ts';

export type TargetFactsState =
  /** Nothing to look up: the request names its resource, or the catalogue has not loaded yet. */
  { kind: 'not-needed' } | { kind: 'pending'; lookup: TargetLookup } | TargetFacts;

export interface TargetHints {
  processDefinitionId: string;
  tenantId: string | null;
}

export function targetFactsQuery(clusterId: string, lookup: TargetLookup | null) {
  return queryOptions({
    // Under the diagnosis root, so a principal change drops it with the rest.
    queryKey: [...clusterKeys.feature(clusterId, 'diagnosis'), 'target', lookup] as const,
    queryFn: lookup ? ({ signal }) => fetchTargetFacts(clusterId, lookup, signal) : skipToken,
    staleTime: 60_000,
    retry: false,
  });
}

export function useTargetFacts(
  clusterId: string,
  request: { method: string; path: string } | null,
  catalogue: readonly CatalogueEntry[] | null,
  enabled: boolean,
): TargetFactsState {
  const lookup = request && catalogue && enabled ? targetLookupOf(catalogue, request.method, request.path) : null;
  const query = useQuery(targetFactsQuery(clusterId, lookup));
  if (!lookup) return { kind: 'not-needed' };
  return query.data ?? { kind: 'pending', lookup };
}

/** The hints a diagnosis takes from the lookup; null until (and unless) the process was found. */
export function targetHints(state: TargetFactsState): TargetHints | null {
  return state.kind === 'found' ? { processDefinitionId: state.processDefinitionId, tenantId: state.tenantId } : null;
}
