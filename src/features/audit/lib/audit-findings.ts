// The authorization audit: what is wrong with a cluster's grants, each finding with the grants it
// is about, one sentence on why it matters, and the fix as grants to delete / to create. Pure: the
// input is the directory snapshot the diagnosis feature already reads. docs/audit.md lists the rules.
import { capabilityById, evaluateCapability } from '../../../lib/authz/capabilities.ts';
import type { AuthorizationDraft } from '../../../lib/authz/fix-drafts.ts';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import {
  type Authorization,
  type ClusterVersion,
  USER_TASK_PROPERTIES,
  hasUserTaskResource,
  isKnownResourceType,
  WILDCARD,
} from '../../../lib/authz/model.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { type Message, msg } from '../../../lib/i18n/message.ts';
import {
  type DirectoryIndex,
  effectiveFor,
  effectivePermissionsOf,
  grantIdentity,
  indexDirectory,
  isModelledResourceType,
  isPropertyBased,
  ownerKey,
  principalsOf,
} from './directory-index.ts';
import { draftOf, type GrantFix } from './grant-fix.ts';
import { joined, ownerMessage, targetMessage, viaMessage } from './audit-words.ts';
import { runToEnd, type Steps } from './slices.ts';

export type FindingKind =
  | 'over-broad'
  | 'orphaned-owner'
  | 'redundant'
  | 'principal-without-access'
  | 'no-effect-on-version'
  | 'property-never-matches'
  | 'empty-tenant'
  | 'empty-role'
  | 'empty-group';

export const FINDING_KINDS: readonly FindingKind[] = [
  'over-broad',
  'orphaned-owner',
  'redundant',
  'principal-without-access',
  'no-effect-on-version',
  'property-never-matches',
  'empty-tenant',
  'empty-role',
  'empty-group',
];

export type Severity = 'high' | 'medium' | 'low';

export interface AuditFinding {
  /** Stable across runs: the kind and the grant or entity it is about. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** The principal, owner or container the finding is about. */
  subject: { type: string; id: string } | null;
  /** Worded at render (`t.message`): a cached finding stays right after a language switch. */
  title: Message;
  /** One sentence an operator understands: what goes wrong because of it. */
  why: Message;
  grants: Authorization[];
  fix: GrantFix;
}

/**
 * Camunda's default roles: wildcard grants by design (docs/camunda-api/authorization-model.md §7),
 * so their membership is what to review, not their grants.
 */
export const DEFAULT_ROLE_IDS: readonly string[] = [
  'admin',
  'readonly-admin',
  'connectors',
  'rpa',
  'app-integrations',
  'task-worker',
];

export interface AuditOptions {
  /** Roles whose `*` write grants are expected (default: admin and the default technical roles). */
  exemptRoleIds?: readonly string[];
  /** Users come from the identity provider (OIDC): a USER owner missing from /v2/users is not orphaned. */
  externalUsers?: boolean;
  /** Groups come from the token's groups claim: GROUP owners and memberships are not in the directory. */
  externalGroups?: boolean;
  /** Clients have no search endpoint; pass the identity provider's list to check CLIENT owners. */
  knownClientIds?: readonly string[] | null;
  /** With multi-tenancy checks off, tenants without members are not worth a finding. */
  multiTenancy?: boolean;
  /** With the catalogue, grants that only exist on `*` are told apart from ones that could be narrowed. */
  catalogue?: readonly CatalogueEntry[];
}

export interface AuditInput {
  snapshot: DirectorySnapshot;
  version: ClusterVersion;
  options?: AuditOptions;
}

export interface AuditResult {
  version: ClusterVersion;
  findings: AuditFinding[];
  counts: Record<FindingKind, number>;
  authorizations: number;
  principals: number;
}

const ADMIN_RESOURCE_TYPES = new Set(['AUTHORIZATION', 'USER', 'GROUP', 'ROLE', 'TENANT', 'MAPPING_RULE', 'SYSTEM']);

