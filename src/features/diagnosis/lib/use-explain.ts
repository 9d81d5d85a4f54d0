// Turns the facts of a pasted or shared error, the chosen catalogue operation and the chosen
// principal into the same diagnosis the request view shows. The evaluation uses the signed-in
// administrator's view of the directory; nothing here fetches or renders.
import type { DirectorySnapshot, Subject } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import type { JsonObject } from '../../../lib/authz/token-inspection.ts';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import type { Message } from '../../../lib/i18n/message.ts';
import { diagnoseRequest, type RequestDiagnosis } from './diagnose-request.ts';
import type { TargetHints } from './use-target-facts.ts';
import type { DiagnosisFacts, HintName, PrincipalRef } from './diagnosis-facts.ts';

/** Path parameters the hints can fill (the rest stay `{name}`, which no probe or replay ever sends). */
const PATH_HINTS: Partial<Record<string, HintName>> = {
  userTaskKey: 'userTaskKey',
  processInstanceKey: 'processInstanceKey',
  jobKey: 'jobKey',
  tenantId: 'tenantId',
  processDefinitionId: 'processDefinitionId',
};

/** The request the facts describe: their own method and path, else the chosen operation's, filled from the hints. */
export function requestOf(
  facts: Pick<DiagnosisFacts, 'method' | 'path' | 'hints'>,
  operation: Pick<CatalogueEntry, 'method' | 'path'> | null,
): { method: string; path: string } | null {
  if (facts.method && facts.path) return { method: facts.method, path: facts.path };
  if (!operation) return null;
  const path = operation.path.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const hint = PATH_HINTS[name];
    const value = hint ? facts.hints[hint] : undefined;
    return value ? encodeURIComponent(value) : whole;
  });
  return { method: operation.method, path: `/v2${path}` };
}

export interface ExplainInput {
  facts: DiagnosisFacts;
  operation: CatalogueEntry | null;
  /** The principal to evaluate, with what was assumed resolving it; null until one is picked. */
  principal: {
    ref: PrincipalRef;
    subject: Subject;
    assumptions: Message[];
    /** The pasted token's claims; absent when none was pasted (a typed id's assumed claims are no token). */
    token?: JsonObject | null;
  } | null;
  /** The administrator's readable directory; null when it could read no authorization. */
  snapshot: DirectorySnapshot | null;
  cluster: ClusterSummary;
  version: ClusterVersion | null;
  catalogue: readonly CatalogueEntry[] | null;
  task: Parameters<typeof diagnoseRequest>[0]['task'];
  /** The target's process and tenant as looked up by key (use-target-facts.ts); the pasted hints win. */
  target?: TargetHints | null;
}

export interface Explained {
  diagnosis: RequestDiagnosis;
  /** The request as diagnosed; FixPanel takes a log entry, so a pasted error gets one that was never sent. */
  entry: RequestLogEntry;
}

/** Null until Lantern knows which request it is (the text named none and no operation was picked). */
export function explainFacts(input: ExplainInput): Explained | null {
  const { facts, principal, snapshot, cluster } = input;
  const request = requestOf(facts, input.operation);
  if (!request) return null;
  const problem = {
    ...(facts.status !== null ? { status: facts.status } : {}),
    ...(facts.title ? { title: facts.title } : {}),
    ...(facts.detail ? { detail: facts.detail } : {}),
  };
  const subject = principal?.subject ?? null;
  const diagnosis = diagnoseRequest({
    request: {
      kind: 'pasted',
      facts: {
        problem: Object.keys(problem).length > 0 ? problem : null,
        method: request.method,
        path: request.path,
        operationId: input.operation?.operationId ?? null,
        hints: {
          processDefinitionId: facts.hints.processDefinitionId ?? input.target?.processDefinitionId ?? null,
          userTaskKey: facts.hints.userTaskKey ?? null,
          tenantId: facts.hints.tenantId ?? input.target?.tenantId ?? null,
        },
      },
    },
    cluster,
    version: input.version,
    principal: {
      subject,
      // A code, not words: the diagnosis keeps it as the principal's identity; views word `principal.ref`.
      description: principal ? `${principal.ref.type} ${principal.ref.id}` : '',
      assumptions: principal?.assumptions ?? [],
    },
    snapshot: { data: snapshot, view: 'directory' },
    task: input.task,
    token: principal?.token ?? null,
    catalogue: input.catalogue,
  });
  const entry: RequestLogEntry = {
    requestId: `explain-${facts.clusterId}`,
    clusterId: facts.clusterId,
    method: request.method,
    path: request.path,
    query: {},
    requestBody: undefined,
    status: facts.status,
    durationMs: null,
    startedAt: facts.at ? Date.parse(facts.at) : 0,
    requestHeaders: {},
    problem: Object.keys(problem).length > 0 ? problem : null,
    responseDate: null,
    errorKind: null,
    errorMessage: null,
  };
  return { diagnosis, entry };
}
