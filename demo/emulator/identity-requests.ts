import { insufficientPermissions, isAllowed } from './authorization-engine.ts';
import { badRequest, malformedRequest, rejection, unexpectedEnumValue } from './problems.ts';
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

/**
 * Checks every required field before failing, so one answer names all that are missing, as Camunda's
 * request validator does (docs/camunda-api/endpoints.md §5); further rule texts (`extra`) join them.
 */
export function requireAll(body: Json, names: readonly string[], extra: readonly string[] = []): void {
  const problems: string[] = [];
  for (const name of names) {
    try {
      requiredString(body, name);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  problems.push(...extra);
  // [inferred] the separator: each text is a sentence of its own.
  if (problems.length > 0) throw badRequest(problems.join(' '));
}

// [inferred] Camunda's exact e-mail rule is not public in the suite; this refuses what has no
// local part, no `@` or no dotted domain, which is what its test sends ("invalid-email").
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The e-mail violation text for a non-empty, malformed address, or nothing. */
export function emailViolation(body: Json): string[] {
  const v = body.email;
  return typeof v === 'string' && v !== '' && !EMAIL_PATTERN.test(v) ? [`The provided email '${v}' is not valid.`] : [];
}

/**
 * A body property the request type does not have cannot be read: `Bad Request`, like an unknown
 * filter property (docs/camunda-api/error-messages.md §6). [inferred] the top-level wording
 * `Request property [<name>] cannot be parsed`, by analogy with `[filter.<name>]`.
 */
export function rejectUnknownProperties(body: Json, known: readonly string[]): void {
  const unknown = Object.keys(body).find((name) => !known.includes(name));
  if (unknown !== undefined) throw malformedRequest(`Request property [${unknown}] cannot be parsed`);
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
