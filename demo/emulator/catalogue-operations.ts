import type {
  CatalogueEntry,
  OperationVersionFacts,
  PermissionAlternative,
  TargetId,
} from '../../src/lib/catalogue/types.ts';
import { canAccessTenant, checkUserTask, isAllowed, unauthorizedRead } from './authorization-engine.ts';
import { catalogueAnswer, recordAudit } from './catalogue-answers.ts';
import { clusterVariableId } from './catalogue-stores.ts';
import { requireEntityTenant, requireRequestTenant } from './command-checks.ts';
import type { UserTaskEntity } from './entities.ts';
import { isKey } from './keys.ts';
import { ApiProblem, forbidden, notFound, rejection } from './problems.ts';
import { bodyObject, type ServiceContext, type ServiceResult } from './service-context.ts';

// The catalogue operations the demo clusters have no dedicated service for (batch operations,
// modification and migration, statistics, documents, clock, cluster variables, usage metrics, …)
// are answered by one handler driven by the operation's catalogue entry (src/lib/catalogue): the
// permission alternatives, the behaviour class and the tenant check decide the refusal, exactly as
// for the dedicated services; catalogue-answers.ts supplies the success shape. Order of checks, as
// in command-checks.ts: the subject exists (404) → its tenant (404) → the permission (403).

/** What a request is about, looked up from its path: the ids an authorization can name, its tenant. */
export interface Subject {
  label: string;
  key: string;
  tenantId: string | null;
  ids: Partial<Record<TargetId, string>>;
  task?: UserTaskEntity;
}

export interface GenericCall {
  ctx: ServiceContext;
  entry: CatalogueEntry;
  facts: OperationVersionFacts;
  params: Record<string, string>;
  body: Record<string, unknown>;
  query: Record<string, string>;
  /** The unparsed body and its media type, for multipart uploads. */
  raw: { body: unknown; contentType: string | undefined };
  subject: Subject | undefined;
  /** Filtered operations: whether an item with these ids and tenant may be shown to the caller. */
  visible(ids: Partial<Record<TargetId, string>>, tenantId: string | null): boolean;
}

function keyParam(params: Record<string, string>, name: string): string {
  const value = params[name] ?? '';
  if (!isKey(value)) throw new ApiProblem(400, 'Bad Request', `Failed to convert '${name}' with value: '${value}'`);
  return value;
}

/** Looks the request's subject up by the first path parameter that names one. */
function findSubject(ctx: ServiceContext, params: Record<string, string>): Subject | 'none' | undefined {
  const { state } = ctx;
  const stores = state.catalogueStores;
  const rt = state.runtime;
  for (const name of Object.keys(params)) {
    switch (name) {
      case 'processInstanceKey': {
        const key = keyParam(params, name);
        const pi = rt.instances.get(key);
        return (
          pi && {
            label: 'Process Instance',
            key,
            tenantId: pi.tenantId,
            ids: { bpmnProcessId: pi.processDefinitionId },
          }
        );
      }
      case 'elementInstanceKey':
      case 'adHocSubProcessInstanceKey': {
        const key = keyParam(params, name);
        const ei = rt.elementInstances.get(key);
        return (
          ei && {
            label: 'Element Instance',
            key,
            tenantId: ei.tenantId,
            ids: { bpmnProcessId: ei.processDefinitionId },
          }
        );
      }
      case 'processDefinitionKey': {
        const key = keyParam(params, name);
        const pd = state.processDefinitions.get(key);
        return (
          pd && {
            label: 'Process Definition',
            key,
            tenantId: pd.tenantId,
            ids: { bpmnProcessId: pd.processDefinitionId },
          }
        );
      }
      case 'resourceKey': {
        const key = keyParam(params, name);
        const r = state.resources.get(key);
        return r && { label: 'Resource', key, tenantId: r.tenantId, ids: { resourceId: r.resourceId } };
      }
      case 'userTaskKey': {
        const key = keyParam(params, name);
        const t = state.userTasks.get(key);
        return (
          t && { label: 'User Task', key, tenantId: t.tenantId, ids: { bpmnProcessId: t.processDefinitionId }, task: t }
        );
      }
      case 'decisionEvaluationKey':
      case 'decisionEvaluationInstanceKey': {
        const key = name === 'decisionEvaluationKey' ? keyParam(params, name) : (params[name] ?? '');
        const d = [...stores.decisionInstances.values()].find((i) => i[name] === key);
        return (
          d && { label: 'Decision Instance', key, tenantId: d.tenantId, ids: { decisionId: d.decisionDefinitionId } }
        );
      }
      case 'auditLogKey': {
        const key = keyParam(params, name);
        const a = stores.auditLogs.get(key);
        return a && { label: 'Audit Log', key, tenantId: a.tenantId, ids: { auditLogCategory: a.category } };
      }
      case 'batchOperationKey': {
        const key = params[name] ?? '';
        return stores.batchOperations.has(key) ? { label: 'Batch Operation', key, tenantId: null, ids: {} } : undefined;
      }
      case 'name': {
        const tenantId = params.tenantId ?? null;
        const id = clusterVariableId(tenantId === null ? 'GLOBAL' : 'TENANT', tenantId, params.name ?? '');
        return stores.clusterVariables.has(id)
          ? { label: 'Cluster Variable', key: params.name ?? '', tenantId, ids: {} }
          : undefined;
      }
      case 'id':
        return stores.taskListeners.has(params.id ?? '')
          ? { label: 'Global Task Listener', key: params.id ?? '', tenantId: null, ids: {} }
          : undefined;
      case 'documentId':
        return stores.documents.has(params.documentId ?? '')
          ? { label: 'Document', key: params.documentId ?? '', tenantId: null, ids: {} }
          : undefined;
    }
  }
  return 'none';
}

