import { canAccessTenant, hasWildcard, isAllowed } from './authorization-engine.ts';
import { DEFAULT_TENANT } from './cluster-state.ts';
import { requireEntityTenant, requirePermission } from './command-checks.ts';
import type { JobEntity } from './entities.ts';
import { compareKeys } from './keys.ts';
import { badRequest, rejection, show } from './problems.ts';
import { instanceReadFilter } from './process-instance-service.ts';
import { activatedJobShape, jobSearchShape } from './runtime-shapes.ts';
import {
  matchEnum,
  matchInteger,
  matchKey,
  matchString,
  matchesFilter,
  paginate,
  parseSearchRequest,
  sortItems,
  type SortAccessor,
} from './search.ts';
import {
  bodyObject,
  isObject,
  noContent,
  ok,
  requireKey,
  type ServiceContext,
  type ServiceResult,
} from './service-context.ts';

// Jobs of service-like tasks. Workers need UPDATE_PROCESS_INSTANCE on the job's process: activation
// silently skips other jobs (they stay for other workers), every other command is refused with 403
// (docs/operation-catalogue.md). Searching jobs needs READ_PROCESS_INSTANCE and filters.

const JOB_STATES = [
  'CANCELED',
  'COMPLETED',
  'CREATED',
  'ERROR_THROWN',
  'FAILED',
  'MIGRATED',
  'RETRIES_UPDATED',
  'TIMED_OUT',
] as const;

function required(body: Record<string, unknown>, field: string): unknown {
  const v = body[field];
  if (v === undefined || v === null || v === '') throw badRequest(`No ${field} provided.`);
  return v;
}

/** Java longs may arrive as JSON strings (Camunda's 8.8 SDK sends them so); Jackson accepts both. */
export function nonNegativeInteger(value: unknown, field: string): number {
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    throw badRequest(`The value for ${field} is '${show(value)}' but must be a non-negative integer.`);
  return n;
}

function optionalVariables(body: Record<string, unknown>): Record<string, unknown> {
  const v = body.variables;
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw badRequest('The value for variables must be an object.');
  return v;
}

export function activateJobs(ctx: ServiceContext, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const type = required(body, 'type');
  if (typeof type !== 'string') throw badRequest('The value for type must be a string.');
  const timeout = nonNegativeInteger(required(body, 'timeout'), 'timeout');
  const max = nonNegativeInteger(required(body, 'maxJobsToActivate'), 'maxJobsToActivate');
  const worker = typeof body.worker === 'string' ? body.worker : '';
  const tenantIds =
    Array.isArray(body.tenantIds) && body.tenantIds.length > 0 ? body.tenantIds.map(String) : [DEFAULT_TENANT];
  const fetch = Array.isArray(body.fetchVariable) ? body.fetchVariable.map(String) : null;
  const now = ctx.now();
  const nowMs = Date.parse(now);
  const wildcard = hasWildcard(ctx.access, 'PROCESS_DEFINITION', 'UPDATE_PROCESS_INSTANCE');
  const runtime = ctx.state.runtime;
  const jobs: Record<string, unknown>[] = [];
  for (const job of runtime.jobs.values()) {
    if (jobs.length >= max) break;
    if (job.type !== type || !tenantIds.includes(job.tenantId) || !canAccessTenant(ctx.access, job.tenantId)) continue;
    if (!runtime.activatable(job, nowMs) || runtime.blockedByIncident(job)) continue;
    if (!wildcard && !isAllowed(ctx.access, 'PROCESS_DEFINITION', 'UPDATE_PROCESS_INSTANCE', job.processDefinitionId))
      continue;
    job.worker = worker;
    job.deadline = nowMs + timeout;
    job.lastUpdateTime = now;
    const all = runtime.visibleVariables(job);
    const variables = fetch === null ? all : Object.fromEntries(Object.entries(all).filter(([k]) => fetch.includes(k)));
    const tags = runtime.instances.get(job.processInstanceKey)?.tags ?? [];
    jobs.push(activatedJobShape(ctx.version, job, variables, tags));
  }
  return ok({ jobs });
}

type JobIntent = 'COMPLETE' | 'FAIL' | 'THROW_ERROR' | 'UPDATE' | 'UPDATE_RETRIES' | 'UPDATE_TIMEOUT';
const VERB: Record<JobIntent, string> = {
  COMPLETE: 'complete',
  FAIL: 'fail',
  THROW_ERROR: 'throw an error for',
  UPDATE: 'update',
  UPDATE_RETRIES: 'update retries of',
  UPDATE_TIMEOUT: 'update timeout of',
};

