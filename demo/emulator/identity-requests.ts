import { insufficientPermissions, isAllowed } from './authorization-engine.ts';
import { badRequest, rejection, unexpectedEnumValue } from './problems.ts';
import { type ServiceContext } from './service-context.ts';

/** A request body already known to be an object. */
export type Json = Record<string, unknown>;

/** Engine permission check for identity commands: CREATE is not ID-scoped, UPDATE/DELETE are. */
export function requirePermission(
  ctx: ServiceContext,
  intent: string,
  resourceType: string,
  permission: string,
  id?: string,
): void {
  if (isAllowed(ctx.access, resourceType, permission, id)) return;
  throw rejection(intent, 'FORBIDDEN', insufficientPermissions(permission, resourceType, id));
}

export function requiredString(body: Json, name: string): string {
  const v = body[name];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
    throw badRequest(`No ${name} provided.`);
  if (typeof v !== 'string') throw badRequest(`The value for ${name} must be a string.`);
  return v;
}

export function optionalString(body: Json, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw badRequest(`The value for ${name} must be a string.`);
  return v;
}

const ID_PATTERN = /^[A-Za-z0-9_~@.+-]+$/;

export function validId(name: string, value: string): string {
  if (value.length > 256 || !ID_PATTERN.test(value))
    throw badRequest(
      `The provided ${name} contains illegal characters. It must match the pattern '^[a-zA-Z0-9_~@.+-]+$'.`,
    );
  return value;
}

export function enumValue(body: Json, name: string, values: readonly string[]): string {
  const v = requiredString(body, name);
  if (!values.includes(v)) throw unexpectedEnumValue(v, name, values);
  return v;
}
