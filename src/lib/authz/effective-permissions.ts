// Effective permissions with provenance, and the evaluation of one access check against them.
// Written from docs/camunda-api/authorization-model.md §3–6 and principal-resolution.md §2–3 (not from the demo emulator, so the two
// implementations can check each other):
// * owners = the principal ∪ its roles ∪ its groups ∪ its groups' roles ∪ matching mapping rules
//   (and their roles, groups and groups' roles); no deny rules; `*` matches every id;
// * user tasks (8.9+): the PROCESS_DEFINITION layer is checked first; only if it does not grant
//   the operation does the USER_TASK layer (by key, `*`, or property-based) decide. 8.8 has only
//   the process layer.
import { msg, type Message } from '../i18n/message.ts';
import { claimMatches } from './claim-path.ts';
import {
  type Authorization,
  type ClusterVersion,
  hasUserTaskResource,
  type OwnerType,
  resourceNounMessage,
  type UserTaskProperty,
  WILDCARD,
} from './model.ts';
import type { UserTaskOperation } from './request-target.ts';

export interface OwnerRef {
  type: OwnerType;
  id: string;
}

export type MemberType = 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE';

/** One row of `/v2/{groups|roles|tenants}/{id}/{users|clients|groups|roles|mapping-rules}/search`. */
export interface DirectoryMembership {
  containerType: 'GROUP' | 'ROLE' | 'TENANT';
  containerId: string;
  memberType: MemberType;
  memberId: string;
}

export interface MappingRule {
  mappingRuleId: string;
  claimName: string;
  claimValue: string;
  name?: string | null;
}

/** What the `/v2/*\/search` endpoints return, flattened; the input of every evaluation. */
export interface DirectorySnapshot {
  authorizations: Authorization[];
  users: { username: string; name?: string | null; email?: string | null }[];
  /** Clients have no search endpoint; they are known from memberships and authorization owners. */
  clients: { clientId: string }[];
  groups: { groupId: string; name?: string | null }[];
  roles: { roleId: string; name?: string | null }[];
  tenants: { tenantId: string; name?: string | null }[];
  mappingRules: MappingRule[];
  memberships: DirectoryMembership[];
}

export type Subject =
  | {
      type: 'USER' | 'CLIENT';
      id: string;
      /** Token claims, for mapping rules. Basic-auth callers have none, so no mapping rule applies. */
      claims?: Readonly<Record<string, unknown>> | null;
      /** The token's groups when the cluster has a groups claim; they replace stored group memberships. */
      groupsFromToken?: string[] | null;
    }
  | { type: 'GROUP' | 'ROLE' | 'MAPPING_RULE'; id: string };

export type ProvenanceKind =
  | 'direct'
  | 'group'
  | 'role'
  | 'group-role'
  | 'mapping-rule'
  | 'mapping-rule-role'
  | 'mapping-rule-group'
  | 'mapping-rule-group-role';

export interface Provenance {
  kind: ProvenanceKind;
  /** The owners between the subject and the grant's owner, in order; the last one owns the grant. */
  chain: OwnerRef[];
  /** "direct", "via group accounting", "via group accounting's role task-worker", … */
  label: string;
}

export interface ResolvedOwner {
  owner: OwnerRef;
  provenance: Provenance;
}

export interface EffectiveGrant {
  authorization: Authorization;
  owner: OwnerRef;
  provenance: Provenance;
}

/** Where one of the principal's groups comes from (the candidate-group explanation names it). */
export interface GroupSource {
  groupId: string;
  source: 'token' | 'membership' | 'mapping-rule';
}

/** The tenant the default data belongs to when multi-tenancy is off or a resource names none. */
export const DEFAULT_TENANT = '<default>';

export interface EffectiveOptions {
  /**
   * Whether the cluster checks tenants. Null or absent: inferred per resource — a resource of a
   * tenant other than `<default>`, or a directory with more than one tenant, means checks are on.
   * Lantern cannot read the setting, and assuming "on" can only turn an allowed into a denied.
   */
  multiTenancy?: boolean | null;
}

