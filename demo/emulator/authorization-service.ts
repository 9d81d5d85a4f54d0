import type { OwnerType } from '../scenarios/scenario-types.ts';
import { OWNER_TYPES, USER_TASK_PROPERTIES, resourcePermissions, resourceTypes } from './authorization-model.ts';
import { hasWildcard, isAllowed, unauthorizedRead } from './authorization-engine.ts';
import type { AuthorizationEntity } from './entities.ts';
import { compareKeys } from './keys.ts';
import { badRequest, forbidden, notFound, rejection, unexpectedEnumValue } from './problems.ts';
import {
  matchEnum,
  matchPlainString,
  paginate,
  parseSearchRequest,
  rejectUnknownFilterFields,
  sortItems,
  type SortAccessor,
} from './search.ts';
import {
  bodyObject,
  created,
  noContent,
  ok,
  requireKey,
  type ServiceContext,
  type ServiceResult,
} from './service-context.ts';
import { authorizationShape } from './shapes.ts';

import {
  enumValue,
  optionalString,
  rejectUnknownProperties,
  requirePermission,
  requiredString,
  validId,
} from './identity-requests.ts';

interface AuthorizationInput {
  ownerId: string;
  ownerType: OwnerType;
  resourceType: string;
  resourceId: string | null;
  resourcePropertyName: string | null;
  permissionTypes: string[];
}

function readAuthorizationInput(ctx: ServiceContext, rawBody: unknown, intent: string): AuthorizationInput {
  const body = bodyObject(rawBody);
  rejectUnknownProperties(body, [
    'ownerId',
    'ownerType',
    'resourceType',
    'resourceId',
    'permissionTypes',
    ...(ctx.version === '8.8' ? [] : ['resourcePropertyName']),
  ]);
  const ownerId = requiredString(body, 'ownerId');
  const ownerType = enumValue(body, 'ownerType', OWNER_TYPES) as OwnerType;
  const resourceType = enumValue(body, 'resourceType', resourceTypes(ctx.version));
  const perms = body.permissionTypes;
  if (!Array.isArray(perms) || perms.length === 0) throw badRequest('No permissionTypes provided.');
  const allPermissions = [...new Set(Object.values(resourcePermissions(ctx.version)).flat())].sort();
  for (const p of perms)
    if (typeof p !== 'string' || !allPermissions.includes(p))
      throw unexpectedEnumValue(String(p), 'permissionTypes', allPermissions);
  const resourceId = optionalString(body, 'resourceId') ?? null;
  if (resourceId !== null && resourceId !== '' && resourceId !== '*') validId('resourceId', resourceId);
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
  // CLIENT owners are not validated (docs/camunda-api/authorization-model.md §1). In OIDC mode users live in the IdP, so USER
  // owners are not validated either [unverified, docs/camunda-api/applying-authorizations.md §2].
  if (ctx.access.caller.kind !== 'anonymous' && input.ownerType === 'USER' && ctx.state.scenario.auth.method === 'oidc')
    return;
  if (s && !s.has(input.ownerId))
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to create or update authorization with ownerId '${input.ownerId}', but a ${input.ownerType.toLowerCase().replace('_', ' ')} with this ID does not exist.`,
    );
}

/**
 * The engine refuses a grant whose owner already holds one of its permissions on the same resource
 * identifier (docs/camunda-api/authorization-model.md, "Creating the same grant twice").
 */
function checkNotGranted(ctx: ServiceContext, input: AuthorizationInput): void {
  const identifier = input.resourceId ?? input.resourcePropertyName;
  const existing = [...ctx.state.authorizations.values()].some(
    (a) =>
      a.ownerType === input.ownerType &&
      a.ownerId === input.ownerId &&
      a.resourceType === input.resourceType &&
      (a.resourceId ?? a.resourcePropertyName) === identifier &&
      a.permissionTypes.some((p) => input.permissionTypes.includes(p)),
  );
  if (existing)
    throw rejection(
      'CREATE',
      'ALREADY_EXISTS',
      `Expected to create authorization for owner '${input.ownerId}' for resource identifier '${identifier ?? ''}', but an authorization for this resource identifier already exists.`,
    );
}

export function createAuthorization(ctx: ServiceContext, body: unknown): ServiceResult {
  const input = readAuthorizationInput(ctx, body, 'CREATE');
  requirePermission(ctx, 'CREATE', 'AUTHORIZATION', 'CREATE');
  checkOwnerExists(ctx, input, 'CREATE');
  checkNotGranted(ctx, input);
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
  // [inferred] label of the authorization 404 (docs/camunda-api/error-messages.md §4).
  if (!a) throw notFound(`Authorization with key '${key}' not found`);
  if (!isAllowed(ctx.access, 'AUTHORIZATION', 'READ', key))
    throw forbidden(unauthorizedRead([{ permission: 'READ', resourceType: 'AUTHORIZATION' }]));
  return ok(authorizationShape(ctx.version, a));
}

const AUTH_SORT: Record<string, SortAccessor<AuthorizationEntity>> = {
  ownerId: (a) => a.ownerId,
  ownerType: (a) => a.ownerType,
  resourceId: (a) => a.resourceId,
  resourcePropertyName: (a) => a.resourcePropertyName,
  resourceType: (a) => a.resourceType,
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
  const filterFields = ['ownerId', 'ownerType', 'resourceIds', 'resourceType'];
  rejectUnknownFilterFields(
    req.filter,
    ctx.version === '8.8' ? filterFields : [...filterFields, 'resourcePropertyNames'],
  );
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
