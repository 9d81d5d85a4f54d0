import { CatalogueStores } from './catalogue-stores.ts';
import bcrypt from 'bcryptjs';
import type { Scenario, ScenarioUserTask } from '../scenarios/scenario-types.ts';
import { defaultRoles } from './authorization-model.ts';
import { sketchBpmn, sketchModel } from './bpmn-model.ts';
import type {
  AuthorizationEntity,
  DecisionDefinitionEntity,
  FormEntity,
  GroupEntity,
  MappingRuleEntity,
  ProcessDefinitionEntity,
  ResourceEntity,
  RoleEntity,
  TenantEntity,
  UserEntity,
  UserTaskEntity,
  VariableEntity,
} from './entities.ts';
import { KeyGenerator, compareKeys } from './keys.ts';
import { ProcessRuntime } from './process-runtime.ts';
import { resolveDate } from './scenario-clock.ts';
import { generateProcessInstances } from './instance-generator.ts';
import { generateUserTasks } from './task-generator.ts';

export const DEFAULT_TENANT = '<default>';

/** Password hashes by username, computed once per cluster (bcrypt is deliberately slow). */
export async function hashPasswords(scenario: Scenario): Promise<Map<string, string>> {
  const cost = scenario.auth.method === 'basic' ? (scenario.auth.bcryptCost ?? 10) : 10;
  // One hash per distinct password: a generated directory's thousand users share theirs.
  const byPassword = new Map<string, Promise<string>>();
  const entries = await Promise.all(
    scenario.users.map(async (u) => {
      let hash = byPassword.get(u.password);
      if (!hash) byPassword.set(u.password, (hash = bcrypt.hash(u.password, cost)));
      return [u.username, await hash] as const;
    }),
  );
  return new Map(entries);
}

/**
 * Everything a demo cluster knows. Built from a scenario; `reset` means building it again.
 * Writes mutate these maps and live as long as the process.
 */
export class ClusterState {
  readonly keys: KeyGenerator;
  readonly now: number;
  readonly users = new Map<string, UserEntity>();
  readonly groups = new Map<string, GroupEntity>();
  readonly roles = new Map<string, RoleEntity>();
  readonly tenants = new Map<string, TenantEntity>();
  readonly mappingRules = new Map<string, MappingRuleEntity>();
  readonly authorizations = new Map<string, AuthorizationEntity>();
  readonly processDefinitions = new Map<string, ProcessDefinitionEntity>();
  readonly forms = new Map<string, FormEntity>();
  /** Insertion order = key order (tasks are created in creationDate order). */
  readonly userTasks = new Map<string, UserTaskEntity>();
  /** Variables by scope key (process instance key or element instance key). */
  readonly variablesByScope = new Map<string, VariableEntity[]>();
  /** Deployed files by resource key (= the key of the definition they hold). */
  readonly resources = new Map<string, ResourceEntity>();
  readonly decisionDefinitions = new Map<string, DecisionDefinitionEntity>();
  /** BPMN XML by process definition key. */
  readonly processXml = new Map<string, string>();
  /** Process instances, element instances, jobs, incidents, subscriptions and the process models. */
  readonly runtime: ProcessRuntime = new ProcessRuntime(this);
  /** Batch operations, decision instances, cluster variables, listeners, documents, audit log, clock. */
  readonly catalogueStores = new CatalogueStores();

  constructor(
    readonly scenario: Scenario,
    passwordHashes: Map<string, string>,
    clock: number = Date.now(),
  ) {
    this.now = scenario.now !== undefined && scenario.now !== 'now' ? Date.parse(scenario.now) : clock;
    this.keys = new KeyGenerator(scenario.topology.partitionsCount);
    this.seedIdentity(passwordHashes);
    this.seedDefinitions();
    this.seedUserTasks();
    this.seedProcessInstances();
  }

