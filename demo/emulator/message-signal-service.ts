import { DEFAULT_TENANT } from './cluster-state.ts';
import { allows, requirePermission, requireRequestTenant, type Requirement } from './command-checks.ts';
import type { ProcessDefinitionEntity, SubscriptionEntity } from './entities.ts';
import { insufficientPermissions } from './authorization-engine.ts';
import { badRequest, rejection } from './problems.ts';
import { nonNegativeInteger } from './job-service.ts';
import { bodyObject, isObject, ok, type ServiceContext, type ServiceResult } from './service-context.ts';

// Messages and signals. Publishing needs CREATE on MESSAGE (named by the message); correlating needs
// UPDATE_PROCESS_INSTANCE for a waiting instance or CREATE_PROCESS_INSTANCE for a message start
// event; broadcasting a signal needs the same per target (docs/operation-catalogue.md).

function stringField(body: Record<string, unknown>, field: string, fallback?: string): string {
  const v = body[field];
  if (v === undefined || v === null || v === '') {
    if (fallback !== undefined) return fallback;
    throw badRequest(`No ${field} provided.`);
  }
  if (typeof v !== 'string') throw badRequest(`The value for ${field} must be a string.`);
  return v;
}

function variablesOf(body: Record<string, unknown>): Record<string, unknown> {
  const v = body.variables;
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw badRequest('The value for variables must be an object.');
  return v;
}

/** Latest active definitions of a tenant with a start event for this message or signal. */
function startTargets(
  ctx: ServiceContext,
  tenantId: string,
  kind: 'message' | 'signal',
  name: string,
): { pd: ProcessDefinitionEntity; elementId: string }[] {
  const latest = new Map<string, ProcessDefinitionEntity>();
  for (const pd of ctx.state.processDefinitions.values()) {
    if (pd.tenantId !== tenantId || pd.state !== 'ACTIVE') continue;
    const seen = latest.get(pd.processDefinitionId);
    if (!seen || pd.version > seen.version) latest.set(pd.processDefinitionId, pd);
  }
  const out: { pd: ProcessDefinitionEntity; elementId: string }[] = [];
  for (const pd of latest.values()) {
    const model = ctx.state.runtime.models.get(pd.processDefinitionKey);
    const starts =
      kind === 'message'
        ? model?.messageStartEvents.filter((s) => s.messageName === name)
        : model?.signalStartEvents.filter((s) => s.signalName === name);
    const first = starts?.[0];
    if (first) out.push({ pd, elementId: first.elementId });
  }
  return out;
}

function waiting(ctx: ServiceContext, kind: 'message' | 'signal', name: string, key: string, tenantId: string) {
  const seen = new Set<string>();
  const out: SubscriptionEntity[] = [];
  for (const s of ctx.state.runtime.subscriptions.values()) {
    if (s.kind !== kind || s.name !== name || s.tenantId !== tenantId) continue;
    if (kind === 'message' && s.correlationKey !== key) continue;
    // A message correlates at most once per process instance.
    if (kind === 'message' && seen.has(s.processInstanceKey)) continue;
    seen.add(s.processInstanceKey);
    out.push(s);
  }
  return out;
}

const updateNeed = (processId: string): Requirement => ({
  resourceType: 'PROCESS_DEFINITION',
  permission: 'UPDATE_PROCESS_INSTANCE',
  resourceId: processId,
});
const createNeed = (processId: string): Requirement => ({
  resourceType: 'PROCESS_DEFINITION',
  permission: 'CREATE_PROCESS_INSTANCE',
  resourceId: processId,
});

function deliver(ctx: ServiceContext, s: SubscriptionEntity, variables: Record<string, unknown>): void {
  ctx.state.setVariables(s.processInstanceKey, s.processInstanceKey, s.tenantId, variables);
  ctx.state.runtime.leave(s.elementInstanceKey, ctx.now());
}

function startAt(
  ctx: ServiceContext,
  target: { pd: ProcessDefinitionEntity; elementId: string },
  variables: Record<string, unknown>,
): string {
  const model = ctx.state.runtime.models.get(target.pd.processDefinitionKey)!;
  return ctx.state.runtime.start(target.pd, model, variables, ctx.now(), { startElementId: target.elementId })
    .processInstanceKey;
}

