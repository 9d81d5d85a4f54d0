import type { TenantEntity } from './entities.ts';
import { ok, type ServiceContext, type ServiceResult } from './service-context.ts';
import { tenantShape } from './shapes.ts';

import type { Json } from './identity-requests.ts';

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
    // Basic gives null, OIDC the empty string (docs/camunda-api/endpoints.md §2).
    salesPlanType: basic ? null : '',
    c8Links: {},
    canLogout: true,
  };
  return ok(body);
}
