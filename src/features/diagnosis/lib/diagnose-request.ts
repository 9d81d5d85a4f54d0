import { catalogueRequirement, type CatalogueRequirement } from '../../../lib/authz/catalogue-requirement.ts';
import type { DiagnosisReportInput } from '../../../lib/authz/diagnosis-report.ts';
import {
  computeEffectivePermissions,
  type DirectorySnapshot,
  type EffectivePermissions,
  evaluate,
  type Evaluation,
  type NearMiss,
  type Subject,
  type UserTaskFacts,
} from '../../../lib/authz/effective-permissions.ts';
import {
  type FixFormats,
  fixFormats,
  type FixProposal,
  type OwnerChoice,
  ownerChoices,
  proposeFixes,
  restBody,
} from '../../../lib/authz/fix-drafts.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { type ForbiddenExplanation, parseForbidden, type ProblemLike } from '../../../lib/authz/parse-forbidden.ts';
import { describeRequestTarget, type RequestTarget } from '../../../lib/authz/request-target.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { CallerProfile } from '../../../lib/auth/caller.ts';
import { findOperation } from '../../../lib/catalogue/find-operation.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';

// The whole 403 story of one logged request, computed once: what was required, what the caller
// has, the grants that fix it (per possible owner) and the shareable report. The page, the fix
// panel and the report only render this; nothing here fetches or renders.

/** The part of a request-log entry the diagnosis reads (headers and body already redacted). */
export interface DiagnosedEntry {
  requestId: string;
  method: string;
  path: string;
  status: number | null;
  problem: ProblemLike | null;
  requestHeaders: Record<string, string>;
  requestBody: unknown;
}

export interface DiagnoseRequestInput {
  entry: DiagnosedEntry;
  cluster: Pick<ClusterSummary, 'id' | 'name' | 'restAddress' | 'auth'>;
  /** The cluster's version when it is known; otherwise the denial text decides (see `versionAssumed`). */
  version: ClusterVersion | null;
  principal: CallerProfile;
  /** The owner to evaluate (token claims applied); null for anonymous callers. */
  subject: Subject | null;
  /** What the caller could read of the authorizations; null when it could read none. */
  callerSnapshot: DirectorySnapshot | null;
  /** The failed request's user task, when it was one and could be read. */
  task: (UserTaskFacts & { name?: string | null }) | null;
  /**
   * The operation catalogue, once its lazy chunk has loaded; null before (the diagnosis then reads
   * only the error text and the user-task routes it knows by heart).
   */
  catalogue?: readonly CatalogueEntry[] | null;
}

/** One drafted grant: the proposal, every text format, and the exact body "Apply" sends. */
export interface DraftedFix {
  proposal: FixProposal;
  formats: FixFormats;
  body: Record<string, unknown>;
}

export interface OwnerFixes {
  choice: OwnerChoice;
  fixes: DraftedFix[];
}

export interface RequestDiagnosis {
  target: RequestTarget;
  explanation: ForbiddenExplanation;
  version: ClusterVersion;
  /** True when the cluster did not say its version and the denial text decided it. */
  versionAssumed: boolean;
  effective: EffectivePermissions | null;
  /** The caller's evaluation from the readable authorization data; null when nothing was readable. */
  evaluation: Evaluation | null;
  nearMisses: NearMiss[];
  /** Why the caller cannot create the grant itself; null when it can or when that is unknown. */
  principalCannotApply: string | null;
  /** Who a grant could go to (the caller first, then its groups and roles), each with its drafts. */
  owners: OwnerFixes[];
  /** Set when no authorization fixes this request (tenant, unknown text, anonymous caller). */
  noFixReason: string | null;
  report: Omit<DiagnosisReportInput, 'generatedAt' | 'knownSecrets'>;
}

/** The path's user task key, so the caller can look the task up before diagnosing. */
export function userTaskKeyOf(entry: Pick<DiagnosedEntry, 'method' | 'path'>): string | null {
  return describeRequestTarget(entry.method, entry.path).userTaskKey;
}

function noFixReasonFor(explanation: ForbiddenExplanation, principal: CallerProfile): string | null {
  if (explanation.kind === 'tenant' || explanation.kind === 'tenant-hidden') {
    return 'No authorization fixes this: the caller needs a tenant assignment (PUT /v2/tenants/{tenantId}/users/{username}, or for a group, role or mapping rule).';
  }
  if (explanation.kind !== 'permission' || explanation.alternatives.length === 0) {
    return 'Lantern cannot draft an authorization for this error: it does not name a permission.';
  }
  if (principal.type === 'ANONYMOUS' || principal.id === null) {
    return 'Anonymous callers skip authorization checks; there is nothing to grant.';
  }
  return null;
}

