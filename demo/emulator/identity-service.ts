import bcrypt from 'bcryptjs';
import type { OwnerType } from '../scenarios/scenario-types.ts';
import { OWNER_TYPES, USER_TASK_PROPERTIES, resourcePermissions, resourceTypes } from './authorization-model.ts';
import { hasWildcard, insufficientPermissions, isAllowed, unauthorizedRead } from './authorization-engine.ts';
import type {
  AuthorizationEntity,
  GroupEntity,
  MappingRuleEntity,
  RoleEntity,
  TenantEntity,
  UserEntity,
} from './entities.ts';
import { compareKeys } from './keys.ts';
import { ApiProblem, badRequest, forbidden, notFound, rejection } from './problems.ts';
import {
  matchEnum,
  matchPlainString,
  matchString,
  matchesFilter,
  paginate,
  parseSearchRequest,
  sortItems,
  type SortAccessor,
} from './search.ts';
import {
  bodyObject,
  created,
  isObject,
  noContent,
  ok,
  requireKey,
  type ServiceContext,
  type ServiceResult,
} from './service-context.ts';
import { authorizationShape, groupShape, mappingRuleShape, roleShape, tenantShape, userShape } from './shapes.ts';

type Json = Record<string, unknown>;
type IdentityKind = 'users' | 'groups' | 'roles' | 'tenants' | 'mappingRules';
type Entity = UserEntity | GroupEntity | RoleEntity | TenantEntity | MappingRuleEntity;

interface Spec {
  resourceType: string;
  ownerType: OwnerType;
  label: string;
  lower: string;
  idField: string;
  idLabel: string;
  shape: (ctx: ServiceContext, e: Entity) => Json;
  sort: string[];
  /** Filter fields: `advanced` = StringFilterProperty, `plain` = exact string only. */
  filter: Record<string, 'advanced' | 'plain'>;
}

const SPECS: Record<IdentityKind, Spec> = {
  users: {
    resourceType: 'USER',
    ownerType: 'USER',
    label: 'User',
    lower: 'user',
    idField: 'username',
    idLabel: 'username',
    shape: (ctx, e) => userShape(ctx.version, e as UserEntity),
    sort: ['username', 'name', 'email'],
    filter: { username: 'advanced', name: 'advanced', email: 'advanced' },
  },
  groups: {
    resourceType: 'GROUP',
    ownerType: 'GROUP',
    label: 'Group',
    lower: 'group',
    idField: 'groupId',
    idLabel: 'id',
    shape: (ctx, e) => groupShape(ctx.version, e as GroupEntity),
    sort: ['name', 'groupId'],
    filter: { groupId: 'advanced', name: 'plain' },
  },
  roles: {
    resourceType: 'ROLE',
    ownerType: 'ROLE',
    label: 'Role',
    lower: 'role',
    idField: 'roleId',
    idLabel: 'id',
    shape: (ctx, e) => roleShape(ctx.version, e as RoleEntity),
    sort: ['name', 'roleId'],
    filter: { roleId: 'plain', name: 'plain' },
  },
  tenants: {
    resourceType: 'TENANT',
    ownerType: 'UNSPECIFIED',
    label: 'Tenant',
    lower: 'tenant',
    idField: 'tenantId',
    idLabel: 'id',
    shape: (ctx, e) => tenantShape(ctx.version, e as TenantEntity),
    sort: ['key', 'name', 'tenantId'],
    filter: { tenantId: 'plain', name: 'plain' },
  },
  mappingRules: {
    resourceType: 'MAPPING_RULE',
    ownerType: 'MAPPING_RULE',
    label: 'Mapping Rule',
    lower: 'mapping rule',
    idField: 'mappingRuleId',
    idLabel: 'id',
    shape: (_ctx, e) => mappingRuleShape(e as MappingRuleEntity),
    sort: ['mappingRuleId', 'claimName', 'claimValue', 'name'],
    filter: { mappingRuleId: 'advanced', claimName: 'advanced', claimValue: 'advanced', name: 'advanced' },
  },
};

function store(ctx: ServiceContext, kind: IdentityKind): Map<string, Entity> {
  return ctx.state[kind];
}

