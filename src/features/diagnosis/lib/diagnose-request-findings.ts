// Two causes a permission list alone does not explain: a tenant that hides the resource, and a task
// whose candidate groups the principal is not in. Each comes with fixes that are re-evaluated against
// the snapshot before they are offered, so a proposal never promises more than the evaluator grants.
import {
  computeEffectivePermissions,
  describeGroups,
  type DirectorySnapshot,
  type EffectivePermissions,
  evaluate,
  hidingTenant,
  type Subject,
  type UserTaskFacts,
} from '../../../lib/authz/effective-permissions.ts';
import {
  type DraftedMembershipFix,
  draftMembership,
  type MembershipProposal,
  proposeTenantAssignments,
  type TenantOwnerOption,
} from '../../../lib/authz/fix-drafts-membership.ts';
import { type AuthorizationDraft, type ClusterAuthKind, fixFormats, restBody } from '../../../lib/authz/fix-drafts.ts';
import { type ClusterVersion, hasUserTaskResource } from '../../../lib/authz/model.ts';
import type { ForbiddenExplanation } from '../../../lib/authz/parse-forbidden.ts';
import type { UserTaskOperation } from '../../../lib/authz/request-target.ts';
import { describeSubject } from '../../../lib/authz/subject-from-token.ts';
import type { DraftedFix } from './diagnose-request.ts';

type Target = { baseUrl: string; auth: ClusterAuthKind };

export interface TenantFinding {
  /** Null when the answer is a 404 that a tenant may explain but nothing names the tenant. */
  tenantId: string | null;
  /** Whether the principal is assigned to it; null when its memberships could not be read. */
  assigned: boolean | null;
  sentence: string;
  /** Tenant assignments, the principal itself first. */
  fixes: DraftedMembershipFix[];
}

function code(value: string): string {
  return `\`${value}\``;
}

function list(values: readonly string[]): string {
  return values.length > 0 ? values.map(code).join(', ') : 'none';
}

export function tenantFinding(args: {
  explanation: ForbiddenExplanation;
  tenantId: string | null;
  effective: EffectivePermissions | null;
  subject: Subject | null;
  memberships: { groups: string[]; roles: string[]; mappingRules: string[] };
  target: Target;
}): TenantFinding | null {
  const { explanation, tenantId, effective, subject, memberships } = args;
  const namedByText = explanation.kind === 'tenant' || explanation.kind === 'tenant-hidden';
  const hidden = effective && tenantId ? hidingTenant(effective, tenantId) : null;
  if (!namedByText && hidden === null) {
    if (explanation.kind === 'not-found' && explanation.family === 'entity-not-found' && tenantId === null) {
      return {
        tenantId: null,
        assigned: null,
        sentence:
          'The cluster answers 404 both for what does not exist and for what belongs to a tenant the principal is not assigned to. Read the resource as an administrator (or give its tenant) to tell which.',
        fixes: [],
      };
    }
    return null;
  }
  const who = subject ? describeSubject(subject) : 'the caller';
  if (!tenantId) return null;
  const assigned = effective ? hidden === null : null;
  const status = explanation.status === 403 ? 'refuses it (403)' : 'answers 404 as if it did not exist';
  const sentence =
    assigned === true
      ? `The resource belongs to tenant ${code(tenantId)}, and ${who} is assigned to it now; the refusal predates the assignment or comes from elsewhere.`
      : `The resource belongs to tenant ${code(tenantId)}, and ${who} is not assigned to it — not directly, nor through a group, role or mapping rule — so the cluster ${status}, whatever the authorizations say. A tenant assignment fixes it; its authorizations then apply to the tenant's resources too.`;
  if (!subject || assigned === true) return { tenantId, assigned, sentence, fixes: [] };
  const owners: TenantOwnerOption[] = [
    { type: subject.type, id: subject.id },
    ...(subject.type === 'USER' || subject.type === 'CLIENT'
      ? [
          ...memberships.groups.map((id): TenantOwnerOption => ({ type: 'GROUP', id })),
          ...memberships.roles.map((id): TenantOwnerOption => ({ type: 'ROLE', id })),
          ...memberships.mappingRules.map((id): TenantOwnerOption => ({ type: 'MAPPING_RULE', id })),
        ]
      : []),
  ];
  return {
    tenantId,
    assigned,
    sentence,
    fixes: proposeTenantAssignments(tenantId, owners).map((p) => draftMembership(p, args.target)),
  };
}

// ---------------------------------------------------------------------------------------------
// Candidate groups

