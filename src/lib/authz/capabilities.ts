// The access-check registry ("can-i, as a matrix"): what an operator may want to do, the
// endpoint behind it, the permissions it needs per version (docs/camunda-api/authorization-model.md §6), whether it is
// safe to probe (reads only — writes are never probed), and how a probe result or the
// authorization data turns into a verdict.
import { findOperation } from '../catalogue/find-operation.ts';
import type { CatalogueEntry, OperationVersionFacts, PermissionAlternative } from '../catalogue/types.ts';
import { catalogueRequirement } from './catalogue-requirement.ts';
import { describeGrantTarget, type EffectiveGrant, type EffectivePermissions } from './effective-permissions.ts';
import { type ClusterVersion, hasUserTaskResource, resourceNoun, WILDCARD, atLeast } from './model.ts';
import { parseForbidden, type ProblemLike } from './parse-forbidden.ts';

export type Verdict = 'allowed' | 'denied' | 'filtered-empty' | 'unknown';

export interface CapabilityVerdict {
  verdict: Verdict;
  reason: string;
  /** For allowed verdicts from authorization data: on every resource, or only on some. */
  scope?: 'all' | 'some';
  source: 'probe' | 'authorizations';
}

/**
 * `any`: at least one resource of the type (searches, which filter); `target`: the one resource
 * the call names; `wildcard`: checks that are not id-scoped, so only `*` grants them.
 */
export type PermissionScope = 'any' | 'target' | 'wildcard';

export interface PermissionSpec {
  permission: string;
  resourceType: string;
  scope: PermissionScope;
}

export type CapabilityRequirement =
  | { kind: 'none' }
  | { kind: 'authenticated' }
  | { kind: 'any-of'; alternatives: PermissionSpec[]; enforcement: 'filter' | 'reject' }
  | { kind: 'unavailable'; reason: string };

export type CapabilityCategory = 'cluster' | 'user-tasks' | 'processes' | 'identity' | 'authorizations' | 'operations';

/**
 * A read by key is probed with a key the caller can see: the first item of a search the check
 * probes anyway (`from`, a capability id) gives the value of the path parameter `param`.
 */
export interface KeySource {
  param: string;
  from: string;
  /** What the key names, in words ("process instance"). */
  noun: string;
}

export interface ProbeSpec {
  kind: 'get' | 'search';
  /** Reads by key need a sample target, found by a search first. */
  needs?: KeySource;
}

export interface Capability {
  id: string;
  label: string;
  category: CapabilityCategory;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Null for writes: Lantern never performs them to find out. */
  probe: ProbeSpec | null;
  /**
   * Why a read is not probed (no search of the check lists its key); its verdict then comes from
   * the authorization data, like a write's. Absent for probed reads and for writes.
   */
  notProbed?: string;
  /** The catalogue operation this row was built from (rows of catalogue-capabilities.ts). */
  operationId?: string;
  requirement: (version: ClusterVersion) => CapabilityRequirement;
}

const spec = (permission: string, resourceType: string, scope: PermissionScope): PermissionSpec => ({
  permission,
  resourceType,
  scope,
});

const authenticated = (): CapabilityRequirement => ({ kind: 'authenticated' });

function userTaskRequirement(
  pd: string[],
  ut: string[],
  scope: PermissionScope,
  enforcement: 'filter' | 'reject',
  pd88: string,
): (version: ClusterVersion) => CapabilityRequirement {
  return (version) =>
    hasUserTaskResource(version)
      ? {
          kind: 'any-of',
          enforcement,
          alternatives: [
            ...pd.map((p) => spec(p, 'PROCESS_DEFINITION', scope)),
            ...ut.map((p) => spec(p, 'USER_TASK', scope)),
          ],
        }
      : { kind: 'any-of', enforcement, alternatives: [spec(pd88, 'PROCESS_DEFINITION', scope)] };
}

function one(permission: string, resourceType: string, scope: PermissionScope, enforcement: 'filter' | 'reject') {
  return (): CapabilityRequirement => ({
    kind: 'any-of',
    enforcement,
    alternatives: [spec(permission, resourceType, scope)],
  });
}