export function isReadPermission(permission: string): boolean {
  return permission === 'READ' || permission.startsWith('READ_') || permission === 'ACCESS';
}

function finding(
  kind: FindingKind,
  severity: Severity,
  key: string,
  fields: Omit<AuditFinding, 'id' | 'kind' | 'severity'>,
): AuditFinding {
  return { id: `${kind}:${key}`, kind, severity, ...fields };
}

function drafts(...values: (AuthorizationDraft | null)[]): AuthorizationDraft[] {
  return values.filter((value): value is AuthorizationDraft => value !== null);
}

// ---------------------------------------------------------------------------------------------
// Rules over single grants

function wildcardOnlyPairs(catalogue: readonly CatalogueEntry[] | undefined): Set<string> | null {
  if (!catalogue) return null;
  const uses = new Map<string, boolean>();
  for (const entry of catalogue) {
    for (const facts of Object.values(entry.versions)) {
      for (const alternative of facts?.permissions ?? []) {
        const pair = `${alternative.resourceType}:${alternative.permissionType}`;
        const onlyStar = alternative.resourceId.from === 'wildcard';
        uses.set(pair, (uses.get(pair) ?? true) && onlyStar);
      }
    }
  }
  return new Set([...uses].filter(([, onlyStar]) => onlyStar).map(([pair]) => pair));
}

function overBroad(
  authorization: Authorization,
  version: ClusterVersion,
  exempt: ReadonlySet<string>,
  wildcardOnly: Set<string> | null,
): AuditFinding | null {
  if (authorization.resourceId !== WILDCARD || isPropertyBased(authorization)) return null;
  if (authorization.ownerType === 'ROLE' && exempt.has(authorization.ownerId)) return null;
  const effective = effectivePermissionsOf(authorization, version);
  const writes = effective.filter((p) => !isReadPermission(p));
  if (writes.length === 0) return null;
  const admin = ADMIN_RESOURCE_TYPES.has(authorization.resourceType);
  const reads = authorization.permissionTypes.filter(isReadPermission);
  const starOnly = writes.filter((p) => wildcardOnly?.has(`${authorization.resourceType}:${p}`) ?? false);
  const narrowable = writes.filter((p) => !starOnly.includes(p));
  const owner = ownerMessage(authorization.ownerType, authorization.ownerId);
  const every = msg('audit.resource.every', { type: authorization.resourceType });
  const notes: Message[] = [];
  if (narrowable.length > 0) {
    notes.push(
      msg('audit.overBroad.noteNarrow', {
        permissions: narrowable.join(', '),
        noun: msg('audit.resource.one', { type: authorization.resourceType }),
      }),
    );
  }
  if (starOnly.length > 0) notes.push(msg('audit.overBroad.noteStarOnly', { permissions: starOnly.join(', '), owner }));
  const permissions = writes.join(', ');
  return finding('over-broad', admin ? 'high' : 'medium', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: msg('audit.overBroad.title', { owner, permissions, every }),
    why: admin
      ? msg('audit.overBroad.whyAdmin', { owner, every })
      : msg('audit.overBroad.why', { owner, permissions, every }),
    grants: [authorization],
    fix: { remove: [authorization], add: drafts(draftOf(authorization, reads)), notes },
  });
}

function ownerExists(
  authorization: Authorization,
  options: AuditOptions,
  sets: { users: Set<string>; groups: Set<string>; roles: Set<string>; rules: Set<string> },
): boolean {
  switch (authorization.ownerType) {
    case 'USER':
      return options.externalUsers === true || sets.users.has(authorization.ownerId);
    case 'GROUP':
      return options.externalGroups === true || sets.groups.has(authorization.ownerId);
    case 'ROLE':
      return sets.roles.has(authorization.ownerId);
    case 'MAPPING_RULE':
      return sets.rules.has(authorization.ownerId);
    case 'CLIENT':
      return options.knownClientIds == null || options.knownClientIds.includes(authorization.ownerId);
    default:
      return true;
  }
}

