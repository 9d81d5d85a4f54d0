import { requireEntityTenant, requirePermission, requireReadable } from './command-checks.ts';
import type { IncidentEntity } from './entities.ts';
import { compareKeys } from './keys.ts';
import { rejection } from './problems.ts';
import { instanceReadFilter } from './process-instance-service.ts';
import { incidentShape } from './runtime-shapes.ts';
import {
  matchDate,
  matchEnum,
  matchKey,
  matchString,
  matchesFilter,
  paginate,
  parseSearchRequest,
  sortItems,
  type SortAccessor,
} from './search.ts';
import { noContent, ok, requireKey, type ServiceContext, type ServiceResult } from './service-context.ts';

// Incidents: reads need READ_PROCESS_INSTANCE (search filters), resolving needs
// UPDATE_PROCESS_INSTANCE on the incident's process (docs/operation-catalogue.md).

const INCIDENT_SORT: Record<string, SortAccessor<IncidentEntity>> = {
  incidentKey: (i) => i.incidentKey.padStart(20, '0'),
  processDefinitionKey: (i) => i.processDefinitionKey.padStart(20, '0'),
  processDefinitionId: (i) => i.processDefinitionId,
  processInstanceKey: (i) => i.processInstanceKey.padStart(20, '0'),
  errorType: (i) => i.errorType,
  errorMessage: (i) => i.errorMessage,
  elementId: (i) => i.elementId,
  elementInstanceKey: (i) => i.elementInstanceKey.padStart(20, '0'),
  creationTime: (i) => i.creationTime,
  state: (i) => i.state,
  jobKey: (i) => i.jobKey,
  tenantId: (i) => i.tenantId,
};

export function searchIncidents(
  ctx: ServiceContext,
  body: unknown,
  scope: (i: IncidentEntity) => boolean = () => true,
): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(INCIDENT_SORT));
  const readable = instanceReadFilter(ctx);
  const matches = [...ctx.state.runtime.incidents.values()].filter(
    (i) =>
      scope(i) &&
      readable(i) &&
      matchesFilter(req.filter, (field, cond) => {
        switch (field) {
          case 'processDefinitionId':
          case 'errorMessage':
          case 'elementId':
          case 'tenantId':
          case 'errorType':
            return matchString(i[field], cond, field);
          case 'state':
            return matchEnum(i.state, cond, field, ['ACTIVE', 'MIGRATED', 'RESOLVED', 'PENDING']);
          case 'creationTime':
            return matchDate(i.creationTime, cond, field);
          case 'incidentKey':
          case 'processDefinitionKey':
          case 'processInstanceKey':
          case 'elementInstanceKey':
          case 'jobKey':
            return matchKey(i[field], cond, field);
          default:
            return true;
        }
      }),
  );
  const sorted = sortItems(matches, req.sort, INCIDENT_SORT, (i) => i.incidentKey, compareKeys);
  const page = paginate(sorted, req.page, (i) => i.incidentKey, ctx.version);
  return ok({ items: page.items.map((i) => incidentShape(ctx.version, i)), page: page.page });
}

const readInstance = (processDefinitionId: string | undefined) => ({
  resourceType: 'PROCESS_DEFINITION',
  permission: 'READ_PROCESS_INSTANCE',
  resourceId: processDefinitionId,
});

/** The incidents of one process instance: the instance is read first (404 / 403), then searched. */
export function searchProcessInstanceIncidents(ctx: ServiceContext, key: string, body: unknown): ServiceResult {
  requireKey('processInstanceKey', key);
  const pi = ctx.state.runtime.instances.get(key);
  requireReadable(ctx, pi, 'Process Instance', key, readInstance(pi?.processDefinitionId));
  return searchIncidents(ctx, body, (i) => i.processInstanceKey === key);
}

/** 8.9+: the incidents of one element instance. */
export function searchElementInstanceIncidents(ctx: ServiceContext, key: string, body: unknown): ServiceResult {
  requireKey('elementInstanceKey', key);
  const ei = ctx.state.runtime.elementInstances.get(key);
  requireReadable(ctx, ei, 'Element Instance', key, readInstance(ei?.processDefinitionId));
  return searchIncidents(ctx, body, (i) => i.elementInstanceKey === key);
}

export function getIncident(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('incidentKey', key);
  const incident = ctx.state.runtime.incidents.get(key);
  requireReadable(ctx, incident, 'Incident', key, {
    resourceType: 'PROCESS_DEFINITION',
    permission: 'READ_PROCESS_INSTANCE',
    resourceId: incident?.processDefinitionId,
  });
  return ok(incidentShape(ctx.version, incident!));
}

/**
 * Marks the incident resolved. A job incident makes its job activatable again only once its
 * retries were raised (PATCH /jobs/{key}), as Camunda's docs advise: update retries, then resolve.
 */
export function resolveIncident(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('incidentKey', key);
  const incident = ctx.state.runtime.incidents.get(key);
  if (!incident || incident.state !== 'ACTIVE')
    throw rejection(
      'RESOLVE',
      'NOT_FOUND',
      `Expected to resolve incident with key '${key}', but no such incident was found`,
    );
  const need = { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_PROCESS_INSTANCE' };
  requireEntityTenant(ctx, 'RESOLVE', need, incident.tenantId);
  requirePermission(ctx, 'RESOLVE', { ...need, resourceId: incident.processDefinitionId });
  ctx.state.runtime.resolveIncident(incident);
  return noContent;
}
