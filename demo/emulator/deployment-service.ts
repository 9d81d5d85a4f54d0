import { InvalidResource, parseBpmn, parseDmn, parseForm, type ProcessModel } from './bpmn-model.ts';
import { DEFAULT_TENANT } from './cluster-state.ts';
import { requireEntityTenant, requirePermission, requireReadable, requireRequestTenant } from './command-checks.ts';
import type { ProcessDefinitionEntity, ResourceEntity, ResourceKind } from './entities.ts';
import { parseMultipart } from './multipart.ts';
import { badRequest, rejection } from './problems.ts';
import { ok, requireKey, type ServiceContext, type ServiceResult } from './service-context.ts';
import { compactFor } from './runtime-shapes.ts';

// POST /v2/deployments (multipart: `resources` files and an optional `tenantId`), resource deletion
// and GET /v2/process-definitions/{key}/xml. Deploying needs CREATE on RESOURCE for `*`
// (docs/operation-catalogue.md); deleting needs the DELETE_* permission of the resource's kind.

type Json = Record<string, unknown>;

interface ParsedFile {
  name: string;
  content: string;
  kind: ResourceKind;
  processes?: ProcessModel[];
  decisions?: Awaited<ReturnType<typeof parseDmn>>;
  formId?: string;
}

function kindOf(name: string): ResourceKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.bpmn') || lower.endsWith('.bpmn20.xml')) return 'process';
  if (lower.endsWith('.dmn') || lower.endsWith('.dmn11.xml')) return 'decisionRequirements';
  if (lower.endsWith('.form')) return 'form';
  return 'resource';
}

async function parseFile(name: string, content: string): Promise<ParsedFile> {
  const kind = kindOf(name);
  if (kind === 'process') return { name, content, kind, processes: await parseBpmn(content) };
  if (kind === 'decisionRequirements') return { name, content, kind, decisions: await parseDmn(content) };
  if (kind === 'form') return { name, content, kind, formId: parseForm(content).formId };
  return { name, content, kind };
}

function emptyMetadata(): Json {
  return { processDefinition: null, decisionDefinition: null, decisionRequirements: null, form: null, resource: null };
}

/** Next version of an id in a tenant; an identical file deployed again keeps its version (no new key). */
function latestResource(ctx: ServiceContext, kind: ResourceKind, id: string, tenantId: string): ResourceEntity | null {
  let latest: ResourceEntity | null = null;
  for (const r of ctx.state.resources.values())
    if (r.kind === kind && r.resourceId === id && r.tenantId === tenantId && (!latest || r.version > latest.version))
      latest = r;
  return latest;
}