export interface CandidateFixOption {
  /** "Grant user anna CLAIM on tasks of her candidate groups", … */
  title: string;
  rationale: string;
  memberships: DraftedMembershipFix[];
  grants: DraftedFix[];
  /** Re-evaluated against the snapshot with this change: the operation is then allowed. */
  verified: boolean;
  /** A change outside Camunda (the identity provider's groups), so nothing here can apply it. */
  external: string | null;
}

export interface CandidateGroupFinding {
  candidateGroups: string[];
  candidateUsers: string[];
  principalGroups: EffectivePermissions['groups'];
  /** The principal's groups that are candidate groups of the task. */
  overlap: string[];
  sentence: string;
  /** Narrowest first. */
  options: CandidateFixOption[];
  /** The memberships that alone make the operation allowed (re-evaluated), for the fix panel to apply. */
  membershipFixes: DraftedMembershipFix[];
}

// The USER_TASK permission a property-based grant needs per operation (docs/camunda-api/authorization-model.md §6).
const TASK_PERMISSION: Partial<Record<UserTaskOperation, string>> = {
  claim: 'CLAIM',
  complete: 'COMPLETE',
  assign: 'UPDATE',
};

function grantFix(draft: AuthorizationDraft, rationale: string, target: Target, version: ClusterVersion): DraftedFix {
  return {
    proposal: { draft, rationale, recommended: false },
    formats: fixFormats(draft, { baseUrl: target.baseUrl, auth: target.auth, version }),
    body: restBody(draft),
  };
}

function allowedWith(
  snapshot: DirectorySnapshot,
  effective: EffectivePermissions,
  task: UserTaskFacts,
  operation: UserTaskOperation,
  change: { memberships?: DirectorySnapshot['memberships']; grants?: AuthorizationDraft[] },
): boolean {
  const changed: DirectorySnapshot = {
    ...snapshot,
    memberships: [...snapshot.memberships, ...(change.memberships ?? [])],
    authorizations: [
      ...snapshot.authorizations,
      ...(change.grants ?? []).map((draft) => ({
        ownerType: draft.ownerType,
        ownerId: draft.ownerId,
        resourceType: draft.resourceType,
        resourceId: draft.resourceId ?? null,
        resourcePropertyName: draft.resourcePropertyName ?? null,
        permissionTypes: draft.permissionTypes,
      })),
    ],
  };
  const again = computeEffectivePermissions(changed, effective.subject, effective.version, {
    multiTenancy: effective.multiTenancy,
  });
  return evaluate(again, { kind: 'user-task', operation, task }).allowed;
}