/** Body-named targets: the decision to evaluate (by key, else the latest version of its id). */
function findBodySubject(ctx: ServiceContext, alt: PermissionAlternative, body: Record<string, unknown>) {
  if (alt.resourceId.from !== 'target' || alt.resourceId.via !== 'decisionDefinitionId|decisionDefinitionKey') return;
  const defs = [...ctx.state.decisionDefinitions.values()];
  const tenantId = typeof body.tenantId === 'string' ? body.tenantId : '<default>';
  const d =
    typeof body.decisionDefinitionKey === 'string'
      ? ctx.state.decisionDefinitions.get(body.decisionDefinitionKey)
      : defs
          .filter((x) => x.decisionDefinitionId === body.decisionDefinitionId && x.tenantId === tenantId)
          .sort((a, b) => b.version - a.version)[0];
  const named = body.decisionDefinitionKey ?? body.decisionDefinitionId;
  const key = typeof named === 'string' ? named : '';
  return d
    ? { label: 'Decision Definition', key, tenantId: d.tenantId, ids: { decisionId: d.decisionDefinitionId } }
    : { missing: key };
}

function idOf(alt: PermissionAlternative, call: Pick<GenericCall, 'params' | 'body' | 'subject'>): string | undefined {
  const source = alt.resourceId;
  if (source.from === 'path') return call.params[source.name];
  if (source.from === 'body') {
    const value = call.body[source.name];
    return typeof value === 'string' ? value : undefined;
  }
  if (source.from === 'target') return call.subject?.ids[source.id];
  return undefined;
}

function allowsAlternative(ctx: ServiceContext, alt: PermissionAlternative, call: GenericCall): boolean {
  // Property-based USER_TASK grants and the PROCESS_DEFINITION precedence live in the user-task check.
  if (call.subject?.task && alt.resourceType === 'USER_TASK')
    return checkUserTask(ctx.access, ctx.version, 'read', call.subject.task).allowed;
  return isAllowed(ctx.access, alt.resourceType, alt.permissionType, idOf(alt, call));
}

function insufficient(alt: PermissionAlternative, id: string | undefined): string {
  const base = `Insufficient permissions to perform operation '${alt.permissionType}' on resource '${alt.resourceType}'`;
  return id === undefined
    ? base
    : `${base}, required resource identifiers are one of '[${['*', id].sort().join(', ')}]'`;
}

const readSide = (alts: readonly PermissionAlternative[]) =>
  unauthorizedRead(alts.map((a) => ({ permission: a.permissionType, resourceType: a.resourceType })));

function requestTenant(call: GenericCall): string | null {
  const fromBody = call.body.tenantId;
  if (typeof fromBody === 'string') return fromBody;
  return call.params.tenantId ?? null;
}