function idOf(spec: Spec, e: Entity): string {
  return (e as unknown as Record<string, string>)[spec.idField]!;
}

function field(e: Entity, name: string): string | null {
  const v = (e as unknown as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : null;
}

function matchEntity(ctx: ServiceContext, spec: Spec, e: Entity, filter: Record<string, unknown>): boolean {
  return matchesFilter(filter, (name, cond) => {
    if (name === '$or') {
      if (ctx.version !== '8.10') return true;
      if (!Array.isArray(cond)) throw badRequest('The value for filter.$or must be an array.');
      return cond.length === 0 || cond.some((sub) => isObject(sub) && matchEntity(ctx, spec, e, sub));
    }
    const kind = spec.filter[name];
    if (!kind) return true;
    // 8.10 accepts advanced string filters on group/role ids and names (reference §2.1).
    const advanced = kind === 'advanced' || ctx.version === '8.10';
    return advanced ? matchString(field(e, name), cond, name) : matchPlainString(field(e, name), cond, name);
  });
}

function searchEntities(
  ctx: ServiceContext,
  spec: Spec,
  entities: Entity[],
  body: unknown,
  filtered = true,
): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, spec.sort);
  const wildcard = hasWildcard(ctx.access, spec.resourceType, 'READ');
  const visible = entities.filter(
    (e) =>
      (!filtered || wildcard || isAllowed(ctx.access, spec.resourceType, 'READ', idOf(spec, e))) &&
      matchEntity(ctx, spec, e, req.filter),
  );
  const accessors: Record<string, SortAccessor<Entity>> = {};
  for (const s of spec.sort) accessors[s] = (e) => field(e, s === 'key' ? spec.idField : s);
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = sortItems(visible, req.sort, accessors, (e) => idOf(spec, e), byId);
  const page = paginate(sorted, req.page, (e) => idOf(spec, e), ctx.version);
  return ok({ items: page.items.map((e) => spec.shape(ctx, e)), page: page.page });
}

export function searchIdentity(ctx: ServiceContext, kind: IdentityKind, body: unknown): ServiceResult {
  const spec = SPECS[kind];
  return searchEntities(ctx, spec, [...store(ctx, kind).values()], body);
}

function notFoundById(spec: Spec, id: string): ApiProblem {
  return notFound(`${spec.label} with ${spec.idLabel} '${id}' not found`);
}

export function getIdentity(ctx: ServiceContext, kind: IdentityKind, id: string): ServiceResult {
  const spec = SPECS[kind];
  const e = store(ctx, kind).get(id);
  if (!e) throw notFoundById(spec, id);
  if (!isAllowed(ctx.access, spec.resourceType, 'READ', id))
    throw forbidden(unauthorizedRead([{ permission: 'READ', resourceType: spec.resourceType }]));
  return ok(spec.shape(ctx, e));
}

/** Engine permission check for identity commands: CREATE is not ID-scoped, UPDATE/DELETE are. */
function requirePermission(
  ctx: ServiceContext,
  intent: string,
  resourceType: string,
  permission: string,
  id?: string,
): void {
  if (isAllowed(ctx.access, resourceType, permission, id)) return;
  throw rejection(intent, 'FORBIDDEN', insufficientPermissions(permission, resourceType, id));
}

function requiredString(body: Json, name: string): string {
  const v = body[name];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
    throw badRequest(`No ${name} provided.`);
  if (typeof v !== 'string') throw badRequest(`The value for ${name} must be a string.`);
  return v;
}

function optionalString(body: Json, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw badRequest(`The value for ${name} must be a string.`);
  return v;
}

const ID_PATTERN = /^[A-Za-z0-9_@.+-]+$/;

function validId(name: string, value: string): string {
  if (value.length > 256 || !ID_PATTERN.test(value))
    throw badRequest(
      `The provided ${name} contains illegal characters. It must match the pattern '^[a-zA-Z0-9_~@.+-]+$'.`,
    );
  return value;
}