const USER_TASK_KEY: KeySource = { param: 'userTaskKey', from: 'search-user-tasks', noun: 'user task' };

const IDENTITY_ENTITIES: { id: string; label: string; resourceType: string; path: string }[] = [
  { id: 'users', label: 'users', resourceType: 'USER', path: '/v2/users' },
  { id: 'groups', label: 'groups', resourceType: 'GROUP', path: '/v2/groups' },
  { id: 'roles', label: 'roles', resourceType: 'ROLE', path: '/v2/roles' },
  { id: 'tenants', label: 'tenants', resourceType: 'TENANT', path: '/v2/tenants' },
  { id: 'mapping-rules', label: 'mapping rules', resourceType: 'MAPPING_RULE', path: '/v2/mapping-rules' },
];

export const CAPABILITIES: readonly Capability[] = [
  {
    id: 'view-topology',
    label: 'View the cluster topology',
    category: 'cluster',
    method: 'GET',
    path: '/v2/topology',
    probe: { kind: 'get' },
    requirement: authenticated,
  },
  {
    id: 'read-own-identity',
    label: 'Read your own identity (who am I)',
    category: 'cluster',
    method: 'GET',
    path: '/v2/authentication/me',
    probe: { kind: 'get' },
    requirement: authenticated,
  },
  {
    id: 'read-license',
    label: 'Read the license',
    category: 'cluster',
    method: 'GET',
    path: '/v2/license',
    probe: { kind: 'get' },
    // Unprotected like the catalogue says (no authentication at all).
    requirement: () => ({ kind: 'none' }),
  },
  {
    id: 'search-user-tasks',
    label: 'Search user tasks',
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/search',
    probe: { kind: 'search' },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'any', 'filter', 'READ_USER_TASK'),
  },
  {
    id: 'read-user-task',
    label: 'Open a user task',
    category: 'user-tasks',
    method: 'GET',
    path: '/v2/user-tasks/{userTaskKey}',
    probe: { kind: 'get', needs: USER_TASK_KEY },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'target', 'reject', 'READ_USER_TASK'),
  },
  {
    id: 'read-user-task-variables',
    label: 'Read task variables',
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/{userTaskKey}/variables/search',
    probe: { kind: 'search', needs: USER_TASK_KEY },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'target', 'reject', 'READ_USER_TASK'),
  },
  {
    id: 'read-user-task-form',
    label: 'Read a task form',
    category: 'user-tasks',
    method: 'GET',
    path: '/v2/user-tasks/{userTaskKey}/form',
    probe: { kind: 'get', needs: USER_TASK_KEY },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'target', 'reject', 'READ_USER_TASK'),
  },
  {
    id: 'claim-user-task',
    label: 'Claim a task',
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/{userTaskKey}/assignment',
    probe: null,
    requirement: userTaskRequirement(
      ['UPDATE_USER_TASK', 'CLAIM_USER_TASK'],
      ['UPDATE', 'CLAIM'],
      'target',
      'reject',
      'UPDATE_USER_TASK',
    ),
  },
  {
    id: 'assign-user-task',
    label: 'Assign a task to someone else',
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/{userTaskKey}/assignment',
    probe: null,
    requirement: userTaskRequirement(['UPDATE_USER_TASK'], ['UPDATE'], 'target', 'reject', 'UPDATE_USER_TASK'),
  },
  {
    id: 'unassign-user-task',
    label: 'Unassign a task',
    category: 'user-tasks',
    method: 'DELETE',
    path: '/v2/user-tasks/{userTaskKey}/assignee',
    probe: null,
    requirement: userTaskRequirement(['UPDATE_USER_TASK'], ['UPDATE'], 'target', 'reject', 'UPDATE_USER_TASK'),
  },
  {
    id: 'complete-user-task',
    label: 'Complete a task',
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/{userTaskKey}/completion',
    probe: null,
    requirement: userTaskRequirement(
      ['UPDATE_USER_TASK', 'COMPLETE_USER_TASK'],
      ['UPDATE', 'COMPLETE'],
      'target',
      'reject',
      'UPDATE_USER_TASK',
    ),
  },
  {
    id: 'update-user-task',
    label: 'Change a task (due date, candidates, priority)',
    category: 'user-tasks',
    method: 'PATCH',
    path: '/v2/user-tasks/{userTaskKey}',
    probe: null,
    requirement: userTaskRequirement(['UPDATE_USER_TASK'], ['UPDATE'], 'target', 'reject', 'UPDATE_USER_TASK'),
  },
  {
    id: 'search-process-definitions',
    label: 'Search process definitions',
    category: 'processes',
    method: 'POST',
    path: '/v2/process-definitions/search',
    probe: { kind: 'search' },
    requirement: one('READ_PROCESS_DEFINITION', 'PROCESS_DEFINITION', 'any', 'filter'),
  },
  {
    id: 'search-process-instances',
    label: 'Search process instances',
    category: 'processes',
    method: 'POST',
    path: '/v2/process-instances/search',
    probe: { kind: 'search' },
    requirement: one('READ_PROCESS_INSTANCE', 'PROCESS_DEFINITION', 'any', 'filter'),
  },
  {
    id: 'create-process-instance',
    label: 'Start a process instance',
    category: 'processes',
    method: 'POST',
    path: '/v2/process-instances',
    probe: null,
    requirement: one('CREATE_PROCESS_INSTANCE', 'PROCESS_DEFINITION', 'target', 'reject'),
  },
  {
    id: 'read-authorizations',
    label: 'Read authorizations',
    category: 'authorizations',
    method: 'POST',
    path: '/v2/authorizations/search',
    probe: { kind: 'search' },
    requirement: one('READ', 'AUTHORIZATION', 'any', 'filter'),
  },
  {
    id: 'create-authorizations',
    label: 'Create authorizations',
    category: 'authorizations',
    method: 'POST',
    path: '/v2/authorizations',
    probe: null,
    requirement: one('CREATE', 'AUTHORIZATION', 'wildcard', 'reject'),
  },
  {
    id: 'delete-authorizations',
    label: 'Delete authorizations',
    category: 'authorizations',
    method: 'DELETE',
    path: '/v2/authorizations/{authorizationKey}',
    probe: null,
    requirement: one('DELETE', 'AUTHORIZATION', 'wildcard', 'reject'),
  },
  ...IDENTITY_ENTITIES.flatMap(({ id, label, resourceType, path }): Capability[] => [
    {
      id: `read-${id}`,
      label: `Read ${label}`,
      category: 'identity',
      method: 'POST',
      path: `${path}/search`,
      probe: { kind: 'search' },
      // [inferred] identity searches filter like every other search (docs/camunda-api/authorization-model.md §6 marks these inferred).
      requirement: one('READ', resourceType, 'any', 'filter'),
    },
    {
      id: `create-${id}`,
      label: `Create ${label}`,
      category: 'identity',
      method: 'POST',
      path,
      probe: null,
      requirement: one('CREATE', resourceType, 'wildcard', 'reject'),
    },
    {
      id: `manage-${id}`,
      label: `Change ${label} and their members`,
      category: 'identity',
      method: 'PUT',
      path: `${path}/{id}`,
      probe: null,
      requirement: one('UPDATE', resourceType, 'target', 'reject'),
    },
  ]),
];