/** Runs the catalogue's checks for one operation of one version, then answers it. */
export async function handleCatalogueOperation(
  ctx: ServiceContext,
  entry: CatalogueEntry,
  facts: OperationVersionFacts,
  params: Record<string, string>,
  query: Record<string, string>,
  rawBody: unknown,
  contentType: string | undefined,
): Promise<ServiceResult> {
  const body = Buffer.isBuffer(rawBody) ? {} : bodyObject(rawBody);
  const found = findSubject(ctx, params);
  const call: GenericCall = {
    ctx,
    entry,
    facts,
    params,
    body,
    query,
    raw: { body: rawBody, contentType },
    subject: found === 'none' ? undefined : found,
    visible: (ids, tenantId) =>
      (tenantId === null || facts.tenantCheck !== 'filter' || canAccessTenant(ctx.access, tenantId)) &&
      (facts.permissions.length === 0 ||
        facts.permissions.some((alt) =>
          isAllowed(
            ctx.access,
            alt.resourceType,
            alt.permissionType,
            alt.resourceId.from === 'target' ? ids[alt.resourceId.id] : undefined,
          ),
        )),
  };
  const intent = facts.intent ?? 'UNKNOWN';
  const bodyTarget = facts.permissions.map((alt) => findBodySubject(ctx, alt, body)).find((s) => s !== undefined);
  if (bodyTarget && 'missing' in bodyTarget) {
    // [inferred] engine wording for a decision that is not deployed.
    throw rejection(
      intent,
      'NOT_FOUND',
      `Expected to evaluate decision '${bodyTarget.missing}', but no decision found for id '${bodyTarget.missing}'`,
    );
  }
  if (bodyTarget) call.subject = bodyTarget;

  if (found === undefined) {
    const label = Object.keys(params).includes('documentId') ? 'Document' : labelOfMissing(params);
    const key = Object.values(params).at(-1) ?? '';
    // [inferred] commands on a missing subject: the engine's NOT_FOUND rejection, worded generically.
    if (facts.behaviour === 'command')
      throw rejection(
        intent,
        'NOT_FOUND',
        `Expected to find ${label.toLowerCase()} with key '${key}', but none was found`,
      );
    throw notFound(`${label} with key '${key}' not found`);
  }
  const subject = call.subject;
  const alts = facts.permissions;
  // Conditional start events are checked per matched process; the demo's BPMN has none to match.
  const perMatch = alts.some((a) => a.resourceId.from === 'target' && a.resourceId.via === 'conditionalStartEvents');
  const allowed = () => alts.length === 0 || perMatch || alts.some((alt) => allowsAlternative(ctx, alt, call));

  switch (facts.behaviour) {
    case 'command': {
      const need = { resourceType: alts[0]?.resourceType ?? '', permission: alts[0]?.permissionType ?? '' };
      if (subject?.tenantId != null && facts.tenantCheck === 'entity')
        requireEntityTenant(ctx, intent, need, subject.tenantId);
      const tenant = requestTenant(call);
      if (tenant !== null && facts.tenantCheck === 'request') requireRequestTenant(ctx, intent, need, tenant);
      if (!allowed())
        throw rejection(intent, 'FORBIDDEN', alts.map((alt) => insufficient(alt, idOf(alt, call))).join('; and '));
      const result = await catalogueAnswer(call);
      recordAudit(call);
      return result;
    }
    case 'getByKey':
      if (subject?.tenantId != null && !canAccessTenant(ctx.access, subject.tenantId))
        throw notFound(`${subject.label} with key '${subject.key}' not found`);
      if (!allowed()) throw forbidden(readSide(alts));
      return catalogueAnswer(call);
    case 'gatewayCheck':
      if (!allowed()) throw forbidden(readSide(alts));
      return catalogueAnswer(call);
    case 'filtered':
    case 'authenticated':
    case 'unprotected':
      return catalogueAnswer(call);
  }
}

function labelOfMissing(params: Record<string, string>): string {
  const names: Record<string, string> = {
    processInstanceKey: 'Process Instance',
    elementInstanceKey: 'Element Instance',
    adHocSubProcessInstanceKey: 'Element Instance',
    processDefinitionKey: 'Process Definition',
    resourceKey: 'Resource',
    userTaskKey: 'User Task',
    decisionEvaluationKey: 'Decision Instance',
    decisionEvaluationInstanceKey: 'Decision Instance',
    auditLogKey: 'Audit Log',
    batchOperationKey: 'Batch Operation',
    name: 'Cluster Variable',
    id: 'Global Task Listener',
  };
  for (const name of Object.keys(params)) if (names[name]) return names[name];
  return 'Entity';
}