/** A job command: exists (404) → tenant (404) → UPDATE_PROCESS_INSTANCE (403) → job state (409). */
function commandJob(ctx: ServiceContext, key: string, intent: JobIntent): JobEntity {
  requireKey('jobKey', key);
  const job = ctx.state.runtime.jobs.get(key);
  // Completed, cancelled and error-thrown jobs are gone from the engine's state.
  if (!job || job.state === 'COMPLETED' || job.state === 'CANCELED' || job.state === 'ERROR_THROWN')
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to ${VERB[intent]} job with key '${key}', but no such job was found`,
    );
  const need = { resourceType: 'PROCESS_DEFINITION', permission: 'UPDATE_PROCESS_INSTANCE' };
  requireEntityTenant(ctx, intent, need, job.tenantId);
  requirePermission(ctx, intent, { ...need, resourceId: job.processDefinitionId });
  if (intent !== 'UPDATE' && job.retries <= 0 && ctx.state.runtime.blockedByIncident(job))
    throw rejection(
      intent,
      'INVALID_STATE',
      `Expected to ${VERB[intent]} job with key '${key}', but it is in state 'FAILED'`,
    );
  return job;
}

export function completeJob(ctx: ServiceContext, key: string, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const variables = optionalVariables(body);
  const job = commandJob(ctx, key, 'COMPLETE');
  ctx.state.runtime.completeJob(job, variables, ctx.now());
  return noContent;
}

export function failJob(ctx: ServiceContext, key: string, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const retries = nonNegativeInteger(body.retries ?? 0, 'retries');
  const backoff = nonNegativeInteger(body.retryBackOff ?? 0, 'retryBackOff');
  const message = typeof body.errorMessage === 'string' ? body.errorMessage : null;
  const variables = optionalVariables(body);
  const job = commandJob(ctx, key, 'FAIL');
  const now = ctx.now();
  ctx.state.setVariables(job.processInstanceKey, job.processInstanceKey, job.tenantId, variables);
  ctx.state.runtime.failJob(job, retries, message, backoff, now);
  return noContent;
}

export function throwJobError(ctx: ServiceContext, key: string, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const code = required(body, 'errorCode');
  if (typeof code !== 'string') throw badRequest('The value for errorCode must be a string.');
  const message = typeof body.errorMessage === 'string' ? body.errorMessage : null;
  const job = commandJob(ctx, key, 'THROW_ERROR');
  ctx.state.runtime.throwError(job, code, message, ctx.now());
  return noContent;
}

export function updateJob(ctx: ServiceContext, key: string, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const changeset = isObject(body.changeset) ? body.changeset : {};
  const retries = changeset.retries === undefined || changeset.retries === null ? undefined : changeset.retries;
  const timeout = changeset.timeout === undefined || changeset.timeout === null ? undefined : changeset.timeout;
  if (retries === undefined && timeout === undefined) throw badRequest('No update data provided.');
  const newRetries = retries === undefined ? undefined : nonNegativeInteger(retries, 'changeset.retries');
  const newTimeout = timeout === undefined ? undefined : nonNegativeInteger(timeout, 'changeset.timeout');
  const job = commandJob(ctx, key, 'UPDATE');
  const now = ctx.now();
  if (newRetries !== undefined) {
    job.retries = newRetries;
    if (job.state === 'FAILED') job.state = 'RETRIES_UPDATED';
  }
  if (newTimeout !== undefined && job.deadline !== null) job.deadline = Date.parse(now) + newTimeout;
  job.lastUpdateTime = now;
  return noContent;
}

const JOB_SORT: Record<string, SortAccessor<JobEntity>> = {
  jobKey: (j) => j.jobKey.padStart(20, '0'),
  type: (j) => j.type,
  worker: (j) => j.worker,
  state: (j) => j.state,
  processDefinitionId: (j) => j.processDefinitionId,
  processDefinitionKey: (j) => j.processDefinitionKey.padStart(20, '0'),
  processInstanceKey: (j) => j.processInstanceKey.padStart(20, '0'),
  elementId: (j) => j.elementId,
  elementInstanceKey: (j) => j.elementInstanceKey.padStart(20, '0'),
  tenantId: (j) => j.tenantId,
  retries: (j) => j.retries,
  deadline: (j) => j.deadline,
  errorCode: (j) => j.errorCode,
  errorMessage: (j) => j.errorMessage,
};

export function searchJobs(ctx: ServiceContext, body: unknown): ServiceResult {
  const req = parseSearchRequest(body, ctx.version, Object.keys(JOB_SORT));
  const readable = instanceReadFilter(ctx);
  const matches = [...ctx.state.runtime.jobs.values()].filter(
    (j) =>
      readable(j) &&
      matchesFilter(req.filter, (field, cond) => {
        switch (field) {
          case 'type':
          case 'worker':
          case 'processDefinitionId':
          case 'elementId':
          case 'tenantId':
          case 'errorCode':
          case 'errorMessage':
            return matchString(j[field], cond, field);
          case 'state':
            return matchEnum(j.state, cond, field, JOB_STATES);
          case 'retries':
            return matchInteger(j.retries, cond, field);
          case 'jobKey':
          case 'processDefinitionKey':
          case 'processInstanceKey':
          case 'elementInstanceKey':
            return matchKey(j[field], cond, field);
          case 'hasFailedWithRetriesLeft':
            if (typeof cond !== 'boolean') throw badRequest(`The value for filter.${field} must be a boolean.`);
            return j.hasFailedWithRetriesLeft === cond;
          default:
            return true;
        }
      }),
  );
  const sorted = sortItems(matches, req.sort, JOB_SORT, (j) => j.jobKey, compareKeys);
  const page = paginate(sorted, req.page, (j) => j.jobKey, ctx.version);
  return ok({ items: page.items.map((j) => jobSearchShape(ctx.version, j)), page: page.page });
}