/** The catalogue's facts for a logged request, or null when the catalogue is not loaded or has no entry. */
export function requirementOf(
  entry: Pick<DiagnosedEntry, 'method' | 'path' | 'requestBody'>,
  catalogue: readonly CatalogueEntry[] | null | undefined,
  version: ClusterVersion,
  task: Pick<UserTaskFacts, 'processDefinitionId'> | null,
): CatalogueRequirement | null {
  if (!catalogue) return null;
  const match = findOperation(catalogue, entry.method, entry.path);
  if (!match) return null;
  return catalogueRequirement(
    match,
    version,
    entry.requestBody,
    task?.processDefinitionId ? { bpmnProcessId: task.processDefinitionId } : undefined,
  );
}

export function diagnoseRequest(input: DiagnoseRequestInput): RequestDiagnosis {
  const { entry, cluster, principal, task } = input;
  const target = describeRequestTarget(entry.method, entry.path);
  const problem = entry.problem ?? (entry.status ? { status: entry.status } : null);
  const context = {
    method: entry.method,
    path: entry.path,
    version: input.version,
    ...(task?.processDefinitionId ? { resolvedIds: { PROCESS_DEFINITION: task.processDefinitionId } } : {}),
  };
  // The task layer only exists from 8.9 on, so a text naming USER_TASK tells the version.
  const textOnly = parseForbidden(problem, context);
  const version: ClusterVersion =
    input.version ?? (textOnly.alternatives.some((a) => a.resourceType === 'USER_TASK') ? '8.9' : '8.8');
  const requirement = requirementOf(entry, input.catalogue, version, task);
  const explanation = requirement ? parseForbidden(problem, { ...context, requirement }) : textOnly;

  const effective =
    input.callerSnapshot && input.subject
      ? computeEffectivePermissions(input.callerSnapshot, input.subject, version)
      : null;
  const evaluation = !effective
    ? null
    : task && target.userTaskOperation
      ? evaluate(effective, {
          kind: 'user-task',
          // An assignment to oneself is checked as a claim (the engine's CLAIM intent).
          operation:
            target.userTaskOperation === 'assign' && explanation.intent === 'CLAIM'
              ? 'claim'
              : target.userTaskOperation,
          task,
        })
      : explanation.alternatives.length > 0
        ? evaluate(effective, {
            kind: 'permission',
            anyOf: explanation.alternatives.map((a) => ({
              permission: a.permission,
              resourceType: a.resourceType,
              resourceId: a.resourceIds[0] ?? null,
            })),
          })
        : null;
  const mayCreate = effective
    ? evaluate(effective, {
        kind: 'permission',
        anyOf: [{ permission: 'CREATE', resourceType: 'AUTHORIZATION', resourceId: null }],
      })
    : null;
  const principalCannotApply =
    mayCreate && !mayCreate.allowed
      ? `${principal.id ?? 'You'} may not create authorizations (nothing grants CREATE on AUTHORIZATION \`*\`).`
      : null;

  const noFixReason = noFixReasonFor(explanation, principal);
  const owners: OwnerFixes[] =
    noFixReason !== null || principal.type === 'ANONYMOUS' || principal.id === null
      ? []
      : ownerChoices(
          { type: principal.type, id: principal.id },
          { groups: principal.groups, roles: principal.roles },
        ).map((choice) => ({
          choice,
          fixes: proposeFixes(explanation, choice.owner, {
            version,
            task,
            username: principal.type === 'USER' ? principal.id : null,
            groups: principal.groups,
          }).map((proposal) => ({
            proposal,
            formats: fixFormats(proposal.draft, { baseUrl: cluster.restAddress, auth: cluster.auth, version }),
            body: restBody(proposal.draft),
          })),
        }));

  return {
    target,
    explanation,
    version,
    versionAssumed: input.version === null,
    effective,
    evaluation,
    nearMisses: evaluation?.nearMisses ?? [],
    principalCannotApply,
    owners,
    noFixReason,
    report: {
      cluster: { id: cluster.id, name: cluster.name, version: input.version, auth: cluster.auth },
      principal,
      request: {
        requestId: entry.requestId,
        method: entry.method,
        path: entry.path,
        status: entry.status,
        problem: entry.problem,
        headers: entry.requestHeaders,
        ...(entry.requestBody !== undefined ? { body: entry.requestBody } : {}),
      },
      explanation,
      grants: effective?.grants ?? null,
      evaluation,
      // The report drafts for the caller itself: the narrowest owner.
      fixes: (owners[0]?.fixes ?? []).map(({ proposal, formats }) => ({ proposal, formats })),
    },
  };
}
