import { expect } from 'vitest';

// The groups / roles / tenants / mapping-rules part of the SDK contract tests, shared by the
// 8.8 and the 8.9 SDK. The two SDK clients are distinct classes, so this names only the calls it
// makes, in the shape both satisfy. Both SDKs brand ids as `string & { readonly __brand: Name }`.
// User create/update/delete stay in each test: their second argument differs between the SDKs.

type Branded<Name extends string> = string & { readonly __brand: Name };
type Username = Branded<'Username'>;
type TenantId = Branded<'TenantId'>;

interface Consistency {
  consistency: { waitUpToMs: number };
}

type Write<In> = (input: In) => PromiseLike<unknown>;
type Read<In, Out = unknown> = (input: In, consistency: Consistency) => PromiseLike<Out>;

interface GroupRef {
  groupId: string;
}
interface RoleRef {
  roleId: string;
}
interface TenantRef {
  tenantId: TenantId;
}

export interface IdentityClient {
  createMappingRule: Write<{ mappingRuleId: string; name: string; claimName: string; claimValue: string }>;
  getMappingRule: Read<{ mappingRuleId: string }>;
  updateMappingRule: Write<{ mappingRuleId: string; name: string; claimName: string; claimValue: string }>;
  searchMappingRule: Read<{ filter: { claimName: string } }>;
  deleteMappingRule: Write<{ mappingRuleId: string }>;

  createGroup: Write<GroupRef & { name: string; description: string }>;
  getGroup: Read<GroupRef>;
  updateGroup: Write<GroupRef & { name: string; description: string }>;
  searchGroups: Read<{ filter: GroupRef }>;
  assignUserToGroup: Write<GroupRef & { username: Username }>;
  assignClientToGroup: Write<GroupRef & { clientId: string }>;
  assignMappingRuleToGroup: Write<GroupRef & { mappingRuleId: string }>;
  searchUsersForGroup: Read<GroupRef, { items?: unknown }>;
  searchClientsForGroup: Read<GroupRef>;
  searchMappingRulesForGroup: Read<GroupRef>;
  searchRolesForGroup: Read<GroupRef, { items?: { roleId?: string }[] }>;
  unassignUserFromGroup: Write<GroupRef & { username: Username }>;
  unassignClientFromGroup: Write<GroupRef & { clientId: string }>;
  unassignMappingRuleFromGroup: Write<GroupRef & { mappingRuleId: string }>;
  deleteGroup: Write<GroupRef>;

  createRole: Write<RoleRef & { name: string }>;
  getRole: Read<RoleRef>;
  updateRole: Write<RoleRef & { name: string; description: string }>;
  searchRoles: Read<{ filter: RoleRef }>;
  assignRoleToUser: Write<RoleRef & { username: Username }>;
  assignRoleToClient: Write<RoleRef & { clientId: string }>;
  assignRoleToGroup: Write<RoleRef & GroupRef>;
  assignRoleToMappingRule: Write<RoleRef & { mappingRuleId: string }>;
  searchUsersForRole: Read<RoleRef>;
  searchClientsForRole: Read<RoleRef>;
  searchGroupsForRole: Read<RoleRef>;
  searchMappingRulesForRole: Read<RoleRef>;
  unassignRoleFromUser: Write<RoleRef & { username: Username }>;
  unassignRoleFromClient: Write<RoleRef & { clientId: string }>;
  unassignRoleFromGroup: Write<RoleRef & GroupRef>;
  unassignRoleFromMappingRule: Write<RoleRef & { mappingRuleId: string }>;
  deleteRole: Write<RoleRef>;

  createTenant: Write<TenantRef & { name: string; description: string }>;
  getTenant: Read<TenantRef>;
  updateTenant: Write<TenantRef & { name: string; description: string }>;
  searchTenants: Read<{ filter: TenantRef }>;
  assignUserToTenant: Write<TenantRef & { username: Username }>;
  assignClientToTenant: Write<TenantRef & { clientId: string }>;
  assignGroupToTenant: Write<TenantRef & GroupRef>;
  assignRoleToTenant: Write<TenantRef & RoleRef>;
  assignMappingRuleToTenant: Write<TenantRef & { mappingRuleId: string }>;
  searchUsersForTenant: Read<TenantRef>;
  searchClientsForTenant: Read<TenantRef>;
  searchGroupIdsForTenant: Read<TenantRef>;
  searchRolesForTenant: Read<TenantRef>;
  searchMappingRulesForTenant: Read<TenantRef>;
  unassignUserFromTenant: Write<TenantRef & { username: Username }>;
  unassignClientFromTenant: Write<TenantRef & { clientId: string }>;
  unassignGroupFromTenant: Write<TenantRef & GroupRef>;
  unassignRoleFromTenant: Write<TenantRef & RoleRef>;
  unassignMappingRuleFromTenant: Write<TenantRef & { mappingRuleId: string }>;
  deleteTenant: Write<TenantRef>;
}

/** The entities one contract run creates; the suffix keeps runs against one cluster apart. */
export interface IdentityNames {
  user: Username;
  tenant: TenantId;
  group: string;
  role: string;
  rule: string;
}

export function identityNames(suffix: string, user: Username, tenant: TenantId): IdentityNames {
  return { user, tenant, group: `auditors-${suffix}`, role: `invoice-editors-${suffix}`, rule: `rule-${suffix}` };
}

