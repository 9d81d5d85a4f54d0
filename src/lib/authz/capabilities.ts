// The access-check registry ("can-i, as a matrix"): what an operator may want to do, the
// endpoint behind it, the permissions it needs per version (docs/camunda-api/authorization-model.md §6), whether it is
// safe to probe (reads only — writes are never probed), and how a probe result or the
// authorization data turns into a verdict.
import { findOperation } from '../catalogue/find-operation.ts';
import type { CatalogueEntry, OperationVersionFacts, PermissionAlternative } from '../catalogue/types.ts';
import { catalogueRequirement } from './catalogue-requirement.ts';
import {
  grantTargetMessage,
  provenanceMessage,
  type EffectiveGrant,
  type EffectivePermissions,
} from './effective-permissions.ts';
import { type ClusterVersion, hasUserTaskResource, resourceNounMessage, WILDCARD, atLeast } from './model.ts';
import { parseForbidden, type ProblemLike } from './parse-forbidden.ts';
import type { MessageId } from '../i18n/catalogues.ts';
import { msg, type Message } from '../i18n/message.ts';

export type Verdict = 'allowed' | 'denied' | 'filtered-empty' | 'unknown';

export interface CapabilityVerdict {
  verdict: Verdict;
  /** A message, not a sentence: verdicts are cached, and a language switch re-words them at render. */
  reason: Message;
  /** For allowed verdicts from authorization data: on every resource, or only on some. */
  scope?: 'all' | 'some';
  source: 'probe' | 'authorizations';
}

const VERDICT_LABELS: Record<Verdict | 'pending', MessageId> = {
  allowed: 'capabilities.verdict.allowed',
  denied: 'capabilities.verdict.denied',
  'filtered-empty': 'capabilities.verdict.filteredEmpty',
  unknown: 'capabilities.verdict.unknown',
  pending: 'capabilities.verdict.pending',
};