export function publishMessage(ctx: ServiceContext, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const name = stringField(body, 'name');
  const correlationKey = stringField(body, 'correlationKey', '');
  const ttl = nonNegativeInteger(body.timeToLive ?? 0, 'timeToLive');
  const messageId = typeof body.messageId === 'string' && body.messageId !== '' ? body.messageId : null;
  const variables = variablesOf(body);
  const tenantId = stringField(body, 'tenantId', DEFAULT_TENANT);
  const need = { resourceType: 'MESSAGE', permission: 'CREATE', resourceId: name };
  requireRequestTenant(ctx, 'PUBLISH', need, tenantId);
  requirePermission(ctx, 'PUBLISH', need);
  const runtime = ctx.state.runtime;
  const nowMs = Date.parse(ctx.now());
  if (messageId !== null && runtime.bufferedMessages.some((m) => m.messageKey === messageId && m.expiresAt > nowMs))
    throw rejection(
      'PUBLISH',
      'ALREADY_EXISTS',
      `Expected to publish a new message with id '${messageId}', but a message with that id was already published`,
    );
  const messageKey = ctx.state.keys.next(1);
  // Correlating a published message needs nothing more from the publisher.
  for (const s of waiting(ctx, 'message', name, correlationKey, tenantId)) deliver(ctx, s, variables);
  for (const target of startTargets(ctx, tenantId, 'message', name)) startAt(ctx, target, variables);
  if (ttl > 0)
    runtime.bufferedMessages.push({
      messageKey: messageId ?? messageKey,
      name,
      correlationKey,
      variables,
      tenantId,
      expiresAt: nowMs + ttl,
    });
  return ok({ tenantId, messageKey });
}

export function correlateMessage(ctx: ServiceContext, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const name = stringField(body, 'name');
  const correlationKey = stringField(body, 'correlationKey', '');
  const variables = variablesOf(body);
  const tenantId = stringField(body, 'tenantId', DEFAULT_TENANT);
  requireRequestTenant(ctx, 'CORRELATE', updateNeed(''), tenantId);
  const subscription = waiting(ctx, 'message', name, correlationKey, tenantId)[0];
  const start = subscription ? undefined : startTargets(ctx, tenantId, 'message', name)[0];
  if (!subscription && !start)
    throw rejection(
      'CORRELATE',
      'NOT_FOUND',
      `Expected to find subscription for message with name '${name}' and correlation key '${correlationKey}', but none was found.`,
    );
  const messageKey = ctx.state.keys.next(1);
  if (subscription) {
    requirePermission(ctx, 'CORRELATE', updateNeed(subscription.processDefinitionId));
    deliver(ctx, subscription, variables);
    return ok({ tenantId, messageKey, processInstanceKey: subscription.processInstanceKey });
  }
  requirePermission(ctx, 'CORRELATE', createNeed(start!.pd.processDefinitionId));
  return ok({ tenantId, messageKey, processInstanceKey: startAt(ctx, start!, variables) });
}

export function broadcastSignal(ctx: ServiceContext, rawBody: unknown): ServiceResult {
  const body = bodyObject(rawBody);
  const name = stringField(body, 'signalName');
  const variables = variablesOf(body);
  const tenantId = stringField(body, 'tenantId', DEFAULT_TENANT);
  requireRequestTenant(ctx, 'BROADCAST', createNeed(''), tenantId);
  const subscriptions = waiting(ctx, 'signal', name, '', tenantId);
  const starts = startTargets(ctx, tenantId, 'signal', name);
  // Every target needs the permission of its kind; the first refusal names the missing one.
  const refused = [
    ...subscriptions.map((s) => updateNeed(s.processDefinitionId)),
    ...starts.map((t) => createNeed(t.pd.processDefinitionId)),
  ].find((need) => !allows(ctx, need));
  if (refused)
    throw rejection(
      'BROADCAST',
      'FORBIDDEN',
      insufficientPermissions(refused.permission, refused.resourceType, refused.resourceId),
    );
  const signalKey = ctx.state.keys.next(1);
  for (const s of subscriptions) deliver(ctx, s, variables);
  for (const t of starts) startAt(ctx, t, variables);
  return ok({ tenantId, signalKey });
}
