// Fixes that are memberships, not authorizations: a tenant assignment for a tenant-hidden answer, a
// group membership for a candidate-group mismatch. Each is one `PUT` without a body; the paths are
// the same on 8.8, 8.9 and 8.10 (docs/camunda-api/applying-authorizations.md §1, the operation
// catalogue's assign…ToTenant / assign…ToGroup / assign…ToRole entries).
import type { ClusterAuthKind } from './fix-drafts.ts';
import { type Message, msg } from '../i18n/message.ts';

export type MembershipContainer = 'TENANT' | 'GROUP' | 'ROLE';
export type MembershipMember = 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE';

export interface MembershipDraft {
  containerType: MembershipContainer;
  containerId: string;
  memberType: MembershipMember;
  memberId: string;
}

export interface MembershipProposal {
  draft: MembershipDraft;
  /** Why this membership, and who else it affects. */
  rationale: Message;
  recommended: boolean;
}

/** One drafted membership with everything "Apply" and the copy blocks need. */
export interface DraftedMembershipFix {
  proposal: MembershipProposal;
  method: 'PUT';
  /** `/v2/tenants/{tenantId}/users/{username}` with the ids filled in and encoded. */
  path: string;
  curl: string;
}

const CONTAINER_SEGMENT: Record<MembershipContainer, string> = {
  TENANT: 'tenants',
  GROUP: 'groups',
  ROLE: 'roles',
};

const MEMBER_SEGMENT: Record<MembershipMember, string> = {
  USER: 'users',
  CLIENT: 'clients',
  GROUP: 'groups',
  ROLE: 'roles',
  MAPPING_RULE: 'mapping-rules',
};

/** Which members each container takes through the REST API (a role is no member of a group). */
const ACCEPTED_MEMBERS: Record<MembershipContainer, readonly MembershipMember[]> = {
  TENANT: ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'],
  GROUP: ['USER', 'CLIENT', 'MAPPING_RULE'],
  ROLE: ['USER', 'CLIENT', 'GROUP', 'MAPPING_RULE'],
};

export function acceptsMember(container: MembershipContainer, member: string): member is MembershipMember {
  return (ACCEPTED_MEMBERS[container] as readonly string[]).includes(member);
}

export function membershipPath(draft: MembershipDraft): string {
  return `/v2/${CONTAINER_SEGMENT[draft.containerType]}/${encodeURIComponent(draft.containerId)}/${MEMBER_SEGMENT[draft.memberType]}/${encodeURIComponent(draft.memberId)}`;
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function membershipCurl(draft: MembershipDraft, restAddress: string, auth: ClusterAuthKind): string {
  const origin = restAddress.replace(/\/+$/, '').replace(/\/v2$/, '');
  const credentials =
    auth === 'basic'
      ? [`  -u '<username>:<password>'`]
      : auth === 'oidc'
        ? [`  -H 'Authorization: Bearer <access-token>'`]
        : [];
  return [`curl -X PUT ${shellQuote(`${origin}${membershipPath(draft)}`)}`, ...credentials].join(' \\\n');
}

export function draftMembership(
  proposal: MembershipProposal,
  target: { baseUrl: string; auth: ClusterAuthKind },
): DraftedMembershipFix {
  return {
    proposal,
    method: 'PUT',
    path: membershipPath(proposal.draft),
    curl: membershipCurl(proposal.draft, target.baseUrl, target.auth),
  };
}

export interface TenantOwnerOption {
  type: MembershipMember;
  id: string;
}

/**
 * Tenant assignments that make `tenantId` visible to the principal, narrowest first: the principal
 * itself, then each group, role or mapping rule it gets permissions through (each brings everyone
 * else of that group, role or rule into the tenant too).
 */
export function proposeTenantAssignments(tenantId: string, owners: readonly TenantOwnerOption[]): MembershipProposal[] {
  const proposals = owners
    .filter((owner) => acceptsMember('TENANT', owner.type))
    .map((owner, index): MembershipProposal => {
      const values = { memberType: owner.type, memberId: owner.id, tenantId };
      const rationale =
        index === 0 && (owner.type === 'USER' || owner.type === 'CLIENT')
          ? msg('fix.membership.tenantSelf', values)
          : owner.type === 'MAPPING_RULE'
            ? msg('fix.membership.tenantTokens', values)
            : msg('fix.membership.tenantMembers', values);
      return {
        draft: { containerType: 'TENANT', containerId: tenantId, memberType: owner.type, memberId: owner.id },
        rationale,
        recommended: false,
      };
    });
  const first = proposals[0];
  if (first) first.recommended = true;
  return proposals;
}
