import { canAccessTenant, hasWildcard, isAllowed } from './authorization-engine.ts';
import { parseDmn } from './bpmn-model.ts';
import { requireReadable } from './command-checks.ts';
import type { DecisionDefinitionEntity, ResourceEntity } from './entities.ts';
import { compareKeys } from './keys.ts';
import { compactFor } from './runtime-shapes.ts';
import {
  matchInteger,
  matchKey,
  matchString,
  matchesFilter,
  paginate,
  parseSearchRequest,
  sortItems,
  type SortAccessor,
} from './search.ts';
import { ok, requireKey, type ServiceContext, type ServiceResult } from './service-context.ts';

// Deployed decisions (DMN): definitions and requirements graphs, read with READ_DECISION_DEFINITION on
// DECISION_DEFINITION and READ on DECISION_REQUIREMENTS_DEFINITION (docs/operation-catalogue.md).
// Decisions are stored, not evaluated.

type Json = Record<string, unknown>;

function decisionShape(ctx: ServiceContext, d: DecisionDefinitionEntity): Json {
  const base: Json = {
    decisionDefinitionId: d.decisionDefinitionId,
    name: d.name,
    version: d.version,
    decisionRequirementsId: d.decisionRequirementsId,
    tenantId: d.tenantId,
    decisionDefinitionKey: d.decisionDefinitionKey,
    decisionRequirementsKey: d.decisionRequirementsKey,
  };
  if (ctx.version !== '8.8') {
    base.decisionRequirementsName = d.decisionRequirementsName;
    base.decisionRequirementsVersion = d.decisionRequirementsVersion;
  }
  return compactFor(ctx.version)(base);
}

const DECISION_SORT: Record<string, SortAccessor<DecisionDefinitionEntity>> = {
  decisionDefinitionKey: (d) => d.decisionDefinitionKey.padStart(20, '0'),
  decisionDefinitionId: (d) => d.decisionDefinitionId,
  name: (d) => d.name,
  version: (d) => d.version,
  decisionRequirementsId: (d) => d.decisionRequirementsId,
  decisionRequirementsKey: (d) => d.decisionRequirementsKey.padStart(20, '0'),
  tenantId: (d) => d.tenantId,
};

function decisionNeed(d: DecisionDefinitionEntity | undefined) {
  return {
    resourceType: 'DECISION_DEFINITION',
    permission: 'READ_DECISION_DEFINITION',
    resourceId: d?.decisionDefinitionId,
  };
}

export function searchDecisionDefinitions(ctx: ServiceContext, body: unknown): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(DECISION_SORT));
  const wildcard = hasWildcard(ctx.access, 'DECISION_DEFINITION', 'READ_DECISION_DEFINITION');
  const matches = [...ctx.state.decisionDefinitions.values()].filter(
    (d) =>
      canAccessTenant(ctx.access, d.tenantId) &&
      (wildcard || isAllowed(ctx.access, 'DECISION_DEFINITION', 'READ_DECISION_DEFINITION', d.decisionDefinitionId)) &&
      matchesFilter(req.filter, (field, cond) => {
        switch (field) {
          case 'decisionDefinitionId':
          case 'name':
          case 'decisionRequirementsId':
          case 'tenantId':
            return matchString(d[field], cond, field);
          case 'version':
            return matchInteger(d.version, cond, field);
          case 'decisionDefinitionKey':
          case 'decisionRequirementsKey':
            return matchKey(d[field], cond, field);
          default:
            return true;
        }
      }),
  );
  const sorted = sortItems(matches, req.sort, DECISION_SORT, (d) => d.decisionDefinitionKey, compareKeys);
  const page = paginate(sorted, req.page, (d) => d.decisionDefinitionKey, ctx.version);
  return ok({ items: page.items.map((d) => decisionShape(ctx, d)), page: page.page });
}

