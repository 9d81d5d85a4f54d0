import bcrypt from 'bcryptjs';
import type { OwnerType } from '../scenarios/scenario-types.ts';
import { hasWildcard, isAllowed, unauthorizedRead } from './authorization-engine.ts';
import type { GroupEntity, MappingRuleEntity, RoleEntity, TenantEntity, UserEntity } from './entities.ts';
import { type ApiProblem, badRequest, forbidden, notFound, rejection } from './problems.ts';
import {
  matchPlainString,
  matchString,
  matchesFilter,
  paginate,
  parseSearchRequest,
  rejectUnknownFilterFields,
  sortItems,
  type SortAccessor,
} from './search.ts';
import {
  bodyObject,
  created,
  isObject,
  noContent,
  ok,
  type ServiceContext,
  type ServiceResult,
} from './service-context.ts';
import { groupShape, mappingRuleShape, roleShape, tenantShape, userShape } from './shapes.ts';

import {
  emailViolation,
  type Json,
  optionalString,
  rejectUnknownProperties,
  requireAll,
  requirePermission,
  requiredString,
  validId,
} from './identity-requests.ts';

export type IdentityKind = 'users' | 'groups' | 'roles' | 'tenants' | 'mappingRules';
export type Entity = UserEntity | GroupEntity | RoleEntity | TenantEntity | MappingRuleEntity;

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

export const SPECS: Record<IdentityKind, Spec> = {
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

export function store(ctx: ServiceContext, kind: IdentityKind): Map<string, Entity> {
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
    // 8.10 accepts advanced string filters on group/role ids and names (docs/camunda-api/endpoints.md §1).
    const advanced = kind === 'advanced' || ctx.version === '8.10';
    return advanced ? matchString(field(e, name), cond, name) : matchPlainString(field(e, name), cond, name);
  });
}

export function searchEntities(
  ctx: ServiceContext,
  spec: Spec,
  entities: Entity[],
  body: unknown,
  filtered = true,
): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, spec.sort);
  rejectUnknownFilterFields(req.filter, [...Object.keys(spec.filter), ...(ctx.version === '8.10' ? ['$or'] : [])]);
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
  // Even users are named by `id` here ("User with id 'x' not found": docs/camunda-api/error-messages.md §4).
  return notFound(`${spec.label} with id '${id}' not found`);
}

export function getIdentity(ctx: ServiceContext, kind: IdentityKind, id: string): ServiceResult {
  const spec = SPECS[kind];
  const e = store(ctx, kind).get(id);
  if (!e) throw notFoundById(spec, id);
  if (!isAllowed(ctx.access, spec.resourceType, 'READ', id))
    throw forbidden(unauthorizedRead([{ permission: 'READ', resourceType: spec.resourceType }]));
  return ok(spec.shape(ctx, e));
}

/** The fields of create and update bodies besides the id (docs/camunda-api/endpoints.md §5). */
const BODY_FIELDS: Record<IdentityKind, readonly string[]> = {
  users: ['password', 'name', 'email'],
  groups: ['name', 'description'],
  roles: ['name', 'description'],
  tenants: ['name', 'description'],
  mappingRules: ['claimName', 'claimValue', 'name'],
};

export async function createIdentity(
  ctx: ServiceContext,
  kind: IdentityKind,
  rawBody: unknown,
): Promise<ServiceResult> {
  const spec = SPECS[kind];
  const body = bodyObject(rawBody);
  rejectUnknownProperties(body, [spec.idField, ...BODY_FIELDS[kind]]);
  const required: Record<IdentityKind, string[]> = {
    users: ['password'],
    groups: ['name'],
    roles: ['name'],
    tenants: ['name'],
    mappingRules: ['claimName', 'claimValue', 'name'],
  };
  requireAll(body, [spec.idField, ...required[kind]], kind === 'users' ? emailViolation(body) : []);
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
      // A new user may read and update itself: Camunda adds USER READ+UPDATE on its own username
      // (camunda/camunda#24060, closed before 8.8). [inferred] that 8.8–8.10 still do; the
      // end-to-end suite does not assert it. Scenario-seeded users get none.
      s.addAuthorization({
        ownerType: 'USER',
        ownerId: id,
        resourceType: 'USER',
        resourceId: id,
        permissionTypes: ['READ', 'UPDATE'],
      });
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
  rejectUnknownProperties(body, BODY_FIELDS[kind]);
  const e = store(ctx, kind).get(id);
  if (!e) throw missingForCommand(spec, 'update', id);
  switch (kind) {
    case 'users': {
      const u = e as UserEntity;
      const password = optionalString(body, 'password');
      const name = optionalString(body, 'name');
      const email = optionalString(body, 'email');
      requireAll(body, [], emailViolation(body));
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
      // PUT replaces: a description left out is emptied, not kept (docs/camunda-api/endpoints.md §5).
      g.name = name;
      g.description = description ?? '';
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
