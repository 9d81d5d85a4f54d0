// Small hand-made directories for the audit, readiness and comparison tests.
import type { DirectoryMembership, DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';

let next = 1;

export function grant(
  owner: `${'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE'}:${string}`,
  resource: `${string}:${string}`,
  permissionTypes: string[],
): Authorization {
  const [ownerType = '', ownerId = ''] = owner.split(/:(.*)/s);
  const [resourceType = '', target = ''] = resource.split(/:(.*)/s);
  const property = target.startsWith('@') ? target.slice(1) : null;
  return {
    authorizationKey: String(2251799813690000 + next++),
    ownerType,
    ownerId,
    resourceType,
    resourceId: property === null ? target : null,
    resourcePropertyName: property,
    permissionTypes,
  };
}

export function member(container: `${'GROUP' | 'ROLE' | 'TENANT'}:${string}`, memberRef: string): DirectoryMembership {
  const [containerType = '', containerId = ''] = container.split(/:(.*)/s);
  const [memberType = '', memberId = ''] = memberRef.split(/:(.*)/s);
  return {
    containerType: containerType as DirectoryMembership['containerType'],
    containerId,
    memberType: memberType as DirectoryMembership['memberType'],
    memberId,
  };
}

export function directory(
  authorizations: Authorization[],
  memberships: DirectoryMembership[] = [],
  extra: Partial<DirectorySnapshot> = {},
): DirectorySnapshot {
  return {
    authorizations,
    users: [{ username: 'anna' }, { username: 'kim' }, { username: 'ron' }],
    clients: [],
    groups: [{ groupId: 'accounting' }],
    roles: [{ roleId: 'admin' }, { roleId: 'approver' }],
    tenants: [{ tenantId: '<default>' }],
    mappingRules: [],
    memberships,
    ...extra,
  };
}
