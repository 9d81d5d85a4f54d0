// The BPMN process id (and tenant) of what a refused request acted on, when the permission it
// needed names it but the request does not: completing job 2251…, cancelling process instance
// 2251…, resolving incident 2251…. The operation catalogue says which path parameter leads to the
// target (`from: 'target', id: 'bpmnProcessId', via: 'jobKey'`); the collection's search, filtered
// by that key and sent with the signed-in user's own view, gives the process. A draft then names
// `invoice-approval` instead of `*`.
import * as z from 'zod/mini';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { apiPath } from '../../../lib/authz/request-target.ts';
import { findOperation } from '../../../lib/catalogue/find-operation.ts';
import type { CatalogueEntry, OperationVersionFacts } from '../../../lib/catalogue/types.ts';

/** One lookup: search `searchPath` for the item whose `param` is `key`. */
export interface TargetLookup {
  param: string;
  key: string;
  searchPath: string;
  /** What the key names, in words ("job"). */
  noun: string;
}

export type TargetFacts =
  | { kind: 'found'; processDefinitionId: string; tenantId: string | null; lookup: TargetLookup }
  | { kind: 'unavailable'; reason: string; lookup: TargetLookup };

// A user task's process comes from the task itself, which the diagnosis reads already.
const READ_ELSEWHERE = new Set(['userTaskKey']);

function nounOf(param: string): string {
  return param
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\s(?:key|id)$/, '');
}

function newestFirst(entry: CatalogueEntry): OperationVersionFacts[] {
  return Object.values(entry.versions).reverse();
}

/**
 * The lookup a request needs, or null: when no permission of its operation names the BPMN process id
 * of a target reached through a single path parameter, or its collection has no search.
 */
export function targetLookupOf(
  catalogue: readonly CatalogueEntry[],
  method: string,
  path: string,
): TargetLookup | null {
  const match = findOperation(catalogue, method, apiPath(path));
  if (!match) return null;
  for (const facts of newestFirst(match.entry)) {
    for (const alternative of facts.permissions) {
      const source = alternative.resourceId;
      if (source.from !== 'target' || source.id !== 'bpmnProcessId' || READ_ELSEWHERE.has(source.via)) continue;
      const key = match.params[source.via];
      // A chosen operation whose key nobody gave keeps its `{jobKey}` placeholder: nothing to look up.
      if (!key || /^\{\w+\}$/.test(key)) continue;
      const collection = match.entry.path.slice(0, match.entry.path.indexOf(`/{${source.via}}`));
      const search = `${collection}/search`;
      if (!catalogue.some((entry) => entry.method === 'POST' && entry.path === search)) continue;
      return { param: source.via, key, searchPath: `/v2${search}`, noun: nounOf(source.via) };
    }
  }
  return null;
}

const itemSchema = z.looseObject({
  processDefinitionId: z.optional(z.nullable(z.string())),
  processInstanceKey: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  tenantId: z.optional(z.nullable(z.string())),
});
const pageSchema = z.looseObject({ items: z.optional(z.array(z.unknown())) });

async function firstItem(
  clusterId: string,
  searchPath: string,
  filter: Record<string, string>,
  signal?: AbortSignal,
): Promise<z.infer<typeof itemSchema> | null> {
  const page = await apiRequest(clusterId, {
    method: 'POST',
    path: searchPath,
    body: { filter, page: { from: 0, limit: 1 } },
    schema: pageSchema,
    ...(signal ? { signal } : {}),
  });
  const parsed = itemSchema.safeParse(page.items?.[0]);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads the target's process with the caller's own view. Never throws for a refusal or an empty
 * answer: the reason says why the draft stays on `*`.
 */
export async function fetchTargetFacts(
  clusterId: string,
  lookup: TargetLookup,
  signal?: AbortSignal,
): Promise<TargetFacts> {
  const what = `${lookup.noun} ${lookup.key}`;
  try {
    let item = await firstItem(clusterId, lookup.searchPath, { [lookup.param]: lookup.key }, signal);
    if (item && !item.processDefinitionId && item.processInstanceKey != null) {
      // A variable names its process instance, not its process: one more step.
      const instanceKey = String(item.processInstanceKey);
      const instance = await firstItem(
        clusterId,
        '/v2/process-instances/search',
        { processInstanceKey: instanceKey },
        signal,
      );
      item = instance ? { ...instance, tenantId: instance.tenantId ?? item.tenantId ?? null } : null;
    }
    if (!item?.processDefinitionId) {
      return {
        kind: 'unavailable',
        reason: `Your view shows no ${what}: it is gone, or your own grants do not let you read it. The draft names \`*\` or asks for the process id.`,
        lookup,
      };
    }
    return { kind: 'found', processDefinitionId: item.processDefinitionId, tenantId: item.tenantId ?? null, lookup };
  } catch (error) {
    if (signal?.aborted) throw error;
    const status = error instanceof ApiError ? ` (HTTP ${error.status})` : '';
    return {
      kind: 'unavailable',
      reason: `Looking up the process of ${what} failed${status}; the draft names \`*\` or asks for the process id.`,
      lookup,
    };
  }
}