export async function createDeployment(
  ctx: ServiceContext,
  body: unknown,
  contentType: string | undefined,
): Promise<ServiceResult> {
  const parts = parseMultipart(body, contentType);
  const files = parts.filter((p) => p.name === 'resources' && p.filename !== null);
  const tenantPart = parts.find((p) => p.name === 'tenantId');
  const tenantId = tenantPart ? tenantPart.data.toString('utf8').trim() || DEFAULT_TENANT : DEFAULT_TENANT;
  // [inferred] the gateway's text for a deployment without files.
  if (files.length === 0) throw badRequest('No resources provided.');
  const need = { resourceType: 'RESOURCE', permission: 'CREATE' };
  requireRequestTenant(ctx, 'CREATE', need, tenantId);
  requirePermission(ctx, 'CREATE', need);

  const parsed: ParsedFile[] = [];
  const errors: string[] = [];
  for (const f of files) {
    try {
      parsed.push(await parseFile(f.filename!, f.data.toString('utf8')));
    } catch (error) {
      if (!(error instanceof InvalidResource)) throw error;
      errors.push(`'${f.filename}': ${error.message}`);
    }
  }
  if (errors.length > 0)
    throw rejection(
      'CREATE',
      'INVALID_ARGUMENT',
      `Expected to deploy new resources, but encountered the following errors:\n${errors.join('\n')}`,
    );

  const state = ctx.state;
  const deploymentKey = state.keys.next(1);
  const deployments: Json[] = [];
  const store = (kind: ResourceKind, id: string, file: ParsedFile): { resource: ResourceEntity; isNew: boolean } => {
    const latest = latestResource(ctx, kind, id, tenantId);
    if (latest && latest.content === file.content) return { resource: latest, isNew: false };
    const resource: ResourceEntity = {
      resourceKey: state.keys.next(1),
      kind,
      resourceId: id,
      resourceName: file.name,
      version: (latest?.version ?? 0) + 1,
      tenantId,
      deploymentKey,
      content: file.content,
    };
    state.resources.set(resource.resourceKey, resource);
    return { resource, isNew: true };
  };

  for (const file of parsed) {
    for (const model of file.processes ?? []) {
      const { resource: r, isNew } = store('process', model.processId, file);
      if (isNew) {
        const pd: ProcessDefinitionEntity = {
          processDefinitionKey: r.resourceKey,
          processDefinitionId: model.processId,
          name: model.name,
          version: r.version,
          versionTag: model.versionTag,
          resourceName: file.name,
          tenantId,
          hasStartForm: model.hasStartForm,
          state: 'ACTIVE',
        };
        state.processDefinitions.set(pd.processDefinitionKey, pd);
        state.processXml.set(pd.processDefinitionKey, file.content);
        state.runtime.models.set(pd.processDefinitionKey, model);
      }
      deployments.push({
        ...emptyMetadata(),
        processDefinition: {
          processDefinitionId: model.processId,
          processDefinitionVersion: r.version,
          resourceName: file.name,
          tenantId,
          processDefinitionKey: r.resourceKey,
        },
      });
    }
    if (file.decisions) {
      const drg = file.decisions;
      const { resource: r, isNew } = store('decisionRequirements', drg.decisionRequirementsId, file);
      deployments.push({
        ...emptyMetadata(),
        decisionRequirements: {
          decisionRequirementsId: drg.decisionRequirementsId,
          decisionRequirementsName: drg.decisionRequirementsName,
          version: r.version,
          resourceName: file.name,
          tenantId,
          decisionRequirementsKey: r.resourceKey,
        },
      });
      for (const d of drg.decisions) {
        const existing = [...state.decisionDefinitions.values()].find(
          (x) => x.decisionRequirementsKey === r.resourceKey && x.decisionDefinitionId === d.decisionId,
        );
        const decision = existing ?? {
          decisionDefinitionKey: state.keys.next(1),
          decisionDefinitionId: d.decisionId,
          name: d.name,
          version: r.version,
          decisionRequirementsId: drg.decisionRequirementsId,
          decisionRequirementsKey: r.resourceKey,
          decisionRequirementsName: drg.decisionRequirementsName,
          decisionRequirementsVersion: r.version,
          tenantId,
        };
        if (isNew || !existing) state.decisionDefinitions.set(decision.decisionDefinitionKey, decision);
        deployments.push({
          ...emptyMetadata(),
          decisionDefinition: {
            decisionDefinitionId: decision.decisionDefinitionId,
            version: decision.version,
            name: decision.name,
            tenantId,
            decisionRequirementsId: decision.decisionRequirementsId,
            decisionDefinitionKey: decision.decisionDefinitionKey,
            decisionRequirementsKey: decision.decisionRequirementsKey,
          },
        });
      }
    }
    if (file.formId !== undefined) {
      const { resource: r, isNew } = store('form', file.formId, file);
      if (isNew)
        state.forms.set(file.formId, {
          formKey: r.resourceKey,
          formId: file.formId,
          version: r.version,
          tenantId,
          schema: file.content,
        });
      deployments.push({
        ...emptyMetadata(),
        form: { formId: file.formId, version: r.version, resourceName: file.name, tenantId, formKey: r.resourceKey },
      });
    }
    if (file.kind === 'resource') {
      const { resource: r } = store('resource', file.name, file);
      deployments.push({
        ...emptyMetadata(),
        resource: {
          resourceId: r.resourceId,
          resourceName: file.name,
          version: r.version,
          tenantId,
          resourceKey: r.resourceKey,
        },
      });
    }
  }
  const compact = compactFor(ctx.version);
  return ok({ deploymentKey, tenantId, deployments: deployments.map(compact) });
}

