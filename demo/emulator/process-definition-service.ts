import { canAccessTenant, hasWildcard, isAllowed, unauthorizedRead } from './authorization-engine.ts';
import type { ProcessDefinitionEntity } from './entities.ts';
import { compareKeys } from './keys.ts';
import { badRequest, forbidden, notFound } from './problems.ts';
import {
  matchEnum,
  matchInteger,
  matchKey,
  matchPlainString,
  matchString,
  matchesFilter,
  paginate,
  parseSearchRequest,
  sortItems,
  type SortAccessor,
} from './search.ts';
import { ok, requireKey, type ServiceContext, type ServiceResult } from './service-context.ts';
import { processDefinitionShape } from './shapes.ts';

const SORT: Record<string, SortAccessor<ProcessDefinitionEntity>> = {
  processDefinitionKey: (p) => p.processDefinitionKey.padStart(20, '0'),
  name: (p) => p.name,
  resourceName: (p) => p.resourceName,
  version: (p) => p.version,
  versionTag: (p) => p.versionTag,
  processDefinitionId: (p) => p.processDefinitionId,
  tenantId: (p) => p.tenantId,
};

function readable(ctx: ServiceContext, p: ProcessDefinitionEntity, wildcard: boolean): boolean {
  return (
    canAccessTenant(ctx.access, p.tenantId) &&
    (wildcard || isAllowed(ctx.access, 'PROCESS_DEFINITION', 'READ_PROCESS_DEFINITION', p.processDefinitionId))
  );
}

function isLatest(all: ProcessDefinitionEntity[], p: ProcessDefinitionEntity): boolean {
  return !all.some(
    (o) => o.processDefinitionId === p.processDefinitionId && o.tenantId === p.tenantId && o.version > p.version,
  );
}

export function searchProcessDefinitions(ctx: ServiceContext, body: unknown): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(SORT));
  const all = ctx.state.processDefinitionsSorted();
  const wildcard = hasWildcard(ctx.access, 'PROCESS_DEFINITION', 'READ_PROCESS_DEFINITION');
  const f = req.filter;
  const items = all.filter((p) => {
    if (!readable(ctx, p, wildcard)) return false;
    return matchesFilter(f, (field, cond) => {
      switch (field) {
        case 'name':
        case 'processDefinitionId':
          return matchString(p[field], cond, field);
        case 'resourceName':
        case 'versionTag':
        case 'tenantId':
          return matchPlainString(p[field], cond, field);
        case 'version':
          return matchInteger(p.version, cond, field);
        case 'processDefinitionKey':
          return matchKey(p.processDefinitionKey, cond, field);
        case 'hasStartForm':
          if (typeof cond !== 'boolean') throw badRequest('The value for filter.hasStartForm must be a boolean.');
          return p.hasStartForm === cond;
        case 'isLatestVersion':
          if (typeof cond !== 'boolean') throw badRequest('The value for filter.isLatestVersion must be a boolean.');
          return !cond || isLatest(all, p);
        case 'state':
          return ctx.version === '8.8' || matchEnum(p.state, cond, field, ['ACTIVE', 'DRAINING', 'DELETED']);
        default:
          return true;
      }
    });
  });
  const sorted = sortItems(items, req.sort, SORT, (p) => p.processDefinitionKey, compareKeys);
  // isLatestVersion: forward-only; `from` and `before` are ignored, no startCursor (docs/camunda-api/endpoints.md §1).
  const latestOnly = f.isLatestVersion === true;
  const pageReq =
    latestOnly && req.page.kind !== 'after' ? { kind: 'offset' as const, from: 0, limit: req.page.limit } : req.page;
  const page = paginate(sorted, pageReq, (p) => p.processDefinitionKey, ctx.version);
  if (latestOnly) {
    if (ctx.version === '8.8') delete page.page.startCursor;
    else page.page.startCursor = null;
  }
  return ok({ items: page.items.map((p) => processDefinitionShape(ctx.version, p)), page: page.page });
}

export function getProcessDefinition(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('processDefinitionKey', key);
  const p = ctx.state.processDefinitions.get(key);
  if (!p || !canAccessTenant(ctx.access, p.tenantId)) throw notFound(`Process Definition with key '${key}' not found`);
  if (!isAllowed(ctx.access, 'PROCESS_DEFINITION', 'READ_PROCESS_DEFINITION', p.processDefinitionId))
    throw forbidden(unauthorizedRead([{ permission: 'READ_PROCESS_DEFINITION', resourceType: 'PROCESS_DEFINITION' }]));
  return ok(processDefinitionShape(ctx.version, p));
}