  private seedIdentity(passwordHashes: Map<string, string>): void {
    const s = this.scenario;
    for (const u of s.users) {
      this.users.set(u.username, {
        username: u.username,
        name: u.name ?? null,
        email: u.email ?? null,
        passwordHash: passwordHashes.get(u.username) ?? '',
      });
    }
    for (const m of s.mappingRules) this.mappingRules.set(m.mappingRuleId, { ...m });
    for (const g of s.groups) {
      this.groups.set(g.groupId, {
        groupId: g.groupId,
        name: g.name,
        description: g.description ?? null,
        users: new Set(g.users),
        clients: new Set(g.clients),
        mappingRules: new Set(g.mappingRules),
      });
    }
    const defaults = s.defaultRoles ? defaultRoles(s.version) : [];
    for (const d of defaults) {
      this.roles.set(d.roleId, {
        roleId: d.roleId,
        name: d.name,
        description: d.description,
        users: new Set(),
        clients: new Set(),
        groups: new Set(),
        mappingRules: new Set(),
      });
      for (const a of d.authorizations) {
        this.addAuthorization({ ...a, ownerType: 'ROLE', ownerId: d.roleId });
      }
    }
    // A scenario role with a default role's id adds members (and may rename it).
    for (const r of s.roles) {
      const existing = this.roles.get(r.roleId);
      const role: RoleEntity = existing ?? {
        roleId: r.roleId,
        name: r.name ?? r.roleId,
        description: r.description ?? null,
        users: new Set(),
        clients: new Set(),
        groups: new Set(),
        mappingRules: new Set(),
      };
      if (r.name !== undefined) role.name = r.name;
      if (r.description !== undefined) role.description = r.description;
      r.users?.forEach((x) => role.users.add(x));
      r.clients?.forEach((x) => role.clients.add(x));
      r.groups?.forEach((x) => role.groups.add(x));
      r.mappingRules?.forEach((x) => role.mappingRules.add(x));
      this.roles.set(r.roleId, role);
    }
    for (const t of s.tenants) {
      this.tenants.set(t.tenantId, {
        tenantId: t.tenantId,
        name: t.name,
        description: t.description ?? null,
        users: new Set(t.users),
        clients: new Set(t.clients),
        groups: new Set(t.groups),
        roles: new Set(t.roles),
        mappingRules: new Set(t.mappingRules),
      });
    }
    if (!this.tenants.has(DEFAULT_TENANT)) {
      this.tenants.set(DEFAULT_TENANT, {
        tenantId: DEFAULT_TENANT,
        name: 'Default',
        description: null,
        users: new Set(),
        clients: new Set(),
        groups: new Set(),
        roles: new Set(),
        mappingRules: new Set(),
      });
    }
    for (const a of s.authorizations) this.addAuthorization(a);
  }

  addAuthorization(a: {
    ownerType: AuthorizationEntity['ownerType'];
    ownerId: string;
    resourceType: string;
    resourceId?: string | null;
    resourcePropertyName?: string | null;
    permissionTypes: string[];
  }): AuthorizationEntity {
    const entity: AuthorizationEntity = {
      authorizationKey: this.keys.next(1),
      ownerType: a.ownerType,
      ownerId: a.ownerId,
      resourceType: a.resourceType,
      resourceId: a.resourceId ?? null,
      resourcePropertyName: a.resourcePropertyName ?? null,
      permissionTypes: [...a.permissionTypes],
    };
    this.authorizations.set(entity.authorizationKey, entity);
    return entity;
  }