export async function createIdentity(
  ctx: ServiceContext,
  kind: IdentityKind,
  rawBody: unknown,
): Promise<ServiceResult> {
  const spec = SPECS[kind];
  const body = bodyObject(rawBody);
  const id = validId(spec.idField, requiredString(body, spec.idField));
  const s = ctx.state;
  let entity: Entity;
  switch (kind) {
    case 'users': {
      const password = requiredString(body, 'password');
      requirePermission(ctx, 'CREATE', spec.resourceType, 'CREATE');
      if (s.users.has(id)) break;
      entity = {
        username: id,
        name: optionalString(body, 'name') ?? null,
        email: optionalString(body, 'email') ?? null,
        passwordHash: await bcrypt.hash(password, ctx.bcryptCost),
      };
      s.users.set(id, entity);
      return created(spec.shape(ctx, entity));
    }
    case 'groups':
    case 'roles':
    case 'tenants': {
      const name = requiredString(body, 'name');
      const description = optionalString(body, 'description') ?? null;
      requirePermission(ctx, 'CREATE', spec.resourceType, 'CREATE');
      if (store(ctx, kind).has(id)) break;
      const members = { users: new Set<string>(), clients: new Set<string>(), mappingRules: new Set<string>() };
      if (kind === 'groups') entity = { groupId: id, name, description, ...members };
      else if (kind === 'roles') entity = { roleId: id, name, description, groups: new Set(), ...members };
      else entity = { tenantId: id, name, description, groups: new Set(), roles: new Set(), ...members };
      store(ctx, kind).set(id, entity);
      return created(spec.shape(ctx, entity));
    }
    case 'mappingRules': {
      entity = {
        mappingRuleId: id,
        claimName: requiredString(body, 'claimName'),
        claimValue: requiredString(body, 'claimValue'),
        name: requiredString(body, 'name'),
      };
      requirePermission(ctx, 'CREATE', spec.resourceType, 'CREATE');
      if (s.mappingRules.has(id)) break;
      s.mappingRules.set(id, entity);
      return created(spec.shape(ctx, entity));
    }
  }
  // [inferred] engine text for duplicates.
  throw rejection(
    'CREATE',
    'ALREADY_EXISTS',
    `Expected to create ${spec.lower} with ${spec.idLabel === 'id' ? 'ID' : spec.idLabel} '${id}', but a ${spec.lower} with this ${spec.idLabel === 'id' ? 'ID' : spec.idLabel} already exists.`,
  );
}

function missingForCommand(spec: Spec, verb: string, id: string): ApiProblem {
  const idLabel = spec.idLabel === 'id' ? 'ID' : spec.idLabel;
  // [inferred] engine texts for identity commands on unknown entities.
  return rejection(
    verb.toUpperCase(),
    'NOT_FOUND',
    `Expected to ${verb} ${spec.lower} with ${idLabel} '${id}', but a ${spec.lower} with this ${idLabel} does not exist.`,
  );
}

export async function updateIdentity(
  ctx: ServiceContext,
  kind: IdentityKind,
  id: string,
  rawBody: unknown,
): Promise<ServiceResult> {
  const spec = SPECS[kind];
  const body = bodyObject(rawBody);
  const e = store(ctx, kind).get(id);
  if (!e) throw missingForCommand(spec, 'update', id);
  switch (kind) {
    case 'users': {
      const u = e as UserEntity;
      const password = optionalString(body, 'password');
      const name = optionalString(body, 'name');
      const email = optionalString(body, 'email');
      requirePermission(ctx, 'UPDATE', spec.resourceType, 'UPDATE', id);
      if (password !== undefined && password !== '') u.passwordHash = await bcrypt.hash(password, ctx.bcryptCost);
      if (name !== undefined) u.name = name;
      if (email !== undefined) u.email = email;
      break;
    }
    case 'groups':
    case 'roles':
    case 'tenants': {
      const name = requiredString(body, 'name');
      const description = optionalString(body, 'description');
      requirePermission(ctx, 'UPDATE', spec.resourceType, 'UPDATE', id);
      const g = e as GroupEntity | RoleEntity | TenantEntity;
      g.name = name;
      if (description !== undefined) g.description = description;
      break;
    }
    case 'mappingRules': {
      const m = e as MappingRuleEntity;
      const claimName = requiredString(body, 'claimName');
      const claimValue = requiredString(body, 'claimValue');
      const name = requiredString(body, 'name');
      requirePermission(ctx, 'UPDATE', spec.resourceType, 'UPDATE', id);
      Object.assign(m, { claimName, claimValue, name });
      break;
    }
  }
  return ok(spec.shape(ctx, e));
}