function readableDecision(ctx: ServiceContext, key: string): DecisionDefinitionEntity {
  requireKey('decisionDefinitionKey', key);
  const d = ctx.state.decisionDefinitions.get(key);
  requireReadable(ctx, d, 'Decision Definition', key, decisionNeed(d));
  return d!;
}

export function getDecisionDefinition(ctx: ServiceContext, key: string): ServiceResult {
  return ok(decisionShape(ctx, readableDecision(ctx, key)));
}

export function getDecisionDefinitionXml(ctx: ServiceContext, key: string): ServiceResult {
  const d = readableDecision(ctx, key);
  const drg = ctx.state.resources.get(d.decisionRequirementsKey);
  return { status: 200, body: drg?.content ?? '', contentType: 'text/xml' };
}

// ---- decision requirements graphs ------------------------------------------------------------

function requirementsOf(ctx: ServiceContext): ResourceEntity[] {
  return [...ctx.state.resources.values()].filter((r) => r.kind === 'decisionRequirements');
}

async function requirementsShape(ctx: ServiceContext, r: ResourceEntity): Promise<Json> {
  const { decisionRequirementsName } = await parseDmn(r.content);
  return compactFor(ctx.version)({
    decisionRequirementsName,
    version: r.version,
    decisionRequirementsId: r.resourceId,
    resourceName: r.resourceName,
    tenantId: r.tenantId,
    decisionRequirementsKey: r.resourceKey,
  });
}

const REQUIREMENTS_SORT: Record<string, SortAccessor<ResourceEntity>> = {
  decisionRequirementsKey: (r) => r.resourceKey.padStart(20, '0'),
  decisionRequirementsId: (r) => r.resourceId,
  version: (r) => r.version,
  tenantId: (r) => r.tenantId,
};

export async function searchDecisionRequirements(ctx: ServiceContext, body: unknown): Promise<ServiceResult> {
  const req = parseSearchRequest(body, ctx.version, Object.keys(REQUIREMENTS_SORT));
  const wildcard = hasWildcard(ctx.access, 'DECISION_REQUIREMENTS_DEFINITION', 'READ');
  const matches = requirementsOf(ctx).filter(
    (r) =>
      canAccessTenant(ctx.access, r.tenantId) &&
      (wildcard || isAllowed(ctx.access, 'DECISION_REQUIREMENTS_DEFINITION', 'READ', r.resourceId)) &&
      matchesFilter(req.filter, (field, cond) => {
        if (field === 'decisionRequirementsId') return matchString(r.resourceId, cond, field);
        if (field === 'tenantId') return matchString(r.tenantId, cond, field);
        if (field === 'version') return matchInteger(r.version, cond, field);
        if (field === 'decisionRequirementsKey') return matchKey(r.resourceKey, cond, field);
        return true;
      }),
  );
  const sorted = sortItems(matches, req.sort, REQUIREMENTS_SORT, (r) => r.resourceKey, compareKeys);
  const page = paginate(sorted, req.page, (r) => r.resourceKey, ctx.version);
  return ok({ items: await Promise.all(page.items.map((r) => requirementsShape(ctx, r))), page: page.page });
}

function readableRequirements(ctx: ServiceContext, key: string): ResourceEntity {
  requireKey('decisionRequirementsKey', key);
  const r = ctx.state.resources.get(key);
  const drg = r?.kind === 'decisionRequirements' ? r : undefined;
  requireReadable(ctx, drg, 'Decision Requirements', key, {
    resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
    permission: 'READ',
    resourceId: drg?.resourceId,
  });
  return drg!;
}

export async function getDecisionRequirements(ctx: ServiceContext, key: string): Promise<ServiceResult> {
  return ok(await requirementsShape(ctx, readableRequirements(ctx, key)));
}

export function getDecisionRequirementsXml(ctx: ServiceContext, key: string): ServiceResult {
  return { status: 200, body: readableRequirements(ctx, key).content, contentType: 'text/xml' };
}
