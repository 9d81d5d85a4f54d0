// The whole 403 story of one request, for any principal, computed once: what was required, what the
// principal has, the grants (and memberships, and configuration changes) that fix it, and the
// shareable report. The pages, the fix panel and the report only render this; nothing here fetches
// or renders.
//
// API
// ---
// diagnoseRequest(input: DiagnoseInput): RequestDiagnosis
//
//   request    what failed, either
//              { kind: 'logged', entry }  — an entry of this tab's request log (method, path, status,
//                                           problem, redacted headers and body), or
//              { kind: 'pasted', facts }  — what a pasted error text gave: status / title / detail,
//                                           method and path when the text had them, otherwise the
//                                           catalogue operation the user picked (`operationId`),
//                                           plus resource hints (processDefinitionId, userTaskKey,
//                                           tenantId, other path parameters).
//   principal  who is diagnosed: { subject, description, profile?, assumptions? }. `subject` is any
//              owner type (USER, CLIENT, GROUP, ROLE, MAPPING_RULE; null for the anonymous caller);
//              `profile` is the signed-in caller's /me answer when the principal is the caller
//              (its groups and roles become owner choices); `assumptions` come from
//              subject-from-token.ts and end up in `principalAssumptions`.
//   snapshot   what is evaluated against: { data, view } — `view: 'caller'` is what the caller could
//              read of its own authorizations, `view: 'directory'` the signed-in administrator's
//              full directory. `data: null` means nothing readable: no evaluation, fixes still drafted.
//   task       the request's user task as read (by the administrator, for a tenant-hidden task), or null.
//   token      the principal's decoded token claims, when known: configuration causes are read from it.
//   catalogue  the lazily loaded operation catalogue; null before (then only the error text counts).
//   multiTenancy  whether the cluster checks tenants, when known (see EffectiveOptions).
//
// The caller-only input of earlier versions ({ entry, principal: CallerProfile, subject,
// callerSnapshot }) is still accepted and means "the caller, against its own snapshot".
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
import type { DraftedMembershipFix } from '../../../lib/authz/fix-drafts-membership.ts';
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
import { msg, type Message } from '../../../lib/i18n/message.ts';
import {
  type ForbiddenExplanation,
  filteredExplanation,
  parseForbidden,
  type ProblemLike,
} from '../../../lib/authz/parse-forbidden.ts';
import {
  describeRequestTarget,
  type RequestTarget,
  type UserTaskOperation,
} from '../../../lib/authz/request-target.ts';
import {
  type ClaimSettings,
  configurationCauses,
  configurationCausesFromText,
  type ConfigurationCause,
  type JsonObject,
} from '../../../lib/authz/token-inspection.ts';
import type { CallerProfile } from '../../../lib/auth/caller.ts';
import { findOperation, type OperationMatch } from '../../../lib/catalogue/find-operation.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import {
  type CandidateGroupFinding,
  candidateGroupFinding,
  type TenantFinding,
  tenantFinding,
} from './diagnose-request-findings.ts';

export type { CandidateGroupFinding, TenantFinding } from './diagnose-request-findings.ts';

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

/** Ids a pasted text, or the person pasting it, gives for the resource. */
export interface ResourceHints {
  processDefinitionId?: string | null;
  userTaskKey?: string | null;
  tenantId?: string | null;
  /** Further path parameters of the chosen operation, by the catalogue's names. */
  params?: Record<string, string>;
}

/** What a pasted error text gave, plus the operation the user picked when the text names none. */
export interface PastedFacts {
  problem: ProblemLike | null;
  method?: string | null;
  path?: string | null;
  /** A catalogue operation id (`assignUserTask`), when method and path are unknown. */
  operationId?: string | null;
  hints?: ResourceHints;
  requestBody?: unknown;
}

export type DiagnosedRequest =
  | {
      kind: 'logged';
      entry: DiagnosedEntry;
      /** What was looked up about the target (its process, from use-target-facts.ts). */
      hints?: ResourceHints;
    }
  | { kind: 'pasted'; facts: PastedFacts };

