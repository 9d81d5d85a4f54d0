import { canAccessTenant, insufficientPermissions, isAllowed, unauthorizedRead } from './authorization-engine.ts';
import { forbidden, notFound, rejection } from './problems.ts';
import type { ServiceContext } from './service-context.ts';

// The engine's order for commands on process state: the target exists (404) → its tenant is one of
// the caller's (else it looks missing, 404) → the permission (403) → the command's own rules (409).
// Texts: docs/camunda-api/error-messages.md §3.1 and §4.

export interface Requirement {
  resourceType: string;
  permission: string;
  /** The resource id the check names besides `*`; absent for wildcard-only checks. */
  resourceId?: string;
}

/** A request that names a tenant (create, deploy, publish): a tenant the caller lacks is refused. */
export function requireRequestTenant(ctx: ServiceContext, intent: string, need: Requirement, tenantId: string): void {
  if (canAccessTenant(ctx.access, tenantId)) return;
  throw rejection(
    intent,
    'FORBIDDEN',
    `Expected to perform operation '${need.permission}' on resource '${need.resourceType}' for tenant '${tenantId}', but user is not assigned to this tenant`,
  );
}

/** An existing entity of a tenant the caller is not assigned to looks missing. */
export function requireEntityTenant(ctx: ServiceContext, intent: string, need: Requirement, tenantId: string): void {
  if (canAccessTenant(ctx.access, tenantId)) return;
  throw rejection(
    intent,
    'NOT_FOUND',
    `Expected to perform operation '${need.permission}' on resource '${need.resourceType}', but no resource was found for tenant '${tenantId}'`,
  );
}

export function allows(ctx: ServiceContext, need: Requirement): boolean {
  return isAllowed(ctx.access, need.resourceType, need.permission, need.resourceId);
}

export function requirePermission(ctx: ServiceContext, intent: string, need: Requirement): void {
  if (allows(ctx, need)) return;
  throw rejection(intent, 'FORBIDDEN', insufficientPermissions(need.permission, need.resourceType, need.resourceId));
}

/** GET by key: missing or foreign tenant → 404 with the entity's label, then the read-side 403. */
export function requireReadable(
  ctx: ServiceContext,
  entity: { tenantId: string } | undefined,
  label: string,
  key: string,
  need: Requirement,
): void {
  if (!entity || !canAccessTenant(ctx.access, entity.tenantId)) throw notFound(`${label} with key '${key}' not found`);
  if (!allows(ctx, need))
    throw forbidden(unauthorizedRead([{ permission: need.permission, resourceType: need.resourceType }]));
}