/** A verdict in words ("allowed (some)", "gefiltert (leer)") for every view that shows one. */
export function verdictLabel(verdict: Verdict | 'pending', scope?: 'all' | 'some'): Message {
  return msg(verdict === 'allowed' && scope === 'some' ? 'capabilities.verdict.allowedSome' : VERDICT_LABELS[verdict]);
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
  | { kind: 'unavailable'; reason: Message };

export type CapabilityCategory = 'cluster' | 'user-tasks' | 'processes' | 'identity' | 'authorizations' | 'operations';

/**
 * A read by key is probed with a key the caller can see: the first item of a search the check
 * probes anyway (`from`, a capability id) gives the value of the path parameter `param`.
 */
export interface KeySource {
  param: string;
  from: string;
  /** What the key names, in words ("process instance"). */
  noun: Message;
}

export interface ProbeSpec {
  kind: 'get' | 'search';
  /** Reads by key need a sample target, found by a search first. */
  needs?: KeySource;
}

export interface Capability {
  id: string;
  /** What the operator may want to do ("Search user tasks"), worded at render (`t.message`). */
  label: Message;
  category: CapabilityCategory;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Null for writes: Lantern never performs them to find out. */
  probe: ProbeSpec | null;
  /**
   * Why a read is not probed (no search of the check lists its key); its verdict then comes from
   * the authorization data, like a write's. Absent for probed reads and for writes.
   */
  notProbed?: Message;
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

const USER_TASK_KEY: KeySource = {
  param: 'userTaskKey',
  from: 'search-user-tasks',
  noun: msg('capabilities.noun.userTask'),
};

type IdentityLabels = Record<'read' | 'create' | 'manage', MessageId>;

// One id per entity and action: German inflects the noun differently in each sentence.
const IDENTITY_ENTITIES: { id: string; labels: IdentityLabels; resourceType: string; path: string }[] = [
  {
    id: 'users',
    labels: {
      read: 'capabilities.label.readUsers',
      create: 'capabilities.label.createUsers',
      manage: 'capabilities.label.manageUsers',
    },
    resourceType: 'USER',
    path: '/v2/users',
  },
  {
    id: 'groups',
    labels: {
      read: 'capabilities.label.readGroups',
      create: 'capabilities.label.createGroups',
      manage: 'capabilities.label.manageGroups',
    },
    resourceType: 'GROUP',
    path: '/v2/groups',
  },
  {
    id: 'roles',
    labels: {
      read: 'capabilities.label.readRoles',
      create: 'capabilities.label.createRoles',
      manage: 'capabilities.label.manageRoles',
    },
    resourceType: 'ROLE',
    path: '/v2/roles',
  },
  {
    id: 'tenants',
    labels: {
      read: 'capabilities.label.readTenants',
      create: 'capabilities.label.createTenants',
      manage: 'capabilities.label.manageTenants',
    },
    resourceType: 'TENANT',
    path: '/v2/tenants',
  },
  {
    id: 'mapping-rules',
    labels: {
      read: 'capabilities.label.readMappingRules',
      create: 'capabilities.label.createMappingRules',
      manage: 'capabilities.label.manageMappingRules',
    },
    resourceType: 'MAPPING_RULE',
    path: '/v2/mapping-rules',
  },
];

export const CAPABILITIES: readonly Capability[] = [
  {
    id: 'view-topology',
    label: msg('capabilities.label.viewTopology'),
    category: 'cluster',
    method: 'GET',
    path: '/v2/topology',
    probe: { kind: 'get' },
    requirement: authenticated,
  },
  {
    id: 'read-own-identity',
    label: msg('capabilities.label.readOwnIdentity'),
    category: 'cluster',
    method: 'GET',
    path: '/v2/authentication/me',
    probe: { kind: 'get' },
    requirement: authenticated,
  },
  {
    id: 'read-license',
    label: msg('capabilities.label.readLicense'),
    category: 'cluster',
    method: 'GET',
    path: '/v2/license',
    probe: { kind: 'get' },
    // Unprotected like the catalogue says (no authentication at all).
    requirement: () => ({ kind: 'none' }),
  },
  {
    id: 'search-user-tasks',
    label: msg('capabilities.label.searchUserTasks'),
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/search',
    probe: { kind: 'search' },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'any', 'filter', 'READ_USER_TASK'),
  },
  {
    id: 'read-user-task',
    label: msg('capabilities.label.readUserTask'),
    category: 'user-tasks',
    method: 'GET',
    path: '/v2/user-tasks/{userTaskKey}',
    probe: { kind: 'get', needs: USER_TASK_KEY },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'target', 'reject', 'READ_USER_TASK'),
  },
  {
    id: 'read-user-task-variables',
    label: msg('capabilities.label.readUserTaskVariables'),
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/{userTaskKey}/variables/search',
    probe: { kind: 'search', needs: USER_TASK_KEY },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'target', 'reject', 'READ_USER_TASK'),
  },
  {
    id: 'read-user-task-form',
    label: msg('capabilities.label.readUserTaskForm'),
    category: 'user-tasks',
    method: 'GET',
    path: '/v2/user-tasks/{userTaskKey}/form',
    probe: { kind: 'get', needs: USER_TASK_KEY },
    requirement: userTaskRequirement(['READ_USER_TASK'], ['READ'], 'target', 'reject', 'READ_USER_TASK'),
  },
  {
    id: 'claim-user-task',
    label: msg('capabilities.label.claimUserTask'),
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
    label: msg('capabilities.label.assignUserTask'),
    category: 'user-tasks',
    method: 'POST',
    path: '/v2/user-tasks/{userTaskKey}/assignment',
    probe: null,
    requirement: userTaskRequirement(['UPDATE_USER_TASK'], ['UPDATE'], 'target', 'reject', 'UPDATE_USER_TASK'),
  },
  {
    id: 'unassign-user-task',
    label: msg('capabilities.label.unassignUserTask'),
    category: 'user-tasks',
    method: 'DELETE',
    path: '/v2/user-tasks/{userTaskKey}/assignee',
    probe: null,
    requirement: userTaskRequirement(['UPDATE_USER_TASK'], ['UPDATE'], 'target', 'reject', 'UPDATE_USER_TASK'),
  },
  {
    id: 'complete-user-task',
    label: msg('capabilities.label.completeUserTask'),
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
    label: msg('capabilities.label.updateUserTask'),
    category: 'user-tasks',
    method: 'PATCH',
    path: '/v2/user-tasks/{userTaskKey}',
    probe: null,
    requirement: userTaskRequirement(['UPDATE_USER_TASK'], ['UPDATE'], 'target', 'reject', 'UPDATE_USER_TASK'),
  },
  {
    id: 'search-process-definitions',
    label: msg('capabilities.label.searchProcessDefinitions'),
    category: 'processes',
    method: 'POST',
    path: '/v2/process-definitions/search',
    probe: { kind: 'search' },
    requirement: one('READ_PROCESS_DEFINITION', 'PROCESS_DEFINITION', 'any', 'filter'),
  },
  {
    id: 'search-process-instances',
    label: msg('capabilities.label.searchProcessInstances'),
    category: 'processes',
    method: 'POST',
    path: '/v2/process-instances/search',
    probe: { kind: 'search' },
    requirement: one('READ_PROCESS_INSTANCE', 'PROCESS_DEFINITION', 'any', 'filter'),
  },
  {
    id: 'create-process-instance',
    label: msg('capabilities.label.createProcessInstance'),
    category: 'processes',
    method: 'POST',
    path: '/v2/process-instances',
    probe: null,
    requirement: one('CREATE_PROCESS_INSTANCE', 'PROCESS_DEFINITION', 'target', 'reject'),
  },
  {
    id: 'read-authorizations',
    label: msg('capabilities.label.readAuthorizations'),
    category: 'authorizations',
    method: 'POST',
    path: '/v2/authorizations/search',
    probe: { kind: 'search' },
    requirement: one('READ', 'AUTHORIZATION', 'any', 'filter'),
  },
  {
    id: 'create-authorizations',
    label: msg('capabilities.label.createAuthorizations'),
    category: 'authorizations',
    method: 'POST',
    path: '/v2/authorizations',
    probe: null,
    requirement: one('CREATE', 'AUTHORIZATION', 'wildcard', 'reject'),
  },
  {
    id: 'delete-authorizations',
    label: msg('capabilities.label.deleteAuthorizations'),
    category: 'authorizations',
    method: 'DELETE',
    path: '/v2/authorizations/{authorizationKey}',
    probe: null,
    requirement: one('DELETE', 'AUTHORIZATION', 'wildcard', 'reject'),
  },
  ...IDENTITY_ENTITIES.flatMap(({ id, labels, resourceType, path }): Capability[] => [
    {
      id: `read-${id}`,
      label: msg(labels.read),
      category: 'identity',
      method: 'POST',
      path: `${path}/search`,
      probe: { kind: 'search' },
      // [inferred] identity searches filter like every other search (docs/camunda-api/authorization-model.md §6 marks these inferred).
      requirement: one('READ', resourceType, 'any', 'filter'),
    },
    {
      id: `create-${id}`,
      label: msg(labels.create),
      category: 'identity',
      method: 'POST',
      path,
      probe: null,
      requirement: one('CREATE', resourceType, 'wildcard', 'reject'),
    },
    {
      id: `manage-${id}`,
      label: msg(labels.manage),
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
  | { kind: 'skipped'; reason: Message }
  | { kind: 'network-error'; message: string };

function itemCount(body: unknown): number | null {
  if (body === null || typeof body !== 'object') return null;
  const record = body as { items?: unknown; page?: { totalItems?: unknown } };
  if (Array.isArray(record.items)) return record.items.length;
  if (typeof record.page?.totalItems === 'number') return record.page.totalItems;
  return null;
}

/** Messages joined into one: "A or B or C" (German "A oder B oder C"), each part a whole phrase. */
function joinMessages(parts: readonly Message[], joiner: MessageId): Message {
  const [first, ...rest] = parts;
  if (!first) return msg('capabilities.list.nothing');
  return rest.length === 0 ? first : msg(joiner, { first, rest: joinMessages(rest, joiner) });
}

function describeAlternatives(alternatives: PermissionSpec[], every: boolean): Message {
  return joinMessages(
    alternatives.map((a) =>
      msg('capabilities.need.permissionOn', {
        permission: a.permission,
        resource: resourceNounMessage(a.resourceType, every ? 'every' : 'one'),
      }),
    ),
    'capabilities.list.or',
  );
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
    return {
      verdict: 'unknown',
      reason: msg('capabilities.reason.networkError', { message: outcome.message }),
      source: 'probe',
    };
  }
  const { status } = outcome;
  if (status >= 200 && status < 300) {
    const count = capability.probe?.kind === 'search' ? itemCount(outcome.body) : null;
    if (count === 0 && requirement.kind === 'any-of' && requirement.enforcement === 'filter') {
      const needs = describeAlternatives(requirement.alternatives, true);
      const sharpened =
        evaluated?.verdict === 'filtered-empty' || evaluated?.verdict === 'denied'
          ? msg('capabilities.reason.emptyLacking', { needs })
          : msg('capabilities.reason.emptyMaybe', { needs });
      return { verdict: 'filtered-empty', reason: sharpened, source: 'probe' };
    }
    if (count === 0)
      return { verdict: 'allowed', reason: msg('capabilities.reason.noItems', { status }), source: 'probe' };
    return {
      verdict: 'allowed',
      reason:
        count !== null
          ? msg('capabilities.reason.items', { status, count })
          : msg('capabilities.reason.status', { status }),
      source: 'probe',
    };
  }
  if (status === 401) {
    return { verdict: 'unknown', reason: msg('capabilities.reason.unauthenticated'), source: 'probe' };
  }
  if (status === 403) {
    const parsed = parseForbidden(outcome.problem ?? { status }, {
      method: capability.method,
      path,
      version,
      catalogue: wording.catalogue ?? null,
      requirement: match ? catalogueRequirement(match, version) : null,
    });
    // The diagnosis' own sentence (parse-forbidden.ts), worded in the UI language at render.
    return { verdict: 'denied', reason: parsed.sentence, source: 'probe' };
  }
  if (status === 404) {
    return {
      verdict: 'unknown',
      reason: capability.probe?.needs
        ? msg('capabilities.reason.sampleNotFound')
        : msg('capabilities.reason.noEndpoint'),
      source: 'probe',
    };
  }
  return {
    verdict: 'unknown',
    reason: msg('capabilities.reason.noAnswer', { status }),
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

function whereLabel(match: SpecMatch): Message {
  return grantTargetMessage(match.grant.authorization);
}

export function evaluateCapability(capability: Capability, effective: EffectivePermissions): CapabilityVerdict {
  const requirement = capability.requirement(effective.version);
  const source = 'authorizations' as const;
  switch (requirement.kind) {
    case 'none':
      return { verdict: 'allowed', scope: 'all', reason: msg('capabilities.reason.needsNothing'), source };
    case 'authenticated':
      return { verdict: 'allowed', scope: 'all', reason: msg('capabilities.reason.needsSignIn'), source };
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
      reason: msg('capabilities.reason.grantedEverywhere', {
        permission: wildcard.spec.permission,
        resource: resourceNounMessage(wildcard.spec.resourceType, 'every'),
        via: provenanceMessage(wildcard.grant.provenance),
      }),
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
    // The same permission on the same target by the same way is said once.
    const grants = new Map<string, Message>();
    for (const match of usable) {
      const grant = msg('capabilities.reason.grantOn', {
        permission: match.spec.permission,
        target: whereLabel(match),
        via: provenanceMessage(match.grant.provenance),
      });
      grants.set(JSON.stringify(grant), grant);
    }
    const where = joinMessages([...grants.values()], 'capabilities.list.semicolon');
    return {
      verdict: 'allowed',
      scope: 'some',
      reason:
        requirement.enforcement === 'filter'
          ? msg('capabilities.reason.onlySomeFiltered', { where })
          : msg('capabilities.reason.onlyFor', { where }),
      source,
    };
  }
  const needs = describeAlternatives(
    requirement.alternatives,
    requirement.alternatives.some((a) => a.scope !== 'target'),
  );
  if (requirement.enforcement === 'filter') {
    return { verdict: 'filtered-empty', reason: msg('capabilities.reason.searchesEmpty', { needs }), source };
  }
  const onlyId = matches.find((m) => m.spec.scope === 'wildcard');
  return {
    verdict: 'denied',
    reason: onlyId
      ? msg('capabilities.reason.nothingGrantsWildcard', { needs, target: whereLabel(onlyId) })
      : msg('capabilities.reason.nothingGrants', { needs }),
    source,
  };
}