export interface DiagnosedPrincipal {
  /** The owner evaluated; null for the anonymous caller. */
  subject: Subject | null;
  /** "you (user demo)", "client worker-client", "mapping rule eng-rule". */
  description: string;
  /** The signed-in caller's memberships as /me reports them, when the principal is the caller. */
  profile?: CallerProfile | null;
  /** What was assumed resolving the principal (token claim rules, mapping rules without a token). */
  assumptions?: Message[];
}

export interface DiagnosisSnapshot {
  data: DirectorySnapshot | null;
  view: 'caller' | 'directory';
}

type ClusterFacts = Pick<ClusterSummary, 'id' | 'name' | 'restAddress' | 'auth'> & {
  oidc?: ClaimSettings | null;
};

type TaskInput = (UserTaskFacts & { name?: string | null }) | null;

export interface DiagnoseInput {
  request: DiagnosedRequest;
  cluster: ClusterFacts;
  /** The cluster's version when it is known; otherwise the denial text decides (see `versionAssumed`). */
  version: ClusterVersion | null;
  principal: DiagnosedPrincipal;
  snapshot: DiagnosisSnapshot;
  task: TaskInput;
  token?: JsonObject | null;
  catalogue?: readonly CatalogueEntry[] | null;
  multiTenancy?: boolean | null;
}

/** The caller-only input: the caller, evaluated against what it could read itself. */
export interface CallerDiagnoseInput {
  entry: DiagnosedEntry;
  cluster: ClusterFacts;
  version: ClusterVersion | null;
  principal: CallerProfile;
  /** The owner to evaluate (token claims applied); null for anonymous callers. */
  subject: Subject | null;
  /** What the caller could read of the authorizations; null when it could read none. */
  callerSnapshot: DirectorySnapshot | null;
  task: TaskInput;
  catalogue?: readonly CatalogueEntry[] | null;
  /** The target's process and tenant, looked up by key (use-target-facts.ts). */
  hints?: ResourceHints;
}

export type DiagnoseRequestInput = DiagnoseInput | CallerDiagnoseInput;

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
  /** The request as diagnosed: for a pasted text, the method and path the chosen operation gives. */
  request: { method: string; path: string; status: number | null; requestId: string | null; pasted: boolean };
  target: RequestTarget;
  explanation: ForbiddenExplanation;
  version: ClusterVersion;
  /** True when the cluster did not say its version and the denial text decided it. */
  versionAssumed: boolean;
  principal: DiagnosedPrincipal;
  snapshotView: DiagnosisSnapshot['view'];
  principalAssumptions: Message[];
  effective: EffectivePermissions | null;
  /** The principal's evaluation from the readable authorization data; null when nothing was readable. */
  evaluation: Evaluation | null;
  nearMisses: NearMiss[];
  /** Why the caller cannot create the grant itself; null when it can, when that is unknown, or for others. */
  principalCannotApply: Message | null;
  /** Who a grant could go to (the principal first, then its groups, roles and mapping rules), each with its drafts. */
  owners: OwnerFixes[];
  /** Set when no authorization fixes this request (tenant, unknown text, anonymous caller). */
  noFixReason: Message | null;
  /** The tenant that hides the resource, with the tenant assignments that fix it; null when no tenant is in play. */
  tenant: TenantFinding | null;
  /** A refused claim / assign / complete explained by the task's candidate groups; null otherwise. */
  candidateGroups: CandidateGroupFinding | null;
  /** Group memberships and tenant assignments that fix it, narrowest first (tenant ones first). */
  membershipFixes: DraftedMembershipFix[];
  /** Causes that are the cluster's or the token's configuration, not an authorization. */
  configuration: ConfigurationCause[];
  report: Omit<DiagnosisReportInput, 'generatedAt' | 'knownSecrets'>;
}

