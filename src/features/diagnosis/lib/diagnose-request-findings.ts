// Two causes a permission list alone does not explain: a tenant that hides the resource, and a task
// whose candidate groups the principal is not in. Each comes with fixes that are re-evaluated against
// the snapshot before they are offered, so a proposal never promises more than the evaluator grants.
import { msg, type Message } from '../../../lib/i18n/message.ts';
import {
  codeList,
  computeEffectivePermissions,
  describeGroups,
  type DirectorySnapshot,
  type EffectivePermissions,
  evaluate,
  hidingTenant,
  ownerMessage,
  provenanceMessage,
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
import type { DraftedFix } from './diagnose-request.ts';

type Target = { baseUrl: string; auth: ClusterAuthKind };

export interface TenantFinding {
  /** Null when the answer is a 404 that a tenant may explain but nothing names the tenant. */
  tenantId: string | null;
  /** Whether the principal is assigned to it; null when its memberships could not be read. */
  assigned: boolean | null;
  sentence: Message;
  /** Tenant assignments, the principal itself first. */
  fixes: DraftedMembershipFix[];
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
        sentence: msg('diagnosis.tenant.unknown'),
        fixes: [],
      };
    }
    return null;
  }
  const who = subject ? ownerMessage(subject) : msg('diagnosis.words.theCaller');
  if (!tenantId) return null;
  const assigned = effective ? hidden === null : null;
  const sentence =
    assigned === true
      ? msg('diagnosis.tenant.assigned', { tenant: tenantId, who })
      : msg('diagnosis.tenant.notAssigned', {
          tenant: tenantId,
          who,
          status: explanation.status === 403 ? 'refused' : 'hidden',
        });
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
  title: Message;
  rationale: Message;
  memberships: DraftedMembershipFix[];
  grants: DraftedFix[];
  /** Re-evaluated against the snapshot with this change: the operation is then allowed. */
  verified: boolean;
  /** A change outside Camunda (the identity provider's groups), so nothing here can apply it. */
  external: Message | null;
}

export interface CandidateGroupFinding {
  candidateGroups: string[];
  candidateUsers: string[];
  principalGroups: EffectivePermissions['groups'];
  /** The principal's groups that are candidate groups of the task. */
  overlap: string[];
  sentence: Message;
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

function grantFix(draft: AuthorizationDraft, rationale: Message, target: Target, version: ClusterVersion): DraftedFix {
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
  const who = ownerMessage(subject);
  const overlap = candidateGroups.filter((g) => effective.groupIds.includes(g));
  const unmatchedGrant = effective.grants.find(
    (g) =>
      g.authorization.resourceType === 'USER_TASK' &&
      g.authorization.resourcePropertyName === 'candidateGroups' &&
      g.authorization.permissionTypes.includes(permission),
  );
  const facts = {
    groups: codeList(candidateGroups),
    users: codeList(task.candidateUsers ?? []),
    who,
    principalGroups: describeGroups(effective),
  };
  const sentence =
    overlap.length > 0
      ? msg('diagnosis.candidates.overlap', {
          ...facts,
          overlap: codeList(overlap),
          count: overlap.length,
          permission,
        })
      : unmatchedGrant
        ? msg('diagnosis.candidates.unmatchedGrant', {
            ...facts,
            permission,
            via: provenanceMessage(unmatchedGrant.provenance),
          })
        : msg('diagnosis.candidates.none', facts);

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
      title: msg('diagnosis.candidates.grantOwn.title', { who, permission }),
      rationale: msg('diagnosis.candidates.grantOwn.rationale', { who }),
      memberships: [],
      grants: [grantFix(own, msg('diagnosis.candidates.grantOwn.grant', { who, permission }), target, version)],
      verified: allowedWith(snapshot, effective, task, operation, { grants: [own] }),
      external: null,
    });
    for (const groupId of overlap) {
      const draft = property('GROUP', groupId);
      options.push({
        title: msg('diagnosis.candidates.grantGroup.title', { group: groupId, permission }),
        rationale: msg('diagnosis.candidates.grantGroup.rationale', { group: groupId }),
        memberships: [],
        grants: [
          grantFix(draft, msg('diagnosis.candidates.groupGrant', { group: groupId, permission }), target, version),
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
        title: msg('diagnosis.candidates.idp.title', { who, group: groupId }),
        rationale: msg('diagnosis.candidates.idp.rationale', { who }),
        memberships: [],
        grants: [],
        verified: false,
        external: msg('diagnosis.candidates.idp.external', { who, group: groupId }),
      });
      continue;
    }
    const membership: MembershipProposal = {
      draft: { containerType: 'GROUP', containerId: groupId, memberType: subject.type, memberId: subject.id },
      rationale: msg('diagnosis.candidates.membership.rationale', { who, group: groupId }),
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
        title: msg('diagnosis.candidates.membership.title', { who, group: groupId }),
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
      title: msg('diagnosis.candidates.pair.title', { who, group: groupId, permission }),
      rationale: msg('diagnosis.candidates.pair.rationale', { who, group: groupId, permission }),
      memberships: [draftMembership(membership, target)],
      grants: [
        grantFix(draft, msg('diagnosis.candidates.groupGrant', { group: groupId, permission }), target, version),
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
