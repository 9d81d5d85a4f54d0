// The authorization audit: what is wrong with a cluster's grants, each finding with the grants it
// is about, one sentence on why it matters, and the fix as grants to delete / to create. Pure: the
// input is the directory snapshot the diagnosis feature already reads. docs/audit.md lists the rules.
import { capabilityById, evaluateCapability } from '../../../lib/authz/capabilities.ts';
import type { AuthorizationDraft } from '../../../lib/authz/fix-drafts.ts';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import {
  type Authorization,
  type ClusterVersion,
  resourceNoun,
  USER_TASK_PROPERTIES,
  hasUserTaskResource,
  isKnownResourceType,
  WILDCARD,
} from '../../../lib/authz/model.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
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
  title: string;
  /** One sentence an operator understands: what goes wrong because of it. */
  why: string;
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

function ownerWords(type: string, id: string): string {
  const nouns: Record<string, string> = {
    USER: 'user',
    CLIENT: 'client',
    GROUP: 'group',
    ROLE: 'role',
    MAPPING_RULE: 'mapping rule',
  };
  return `${nouns[type] ?? type} ${id}`;
}

function targetWords(authorization: Authorization): string {
  if (isPropertyBased(authorization)) return `user tasks by ${authorization.resourcePropertyName ?? ''}`;
  const noun = resourceNoun(authorization.resourceType);
  const id = authorization.resourceId ?? WILDCARD;
  return id === WILDCARD ? noun.every : `${noun.one} ${id}`;
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
  const owner = ownerWords(authorization.ownerType, authorization.ownerId);
  const notes: string[] = [];
  if (narrowable.length > 0) {
    notes.push(`Grant ${narrowable.join(', ')} on the ${resourceNoun(authorization.resourceType).one} ids it needs.`);
  }
  if (starOnly.length > 0) {
    notes.push(
      `${starOnly.join(', ')} exists only on \`*\`: if ${owner} needs it, give it through a role so it is reviewed in one place.`,
    );
  }
  return finding('over-broad', admin ? 'high' : 'medium', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: `${owner} may ${writes.join(', ')} on ${resourceNoun(authorization.resourceType).every}`,
    why: admin
      ? `Outside the admin role, ${owner} can change ${resourceNoun(authorization.resourceType).every} — including access rights — which makes it an administrator nobody reviews as one.`
      : `${owner} can ${writes.join(', ')} on ${resourceNoun(authorization.resourceType).every}, including ones added later, not just the ones it works with.`,
    grants: [authorization],
    fix: { remove: [authorization], add: drafts(draftOf(authorization, reads)), note: notes.join(' ') },
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
  const owner = ownerWords(authorization.ownerType, authorization.ownerId);
  return finding('orphaned-owner', 'medium', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: `${owner} does not exist`,
    why: `Nobody receives this grant today, but whoever is created as ${owner} later gets it without anyone deciding so (migrations keyed by e-mail instead of username leave exactly these).`,
    grants: [authorization],
    fix: { remove: [authorization], add: [] },
  });
}