export function deleteIdentity(ctx: ServiceContext, kind: IdentityKind, id: string): ServiceResult {
  const spec = SPECS[kind];
  if (!store(ctx, kind).has(id)) throw missingForCommand(spec, 'delete', id);
  requirePermission(ctx, 'DELETE', spec.resourceType, 'DELETE', id);
  store(ctx, kind).delete(id);
  // Memberships and owned authorizations go with the entity.
  const memberKey = kind === 'mappingRules' ? 'mappingRules' : kind;
  for (const container of [...ctx.state.groups.values(), ...ctx.state.roles.values(), ...ctx.state.tenants.values()]) {
    const set = (container as unknown as Record<string, Set<string> | undefined>)[memberKey];
    set?.delete(id);
  }
  for (const [key, a] of ctx.state.authorizations)
    if (a.ownerType === spec.ownerType && a.ownerId === id) ctx.state.authorizations.delete(key);
  return noContent;
}

// ---- memberships ------------------------------------------------------------------------------

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
  // Clients need no identity record; every other member must exist.
  if (member !== 'clients' && !ctx.state[member].has(memberId))
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

// ---- authorizations ---------------------------------------------------------------------------

interface AuthorizationInput {
  ownerId: string;
  ownerType: OwnerType;
  resourceType: string;
  resourceId: string | null;
  resourcePropertyName: string | null;
  permissionTypes: string[];
}

function enumValue(body: Json, name: string, values: readonly string[]): string {
  const v = requiredString(body, name);
  if (!values.includes(v))
    throw badRequest(
      `Unexpected value '${v}' for enum field '${name}'. Use any of the following values: [${values.join(', ')}]`,
    );
  return v;
}

function readAuthorizationInput(ctx: ServiceContext, rawBody: unknown, intent: string): AuthorizationInput {
  const body = bodyObject(rawBody);
  const ownerId = requiredString(body, 'ownerId');
  const ownerType = enumValue(body, 'ownerType', OWNER_TYPES) as OwnerType;
  const resourceType = enumValue(body, 'resourceType', resourceTypes(ctx.version));
  const perms = body.permissionTypes;
  if (!Array.isArray(perms) || perms.length === 0) throw badRequest('No permissionTypes provided.');
  const allPermissions = [...new Set(Object.values(resourcePermissions(ctx.version)).flat())].sort();
  for (const p of perms)
    if (typeof p !== 'string' || !allPermissions.includes(p))
      throw badRequest(
        `Unexpected value '${String(p)}' for enum field 'permissionTypes'. Use any of the following values: [${allPermissions.join(', ')}]`,
      );
  const resourceId = optionalString(body, 'resourceId') ?? null;
  const property = ctx.version === '8.8' ? null : (optionalString(body, 'resourcePropertyName') ?? null);
  if (ctx.version === '8.8' && (resourceId === null || resourceId === '')) throw badRequest('No resourceId provided.');
  if (ctx.version !== '8.8') {
    if ((resourceId === null || resourceId === '') && (property === null || property === ''))
      throw badRequest('No resourceId or resourcePropertyName provided.');
    if (resourceId !== null && property !== null)
      throw badRequest('Only one of resourceId or resourcePropertyName can be provided.');
    if (property !== null && !(USER_TASK_PROPERTIES as readonly string[]).includes(property))
      throw badRequest(
        `The provided resourcePropertyName '${property}' is not supported. Supported values are: [${USER_TASK_PROPERTIES.join(', ')}]`,
      );
  }
  const supported = resourcePermissions(ctx.version)[resourceType] ?? [];
  const unsupported = (perms as string[]).filter((p) => !supported.includes(p));
  if (unsupported.length > 0)
    // [inferred] engine text for permissions that do not apply to the resource type.
    throw rejection(
      intent,
      'INVALID_ARGUMENT',
      `Expected to ${intent.toLowerCase()} authorization with permission types '[${unsupported.join(', ')}]' and resource type '${resourceType}', but these permissions are not supported. Supported permission types are: '[${supported.join(', ')}]'`,
    );
  return {
    ownerId,
    ownerType,
    resourceType,
    resourceId,
    resourcePropertyName: property,
    permissionTypes: [...new Set(perms as string[])],
  };
}