function orphaned(authorization: Authorization): AuditFinding {
  const owner = ownerMessage(authorization.ownerType, authorization.ownerId);
  return finding('orphaned-owner', 'medium', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: msg('audit.orphaned.title', { owner }),
    why: msg('audit.orphaned.why', { owner }),
    grants: [authorization],
    fix: { remove: [authorization], add: [] },
  });
}

function noEffect(authorization: Authorization, version: ClusterVersion): AuditFinding | null {
  if (!isModelledResourceType(authorization.resourceType)) return null;
  const effective = effectivePermissionsOf(authorization, version);
  if (effective.length === authorization.permissionTypes.length) return null;
  const dead = authorization.permissionTypes.filter((p) => !effective.includes(p));
  const type = authorization.resourceType;
  const permissions = dead.join(', ');
  let why: Message;
  if (!isKnownResourceType(type, version)) {
    why = msg('audit.noEffect.whyUnknownType', { type, version });
  } else if (isPropertyBased(authorization) && !hasUserTaskResource(version)) {
    why = msg('audit.noEffect.whyPropertyBased', { version });
  } else {
    why = msg('audit.noEffect.whyNotAccepted', {
      noun: msg('audit.resource.one', { type }),
      type,
      permissions,
      version,
    });
  }
  return finding('no-effect-on-version', 'low', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: msg('audit.noEffect.title', { permissions, target: targetMessage(authorization), version }),
    why,
    grants: [authorization],
    fix: { remove: [authorization], add: drafts(draftOf(authorization, effective)) },
  });
}

function normalisedProperty(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');
}