function noEffect(authorization: Authorization, version: ClusterVersion): AuditFinding | null {
  if (!isModelledResourceType(authorization.resourceType)) return null;
  const effective = effectivePermissionsOf(authorization, version);
  if (effective.length === authorization.permissionTypes.length) return null;
  const dead = authorization.permissionTypes.filter((p) => !effective.includes(p));
  let why: string;
  if (!isKnownResourceType(authorization.resourceType, version)) {
    why = `${authorization.resourceType} does not exist on ${version}, so the cluster never checks this grant; it only starts to count after an upgrade, which is when nobody expects access to change.`;
  } else if (isPropertyBased(authorization) && !hasUserTaskResource(version)) {
    why = `Property-based grants exist from 8.9; on ${version} this grant is never checked.`;
  } else {
    why = `${resourceNoun(authorization.resourceType).one} does not accept ${dead.join(', ')} on ${version}: the grant looks like access it does not give.`;
  }
  return finding('no-effect-on-version', 'low', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: `${dead.join(', ')} on ${targetWords(authorization)} has no effect on ${version}`,
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
  const owner = ownerWords(authorization.ownerType, authorization.ownerId);
  let why: string | null = null;
  let corrected: string | undefined;
  if (authorization.resourceType !== 'USER_TASK') {
    why = `Only USER_TASK grants can name a task property; on ${authorization.resourceType} the property \`${property}\` matches nothing.`;
  } else if (!(USER_TASK_PROPERTIES as readonly string[]).includes(property)) {
    corrected = USER_TASK_PROPERTIES.find((known) => normalisedProperty(known) === normalisedProperty(property));
    why = `\`${property}\` is not a task property Camunda knows (assignee, candidateUsers, candidateGroups), so the grant matches no task.`;
  } else if (authorization.ownerType === 'CLIENT' && property !== 'candidateGroups') {
    why = `A client has no username, so it is never a task's ${property}: ${owner} gets nothing from this grant.`;
  }
  if (why === null) return null;
  const fixed: Authorization | null = corrected ? { ...authorization, resourcePropertyName: corrected } : null;
  return finding('property-never-matches', 'medium', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: `${owner}: property \`${property}\` never matches`,
    why,
    grants: [authorization],
    fix: {
      remove: [authorization],
      add: drafts(fixed ? draftOf(fixed, authorization.permissionTypes) : null),
      ...(corrected ? { note: `Probably meant \`${corrected}\`.` } : {}),
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Redundant grants

interface Reached {
  type: string;
  id: string;
  /** "direct", "via group accounting", "via group accounting's role approver" */
  via: string;
}

/** The owners whose grants everyone receiving `owner`'s grants also receives (its roles, groups, groups' roles). */
function reachedOwners(index: DirectoryIndex, type: string, id: string): Reached[] {
  const reached: Reached[] = [{ type, id, via: 'direct' }];
  const containers = (t: string, i: string, kind: 'ROLE' | 'GROUP') =>
    (index.membershipsByMember.get(ownerKey(t, i)) ?? []).filter((m) => m.containerType === kind);
  if (type === 'ROLE') return reached;
  for (const role of containers(type, id, 'ROLE')) {
    reached.push({ type: 'ROLE', id: role.containerId, via: `via role ${role.containerId}` });
  }
  if (type === 'GROUP') return reached;
  for (const group of containers(type, id, 'GROUP')) {
    reached.push({ type: 'GROUP', id: group.containerId, via: `via group ${group.containerId}` });
    for (const role of containers('GROUP', group.containerId, 'ROLE')) {
      reached.push({
        type: 'ROLE',
        id: role.containerId,
        via: `via group ${group.containerId}'s role ${role.containerId}`,
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
  const covering: { cover: Authorization; via: string }[] = [];
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
  const owner = ownerWords(authorization.ownerType, authorization.ownerId);
  const through = covering
    .map(({ cover, via }) => `${cover.permissionTypes.join(', ')} on ${targetWords(cover)} (${via})`)
    .join('; ');
  return finding('redundant', 'low', grantIdentity(authorization), {
    subject: { type: authorization.ownerType, id: authorization.ownerId },
    title: `${owner}: ${permissions.join(', ')} on ${targetWords(authorization)} is already granted`,
    why: `${owner} already receives all of it through ${through}; the extra grant hides who really gives the access and keeps it alive when that other grant is revoked on purpose.`,
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
  const mappingRuleCaveat =
    index.snapshot.mappingRules.length > 0
      ? ' (unless a mapping rule matches their token, which Lantern cannot see here)'
      : '';
  if (subject.type === 'CLIENT') {
    const live = effective.grants.filter((g) => effectivePermissionsOf(g.authorization, version).length > 0);
    if (live.length > 0) return null;
    return finding('principal-without-access', 'high', `CLIENT:${subject.id}`, {
      subject,
      title: `client ${subject.id} is authorized for nothing`,
      why: `Its token is accepted, but every call answers 403 or an empty list${mappingRuleCaveat} — the usual state of a client right after an upgrade.`,
      grants: [],
      fix: {
        remove: [],
        add: [],
        note: 'Grant what it calls (the diagnosis of one of its 403s drafts the exact grant), give it a role, or delete it.',
      },
    });
  }
  const sees = SEE_SOMETHING.some((id) => {
    const capability = capabilityById(id);
    return capability ? evaluateCapability(capability, effective).verdict === 'allowed' : false;
  });
  if (sees) return null;
  return finding('principal-without-access', 'medium', `USER:${subject.id}`, {
    subject,
    title: `user ${subject.id} can see no task and no process`,
    why: `They can sign in, but Tasklist and Operate show them empty lists${mappingRuleCaveat}, which looks like lost data rather than missing access.`,
    grants: effective.grants.map((g) => g.authorization),
    fix: {
      remove: [],
      add: [],
      note: hasUserTaskResource(version)
        ? 'Add them to a group or role that works on tasks (task-worker plus READ_USER_TASK on their processes), or delete the user.'
        : 'Grant READ_USER_TASK / READ_PROCESS_DEFINITION on their processes through a group or role, or delete the user.',
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
          title: `tenant ${tenantId} has no members`,
          why: 'With multi-tenancy checks on, nobody can see or start anything of this tenant; its data looks missing.',
          grants: [],
          fix: {
            remove: [],
            add: [],
            note: 'Assign the users, groups or clients that work in it, or delete the tenant.',
          },
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
        title: `role ${roleId} has no members`,
        why:
          grants.length > 0
            ? `Its ${grants.length} grant${grants.length === 1 ? '' : 's'} reach nobody: whoever set it up expected someone to have this access.`
            : 'It grants nothing to nobody: a leftover that makes the role list harder to review.',
        grants,
        fix: { remove: [], add: [], note: 'Assign the members it was made for, or delete the role and its grants.' },
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
          title: `group ${groupId} has no members`,
          why:
            grants.length > 0
              ? `Its ${grants.length} grant${grants.length === 1 ? '' : 's'} and any task whose candidate group it is reach nobody.`
              : 'A task whose candidate group it is can be worked on by nobody through it.',
          grants,
          fix: { remove: [], add: [], note: 'Add its members, or delete the group and its grants.' },
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