export function capabilityById(id: string): Capability | undefined {
  return CAPABILITIES.find((capability) => capability.id === id);
}

export interface ProbeRequest {
  method: Capability['method'];
  path: string;
  body?: unknown;
}

/** The read-only request a probe sends; null for writes or when a needed key is missing. */
export function probeRequest(
  capability: Capability,
  params: Readonly<Record<string, string | null | undefined>> = {},
): ProbeRequest | null {
  const probe = capability.probe;
  if (!probe) return null;
  let path = capability.path;
  if (probe.needs) {
    const key = params[probe.needs.param];
    if (!key) return null;
    path = path.replace(`{${probe.needs.param}}`, encodeURIComponent(key));
  }
  // Offset pagination is valid on 8.8, 8.9 and 8.10; one item is enough to know.
  return probe.kind === 'search'
    ? { method: capability.method, path, body: { page: { from: 0, limit: 1 } } }
    : { method: capability.method, path };
}

export type ProbeOutcome =
  | { kind: 'response'; status: number; body?: unknown; problem?: ProblemLike | null }
  | { kind: 'skipped'; reason: string }
  | { kind: 'network-error'; message: string };

function itemCount(body: unknown): number | null {
  if (body === null || typeof body !== 'object') return null;
  const record = body as { items?: unknown; page?: { totalItems?: unknown } };
  if (Array.isArray(record.items)) return record.items.length;
  if (typeof record.page?.totalItems === 'number') return record.page.totalItems;
  return null;
}