  private seedDefinitions(): void {
    for (const f of this.scenario.forms) {
      const formKey = f.formKey ?? this.keys.next(1);
      this.forms.set(f.formId, {
        formKey,
        formId: f.formId,
        version: f.version ?? 1,
        tenantId: f.tenantId ?? DEFAULT_TENANT,
        schema: typeof f.schema === 'string' ? f.schema : JSON.stringify(f.schema),
      });
      this.resources.set(formKey, {
        resourceKey: formKey,
        kind: 'form',
        resourceId: f.formId,
        resourceName: `${f.formId}.form`,
        version: f.version ?? 1,
        tenantId: f.tenantId ?? DEFAULT_TENANT,
        deploymentKey: formKey,
        content: typeof f.schema === 'string' ? f.schema : JSON.stringify(f.schema, null, 2),
      });
    }
    for (const p of this.scenario.processDefinitions) {
      const key = p.processDefinitionKey ?? this.keys.next(1);
      this.processDefinitions.set(key, {
        processDefinitionKey: key,
        processDefinitionId: p.processDefinitionId,
        name: p.name,
        version: p.version ?? 1,
        versionTag: p.versionTag ?? null,
        resourceName: p.resourceName ?? `${p.processDefinitionId}.bpmn`,
        tenantId: p.tenantId ?? DEFAULT_TENANT,
        hasStartForm: p.hasStartForm ?? false,
        state: p.state ?? 'ACTIVE',
      });
      // A listed definition without a BPMN file gets one sketched from its user-task templates.
      const tasks = (p.userTaskTemplates ?? []).map((t) => ({
        elementId: t.elementId,
        name: t.name,
        candidateGroups: t.candidateGroups,
        candidateUsers: t.candidateUsers,
        formId: t.formId,
      }));
      const xml = p.bpmn?.xml ?? sketchBpmn(p.processDefinitionId, p.name, tasks);
      this.processXml.set(key, xml);
      this.runtime.models.set(key, p.bpmn?.model ?? sketchModel(p.processDefinitionId, p.name, tasks));
      this.resources.set(key, {
        resourceKey: key,
        kind: 'process',
        resourceId: p.processDefinitionId,
        resourceName: p.resourceName ?? `${p.processDefinitionId}.bpmn`,
        version: p.version ?? 1,
        tenantId: p.tenantId ?? DEFAULT_TENANT,
        deploymentKey: key,
        content: xml,
      });
    }
  }

  private seedUserTasks(): void {
    const now = this.now;
    const listed = this.scenario.userTasks.map((t) => ({
      ...t,
      creationDate: resolveDate(t.creationDate ?? '-1d', now),
      completionDate: t.completionDate ? resolveDate(t.completionDate, now) : null,
      dueDate: t.dueDate ? resolveDate(t.dueDate, now) : null,
      followUpDate: t.followUpDate ? resolveDate(t.followUpDate, now) : null,
    }));
    const all: ScenarioUserTask[] = [...listed, ...generateUserTasks(this.scenario, now)];
    // Keys grow with time in a real cluster, so tasks get their keys in creation order.
    all.sort((a, b) => (a.creationDate! < b.creationDate! ? -1 : a.creationDate! > b.creationDate! ? 1 : 0));
    const pdById = new Map([...this.processDefinitions.values()].map((p) => [p.processDefinitionId, p]));
    all.forEach((t, n) => {
      const pd = pdById.get(t.processDefinitionId)!;
      const partition = this.keys.partitionFor(n);
      const processInstanceKey = this.keys.next(partition);
      const elementInstanceKey = this.keys.next(partition);
      const userTaskKey = t.userTaskKey ?? this.keys.next(partition);
      const tenantId = t.tenantId ?? pd.tenantId;
      const form = t.formId !== undefined ? this.forms.get(t.formId) : undefined;
      const completed = t.state === 'COMPLETED';
      this.userTasks.set(userTaskKey, {
        userTaskKey,
        name: t.name ?? null,
        state: t.state ?? 'CREATED',
        assignee: t.assignee ?? null,
        candidateUsers: t.candidateUsers ?? [],
        candidateGroups: t.candidateGroups ?? [],
        elementId: t.elementId,
        elementInstanceKey,
        processDefinitionId: pd.processDefinitionId,
        processDefinitionKey: pd.processDefinitionKey,
        processDefinitionVersion: pd.version,
        processName: pd.name,
        processInstanceKey,
        rootProcessInstanceKey: processInstanceKey,
        creationDate: t.creationDate!,
        completionDate: completed ? (t.completionDate ?? new Date(now).toISOString()) : null,
        dueDate: t.dueDate ?? null,
        followUpDate: t.followUpDate ?? null,
        priority: t.priority ?? 50,
        tenantId,
        formKey: form?.formKey ?? null,
        externalFormReference: t.externalFormReference ?? null,
        customHeaders: t.customHeaders ?? {},
        tags: t.tags ?? [],
        businessId: null,
      });
      this.setVariables(processInstanceKey, processInstanceKey, tenantId, t.variables ?? {});
      this.setVariables(elementInstanceKey, processInstanceKey, tenantId, t.localVariables ?? {});
      this.seedTaskInstance(pd, t, processInstanceKey, elementInstanceKey, tenantId);
    });
  }

