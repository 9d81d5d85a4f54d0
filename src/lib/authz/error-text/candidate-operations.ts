// Which catalogue operations a pasted error can have come from. With a method and path there is one
// answer; otherwise the operations are ranked by what the text does say: the permission and resource
// type pairs the sentence names, how the refusal shows (a command's rejection vs. a read's check),
// the command's intent, a not-found's entity, and the ids the text carries.
import type { ClusterVersion } from '../model.ts';
import { type ForbiddenExplanation, parseForbidden } from '../parse-forbidden.ts';
import { findOperation } from '../../catalogue/find-operation.ts';
import type { CatalogueEntry, OperationVersionFacts } from '../../catalogue/types.ts';
import type { PastedError } from './parse-error-text.ts';

/** Path parameters that carry each hint, so an id in the text favours the operations that take it. */
const HINT_PARAMETERS: Partial<Record<keyof PastedError['hints'], string>> = {
  userTaskKey: '{userTaskKey}',
  processInstanceKey: '{processInstanceKey}',
  jobKey: '{jobKey}',
  tenantId: '{tenantId}',
};

/** "User Task" → "user-tasks", "Mapping Rule" → "mapping-rules": the collection a not-found's label names. */
function collectionOf(label: string): string {
  const slug = label.trim().toLowerCase().replace(/\s+/g, '-');
  return slug.endsWith('s') ? slug : `${slug}s`;
}

function namedPairs(explanation: ForbiddenExplanation): Set<string> {
  return new Set(explanation.alternatives.map((a) => `${a.permission}|${a.resourceType}`));
}

function pairMatches(facts: OperationVersionFacts, pairs: Set<string>): number {
  const own = new Set(facts.permissions.map((p) => `${p.permissionType}|${p.resourceType}`));
  let matched = 0;
  for (const pair of pairs) if (own.has(pair)) matched += 1;
  return matched;
}

function score(
  entry: CatalogueEntry,
  facts: OperationVersionFacts,
  explanation: ForbiddenExplanation,
  pasted: PastedError,
): number | null {
  const pairs = namedPairs(explanation);
  let points = 0;
  if (pairs.size > 0) {
    const matched = pairMatches(facts, pairs);
    if (matched === 0) return null;
    // Every named pair being one of the operation's alternatives, and few others, is the best fit.
    points += (matched / pairs.size) * 100 + (matched / Math.max(1, facts.permissions.length)) * 40;
  }
  switch (explanation.family) {
    case 'engine-command':
    case 'engine-tenant-forbidden':
    case 'engine-tenant-not-found':
    case 'engine-not-found':
      if (facts.behaviour !== 'command') return null;
      if (explanation.intent !== null && facts.intent !== undefined) {
        points += facts.intent === explanation.intent ? 60 : -40;
      }
      break;
    case 'read-single':
    case 'read-any-of':
    case 'read-any-of-parenthesised':
    case 'read-unspecified':
      if (facts.behaviour !== 'getByKey' && facts.behaviour !== 'gatewayCheck') return null;
      break;
    default:
      break;
  }
  if (explanation.family === 'engine-tenant-forbidden' && facts.tenantCheck === 'request') points += 20;
  if (explanation.family === 'engine-tenant-not-found' && facts.tenantCheck === 'entity') points += 20;
  if (explanation.family === 'engine-not-found') {
    const noun = /Expected to [a-z]+ ([a-z ]+?) with key/.exec(explanation.rawDetail)?.[1];
    if (noun && !entry.path.startsWith(`/${collectionOf(noun)}/`)) return null;
  }
  if (explanation.family === 'entity-not-found') {
    const label = /^(.+?) with /.exec(explanation.rawDetail)?.[1];
    if (!label || entry.method !== 'GET' || !/^\/[a-z-]+\/\{\w+\}$/.test(entry.path)) return null;
    if (!entry.path.startsWith(`/${collectionOf(label)}/`)) return null;
    points += 100;
  }
  for (const [hint, parameter] of Object.entries(HINT_PARAMETERS)) {
    if (pasted.hints[hint as keyof PastedError['hints']] !== undefined && entry.path.includes(parameter)) points += 15;
  }
  if (pasted.hints.jobType !== undefined && entry.path === '/jobs/activation') points += 15;
  // Facts no source confirms rank below confirmed ones; among equals, workers' job commands are the
  // callers most often refused without their log naming the request.
  if (facts.inferred?.some((inference) => inference.fact === 'permissions')) points -= 10;
  if (entry.path.startsWith('/jobs/')) points += 5;
  return points;
}

/** Catalogue operations that fit the pasted error on `version`, best first; the one match when method and path are known. */
export function candidateOperations(
  pasted: PastedError,
  catalogue: readonly CatalogueEntry[],
  version: ClusterVersion,
): CatalogueEntry[] {
  if (pasted.method !== null && pasted.path !== null) {
    const match = findOperation(catalogue, pasted.method, pasted.path);
    if (match) return [match.entry];
  }
  if (pasted.operationId !== null) {
    const named = catalogue.filter((entry) => entry.operationId === pasted.operationId && entry.versions[version]);
    if (named.length > 0) return named;
  }
  if (pasted.detail === null || pasted.status === 401) return [];
  const explanation = parseForbidden({ status: pasted.status ?? undefined, detail: pasted.detail });
  if (explanation.family === 'unknown' || explanation.family === 'unauthenticated') return [];
  const ranked: { entry: CatalogueEntry; points: number; index: number }[] = [];
  catalogue.forEach((entry, index) => {
    const facts = entry.versions[version];
    if (!facts) return;
    if (pasted.path !== null && findOperation([entry], pasted.method ?? entry.method, pasted.path) === null) return;
    const points = score(entry, facts, explanation, pasted);
    if (points !== null) ranked.push({ entry, points, index });
  });
  ranked.sort((a, b) => b.points - a.points || a.index - b.index);
  return ranked.map((r) => r.entry);
}