const DELETE_PERMISSION: Record<ResourceKind, string> = {
  process: 'DELETE_PROCESS',
  decisionRequirements: 'DELETE_DRD',
  form: 'DELETE_FORM',
  resource: 'DELETE_RESOURCE',
};

export function deleteResource(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('resourceKey', key);
  const state = ctx.state;
  const r = state.resources.get(key);
  if (!r)
    throw rejection('DELETE', 'NOT_FOUND', `Expected to delete resource but no resource found with key \`${key}\``);
  const need = { resourceType: 'RESOURCE', permission: DELETE_PERMISSION[r.kind], resourceId: r.resourceId };
  requireEntityTenant(ctx, 'DELETE', need, r.tenantId);
  requirePermission(ctx, 'DELETE', need);
  state.resources.delete(key);
  if (r.kind === 'process') {
    const running = state.runtime
      .instancesByKey()
      .some((pi) => pi.processDefinitionKey === key && pi.state === 'ACTIVE');
    const pd = state.processDefinitions.get(key);
    // Running instances keep their definition until they end; new ones cannot start from it.
    if (pd && running) pd.state = 'DRAINING';
    else state.processDefinitions.delete(key);
  } else if (r.kind === 'decisionRequirements') {
    for (const d of [...state.decisionDefinitions.values()])
      if (d.decisionRequirementsKey === key) state.decisionDefinitions.delete(d.decisionDefinitionKey);
  } else if (r.kind === 'form') {
    const form = state.forms.get(r.resourceId);
    if (form?.formKey === key) state.forms.delete(r.resourceId);
  }
  return ctx.version === '8.8' ? { status: 200 } : ok({ resourceKey: key, batchOperation: null });
}

export function getProcessDefinitionXml(ctx: ServiceContext, key: string): ServiceResult {
  requireKey('processDefinitionKey', key);
  const pd = ctx.state.processDefinitions.get(key);
  requireReadable(ctx, pd, 'Process Definition', key, {
    resourceType: 'PROCESS_DEFINITION',
    permission: 'READ_PROCESS_DEFINITION',
    resourceId: pd?.processDefinitionId,
  });
  return { status: 200, body: ctx.state.processXml.get(key) ?? '', contentType: 'text/xml' };
}

/** Resource reads cover generic deployed files only (Camunda documents them for RPA scripts). */
function readableResource(ctx: ServiceContext, key: string): ResourceEntity {
  requireKey('resourceKey', key);
  const r = ctx.state.resources.get(key);
  const generic = r?.kind === 'resource' ? r : undefined;
  // [inferred] the 404 label.
  requireReadable(ctx, generic, 'Resource', key, {
    resourceType: 'RESOURCE',
    permission: 'READ',
    resourceId: r?.resourceId,
  });
  return generic!;
}

export function getResource(ctx: ServiceContext, key: string): ServiceResult {
  const r = readableResource(ctx, key);
  return ok(
    compactFor(ctx.version)({
      resourceName: r.resourceName,
      version: r.version,
      versionTag: null,
      resourceId: r.resourceId,
      tenantId: r.tenantId,
      resourceKey: r.resourceKey,
    }),
  );
}

export function getResourceContent(ctx: ServiceContext, key: string): ServiceResult {
  const r = readableResource(ctx, key);
  return { status: 200, body: r.content, contentType: 'text/plain' };
}