/** The path's user task key, so the caller can look the task up before diagnosing. */
export function userTaskKeyOf(
  entry: Pick<DiagnosedEntry, 'method' | 'path'>,
  catalogue: readonly CatalogueEntry[] | null,
): string | null {
  return describeRequestTarget(entry.method, entry.path, catalogue).userTaskKey;
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

function normalise(input: DiagnoseRequestInput): DiagnoseInput {
  if ('request' in input) return input;
  const { entry, principal, subject, callerSnapshot, hints, ...rest } = input;
  return {
    ...rest,
    request: { kind: 'logged', entry, ...(hints ? { hints } : {}) },
    principal: {
      subject,
      description:
        principal.type === 'ANONYMOUS' ? 'you (anonymous)' : `you (${principal.type.toLowerCase()} ${principal.id})`,
      profile: principal,
    },
    snapshot: { data: callerSnapshot, view: 'caller' },
  };
}

// Path parameters a hint fills, by the catalogue's parameter names.
const HINT_PARAMS: Record<string, keyof Omit<ResourceHints, 'params'>> = {
  userTaskKey: 'userTaskKey',
  processDefinitionId: 'processDefinitionId',
  tenantId: 'tenantId',
};

interface ResolvedRequest {
  method: string;
  path: string;
  status: number | null;
  problem: ProblemLike | null;
  requestId: string | null;
  body: unknown;
  headers: Record<string, string> | undefined;
  hints: ResourceHints;
  /** The catalogue entry the user picked for a pasted text (method and path come from it). */
  picked: OperationMatch | null;
}

function resolveRequest(request: DiagnosedRequest, catalogue: readonly CatalogueEntry[] | null): ResolvedRequest {
  if (request.kind === 'logged') {
    const { entry } = request;
    return {
      method: entry.method,
      path: entry.path,
      status: entry.status,
      problem: entry.problem,
      requestId: entry.requestId,
      body: entry.requestBody,
      headers: entry.requestHeaders,
      hints: request.hints ?? {},
      picked: null,
    };
  }
  const { facts } = request;
  const hints = facts.hints ?? {};
  const entry = facts.operationId ? catalogue?.find((e) => e.operationId === facts.operationId) : undefined;
  let picked: OperationMatch | null = null;
  let method = facts.method ?? '';
  let path = facts.path ?? '';
  if (entry && (!facts.method || !facts.path)) {
    const params: Record<string, string> = {};
    path = `/v2${entry.path}`.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const hinted = hints.params?.[name] ?? (HINT_PARAMS[name] ? hints[HINT_PARAMS[name]] : null);
      if (!hinted) return whole;
      params[name] = hinted;
      return encodeURIComponent(hinted);
    });
    method = entry.method;
    picked = { entry, params };
  }
  return {
    method,
    path,
    status: facts.problem?.status ?? null,
    problem: facts.problem,
    requestId: null,
    body: facts.requestBody,
    headers: undefined,
    hints,
    picked,
  };
}

function noFixReasonFor(
  explanation: ForbiddenExplanation,
  subject: Subject | null,
  hiddenBy: string | null,
): Message | null {
  if (hiddenBy !== null && explanation.kind !== 'permission') {
    return msg('diagnosis.noFix.tenantHidden', { tenant: hiddenBy });
  }
  if (explanation.kind === 'tenant' || explanation.kind === 'tenant-hidden') {
    return msg('diagnosis.noFix.tenant', { path: '/v2/tenants/{tenantId}/users/{username}' });
  }
  if (explanation.kind !== 'permission' || explanation.alternatives.length === 0) {
    return msg('diagnosis.noFix.noPermission');
  }
  if (subject === null) {
    return msg('diagnosis.noFix.anonymous');
  }
  return null;
}

