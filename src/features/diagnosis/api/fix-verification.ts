import type { DirectoryMembership, DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { CallerProfile } from '../../../lib/auth/caller.ts';
import type { AdminRead } from './fix-actions.ts';

// The verification evaluates the refused principal again, on what the administrator's re-read
// returned: every authorization the cluster now holds (not the caller's filtered view), and the
// memberships the diagnosis knew plus those the re-read confirmed.

function sameMembership(a: DirectoryMembership, b: DirectoryMembership): boolean {
  return (
    a.containerType === b.containerType &&
    a.containerId === b.containerId &&
    a.memberType === b.memberType &&
    a.memberId === b.memberId
  );
}

export function verificationSnapshot(
  base: DirectorySnapshot | null,
  principal: Pick<CallerProfile, 'type' | 'id' | 'groups' | 'roles'>,
  read: AdminRead,
): DirectorySnapshot {
  const own = (containerType: 'GROUP' | 'ROLE', containerId: string): DirectoryMembership[] =>
    principal.type === 'ANONYMOUS' || principal.id === null
      ? []
      : [{ containerType, containerId, memberType: principal.type, memberId: principal.id }];
  const known = base?.memberships ?? [
    ...principal.groups.flatMap((id) => own('GROUP', id)),
    ...principal.roles.flatMap((id) => own('ROLE', id)),
  ];
  const memberships = [...known];
  for (const m of read.memberships) if (!memberships.some((k) => sameMembership(k, m))) memberships.push(m);
  const ids = (type: DirectoryMembership['containerType']) => [
    ...new Set(memberships.filter((m) => m.containerType === type).map((m) => m.containerId)),
  ];
  return {
    authorizations: read.authorizations,
    users: base?.users ?? (principal.type === 'USER' && principal.id ? [{ username: principal.id }] : []),
    clients: base?.clients ?? (principal.type === 'CLIENT' && principal.id ? [{ clientId: principal.id }] : []),
    groups: base?.groups ?? ids('GROUP').map((groupId) => ({ groupId })),
    roles: base?.roles ?? ids('ROLE').map((roleId) => ({ roleId })),
    tenants: base?.tenants ?? ids('TENANT').map((tenantId) => ({ tenantId })),
    mappingRules: base?.mappingRules ?? [],
    memberships,
  };
}