const C: Consistency = { consistency: { waitUpToMs: 0 } };
const CLIENT = 'worker-client';

/** Creates, reads, updates and links a mapping rule, group, role and tenant around `names.user`. */
export async function exerciseGroupsRolesTenants(camunda: IdentityClient, names: IdentityNames): Promise<void> {
  const { user, group, role, tenant, rule } = names;
  await camunda.createMappingRule({ mappingRuleId: rule, name: 'Dept', claimName: '$.dept', claimValue: 'finance' });
  await camunda.getMappingRule({ mappingRuleId: rule }, C);
  await camunda.updateMappingRule({
    mappingRuleId: rule,
    name: 'Department',
    claimName: '$.dept',
    claimValue: 'finance',
  });
  await camunda.searchMappingRule({ filter: { claimName: '$.dept' } }, C);
  await camunda.createGroup({ groupId: group, name: 'Auditors', description: 'Read-only people' });
  await camunda.getGroup({ groupId: group }, C);
  await camunda.updateGroup({ groupId: group, name: 'Auditors', description: 'Internal audit' });
  await camunda.searchGroups({ filter: { groupId: group } }, C);
  await camunda.assignUserToGroup({ groupId: group, username: user });
  await camunda.assignClientToGroup({ groupId: group, clientId: CLIENT });
  await camunda.assignMappingRuleToGroup({ groupId: group, mappingRuleId: rule });
  expect((await camunda.searchUsersForGroup({ groupId: group }, C)).items).toEqual([{ username: user }]);
  await camunda.searchClientsForGroup({ groupId: group }, C);
  await camunda.searchMappingRulesForGroup({ groupId: group }, C);
  await camunda.createRole({ roleId: role, name: 'Invoice editors' });
  await camunda.getRole({ roleId: role }, C);
  await camunda.updateRole({ roleId: role, name: 'Invoice editors', description: 'Can edit invoices' });
  await camunda.searchRoles({ filter: { roleId: role } }, C);
  await camunda.assignRoleToUser({ roleId: role, username: user });
  await camunda.assignRoleToClient({ roleId: role, clientId: CLIENT });
  await camunda.assignRoleToGroup({ roleId: role, groupId: group });
  await camunda.assignRoleToMappingRule({ roleId: role, mappingRuleId: rule });
  await camunda.searchUsersForRole({ roleId: role }, C);
  await camunda.searchClientsForRole({ roleId: role }, C);
  await camunda.searchGroupsForRole({ roleId: role }, C);
  await camunda.searchMappingRulesForRole({ roleId: role }, C);
  expect((await camunda.searchRolesForGroup({ groupId: group }, C)).items?.map((r) => r.roleId)).toEqual([role]);
  await camunda.createTenant({ tenantId: tenant, name: 'Tenant', description: 'test tenant' });
  await camunda.getTenant({ tenantId: tenant }, C);
  await camunda.updateTenant({ tenantId: tenant, name: 'Tenant A', description: 'renamed' });
  await camunda.searchTenants({ filter: { tenantId: tenant } }, C);
  await camunda.assignUserToTenant({ tenantId: tenant, username: user });
  await camunda.assignClientToTenant({ tenantId: tenant, clientId: CLIENT });
  await camunda.assignGroupToTenant({ tenantId: tenant, groupId: group });
  await camunda.assignRoleToTenant({ tenantId: tenant, roleId: role });
  await camunda.assignMappingRuleToTenant({ tenantId: tenant, mappingRuleId: rule });
  await camunda.searchUsersForTenant({ tenantId: tenant }, C);
  await camunda.searchClientsForTenant({ tenantId: tenant }, C);
  await camunda.searchGroupIdsForTenant({ tenantId: tenant }, C);
  await camunda.searchRolesForTenant({ tenantId: tenant }, C);
  await camunda.searchMappingRulesForTenant({ tenantId: tenant }, C);
}

/** Undoes every membership, then deletes the tenant, role, group and mapping rule (not the user). */
export async function tearDownGroupsRolesTenants(camunda: IdentityClient, names: IdentityNames): Promise<void> {
  const { user, group, role, tenant, rule } = names;
  await camunda.unassignMappingRuleFromTenant({ tenantId: tenant, mappingRuleId: rule });
  await camunda.unassignRoleFromTenant({ tenantId: tenant, roleId: role });
  await camunda.unassignGroupFromTenant({ tenantId: tenant, groupId: group });
  await camunda.unassignClientFromTenant({ tenantId: tenant, clientId: CLIENT });
  await camunda.unassignUserFromTenant({ tenantId: tenant, username: user });
  await camunda.unassignRoleFromMappingRule({ roleId: role, mappingRuleId: rule });
  await camunda.unassignRoleFromGroup({ roleId: role, groupId: group });
  await camunda.unassignRoleFromClient({ roleId: role, clientId: CLIENT });
  await camunda.unassignRoleFromUser({ roleId: role, username: user });
  await camunda.unassignMappingRuleFromGroup({ groupId: group, mappingRuleId: rule });
  await camunda.unassignClientFromGroup({ groupId: group, clientId: CLIENT });
  await camunda.unassignUserFromGroup({ groupId: group, username: user });
  await camunda.deleteTenant({ tenantId: tenant });
  await camunda.deleteRole({ roleId: role });
  await camunda.deleteGroup({ groupId: group });
  await camunda.deleteMappingRule({ mappingRuleId: rule });
}