function describeAlternatives(alternatives: PermissionSpec[], every: boolean): string {
  return alternatives
    .map((a) => `${a.permission} on ${every ? resourceNoun(a.resourceType).every : resourceNoun(a.resourceType).one}`)
    .join(' or ');
}

/** The key a search probe's first item gives for `param` (keys are strings; older answers may send numbers). */
export function keyFromSearch(outcome: ProbeOutcome, param: string): string | null {
  if (outcome.kind !== 'response' || outcome.body === null || typeof outcome.body !== 'object') return null;
  const items = (outcome.body as { items?: unknown }).items;
  if (!Array.isArray(items)) return null;
  const first: unknown = items[0];
  if (first === null || typeof first !== 'object') return null;
  const value = (first as Record<string, unknown>)[param];
  if (typeof value === 'string' && value.length > 0) return value;
  return typeof value === 'number' ? String(value) : null;
}

function scopeOf(alternative: PermissionAlternative, facts: OperationVersionFacts): PermissionScope {
  if (alternative.resourceId.from === 'wildcard') return 'wildcard';
  return facts.behaviour === 'filtered' ? 'any' : 'target';
}

/** A catalogue entry's facts of one version as an access-check requirement. */
export function requirementFromFacts(facts: OperationVersionFacts): CapabilityRequirement {
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

/** What the probe needs to word its answer from the catalogue: the loaded catalogue and the path it sent. */
export interface ProbeWording {
  catalogue?: readonly CatalogueEntry[] | null;
  /** The path the probe sent (a read by key names its key there); the capability's template otherwise. */
  path?: string | null;
}

/**
 * Turns a probe's answer into a verdict; `evaluated` (from authorization data) sharpens empty results.
 * With the catalogue loaded, the requirement and the 403's wording come from the probed operation's
 * catalogue entry; before, from the capability's own requirement and the 403 text alone.
 */
export function interpretProbe(
  capability: Capability,
  version: ClusterVersion,
  outcome: ProbeOutcome,
  evaluated?: CapabilityVerdict | null,
  wording: ProbeWording = {},
): CapabilityVerdict {
  const path = wording.path ?? capability.path;
  const match = wording.catalogue ? findOperation(wording.catalogue, capability.method, path) : null;
  const facts = match?.entry.versions[version];
  const requirement = facts ? requirementFromFacts(facts) : capability.requirement(version);
  if (outcome.kind === 'skipped') return { verdict: 'unknown', reason: outcome.reason, source: 'probe' };
  if (outcome.kind === 'network-error') {
    return { verdict: 'unknown', reason: `The probe failed before an answer: ${outcome.message}`, source: 'probe' };
  }
  const { status } = outcome;
  if (status >= 200 && status < 300) {
    const count = capability.probe?.kind === 'search' ? itemCount(outcome.body) : null;
    if (count === 0 && requirement.kind === 'any-of' && requirement.enforcement === 'filter') {
      const sharpened =
        evaluated?.verdict === 'filtered-empty' || evaluated?.verdict === 'denied'
          ? `Empty, and you lack ${describeAlternatives(requirement.alternatives, true)} (searches filter silently instead of answering 403).`
          : `Empty. Searches filter silently: either there is nothing, or you lack ${describeAlternatives(requirement.alternatives, true)}.`;
      return { verdict: 'filtered-empty', reason: sharpened, source: 'probe' };
    }
    if (count === 0) return { verdict: 'allowed', reason: `HTTP ${status}, no items.`, source: 'probe' };
    return {
      verdict: 'allowed',
      reason: count !== null ? `HTTP ${status}, ${count} item${count === 1 ? '' : 's'} visible.` : `HTTP ${status}.`,
      source: 'probe',
    };
  }
  if (status === 401) {
    return {
      verdict: 'unknown',
      reason: 'Not signed in (401): the cluster did not accept the credentials.',
      source: 'probe',
    };
  }
  if (status === 403) {
    const parsed = parseForbidden(outcome.problem ?? { status }, {
      method: capability.method,
      path,
      version,
      catalogue: wording.catalogue ?? null,
      requirement: match ? catalogueRequirement(match, version) : null,
    });
    return { verdict: 'denied', reason: parsed.sentence, source: 'probe' };
  }
  if (status === 404) {
    return {
      verdict: 'unknown',
      reason: capability.probe?.needs
        ? 'The sample target was not found (or belongs to a tenant you are not assigned to).'
        : 'This cluster does not offer the endpoint (404).',
      source: 'probe',
    };
  }
  return {
    verdict: 'unknown',
    reason: `HTTP ${status}: the probe gives no answer about permissions.`,
    source: 'probe',
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluation from authorization data (for the capabilities that are not probed)

interface SpecMatch {
  grant: EffectiveGrant;
  spec: PermissionSpec;
}

function grantsFor(effective: EffectivePermissions, permissionSpec: PermissionSpec): SpecMatch[] {
  return effective.grants
    .filter(({ authorization }) => {
      if (authorization.resourceType !== permissionSpec.resourceType) return false;
      if (!authorization.permissionTypes.includes(permissionSpec.permission)) return false;
      if (authorization.resourceType === 'USER_TASK' && !atLeast(effective.version, '8.9')) return false;
      return true;
    })
    .map((grant) => ({ grant, spec: permissionSpec }));
}

function isWildcard(match: SpecMatch): boolean {
  return match.grant.authorization.resourceId === WILDCARD;
}

function whereLabel(match: SpecMatch): string {
  return describeGrantTarget(match.grant.authorization);
}

export function evaluateCapability(capability: Capability, effective: EffectivePermissions): CapabilityVerdict {
  const requirement = capability.requirement(effective.version);
  const source = 'authorizations' as const;
  switch (requirement.kind) {
    case 'none':
      return { verdict: 'allowed', scope: 'all', reason: 'Needs no authentication.', source };
    case 'authenticated':
      return { verdict: 'allowed', scope: 'all', reason: 'Needs only a signed-in caller.', source };
    case 'unavailable':
      return { verdict: 'unknown', reason: requirement.reason, source };
    case 'any-of':
      break;
  }
  const matches = requirement.alternatives.flatMap((alternative) => grantsFor(effective, alternative));
  const wildcard = matches.find(isWildcard);
  if (wildcard) {
    return {
      verdict: 'allowed',
      scope: 'all',
      reason: `${wildcard.spec.permission} on ${resourceNoun(wildcard.spec.resourceType).every} (${wildcard.grant.provenance.label}).`,
      source,
    };
  }
  const usable = matches.filter(
    (match) =>
      match.spec.scope !== 'wildcard' &&
      // Property-based grants only apply to USER_TASK checks; others are ignored by Camunda.
      (match.grant.authorization.resourcePropertyName == null || match.spec.resourceType === 'USER_TASK'),
  );
  if (usable.length > 0) {
    const where = [
      ...new Set(
        usable.map((match) => `${match.spec.permission} on ${whereLabel(match)} (${match.grant.provenance.label})`),
      ),
    ].join('; ');
    return {
      verdict: 'allowed',
      scope: 'some',
      reason:
        requirement.enforcement === 'filter' ? `Only some: results are filtered to ${where}.` : `Only for ${where}.`,
      source,
    };
  }
  const needs = describeAlternatives(
    requirement.alternatives,
    requirement.alternatives.some((a) => a.scope !== 'target'),
  );
  if (requirement.enforcement === 'filter') {
    return { verdict: 'filtered-empty', reason: `Searches come back empty: nothing grants ${needs}.`, source };
  }
  const onlyIds = matches.filter((m) => m.spec.scope === 'wildcard');
  const hint =
    onlyIds.length > 0
      ? ` (a grant on ${whereLabel(onlyIds[0] as SpecMatch)} does not count: this check needs \`*\`)`
      : '';
  return { verdict: 'denied', reason: `Nothing grants ${needs}${hint}.`, source };
}