export function candidateGroupFinding(args: {
  effective: EffectivePermissions;
  snapshot: DirectorySnapshot | null;
  task: UserTaskFacts;
  operation: UserTaskOperation | null;
  version: ClusterVersion;
  target: Target;
}): CandidateGroupFinding | null {
  const { effective, snapshot, task, operation, version, target } = args;
  const permission = operation ? TASK_PERMISSION[operation] : undefined;
  const candidateGroups = task.candidateGroups ?? [];
  if (!snapshot || !operation || !permission || !hasUserTaskResource(version) || candidateGroups.length === 0) {
    return null;
  }
  // Candidates are who claims and completes; an assignment is about them only where a grant keys on them.
  const propertyGrantsExist = snapshot.authorizations.some(
    (a) =>
      a.resourceType === 'USER_TASK' &&
      a.resourcePropertyName === 'candidateGroups' &&
      a.permissionTypes.includes(permission),
  );
  if (operation === 'assign' && !propertyGrantsExist) return null;
  const subject = effective.subject;
  const who = describeSubject(subject);
  const overlap = candidateGroups.filter((g) => effective.groupIds.includes(g));
  const unmatchedGrant = effective.grants.find(
    (g) =>
      g.authorization.resourceType === 'USER_TASK' &&
      g.authorization.resourcePropertyName === 'candidateGroups' &&
      g.authorization.permissionTypes.includes(permission),
  );
  const sentence = [
    `This task's candidate groups are ${list(candidateGroups)} (candidate users ${list(task.candidateUsers ?? [])}); ${who}'s groups are ${describeGroups(effective)}.`,
    overlap.length > 0
      ? `${list(overlap)} ${overlap.length === 1 ? 'is a candidate group' : 'are candidate groups'}, but no ${permission} grant on tasks of its candidate groups reaches ${who}.`
      : `None of them is a candidate group${unmatchedGrant ? `, so ${who}'s grant of ${permission} on user tasks where one of its groups is a candidate group (${unmatchedGrant.provenance.label}) does not apply` : ''}.`,
  ].join(' ');

  const options: CandidateFixOption[] = [];
  const isPrincipal = subject.type === 'USER' || subject.type === 'CLIENT';
  const property = (ownerType: AuthorizationDraft['ownerType'], ownerId: string): AuthorizationDraft => ({
    ownerType,
    ownerId,
    resourceType: 'USER_TASK',
    resourcePropertyName: 'candidateGroups',
    permissionTypes: [permission],
  });

  if (overlap.length > 0) {
    const own = property(subject.type, subject.id);
    options.push({
      title: `Grant ${who} ${permission} on user tasks of its candidate groups`,
      rationale: `Only ${who}, only on tasks where one of its groups is a candidate group — this one and every future one like it.`,
      memberships: [],
      grants: [
        grantFix(
          own,
          `${permission} for ${who} on user tasks where one of its groups is a candidate group.`,
          target,
          version,
        ),
      ],
      verified: allowedWith(snapshot, effective, task, operation, { grants: [own] }),
      external: null,
    });
    for (const groupId of overlap) {
      const draft = property('GROUP', groupId);
      options.push({
        title: `Grant group ${groupId} ${permission} on user tasks where it is a candidate group`,
        rationale: `Every member of group ${groupId}, on every task that names ${groupId} (or another of their groups) as a candidate group.`,
        memberships: [],
        grants: [
          grantFix(
            draft,
            `${permission} for group ${groupId}'s members on tasks of their candidate groups.`,
            target,
            version,
          ),
        ],
        verified: allowedWith(snapshot, effective, task, operation, { grants: [draft] }),
        external: null,
      });
    }
  }

  const fromToken = isTokenGrouped(subject);
  for (const groupId of overlap.length > 0 ? [] : candidateGroups) {
    if (!isPrincipal) break;
    if (fromToken) {
      options.push({
        title: `Add ${who} to group ${groupId} in the identity provider`,
        rationale: `The cluster reads ${who}'s groups from the token's groups claim, so stored memberships do not count: the group must be in the token.`,
        memberships: [],
        grants: [],
        verified: false,
        external: `Add ${who} to group ${groupId} in the identity provider, so the token's groups claim carries it.`,
      });
      continue;
    }
    const membership: MembershipProposal = {
      draft: { containerType: 'GROUP', containerId: groupId, memberType: subject.type, memberId: subject.id },
      rationale: `Makes ${who} a member of candidate group ${groupId}: it gets every permission of that group too.`,
      recommended: false,
    };
    const row = {
      containerType: 'GROUP' as const,
      containerId: groupId,
      memberType: subject.type,
      memberId: subject.id,
    };
    const alone = allowedWith(snapshot, effective, task, operation, { memberships: [row] });
    if (alone) {
      options.push({
        title: `Add ${who} to candidate group ${groupId}`,
        rationale: membership.rationale,
        memberships: [draftMembership(membership, target)],
        grants: [],
        verified: true,
        external: null,
      });
      continue;
    }
    const draft = property('GROUP', groupId);
    options.push({
      title: `Add ${who} to candidate group ${groupId}, and grant the group ${permission} on tasks where it is a candidate group`,
      rationale: `${membership.rationale} The group has no ${permission} on its candidate tasks yet, so it needs that grant too (every member gets it).`,
      memberships: [draftMembership(membership, target)],
      grants: [
        grantFix(
          draft,
          `${permission} for group ${groupId}'s members on tasks of their candidate groups.`,
          target,
          version,
        ),
      ],
      verified: allowedWith(snapshot, effective, task, operation, { memberships: [row], grants: [draft] }),
      external: null,
    });
  }

  // Narrowest first as pushed; among equals, the ones the re-evaluation confirmed come first.
  const ordered = [...options].sort((a, b) => Number(b.verified) - Number(a.verified));
  return {
    candidateGroups,
    candidateUsers: task.candidateUsers ?? [],
    principalGroups: effective.groups,
    overlap,
    sentence,
    options: ordered,
    // Only memberships that fix it on their own: "apply" sends one change, never half of a pair.
    membershipFixes: ordered.filter((o) => o.verified && o.grants.length === 0).flatMap((o) => o.memberships),
  };
}

function isTokenGrouped(subject: Subject): boolean {
  return (subject.type === 'USER' || subject.type === 'CLIENT') && Array.isArray(subject.groupsFromToken);
}