function propertyNeverMatches(authorization: Authorization, version: ClusterVersion): AuditFinding | null {
  if (!isPropertyBased(authorization) || !hasUserTaskResource(version)) return null;
  const property = authorization.resourcePropertyName ?? '';
  const owner = ownerMessage(authorization.ownerType, authorization.ownerId);
  let why: Message | null = null;
  let corrected: string | undefined;
  if (authorization.resourceType !== 'USER_TASK') {
    why = msg('audit.property.whyNotUserTask', { type: authorization.resourceType, property });
  } else if (!(USER_TASK_PROPERTIES as readonly string[]).includes(property)) {
    corrected = USER_TASK_PROPERTIES.find((known) => normalisedProperty(known) === normalisedProperty(property));
    why = msg('audit.property.whyUnknown', { property });
  } else if (authorization.ownerType === 'CLIENT' && property !== 'candidateGroups') {
    why = msg('audit.property.whyClient', { property, owner });
  }
  if (why === null) return null;
  const fixed: Authorization | null = corrected ? { ...authorization, resourcePropertyName: corrected } : null;
  return finding('property-never-matches', 'medium', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: msg('audit.property.title', { owner, property }),
    why,
    grants: [authorization],
    fix: {
      remove: [authorization],
      add: drafts(fixed ? draftOf(fixed, authorization.permissionTypes) : null),
      ...(corrected ? { notes: [msg('audit.property.noteCorrected', { property: corrected })] } : {}),
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Redundant grants

interface Reached {
  type: string;
  id: string;
  /** "direct", "via group accounting", "via group accounting's role approver" */
  via: Message;
}

/** The owners whose grants everyone receiving `owner`'s grants also receives (its roles, groups, groups' roles). */
function reachedOwners(index: DirectoryIndex, type: string, id: string): Reached[] {
  const reached: Reached[] = [{ type, id, via: viaMessage([]) }];
  const containers = (t: string, i: string, kind: 'ROLE' | 'GROUP') =>
    (index.membershipsByMember.get(ownerKey(t, i)) ?? []).filter((m) => m.containerType === kind);
  if (type === 'ROLE') return reached;
  for (const role of containers(type, id, 'ROLE')) {
    reached.push({ type: 'ROLE', id: role.containerId, via: viaMessage([{ type: 'ROLE', id: role.containerId }]) });
  }
  if (type === 'GROUP') return reached;
  for (const group of containers(type, id, 'GROUP')) {
    const viaGroup = { type: 'GROUP', id: group.containerId };
    reached.push({ type: 'GROUP', id: group.containerId, via: viaMessage([viaGroup]) });
    for (const role of containers('GROUP', group.containerId, 'ROLE')) {
      reached.push({
        type: 'ROLE',
        id: role.containerId,
        via: viaMessage([viaGroup, { type: 'ROLE', id: role.containerId }]),
      });
    }
  }
  return reached;
}

// UPDATE includes CLAIM and COMPLETE on both layers (docs/camunda-api/authorization-model.md §6).
const IMPLIED_BY: Record<string, string[]> = {
  CLAIM: ['UPDATE'],
  COMPLETE: ['UPDATE'],
  CLAIM_USER_TASK: ['UPDATE_USER_TASK'],
  COMPLETE_USER_TASK: ['UPDATE_USER_TASK'],
};
// The process layer is checked first and a `*` there covers every task (authorization-model.md §6).
const PROCESS_LAYER_EQUIVALENT: Record<string, string[]> = {
  READ: ['READ_USER_TASK'],
  CLAIM: ['CLAIM_USER_TASK', 'UPDATE_USER_TASK'],
  COMPLETE: ['COMPLETE_USER_TASK', 'UPDATE_USER_TASK'],
  UPDATE: ['UPDATE_USER_TASK'],
};

function sameTarget(a: Authorization, b: Authorization): boolean {
  if (isPropertyBased(a) || isPropertyBased(b)) {
    return isPropertyBased(a) && isPropertyBased(b) && a.resourcePropertyName === b.resourcePropertyName;
  }
  return (a.resourceId ?? WILDCARD) === (b.resourceId ?? WILDCARD);
}

function coversPermission(
  cover: Authorization,
  coverPermissions: string[],
  grant: Authorization,
  permission: string,
): boolean {
  const coverIsStar = cover.resourceId === WILDCARD && !isPropertyBased(cover);
  if (cover.resourceType === grant.resourceType) {
    const holds =
      coverPermissions.includes(permission) || (IMPLIED_BY[permission] ?? []).some((p) => coverPermissions.includes(p));
    return holds && (coverIsStar || sameTarget(cover, grant));
  }
  if (grant.resourceType === 'USER_TASK' && cover.resourceType === 'PROCESS_DEFINITION' && coverIsStar) {
    return (PROCESS_LAYER_EQUIVALENT[permission] ?? []).some((p) => coverPermissions.includes(p));
  }
  return false;
}

function redundant(index: DirectoryIndex, authorization: Authorization, version: ClusterVersion): AuditFinding | null {
  // Camunda seeds and maintains its default roles' grants; overlaps inside them are by design.
  if (authorization.ownerType === 'ROLE' && DEFAULT_ROLE_IDS.includes(authorization.ownerId)) return null;
  const permissions = effectivePermissionsOf(authorization, version);
  if (permissions.length === 0) return null;
  const myPosition = index.position.get(authorization) ?? 0;
  const reached = reachedOwners(index, authorization.ownerType, authorization.ownerId);
  const covering: { cover: Authorization; via: Message }[] = [];
  const uncovered = new Set(permissions);
  for (const owner of reached) {
    for (const cover of index.authorizationsByOwner.get(ownerKey(owner.type, owner.id)) ?? []) {
      if (cover === authorization) continue;
      const coverPermissions = effectivePermissionsOf(cover, version);
      // Of two identical grants of one owner, the first one stays: deleting both would lose the
      // access. A group's or role's copy covers a member's grant, never the other way round.
      const identical =
        cover.ownerType === authorization.ownerType &&
        cover.ownerId === authorization.ownerId &&
        cover.resourceType === authorization.resourceType &&
        sameTarget(cover, authorization) &&
        coverPermissions.length === permissions.length &&
        permissions.every((p) => coverPermissions.includes(p));
      if (identical && (index.position.get(cover) ?? 0) > myPosition) continue;
      let helps = false;
      for (const permission of [...uncovered]) {
        if (coversPermission(cover, coverPermissions, authorization, permission)) {
          uncovered.delete(permission);
          helps = true;
        }
      }
      if (helps) covering.push({ cover, via: owner.via });
    }
  }
  if (uncovered.size > 0 || covering.length === 0) return null;
  const owner = ownerMessage(authorization.ownerType, authorization.ownerId);
  const [head, ...tail] = covering.map(({ cover, via }) =>
    msg('audit.redundant.through', {
      permissions: cover.permissionTypes.join(', '),
      target: targetMessage(cover),
      via,
    }),
  );
  if (!head) return null;
  const through = joined(head, tail);
  return finding('redundant', 'low', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: msg('audit.redundant.title', {
      owner,
      permissions: permissions.join(', '),
      target: targetMessage(authorization),
    }),
    why: msg('audit.redundant.why', { owner, through }),
    grants: [authorization, ...covering.map(({ cover }) => cover)],
    fix: { remove: [authorization], add: [] },
  });
}

// ---------------------------------------------------------------------------------------------
// Principals and containers

const SEE_SOMETHING = ['search-user-tasks', 'search-process-definitions', 'search-process-instances'];

function principalWithoutAccess(
  index: DirectoryIndex,
  subject: { type: 'USER' | 'CLIENT'; id: string },
  version: ClusterVersion,
): AuditFinding | null {
  const effective = effectiveFor(index, subject, version);
  // Mapping rules match tokens Lantern does not see: with any, the sentence says so.
  const mappingRules = index.snapshot.mappingRules.length > 0 ? 'yes' : 'no';
  if (subject.type === 'CLIENT') {
    const live = effective.grants.filter((g) => effectivePermissionsOf(g.authorization, version).length > 0);
    if (live.length > 0) return null;
    return finding('principal-without-access', 'high', `CLIENT:${subject.id}`, {
      subject,
      title: msg('audit.noAccess.clientTitle', { id: subject.id }),
      why: msg('audit.noAccess.clientWhy', { mappingRules }),
      grants: [],
      fix: { remove: [], add: [], notes: [msg('audit.noAccess.clientNote')] },
    });
  }
  const sees = SEE_SOMETHING.some((id) => {
    const capability = capabilityById(id);
    return capability ? evaluateCapability(capability, effective).verdict === 'allowed' : false;
  });
  if (sees) return null;
  return finding('principal-without-access', 'medium', `USER:${subject.id}`, {
    subject,
    title: msg('audit.noAccess.userTitle', { id: subject.id }),
    why: msg('audit.noAccess.userWhy', { mappingRules }),
    grants: effective.grants.map((g) => g.authorization),
    fix: {
      remove: [],
      add: [],
      notes: [msg(hasUserTaskResource(version) ? 'audit.noAccess.userNote' : 'audit.noAccess.userNote88')],
    },
  });
}

function emptyContainers(index: DirectoryIndex, options: AuditOptions): AuditFinding[] {
  const found: AuditFinding[] = [];
  const hasMembers = (type: string, id: string) => (index.membersByContainer.get(ownerKey(type, id)) ?? []).length > 0;
  const grantsOf = (type: string, id: string) => index.authorizationsByOwner.get(ownerKey(type, id)) ?? [];
  if (options.multiTenancy !== false) {
    for (const { tenantId } of index.snapshot.tenants) {
      if (hasMembers('TENANT', tenantId)) continue;
      found.push(
        finding('empty-tenant', 'low', `TENANT:${tenantId}`, {
          subject: { type: 'TENANT', id: tenantId },
          title: msg('audit.empty.tenantTitle', { id: tenantId }),
          why: msg('audit.empty.tenantWhy'),
          grants: [],
          fix: { remove: [], add: [], notes: [msg('audit.empty.tenantNote')] },
        }),
      );
    }
  }
  for (const { roleId } of index.snapshot.roles) {
    if (hasMembers('ROLE', roleId) || DEFAULT_ROLE_IDS.includes(roleId)) continue;
    const grants = grantsOf('ROLE', roleId);
    found.push(
      finding('empty-role', 'low', `ROLE:${roleId}`, {
        subject: { type: 'ROLE', id: roleId },
        title: msg('audit.empty.roleTitle', { id: roleId }),
        why:
          grants.length > 0 ? msg('audit.empty.roleWhy', { count: grants.length }) : msg('audit.empty.roleWhyNoGrants'),
        grants,
        fix: { remove: [], add: [], notes: [msg('audit.empty.roleNote')] },
      }),
    );
  }
  if (options.externalGroups !== true) {
    for (const { groupId } of index.snapshot.groups) {
      if (hasMembers('GROUP', groupId)) continue;
      const grants = grantsOf('GROUP', groupId);
      found.push(
        finding('empty-group', 'low', `GROUP:${groupId}`, {
          subject: { type: 'GROUP', id: groupId },
          title: msg('audit.empty.groupTitle', { id: groupId }),
          why:
            grants.length > 0
              ? msg('audit.empty.groupWhy', { count: grants.length })
              : msg('audit.empty.groupWhyNoGrants'),
          grants,
          fix: { remove: [], add: [], notes: [msg('audit.empty.groupNote')] },
        }),
      );
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

const GRANTS_PER_STEP = 50;

/** The audit as steps: run it with runToEnd, or with runInSlices to keep the page responsive. */
export function* auditSteps(input: AuditInput): Steps<AuditResult> {
  const { snapshot, version } = input;
  const options = input.options ?? {};
  const index = indexDirectory(snapshot);
  const exempt = new Set(options.exemptRoleIds ?? ['admin', 'connectors', 'rpa', 'app-integrations']);
  const wildcardOnly = wildcardOnlyPairs(options.catalogue);
  const sets = {
    users: new Set(snapshot.users.map((u) => u.username)),
    groups: new Set(snapshot.groups.map((g) => g.groupId)),
    roles: new Set(snapshot.roles.map((r) => r.roleId)),
    rules: new Set(snapshot.mappingRules.map((m) => m.mappingRuleId)),
  };
  const principals = principalsOf(snapshot);
  const total = snapshot.authorizations.length + principals.length;
  const findings: AuditFinding[] = [];
  yield { phase: 'grants', done: 0, total };

  for (const [i, authorization] of snapshot.authorizations.entries()) {
    if (!ownerExists(authorization, options, sets)) {
      findings.push(orphaned(authorization));
    } else {
      const rules = [
        overBroad(authorization, version, exempt, wildcardOnly),
        noEffect(authorization, version),
        propertyNeverMatches(authorization, version),
        redundant(index, authorization, version),
      ];
      for (const rule of rules) if (rule) findings.push(rule);
    }
    if ((i + 1) % GRANTS_PER_STEP === 0) yield { phase: 'grants', done: i + 1, total };
  }
  for (const [i, subject] of principals.entries()) {
    const found = principalWithoutAccess(index, subject, version);
    if (found) findings.push(found);
    yield { phase: 'principals', done: snapshot.authorizations.length + i + 1, total };
  }
  findings.push(...emptyContainers(index, options));

  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind] += 1;
  return { version, findings, counts, authorizations: snapshot.authorizations.length, principals: principals.length };
}

export function auditAuthorizations(input: AuditInput): AuditResult {
  return runToEnd(auditSteps(input));
}