export interface EffectivePermissions {
  subject: Subject;
  version: ClusterVersion;
  /** See EffectiveOptions; `tenantCount` feeds the inference. */
  multiTenancy: boolean | null;
  tenantCount: number;
  owners: ResolvedOwner[];
  grants: EffectiveGrant[];
  tenants: { tenantId: string; provenance: Provenance }[];
  matchedMappingRules: string[];
  /** Username used for property-based grants (assignee / candidateUsers); null for clients and non-users. */
  username: string | null;
  /** Group ids used for candidateGroups matching. */
  groupIds: string[];
  /** The same groups with where each comes from. */
  groups: GroupSource[];
  /** What the evaluation could not apply (mapping rules without a token, a user missing from the snapshot). */
  warnings: Message[];
}

const OWNER_NOUN: Record<string, string> = {
  USER: 'user',
  CLIENT: 'client',
  GROUP: 'group',
  ROLE: 'role',
  MAPPING_RULE: 'mapping rule',
};

function labelFor(chain: OwnerRef[]): string {
  if (chain.length <= 1) return 'direct';
  const [first, ...rest] = chain.slice(1);
  if (!first) return 'direct';
  let label = `via ${OWNER_NOUN[first.type] ?? first.type} ${first.id}`;
  for (const step of rest) label += `'s ${OWNER_NOUN[step.type] ?? step.type} ${step.id}`;
  return label;
}

/** An owner in words, in the UI language: "group `accounting`", "Gruppe `accounting`". */
export function ownerMessage(owner: Pick<OwnerRef, 'type' | 'id'>): Message {
  return msg('diagnosis.owner', { type: owner.type, id: owner.id });
}

/** Where a grant comes from, in words: "direct", "via group `a` → role `b`" (worded at render, unlike `label`). */
export function provenanceMessage(provenance: Pick<Provenance, 'chain'>): Message {
  // `chain` starts after the subject: empty for a grant the principal owns itself.
  const [first, ...rest] = provenance.chain;
  if (!first) return msg('diagnosis.provenance.direct');
  let path = ownerMessage(first);
  for (const step of rest) path = msg('diagnosis.provenance.step', { path, owner: ownerMessage(step) });
  return msg('diagnosis.provenance.via', { path });
}

function kindFor(chain: OwnerRef[]): ProvenanceKind {
  const types = chain.slice(1).map((step) => step.type);
  const key = types.join('>');
  const table: Record<string, ProvenanceKind> = {
    '': 'direct',
    GROUP: 'group',
    ROLE: 'role',
    'GROUP>ROLE': 'group-role',
    MAPPING_RULE: 'mapping-rule',
    'MAPPING_RULE>ROLE': 'mapping-rule-role',
    'MAPPING_RULE>GROUP': 'mapping-rule-group',
    'MAPPING_RULE>GROUP>ROLE': 'mapping-rule-group-role',
  };
  return table[key] ?? 'direct';
}

function provenance(chain: OwnerRef[]): Provenance {
  return { kind: kindFor(chain), chain: chain.slice(1), label: labelFor(chain) };
}