  /** Each seeded task lives in its own process instance, which the instance views show. */
  private seedTaskInstance(
    pd: ProcessDefinitionEntity,
    t: ScenarioUserTask,
    processInstanceKey: string,
    elementInstanceKey: string,
    tenantId: string,
  ): void {
    const state = t.state === 'COMPLETED' ? 'COMPLETED' : t.state === 'CANCELED' ? 'TERMINATED' : 'ACTIVE';
    const endDate = state === 'ACTIVE' ? null : (t.completionDate ?? new Date(this.now).toISOString());
    this.runtime.addInstance({
      processInstanceKey,
      processDefinitionKey: pd.processDefinitionKey,
      processDefinitionId: pd.processDefinitionId,
      processDefinitionName: pd.name,
      processDefinitionVersion: pd.version,
      processDefinitionVersionTag: pd.versionTag,
      startDate: t.creationDate!,
      endDate,
      state,
      hasIncident: false,
      tenantId,
      tags: t.tags ?? [],
      businessId: null,
    });
    this.runtime.seeded.add(processInstanceKey);
    this.runtime.elementInstances.set(elementInstanceKey, {
      elementInstanceKey,
      processInstanceKey,
      processDefinitionKey: pd.processDefinitionKey,
      processDefinitionId: pd.processDefinitionId,
      elementId: t.elementId,
      elementName: t.name ?? t.elementId,
      type: 'USER_TASK',
      state,
      startDate: t.creationDate!,
      endDate,
      tenantId,
      incidentKey: null,
    });
  }

  private seedProcessInstances(): void {
    const generated = generateProcessInstances(this.scenario, this.now);
    const pdById = new Map([...this.processDefinitions.values()].map((p) => [p.processDefinitionId, p]));
    generated.forEach((g, n) => {
      const pd = pdById.get(g.processDefinitionId)!;
      this.runtime.addInstance({
        processInstanceKey: this.keys.next(this.keys.partitionFor(n)),
        processDefinitionKey: pd.processDefinitionKey,
        processDefinitionId: pd.processDefinitionId,
        processDefinitionName: pd.name,
        processDefinitionVersion: pd.version,
        processDefinitionVersionTag: pd.versionTag,
        startDate: g.startDate,
        endDate: g.endDate,
        state: g.state,
        hasIncident: false,
        tenantId: pd.tenantId,
        tags: [],
        businessId: null,
      });
    });
  }

  /** Creates or overwrites variables in a scope (values are stored JSON-serialised). */
  setVariables(scopeKey: string, processInstanceKey: string, tenantId: string, values: Record<string, unknown>): void {
    const list = this.variablesByScope.get(scopeKey) ?? [];
    for (const [name, value] of Object.entries(values)) {
      const serialised = JSON.stringify(value) ?? 'null';
      const existing = list.find((v) => v.name === name);
      if (existing) existing.value = serialised;
      else
        list.push({
          variableKey: this.keys.next(Number(BigInt(processInstanceKey) >> 51n)),
          name,
          value: serialised,
          scopeKey,
          processInstanceKey,
          rootProcessInstanceKey: processInstanceKey,
          tenantId,
        });
    }
    this.variablesByScope.set(scopeKey, list);
  }

  /** Variables visible from a task: its process instance scope, then its own (local) scope. */
  variablesOfTask(task: UserTaskEntity): VariableEntity[] {
    return [
      ...(this.variablesByScope.get(task.processInstanceKey) ?? []),
      ...(this.variablesByScope.get(task.elementInstanceKey) ?? []),
    ];
  }

  processDefinitionsSorted(): ProcessDefinitionEntity[] {
    return [...this.processDefinitions.values()].sort((a, b) =>
      compareKeys(a.processDefinitionKey, b.processDefinitionKey),
    );
  }
}