/** Direct groups and roles of the principal (the owner choices after itself). */
function membershipsOf(
  effective: EffectivePermissions | null,
  profile: CallerProfile | null | undefined,
): { groups: string[]; roles: string[]; mappingRules: string[] } {
  if (!effective) return { groups: profile?.groups ?? [], roles: profile?.roles ?? [], mappingRules: [] };
  const direct = (type: string) =>
    effective.owners
      .filter(({ owner, provenance }) => owner.type === type && provenance.chain.length === 1)
      .map(({ owner }) => owner.id);
  return {
    groups: [...new Set([...direct('GROUP'), ...(profile?.groups ?? [])])],
    roles: [...new Set([...direct('ROLE'), ...(profile?.roles ?? [])])],
    mappingRules: effective.matchedMappingRules,
  };
}

/** The user-task operation the cluster checked: an assignment to oneself is a claim (the engine's CLAIM intent). */
function checkedOperation(target: RequestTarget, explanation: ForbiddenExplanation): UserTaskOperation | null {
  if (target.userTaskOperation === 'assign' && explanation.intent === 'CLAIM') return 'claim';
  return target.userTaskOperation;
}

export function diagnoseRequest(rawInput: DiagnoseRequestInput): RequestDiagnosis {
  const input = normalise(rawInput);
  const { cluster, principal, task } = input;
  const subject = principal.subject;
  const request = resolveRequest(input.request, input.catalogue ?? null);
  const target = describeRequestTarget(request.method, request.path, input.catalogue);
  const problem = request.problem ?? (request.status ? { status: request.status } : null);
  const processId = task?.processDefinitionId || request.hints.processDefinitionId || null;
  const context = {
    method: request.method,
    path: request.path,
    version: input.version,
    catalogue: input.catalogue ?? null,
    ...(processId ? { resolvedIds: { PROCESS_DEFINITION: processId } } : {}),
  };
  // The task layer only exists from 8.9 on, so a text naming USER_TASK tells the version.
  const textOnly = parseForbidden(problem, context);
  const version: ClusterVersion =
    input.version ?? (textOnly.alternatives.some((a) => a.resourceType === 'USER_TASK') ? '8.9' : '8.8');
  const resolvedTargets = processId ? { bpmnProcessId: processId } : undefined;
  const requirement = request.picked
    ? catalogueRequirement(request.picked, version, request.body, resolvedTargets)
    : requirementOf(
        { method: request.method, path: request.path, requestBody: request.body },
        input.catalogue,
        version,
        processId ? { processDefinitionId: processId } : null,
      );
  let explanation = requirement ? parseForbidden(problem, { ...context, requirement }) : textOnly;
  // A search that answered 200 with nothing filtered silently: the catalogue names what it needed.
  if (requirement && requirement.behaviour === 'filtered' && (request.status === 200 || request.status === null)) {
    if (explanation.kind !== 'permission') explanation = filteredExplanation(requirement, context);
  }

  const snapshot = input.snapshot.data;
  // A 404 for a task the diagnosing side could read means the cluster hid it: tenant checks are on.
  const hiddenTask = explanation.kind === 'not-found' && task?.tenantId ? true : null;
  const multiTenancy = input.multiTenancy ?? hiddenTask;
  const effective =
    snapshot && subject ? computeEffectivePermissions(snapshot, subject, version, { multiTenancy }) : null;
  const tenantId = explanation.tenantId ?? task?.tenantId ?? request.hints.tenantId ?? null;
  const operation = checkedOperation(target, explanation);
  const evaluation = !effective
    ? null
    : task && operation
      ? evaluate(effective, { kind: 'user-task', operation, task })
      : explanation.alternatives.length > 0
        ? evaluate(effective, {
            kind: 'permission',
            anyOf: explanation.alternatives.map((a) => ({
              permission: a.permission,
              resourceType: a.resourceType,
              resourceId: a.resourceIds[0] ?? null,
            })),
            tenantId,
          })
        : null;
  // Only the caller applies fixes as itself; for someone else the administrator does.
  const isCaller = input.snapshot.view === 'caller';
  const mayCreate =
    effective && isCaller
      ? evaluate(effective, {
          kind: 'permission',
          anyOf: [{ permission: 'CREATE', resourceType: 'AUTHORIZATION', resourceId: null }],
        })
      : null;
  const principalCannotApply =
    mayCreate && !mayCreate.allowed
      ? subject
        ? msg('diagnosis.cannotApply.principal', { id: subject.id })
        : msg('diagnosis.cannotApply.you')
      : null;

  const noFixReason = noFixReasonFor(explanation, subject, evaluation?.tenantHidden ?? null);
  const memberships = membershipsOf(effective, principal.profile);
  const groupsForProperties = effective?.groupIds ?? principal.profile?.groups ?? [];
  const owners: OwnerFixes[] =
    noFixReason !== null || subject === null
      ? []
      : ownerChoices({ type: subject.type, id: subject.id }, memberships).map((choice) => ({
          choice,
          fixes: proposeFixes(explanation, choice.owner, {
            version,
            task,
            username: subject.type === 'USER' ? subject.id : null,
            groups: groupsForProperties,
          }).map((proposal) => ({
            proposal,
            formats: fixFormats(proposal.draft, { baseUrl: cluster.restAddress, auth: cluster.auth, version }),
            body: restBody(proposal.draft),
          })),
        }));

  const target_ = { baseUrl: cluster.restAddress, auth: cluster.auth };
  const tenant = tenantFinding({ explanation, tenantId, effective, subject, memberships, target: target_ });
  const candidateGroups =
    effective && task && evaluation && !evaluation.allowed && evaluation.decidedBy !== 'tenant'
      ? candidateGroupFinding({
          effective,
          snapshot,
          task,
          operation,
          version,
          target: target_,
        })
      : null;
  const membershipFixes = [...(tenant?.fixes ?? []), ...(candidateGroups?.membershipFixes ?? [])];
  // From the token when there is one; otherwise from a 401's own words.
  const configuration = input.token
    ? configurationCauses(input.token, cluster.oidc ?? null, effective)
    : // A Basic or unprotected cluster has no token settings: a JWT's words there name none of its settings.
      explanation.kind === 'unauthenticated' && cluster.auth === 'oidc'
      ? configurationCausesFromText(explanation.rawDetail, cluster.oidc ?? null)
      : [];

  const reportPrincipal: DiagnosisReportInput['principal'] = principal.profile ?? {
    type: subject?.type ?? 'ANONYMOUS',
    id: subject?.id ?? null,
    groups: memberships.groups,
    roles: memberships.roles,
    tenants: effective?.tenants.map((t) => t.tenantId) ?? [],
  };

  return {
    request: {
      method: request.method,
      path: request.path,
      status: request.status,
      requestId: request.requestId,
      pasted: input.request.kind === 'pasted',
    },
    target,
    explanation,
    version,
    versionAssumed: input.version === null,
    principal,
    snapshotView: input.snapshot.view,
    principalAssumptions: [...(principal.assumptions ?? []), ...(effective?.warnings ?? [])],
    effective,
    evaluation,
    nearMisses: evaluation?.nearMisses ?? [],
    principalCannotApply,
    owners,
    noFixReason,
    tenant,
    candidateGroups,
    membershipFixes,
    configuration,
    report: {
      cluster: { id: cluster.id, name: cluster.name, version: input.version, auth: cluster.auth },
      principal: reportPrincipal,
      request: {
        requestId: request.requestId,
        method: request.method,
        path: request.path,
        status: request.status,
        problem: request.problem,
        ...(request.headers ? { headers: request.headers } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
      },
      explanation,
      grants: effective?.grants ?? null,
      evaluation,
      // The report drafts for the principal itself: the narrowest owner.
      fixes: (owners[0]?.fixes ?? []).map(({ proposal, formats }) => ({ proposal, formats })),
    },
  };
}