function containersOf(
  snapshot: DirectorySnapshot,
  member: OwnerRef,
  containerType: DirectoryMembership['containerType'],
): string[] {
  return snapshot.memberships
    .filter((m) => m.containerType === containerType && m.memberType === member.type && m.memberId === member.id)
    .map((m) => m.containerId);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The owner chains of one entity: itself, its roles, its groups and its groups' roles
 * (the engine's "direct, viaRole, viaGroups" for any checked entity).
 */
function entityChains(
  snapshot: DirectorySnapshot,
  root: OwnerRef[],
  entity: OwnerRef,
  groupsOverride: string[] | null,
): OwnerRef[][] {
  const chains: OwnerRef[][] = [[...root, entity]];
  if (entity.type === 'ROLE') return chains;
  for (const roleId of unique(containersOf(snapshot, entity, 'ROLE'))) {
    chains.push([...root, entity, { type: 'ROLE', id: roleId }]);
  }
  if (entity.type === 'GROUP') return chains;
  const groupIds = groupsOverride ?? containersOf(snapshot, entity, 'GROUP');
  for (const groupId of unique(groupIds)) {
    const group: OwnerRef = { type: 'GROUP', id: groupId };
    chains.push([...root, entity, group]);
    for (const roleId of unique(containersOf(snapshot, group, 'ROLE'))) {
      chains.push([...root, entity, group, { type: 'ROLE', id: roleId }]);
    }
  }
  return chains;
}

export function computeEffectivePermissions(
  snapshot: DirectorySnapshot,
  subject: Subject,
  version: ClusterVersion,
  options: EffectiveOptions = {},
): EffectivePermissions {
  const warnings: Message[] = [];
  const primary: OwnerRef = { type: subject.type, id: subject.id };
  const isPrincipal = subject.type === 'USER' || subject.type === 'CLIENT';
  const groupsOverride = isPrincipal && Array.isArray(subject.groupsFromToken) ? subject.groupsFromToken : null;

  const chains: OwnerRef[][] = entityChains(snapshot, [], primary, groupsOverride);

  const matchedMappingRules: string[] = [];
  if (isPrincipal && subject.claims) {
    for (const rule of snapshot.mappingRules) {
      if (claimMatches(subject.claims, rule.claimName, rule.claimValue)) matchedMappingRules.push(rule.mappingRuleId);
    }
  } else if (isPrincipal && snapshot.mappingRules.length > 0) {
    // Say exactly which rules were left out and what each needs, so a denial is never a silent guess.
    const rules = joinMessages(
      snapshot.mappingRules.map((rule) =>
        msg('diagnosis.warning.mappingRule', { id: rule.mappingRuleId, claim: rule.claimName, value: rule.claimValue }),
      ),
    );
    warnings.push(msg('diagnosis.warning.noToken', { rules }));
  }
  for (const ruleId of matchedMappingRules) {
    // Mapping rules are extra owners with their own roles, groups and groups' roles (docs/camunda-api/authorization-model.md §3 step 3).
    chains.push(...entityChains(snapshot, [primary], { type: 'MAPPING_RULE', id: ruleId }, null));
  }

  const owners: ResolvedOwner[] = chains.map((chain) => ({
    owner: chain[chain.length - 1] ?? primary,
    provenance: provenance(chain),
  }));

  const grants: EffectiveGrant[] = [];
  for (const { owner, provenance: via } of owners) {
    for (const authorization of snapshot.authorizations) {
      if (authorization.ownerType === owner.type && authorization.ownerId === owner.id) {
        grants.push({ authorization, owner, provenance: via });
      }
    }
  }

  const tenants: EffectivePermissions['tenants'] = [];
  for (const { owner, provenance: via } of owners) {
    for (const tenantId of containersOf(snapshot, owner, 'TENANT')) tenants.push({ tenantId, provenance: via });
  }

  const groups: GroupSource[] = [];
  for (const { owner, provenance: via } of owners) {
    if (owner.type !== 'GROUP' || groups.some((g) => g.groupId === owner.id)) continue;
    const source = via.chain[0]?.type === 'MAPPING_RULE' ? 'mapping-rule' : groupsOverride ? 'token' : 'membership';
    groups.push({ groupId: owner.id, source });
  }
  const groupIds = groups.map((g) => g.groupId);

  if (subject.type === 'USER' && !snapshot.users.some((u) => u.username === subject.id) && subject.claims == null) {
    warnings.push(msg('diagnosis.warning.unknownUser', { id: subject.id }));
  }

  return {
    subject,
    version,
    multiTenancy: options.multiTenancy ?? null,
    tenantCount: snapshot.tenants.length,
    owners,
    grants,
    tenants,
    matchedMappingRules,
    username: subject.type === 'USER' ? subject.id : null,
    groupIds,
    groups,
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface RequiredPermission {
  permission: string;
  resourceType: string;
  /** The resource id the check is scoped to; null for checks that only a `*` grant satisfies. */
  resourceId: string | null;
}

export interface UserTaskFacts {
  userTaskKey: string;
  processDefinitionId: string;
  /** The task's tenant; absent when unknown (then no tenant check is made). */
  tenantId?: string | null;
  assignee?: string | null;
  candidateUsers?: string[] | null;
  candidateGroups?: string[] | null;
}

export type AccessRequest =
  | {
      kind: 'permission';
      anyOf: RequiredPermission[];
      /** The tenant of the resource, when known. */ tenantId?: string | null;
    }
  | { kind: 'user-task'; operation: UserTaskOperation; task: UserTaskFacts };

export interface GrantMatch {
  grant: EffectiveGrant;
  requirement: RequiredPermission;
  matchedBy: 'id' | 'wildcard' | 'property';
  property?: UserTaskProperty;
}

export type NearMissReason = 'other-resource-id' | 'other-permission' | 'property-mismatch';

export interface NearMiss {
  grant: EffectiveGrant;
  reason: NearMissReason;
  sentence: Message;
}

export interface Evaluation {
  allowed: boolean;
  /**
   * For user tasks: which layer decided (`process` wins when both would); `tenant` when the
   * resource's tenant hides it from the principal whatever its grants say.
   */
  decidedBy: 'process' | 'task' | 'permission' | 'tenant' | null;
  /** The tenant that hides the resource (the cluster answers 404); null otherwise. */
  tenantHidden: string | null;
  /** The deciding rule in words: which layer, which grant, the task's candidates and the principal's groups. */
  rule: Message;
  processLevel: RequiredPermission[];
  taskLevel: RequiredPermission[];
  decisive: GrantMatch[];
  /** Task-level grants that would also allow it but were not evaluated because the process level decided. */
  shadowed: GrantMatch[];
  nearMisses: NearMiss[];
  /** The verdict in words; `rule` is the same message object when nothing more needs saying. */
  sentence: Message;
}

/** Which permissions a user-task operation needs per layer (docs/camunda-api/authorization-model.md §6). */
function userTaskRequirements(
  operation: UserTaskOperation,
  version: ClusterVersion,
  task: UserTaskFacts,
  username: string | null,
): { processLevel: RequiredPermission[]; taskLevel: RequiredPermission[] } {
  const pd = (permission: string): RequiredPermission => ({
    permission,
    resourceType: 'PROCESS_DEFINITION',
    resourceId: task.processDefinitionId,
  });
  const ut = (permission: string): RequiredPermission => ({
    permission,
    resourceType: 'USER_TASK',
    resourceId: task.userTaskKey,
  });
  if (!hasUserTaskResource(version)) {
    // 8.8: only PROCESS_DEFINITION; every write needs UPDATE_USER_TASK (claim included, [inferred]).
    return { processLevel: [pd(operation === 'read' ? 'READ_USER_TASK' : 'UPDATE_USER_TASK')], taskLevel: [] };
  }
  const selfUnassign = operation === 'unassign' && username !== null && task.assignee === username;
  switch (operation) {
    case 'read':
      return { processLevel: [pd('READ_USER_TASK')], taskLevel: [ut('READ')] };
    case 'claim':
      return {
        processLevel: [pd('UPDATE_USER_TASK'), pd('CLAIM_USER_TASK')],
        taskLevel: [ut('UPDATE'), ut('CLAIM')],
      };
    case 'complete':
      return {
        processLevel: [pd('UPDATE_USER_TASK'), pd('COMPLETE_USER_TASK')],
        taskLevel: [ut('UPDATE'), ut('COMPLETE')],
      };
    case 'unassign':
      // The assignee may unassign themselves with CLAIM (engine test for PD:CLAIM_USER_TASK; UT:CLAIM by the wording of authorization-model.md §6).
      return selfUnassign
        ? { processLevel: [pd('UPDATE_USER_TASK'), pd('CLAIM_USER_TASK')], taskLevel: [ut('UPDATE'), ut('CLAIM')] }
        : { processLevel: [pd('UPDATE_USER_TASK')], taskLevel: [ut('UPDATE')] };
    case 'assign':
    case 'update':
      return { processLevel: [pd('UPDATE_USER_TASK')], taskLevel: [ut('UPDATE')] };
  }
}

function propertyMatches(
  property: string,
  task: UserTaskFacts,
  effective: EffectivePermissions,
): property is UserTaskProperty {
  const username = effective.username;
  switch (property) {
    case 'assignee':
      return username !== null && task.assignee === username;
    case 'candidateUsers':
      return username !== null && (task.candidateUsers ?? []).includes(username);
    case 'candidateGroups':
      return (task.candidateGroups ?? []).some((group) => effective.groupIds.includes(group));
    default:
      return false;
  }
}

function isPropertyBased(authorization: Authorization): boolean {
  return authorization.resourcePropertyName != null && authorization.resourcePropertyName !== '';
}

function appliesInVersion(authorization: Authorization, version: ClusterVersion): boolean {
  if (!hasUserTaskResource(version) && authorization.resourceType === 'USER_TASK') return false;
  if (!hasUserTaskResource(version) && isPropertyBased(authorization)) return false;
  return true;
}

function matchGrant(
  grant: EffectiveGrant,
  requirement: RequiredPermission,
  effective: EffectivePermissions,
  task: UserTaskFacts | null,
): GrantMatch | null {
  const { authorization } = grant;
  if (!appliesInVersion(authorization, effective.version)) return null;
  if (authorization.resourceType !== requirement.resourceType) return null;
  if (!authorization.permissionTypes.includes(requirement.permission)) return null;
  if (isPropertyBased(authorization)) {
    const property = authorization.resourcePropertyName ?? '';
    if (requirement.resourceType === 'USER_TASK' && task && propertyMatches(property, task, effective)) {
      return { grant, requirement, matchedBy: 'property', property };
    }
    return null;
  }
  if (authorization.resourceId === WILDCARD) return { grant, requirement, matchedBy: 'wildcard' };
  if (requirement.resourceId !== null && authorization.resourceId === requirement.resourceId) {
    return { grant, requirement, matchedBy: 'id' };
  }
  return null;
}

function matchAll(
  effective: EffectivePermissions,
  requirements: RequiredPermission[],
  task: UserTaskFacts | null,
): GrantMatch[] {
  const matches: GrantMatch[] = [];
  for (const requirement of requirements) {
    for (const grant of effective.grants) {
      const match = matchGrant(grant, requirement, effective, task);
      if (match) matches.push(match);
    }
  }
  return matches;
}

/** Joins worded parts with the UI language's comma ("`a`, `b`"); an empty list reads "none". */
export function joinMessages(
  parts: readonly (Message | string)[],
  joiner: 'comma' | 'or' | 'commaOr' = 'comma',
): Message | string {
  const [first, ...rest] = parts;
  if (first === undefined) return msg('diagnosis.words.none');
  let joined: Message | string = first;
  for (const next of rest) {
    const id =
      joiner === 'or' ? 'diagnosis.join.or' : joiner === 'commaOr' ? 'diagnosis.join.commaOr' : 'diagnosis.join.comma';
    joined = msg(id, { first: joined, second: next });
  }
  return joined;
}

/** Ids as `code`, comma-joined; "none" when empty. */
export function codeList(values: readonly string[] | null | undefined): Message | string {
  return joinMessages((values ?? []).map((v) => `\`${v}\``));
}

/** "process `invoice`", "every process (`*`)", or "every process" for a check only `*` satisfies. */
export function resourceMessage(resourceType: string, resourceId: string | null): Message {
  if (resourceId === null) return resourceNounMessage(resourceType, 'every');
  if (resourceId === WILDCARD)
    return msg('diagnosis.resource.wildcard', { every: resourceNounMessage(resourceType, 'every') });
  return msg('diagnosis.resource.one', { noun: resourceNounMessage(resourceType, 'one'), id: resourceId });
}

/** Where a grant applies, in words of the UI language: "process `invoice`", "every process (`*`)", "user tasks assigned to you". */
export function grantTargetMessage(authorization: Authorization): Message {
  if (isPropertyBased(authorization)) {
    return msg('diagnosis.grantTarget.property', { property: authorization.resourcePropertyName ?? '' });
  }
  return resourceMessage(authorization.resourceType, authorization.resourceId ?? null);
}

function quotedOr(value: string | null | undefined, none: 'nobody' | 'none'): Message | string {
  return value ? `\`${value}\`` : msg(none === 'nobody' ? 'diagnosis.words.nobody' : 'diagnosis.words.none');
}

function propertyMismatchDetail(property: string, task: UserTaskFacts, effective: EffectivePermissions): Message {
  switch (property) {
    case 'assignee':
      return msg('diagnosis.mismatch.assignee', { assignee: quotedOr(task.assignee, 'nobody') });
    case 'candidateUsers':
      return msg('diagnosis.mismatch.candidateUsers', { users: codeList(task.candidateUsers) });
    case 'candidateGroups':
      return msg('diagnosis.mismatch.candidateGroups', {
        groups: codeList(task.candidateGroups),
        callerGroups: codeList(effective.groupIds),
      });
    default:
      return msg('diagnosis.mismatch.unknownProperty', { property });
  }
}

function findNearMisses(
  effective: EffectivePermissions,
  requirements: RequiredPermission[],
  task: UserTaskFacts | null,
): NearMiss[] {
  const misses: NearMiss[] = [];
  const seen = new Set<string>();
  const push = (grant: EffectiveGrant, reason: NearMissReason, sentence: Message) => {
    const key = `${reason}|${grant.authorization.authorizationKey ?? JSON.stringify(grant.authorization)}|${grant.provenance.label}`;
    if (seen.has(key)) return;
    seen.add(key);
    misses.push({ grant, reason, sentence });
  };
  for (const grant of effective.grants) {
    const { authorization } = grant;
    if (!appliesInVersion(authorization, effective.version)) continue;
    const via = provenanceMessage(grant.provenance);
    const target = grantTargetMessage(authorization);
    const granted = authorization.permissionTypes.join(', ');
    for (const requirement of requirements) {
      if (authorization.resourceType !== requirement.resourceType) continue;
      const hasPermission = authorization.permissionTypes.includes(requirement.permission);
      const { permission } = requirement;
      if (isPropertyBased(authorization)) {
        const property = authorization.resourcePropertyName ?? '';
        const applies = task !== null && propertyMatches(property, task, effective);
        if (hasPermission && !applies && task) {
          const detail = propertyMismatchDetail(property, task, effective);
          push(
            grant,
            'property-mismatch',
            msg('diagnosis.nearMiss.propertyMismatch', { permission, target, via, detail }),
          );
        } else if (!hasPermission && applies) {
          push(
            grant,
            'other-permission',
            msg('diagnosis.nearMiss.propertyOtherPermission', { granted, target, via, permission }),
          );
        }
        continue;
      }
      const resourceMatches =
        authorization.resourceId === WILDCARD ||
        (requirement.resourceId !== null && authorization.resourceId === requirement.resourceId);
      if (hasPermission && !resourceMatches) {
        const needed = resourceMessage(requirement.resourceType, requirement.resourceId);
        push(grant, 'other-resource-id', msg('diagnosis.nearMiss.otherResource', { permission, target, via, needed }));
      } else if (!hasPermission && resourceMatches) {
        push(
          grant,
          'other-permission',
          msg('diagnosis.nearMiss.otherPermission', { granted, target, via, permission }),
        );
      }
    }
  }
  return misses;
}

function summary(matches: GrantMatch[]): Message | string {
  const first = matches[0];
  if (!first) return '';
  const { grant, requirement, matchedBy } = first;
  const where =
    matchedBy === 'property'
      ? grantTargetMessage(grant.authorization)
      : resourceMessage(requirement.resourceType, grant.authorization.resourceId ?? null);
  return msg('diagnosis.eval.grant', {
    permission: requirement.permission,
    where,
    via: provenanceMessage(grant.provenance),
  });
}

/** "READ on process `a` or UPDATE on every process": any one of them would do. */
function requiredMessage(required: RequiredPermission[]): Message | string {
  return joinMessages(
    required.map((r) =>
      msg('diagnosis.eval.required', {
        permission: r.permission,
        where: resourceMessage(r.resourceType, r.resourceId),
      }),
    ),
    'or',
  );
}

/** Whether the cluster checks `tenantId` (see EffectiveOptions for the inference). */
export function tenantChecksApply(
  effective: Pick<EffectivePermissions, 'multiTenancy' | 'tenantCount'>,
  tenantId: string,
): boolean {
  if (effective.multiTenancy !== null) return effective.multiTenancy;
  return tenantId !== DEFAULT_TENANT || effective.tenantCount > 1;
}

/** The tenant that hides a resource of `tenantId` from the principal, or null when it sees it. */
export function hidingTenant(effective: EffectivePermissions, tenantId: string | null | undefined): string | null {
  if (!tenantId || !tenantChecksApply(effective, tenantId)) return null;
  // Roles, groups and mapping rules can be tenant members; anonymous callers skip tenant checks.
  return effective.tenants.some((t) => t.tenantId === tenantId) ? null : tenantId;
}

/** "`eng` (stored membership), `ops` (from the token's groups claim)" or "none", in the UI language. */
export function describeGroups(effective: Pick<EffectivePermissions, 'groups'>): Message | string {
  return joinMessages(
    effective.groups.map((g) => msg('diagnosis.groupSource', { group: g.groupId, source: g.source })),
  );
}

/** The task's candidates and the principal's groups, as the property-based rule reads them. */
function candidateFacts(task: UserTaskFacts, effective: EffectivePermissions): Message {
  return msg('diagnosis.candidateFacts', {
    assignee: quotedOr(task.assignee, 'nobody'),
    users: codeList(task.candidateUsers),
    groups: codeList(task.candidateGroups),
    who: ownerMessage(effective.subject),
    principalGroups: describeGroups(effective),
  });
}

function ruleFor(
  layer: 'process' | 'task',
  matches: GrantMatch[],
  task: UserTaskFacts,
  effective: EffectivePermissions,
): Message {
  const first = matches[0];
  const grant = summary(matches);
  if (layer === 'process' || !first) return msg('diagnosis.rule.process', { grant });
  if (first.matchedBy === 'property') {
    return msg('diagnosis.rule.taskProperty', {
      property: first.property ?? '',
      grant,
      facts: candidateFacts(task, effective),
    });
  }
  return msg('diagnosis.rule.task', { grant, process: task.processDefinitionId });
}

function withTenant(
  evaluation: Evaluation,
  effective: EffectivePermissions,
  tenantId: string | null | undefined,
): Evaluation {
  const hidden = hidingTenant(effective, tenantId);
  if (hidden === null) return evaluation;
  const who = ownerMessage(effective.subject);
  return {
    ...evaluation,
    allowed: false,
    decidedBy: 'tenant',
    tenantHidden: hidden,
    rule: msg('diagnosis.rule.tenant', { tenant: hidden, who }),
    // What the grants alone would say stays visible: it is what applies once the tenant is assigned.
    sentence: msg('diagnosis.eval.hiddenByTenant', { tenant: hidden, who, sentence: evaluation.sentence }),
  };
}

export function evaluate(effective: EffectivePermissions, request: AccessRequest): Evaluation {
  if (request.kind === 'permission') {
    const decisive = matchAll(effective, request.anyOf, null);
    const allowed = decisive.length > 0;
    const sentence = allowed
      ? msg('diagnosis.eval.allowed', { grant: summary(decisive) })
      : msg('diagnosis.eval.denied', { required: requiredMessage(request.anyOf) });
    return withTenant(
      {
        allowed,
        decidedBy: allowed ? 'permission' : null,
        tenantHidden: null,
        rule: sentence,
        processLevel: [],
        taskLevel: [],
        decisive,
        shadowed: [],
        nearMisses: allowed ? [] : findNearMisses(effective, request.anyOf, null),
        sentence,
      },
      effective,
      request.tenantId,
    );
  }

  const { task, operation } = request;
  const { processLevel, taskLevel } = userTaskRequirements(operation, effective.version, task, effective.username);
  const processMatches = matchAll(effective, processLevel, task);
  const taskMatches = matchAll(effective, taskLevel, task);
  if (processMatches.length > 0) {
    return withTenant(
      {
        allowed: true,
        decidedBy: 'process',
        tenantHidden: null,
        rule: ruleFor('process', processMatches, task, effective),
        processLevel,
        taskLevel,
        decisive: processMatches,
        shadowed: taskMatches,
        nearMisses: [],
        sentence: msg('diagnosis.eval.allowedProcess', { grant: summary(processMatches) }),
      },
      effective,
      task.tenantId,
    );
  }
  if (taskMatches.length > 0) {
    return withTenant(
      {
        allowed: true,
        decidedBy: 'task',
        tenantHidden: null,
        rule: ruleFor('task', taskMatches, task, effective),
        processLevel,
        taskLevel,
        decisive: taskMatches,
        shadowed: [],
        nearMisses: [],
        sentence: msg('diagnosis.eval.allowedTask', { grant: summary(taskMatches) }),
      },
      effective,
      task.tenantId,
    );
  }
  const required = [...processLevel, ...taskLevel];
  const hasTaskLayer = taskLevel.length > 0;
  return withTenant(
    {
      allowed: false,
      decidedBy: null,
      tenantHidden: null,
      rule: hasTaskLayer
        ? msg('diagnosis.rule.neither', { process: task.processDefinitionId, facts: candidateFacts(task, effective) })
        : msg('diagnosis.rule.processOnly', { process: task.processDefinitionId }),
      processLevel,
      taskLevel,
      decisive: [],
      shadowed: [],
      nearMisses: findNearMisses(effective, required, task),
      sentence: msg('diagnosis.eval.denied', { required: requiredMessage(required) }),
    },
    effective,
    task.tenantId,
  );
}

/** The principals a snapshot knows: users, plus clients from memberships and authorization owners. */
export function knownClients(snapshot: DirectorySnapshot): string[] {
  return unique([
    ...snapshot.clients.map((c) => c.clientId),
    ...snapshot.memberships.filter((m) => m.memberType === 'CLIENT').map((m) => m.memberId),
    ...snapshot.authorizations.filter((a) => a.ownerType === 'CLIENT').map((a) => a.ownerId),
  ]).sort();
}

export interface TaskAccessRow {
  subject: Subject;
  read: Evaluation;
  claim: Evaluation;
  complete: Evaluation;
}

/**
 * "Who may read, claim, complete this task and why" over every user and client of the snapshot.
 * Evaluated without tokens: mapping rules and token groups are not applied (said in the UI). A
 * task of a tenant the principal is not assigned to is denied for every operation.
 */
export function whoMayWorkOnTask(
  snapshot: DirectorySnapshot,
  task: UserTaskFacts,
  version: ClusterVersion,
  options: EffectiveOptions = {},
): TaskAccessRow[] {
  const subjects: Subject[] = [
    ...snapshot.users.map((u): Subject => ({ type: 'USER', id: u.username })),
    ...knownClients(snapshot).map((id): Subject => ({ type: 'CLIENT', id })),
  ];
  return subjects.map((subject) => {
    // The task's tenant is checked like the cluster does: a principal outside it may do nothing.
    const effective = computeEffectivePermissions(snapshot, subject, version, options);
    return {
      subject,
      read: evaluate(effective, { kind: 'user-task', operation: 'read', task }),
      claim: evaluate(effective, { kind: 'user-task', operation: 'claim', task }),
      complete: evaluate(effective, { kind: 'user-task', operation: 'complete', task }),
    };
  });
}