function checkOwnerExists(ctx: ServiceContext, input: AuthorizationInput, intent: string): void {
  const stores: Partial<Record<OwnerType, Map<string, unknown>>> = {
    USER: ctx.state.users,
    GROUP: ctx.state.groups,
    ROLE: ctx.state.roles,
    MAPPING_RULE: ctx.state.mappingRules,
  };
  const s = stores[input.ownerType];
  // CLIENT owners are not validated (reference §6.2). In OIDC mode users live in the IdP, so USER
  // owners are not validated either [unverified, §11 open point 5].
  if (ctx.access.caller.kind !== 'anonymous' && input.ownerType === 'USER' && ctx.state.scenario.auth.method === 'oidc')
    return;
  if (s && !s.has(input.ownerId))
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to create or update authorization with ownerId '${input.ownerId}', but a ${input.ownerType.toLowerCase().replace('_', ' ')} with this ID does not exist.`,
    );
}

export function createAuthorization(ctx: ServiceContext, body: unknown): ServiceResult {
  const input = readAuthorizationInput(ctx, body, 'CREATE');
  requirePermission(ctx, 'CREATE', 'AUTHORIZATION', 'CREATE');
  checkOwnerExists(ctx, input, 'CREATE');
  const a = ctx.state.addAuthorization(input);
  return created({ authorizationKey: a.authorizationKey });
}

function existingAuthorization(ctx: ServiceContext, key: string, intent: string, verb: string): AuthorizationEntity {
  requireKey('authorizationKey', key);
  const a = ctx.state.authorizations.get(key);
  if (!a)
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to ${verb} authorization with key '${key}', but an authorization with this key does not exist`,
    );
  return a;
}

export function updateAuthorization(ctx: ServiceContext, key: string, body: unknown): ServiceResult {
  const input = readAuthorizationInput(ctx, body, 'UPDATE');
  const a = existingAuthorization(ctx, key, 'UPDATE', 'update');
  requirePermission(ctx, 'UPDATE', 'AUTHORIZATION', 'UPDATE');
  checkOwnerExists(ctx, input, 'UPDATE');
  Object.assign(a, input);
  return noContent;
}

export function deleteAuthorization(ctx: ServiceContext, key: string): ServiceResult {
  existingAuthorization(ctx, key, 'DELETE', 'delete');
  requirePermission(ctx, 'DELETE', 'AUTHORIZATION', 'DELETE');
  ctx.state.authorizations.delete(key);
  return noContent;
}

export function getAuthorization(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('authorizationKey', key);
  const a = ctx.state.authorizations.get(key);
  // [inferred] label of the authorization 404 (reference §11 open point 4).
  if (!a) throw notFound(`Authorization with key '${key}' not found`);
  if (!isAllowed(ctx.access, 'AUTHORIZATION', 'READ', key))
    throw forbidden(unauthorizedRead([{ permission: 'READ', resourceType: 'AUTHORIZATION' }]));
  return ok(authorizationShape(ctx.version, a));
}

const AUTH_SORT: Record<string, SortAccessor<AuthorizationEntity>> = {
  ownerId: (a) => a.ownerId,
  ownerType: (a) => a.ownerType,
  resourceId: (a) => a.resourceId,
  resourceType: (a) => a.resourceType,
  resourcePropertyName: (a) => a.resourcePropertyName,
};

function stringList(cond: unknown, name: string): string[] {
  if (!Array.isArray(cond) || cond.some((c) => typeof c !== 'string'))
    throw badRequest(`The value for filter.${name} must be an array of strings.`);
  return cond as string[];
}

