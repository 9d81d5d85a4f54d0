import { isAllowed } from './authorization-engine.ts';
import type { GroupEntity, RoleEntity, TenantEntity } from './entities.ts';
import { ApiProblem, rejection } from './problems.ts';
import { paginate, parseSearchRequest, sortItems } from './search.ts';
import { noContent, ok, type ServiceContext, type ServiceResult } from './service-context.ts';

import { type Entity, type IdentityKind, SPECS, searchEntities, store } from './identity-entity-service.ts';
import { requirePermission } from './identity-requests.ts';

type ContainerKind = 'groups' | 'roles' | 'tenants';
export type MemberKind = 'users' | 'clients' | 'groups' | 'roles' | 'mappingRules';

const MEMBER_LABEL: Record<MemberKind, string> = {
  users: 'user',
  clients: 'client',
  groups: 'group',
  roles: 'role',
  mappingRules: 'mapping rule',
};

function containerOf(
  ctx: ServiceContext,
  kind: ContainerKind,
  id: string,
): GroupEntity | RoleEntity | TenantEntity | undefined {
  return ctx.state[kind].get(id);
}

function membersOf(container: GroupEntity | RoleEntity | TenantEntity, member: MemberKind): Set<string> {
  const set = (container as unknown as Record<string, Set<string> | undefined>)[member];
  if (!set) throw new ApiProblem(404, 'Not Found', `No endpoint for ${member} of this entity.`);
  return set;
}

export function changeMembership(
  ctx: ServiceContext,
  containerKind: ContainerKind,
  containerId: string,
  member: MemberKind,
  memberId: string,
  add: boolean,
): ServiceResult {
  const spec = SPECS[containerKind];
  const intent = add ? 'ADD_ENTITY' : 'REMOVE_ENTITY'; // [inferred] Zeebe's membership intents
  const container = containerOf(ctx, containerKind, containerId);
  const idLabel = spec.idLabel === 'id' ? 'ID' : spec.idLabel;
  if (!container)
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to update ${spec.lower} with ${idLabel} '${containerId}', but a ${spec.lower} with this ${idLabel} does not exist.`,
    );
  const set = membersOf(container, member);
  // Clients need no identity record, and a tenant takes any username (the user may live in an IdP or
  // be created later: docs/camunda-api/endpoints.md §5); every other member must exist.
  const anyId = member === 'clients' || (containerKind === 'tenants' && member === 'users');
  if (!anyId && !ctx.state[member].has(memberId))
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to ${add ? 'add' : 'remove'} ${MEMBER_LABEL[member]} with ID '${memberId}' ${add ? 'to' : 'from'} ${spec.lower} with ID '${containerId}', but the ${MEMBER_LABEL[member]} does not exist.`,
    );
  requirePermission(ctx, intent, spec.resourceType, 'UPDATE', containerId);
  if (add && set.has(memberId))
    throw rejection(
      intent,
      'ALREADY_EXISTS',
      `Expected to add ${MEMBER_LABEL[member]} with ID '${memberId}' to ${spec.lower} with ID '${containerId}', but the ${MEMBER_LABEL[member]} is already assigned to the ${spec.lower}.`,
    );
  if (!add && !set.has(memberId))
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to remove ${MEMBER_LABEL[member]} with ID '${memberId}' from ${spec.lower} with ID '${containerId}', but the ${MEMBER_LABEL[member]} is not assigned to this ${spec.lower}.`,
    );
  if (add) set.add(memberId);
  else set.delete(memberId);
  return noContent;
}

/**
 * Member searches: users/clients/groups answer id-only items, roles and mapping rules full results.
 * Filtered like other searches: without READ on the container the result is empty.
 */
export function searchMembers(
  ctx: ServiceContext,
  containerKind: ContainerKind,
  containerId: string,
  member: MemberKind,
  body: unknown,
): ServiceResult {
  const spec = SPECS[containerKind];
  const container = containerOf(ctx, containerKind, containerId);
  const readable = container !== undefined && isAllowed(ctx.access, spec.resourceType, 'READ', containerId);
  let ids: string[] = [];
  if (container && readable) {
    ids =
      member === 'roles' && containerKind === 'groups'
        ? [...ctx.state.roles.values()].filter((r) => r.groups.has(containerId)).map((r) => r.roleId)
        : [...membersOf(container, member)];
  }
  if (member === 'roles' || member === 'mappingRules') {
    const kind: IdentityKind = member;
    const entities = ids.map((id) => store(ctx, kind).get(id)).filter((e): e is Entity => e !== undefined);
    return searchEntities(ctx, SPECS[kind], entities, body, false);
  }
  const idField = member === 'users' ? 'username' : member === 'clients' ? 'clientId' : 'groupId';
  const req = parseSearchRequest(body, ctx.version, [idField]);
  const sorted = sortItems(
    ids,
    req.sort,
    { [idField]: (x: string) => x },
    (x) => x,
    (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  );
  const page = paginate(sorted, req.page, (x) => x, ctx.version);
  return ok({ items: page.items.map((id) => ({ [idField]: id })), page: page.page });
}