function searchAuthorizationList(
  ctx: ServiceContext,
  list: AuthorizationEntity[],
  body: unknown,
  filtered: boolean,
): ServiceResult {
  const sortFields = Object.keys(AUTH_SORT).filter((f) => ctx.version !== '8.8' || f !== 'resourcePropertyName');
  const req = parseSearchRequest(body, ctx.version, sortFields);
  const wildcard = hasWildcard(ctx.access, 'AUTHORIZATION', 'READ');
  const f = req.filter;
  const items = list.filter((a) => {
    if (filtered && !wildcard && !isAllowed(ctx.access, 'AUTHORIZATION', 'READ', a.authorizationKey)) return false;
    if (f.ownerId !== undefined && f.ownerId !== null && !matchPlainString(a.ownerId, f.ownerId, 'ownerId'))
      return false;
    if (
      f.ownerType !== undefined &&
      f.ownerType !== null &&
      !matchEnum(a.ownerType, f.ownerType, 'ownerType', OWNER_TYPES)
    )
      return false;
    if (
      f.resourceType !== undefined &&
      f.resourceType !== null &&
      !matchEnum(a.resourceType, f.resourceType, 'resourceType', resourceTypes(ctx.version))
    )
      return false;
    if (f.resourceIds !== undefined && f.resourceIds !== null) {
      const ids = stringList(f.resourceIds, 'resourceIds');
      if (ids.length > 0 && (a.resourceId === null || !ids.includes(a.resourceId))) return false;
    }
    if (ctx.version !== '8.8' && f.resourcePropertyNames !== undefined && f.resourcePropertyNames !== null) {
      const names = stringList(f.resourcePropertyNames, 'resourcePropertyNames');
      if (names.length > 0 && (a.resourcePropertyName === null || !names.includes(a.resourcePropertyName)))
        return false;
    }
    return true;
  });
  const sorted = sortItems(items, req.sort, AUTH_SORT, (a) => a.authorizationKey, compareKeys);
  const page = paginate(sorted, req.page, (a) => a.authorizationKey, ctx.version);
  return ok({ items: page.items.map((a) => authorizationShape(ctx.version, a)), page: page.page });
}

export function searchAuthorizations(ctx: ServiceContext, body: unknown): ServiceResult {
  return searchAuthorizationList(ctx, [...ctx.state.authorizations.values()], body, true);
}

/** 8.10: the caller's own authorizations (every owner the caller resolves to), unfiltered by READ. */
export function searchOwnAuthorizations(ctx: ServiceContext, body: unknown): ServiceResult {
  const owners = new Set(ctx.access.owners.map((o) => `${o.ownerType}:${o.ownerId}`));
  const own = [...ctx.state.authorizations.values()].filter((a) => owners.has(`${a.ownerType}:${a.ownerId}`));
  return searchAuthorizationList(ctx, own, body, false);
}

// ---- /authentication/me -------------------------------------------------------------------------

export function currentUser(ctx: ServiceContext): ServiceResult {
  const { access, state, version } = ctx;
  const caller = access.caller;
  if (caller.kind === 'anonymous') return { status: 401 };
  const componentGrant = access.grants.get('COMPONENT')?.get('ACCESS');
  const authorizedComponents = componentGrant ? [...(componentGrant.wildcard ? ['*'] : []), ...componentGrant.ids] : [];
  const tenants = access.tenants
    .map((id) => state.tenants.get(id))
    .filter((t): t is TenantEntity => t !== undefined)
    .map((t) => tenantShape(version, t));
  const basic = state.scenario.auth.method === 'basic';
  const user = caller.kind === 'user' ? state.users.get(caller.id) : undefined;
  const body: Json = {
    username: caller.kind === 'user' ? caller.id : null,
    displayName: basic ? (user?.name ?? null) : (caller.displayName ?? null),
    email: basic ? (user?.email ?? null) : (caller.email ?? null),
    authorizedComponents,
    tenants,
    groups: access.groups,
    roles: access.roles,
    // Basic gives null, OIDC the empty string (reference §3.4).
    salesPlanType: basic ? null : '',
    c8Links: {},
    canLogout: true,
  };
  return ok(body);
}
