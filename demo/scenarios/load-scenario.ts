import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseBpmn } from '../emulator/bpmn-model.ts';
import { expandGeneratedDirectory } from '../emulator/directory-generator.ts';
import {
  USER_TASK_STATES,
  type ApiVersion,
  type OwnerType,
  type Scenario,
  type ScenarioAuth,
  type ScenarioAuthorization,
  type ScenarioBroker,
  type ScenarioClient,
  type ScenarioForm,
  type DirectoryGeneration,
  type ScenarioGroup,
  type ProcessInstanceGeneration,
  type ScenarioLicense,
  type ScenarioMappingRule,
  type ScenarioPartition,
  type ScenarioProcessDefinition,
  type ScenarioRole,
  type ScenarioTenant,
  type ScenarioTopology,
  type ScenarioUser,
  type ScenarioUserTask,
  type UserTaskGeneration,
  type UserTaskTemplate,
  type ValueSpec,
} from './scenario-types.ts';

export type { Scenario } from './scenario-types.ts';

/** A scenario file that does not match the format; the message names the file and the JSON path. */
export class ScenarioError extends Error {
  constructor(
    readonly sourceName: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${sourceName}: ${path}: ${problem}`);
    this.name = 'ScenarioError';
  }
}

export async function loadScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ScenarioError(path, '$', `cannot read file (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, '$', `not valid JSON (${(error as Error).message})`);
  }
  return loadBpmnFiles(parseScenario(json, path), path);
}

/** Reads and parses each definition's `bpmnFile` (relative to the scenario file). */
async function loadBpmnFiles(scenario: Scenario, path: string): Promise<Scenario> {
  for (const [i, p] of scenario.processDefinitions.entries()) {
    if (p.bpmnFile === undefined) continue;
    const where = `processDefinitions[${i}].bpmnFile`;
    let xml: string;
    try {
      xml = await readFile(resolve(dirname(path), p.bpmnFile), 'utf8');
    } catch (error) {
      throw new ScenarioError(path, where, `cannot read file (${(error as Error).message})`);
    }
    let models;
    try {
      models = await parseBpmn(xml);
    } catch (error) {
      throw new ScenarioError(path, where, `not valid BPMN (${(error as Error).message})`);
    }
    const model = models.find((m) => m.processId === p.processDefinitionId);
    if (!model) throw new ScenarioError(path, where, `defines no process '${p.processDefinitionId}'`);
    p.bpmn = { xml, model };
  }
  return scenario;
}

/** Direct group ids of a user (group memberships listed in the scenario). */
export function groupsOfUser(scenario: Scenario, username: string): string[] {
  return scenario.groups.filter((g) => g.users?.includes(username)).map((g) => g.groupId);
}

const VERSIONS: readonly ApiVersion[] = ['8.8', '8.9', '8.10'];
const OWNER_TYPES: readonly OwnerType[] = ['USER', 'CLIENT', 'ROLE', 'GROUP', 'MAPPING_RULE'];
const RELATIVE_DATE = /^(now|[+-](\d+[wdhms])+)$/;
const TENANT_ID = /^[\w\-+.@]{1,255}$/;

// A small path-tracking reader: each accessor validates one field and reports `file: path: problem`.
class Reader {
  constructor(
    private readonly source: string,
    readonly path: string,
    readonly value: unknown,
  ) {}

  fail(problem: string, path = this.path): never {
    throw new ScenarioError(this.source, path, problem);
  }

  private child(key: string | number, value: unknown): Reader {
    const path = typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new Reader(this.source, path, value);
  }

  object(): Record<string, unknown> {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value))
      this.fail('must be an object');
    return this.value as Record<string, unknown>;
  }

  field(key: string): Reader {
    return this.child(key, this.object()[key]);
  }

  has(key: string): boolean {
    const v = this.object()[key];
    return v !== undefined;
  }

  optional<T>(key: string, read: (r: Reader) => T): T | undefined {
    return this.has(key) ? read(this.field(key)) : undefined;
  }

  nullable<T>(key: string, read: (r: Reader) => T): T | null | undefined {
    const v = this.object()[key];
    if (v === null) return null;
    return v === undefined ? undefined : read(this.field(key));
  }

  string(): string {
    if (this.value === undefined) this.fail('required');
    if (typeof this.value !== 'string') this.fail('must be a string');
    return this.value;
  }

  nonEmpty(): string {
    const s = this.string();
    if (s.trim() === '') this.fail('must not be empty');
    return s;
  }

  number(): number {
    if (this.value === undefined) this.fail('required');
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) this.fail('must be a number');
    return this.value;
  }

  int(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
    const n = this.number();
    if (!Number.isInteger(n)) this.fail('must be an integer');
    if (n < min || n > max) this.fail(`must be between ${min} and ${max}`);
    return n;
  }

  boolean(): boolean {
    if (this.value === undefined) this.fail('required');
    if (typeof this.value !== 'boolean') this.fail('must be true or false');
    return this.value;
  }

  oneOf<T extends string>(values: readonly T[]): T {
    const s = this.string();
    if (!(values as readonly string[]).includes(s)) this.fail(`must be one of ${values.join(', ')}`);
    return s as T;
  }

  array<T>(read: (r: Reader, index: number) => T): T[] {
    if (this.value === undefined) this.fail('required');
    if (!Array.isArray(this.value)) this.fail('must be an array');
    return this.value.map((v, i) => read(this.child(i, v), i));
  }

  strings(): string[] {
    return this.array((r) => r.string());
  }

  stringRecord(): Record<string, string> {
    const obj = this.object();
    for (const key of Object.keys(obj)) this.field(key).string();
    return obj as Record<string, string>;
  }

  date(): string {
    const s = this.string();
    if (RELATIVE_DATE.test(s)) return s;
    if (Number.isNaN(Date.parse(s))) this.fail('must be an ISO-8601 date-time or a relative date like -2d, +36h, now');
    return s;
  }

  rawObject(): Record<string, unknown> {
    return this.object();
  }
}

function unique<T>(r: Reader, items: T[], key: (t: T) => string, field: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) r.fail(`duplicate ${field} '${k}'`, `${r.path}[${i}].${field}`);
    seen.add(k);
  });
}

function readAuth(r: Reader): ScenarioAuth {
  const method = r.field('method').oneOf(['none', 'basic', 'oidc'] as const);
  if (method === 'none') return { method };
  if (method === 'basic') {
    const bcryptCost = r.optional('bcryptCost', (c) => c.int(4, 15));
    return bcryptCost === undefined ? { method } : { method, bcryptCost };
  }
  const audienceReader = r.field('audience');
  const audience = Array.isArray(audienceReader.value) ? audienceReader.strings() : audienceReader.nonEmpty();
  return {
    method,
    audience,
    issuer: r.optional('issuer', (x) => x.nonEmpty()),
    jwksUri: r.optional('jwksUri', (x) => x.nonEmpty()),
    usernameClaim: r.optional('usernameClaim', (x) => x.nonEmpty()) ?? 'sub',
    clientIdClaim: r.field('clientIdClaim').nonEmpty(),
    groupsClaim: r.optional('groupsClaim', (x) => x.nonEmpty()),
    preferUsernameClaim: r.optional('preferUsernameClaim', (x) => x.boolean()) ?? false,
    clockSkewSeconds: r.optional('clockSkewSeconds', (x) => x.int(0, 3600)),
  };
}

function readPartition(r: Reader): ScenarioPartition {
  return {
    partitionId: r.field('partitionId').int(1),
    role: r.field('role').oneOf(['leader', 'follower', 'inactive'] as const),
    health: r.field('health').oneOf(['healthy', 'unhealthy', 'dead'] as const),
    state: r.optional('state', (x) => x.oneOf(['unknown', 'joining', 'active', 'leaving', 'recovering'] as const)),
  };
}

function readBroker(r: Reader): ScenarioBroker {
  return {
    nodeId: r.field('nodeId').int(0),
    brokerId: r.optional('brokerId', (x) => x.nonEmpty()),
    host: r.field('host').nonEmpty(),
    port: r.field('port').int(1, 65535),
    version: r.field('version').nonEmpty(),
    partitions: r.field('partitions').array(readPartition),
  };
}

function readTopology(r: Reader): ScenarioTopology {
  const topology: ScenarioTopology = {
    clusterId: r.nullable('clusterId', (x) => x.string()),
    clusterSize: r.field('clusterSize').int(1),
    partitionsCount: r.field('partitionsCount').int(1),
    replicationFactor: r.field('replicationFactor').int(1),
    gatewayVersion: r.field('gatewayVersion').nonEmpty(),
    lastCompletedChangeId: r.optional('lastCompletedChangeId', (x) => x.string()),
    brokers: r.field('brokers').array(readBroker),
  };
  topology.brokers.forEach((b, i) =>
    b.partitions.forEach((p, j) => {
      if (p.partitionId > topology.partitionsCount)
        r.fail(
          `partitionId ${p.partitionId} exceeds partitionsCount`,
          `${r.path}.brokers[${i}].partitions[${j}].partitionId`,
        );
    }),
  );
  return topology;
}

function readUser(r: Reader): ScenarioUser {
  return {
    username: r.field('username').nonEmpty(),
    password: r.field('password').nonEmpty(),
    name: r.optional('name', (x) => x.string()),
    email: r.optional('email', (x) => x.string()),
  };
}

function readClient(r: Reader): ScenarioClient {
  return { clientId: r.field('clientId').nonEmpty(), clientSecret: r.field('clientSecret').nonEmpty() };
}

function readGroup(r: Reader): ScenarioGroup {
  return {
    groupId: r.field('groupId').nonEmpty(),
    name: r.field('name').nonEmpty(),
    description: r.optional('description', (x) => x.string()),
    users: r.optional('users', (x) => x.strings()),
    clients: r.optional('clients', (x) => x.strings()),
    mappingRules: r.optional('mappingRules', (x) => x.strings()),
  };
}

function readRole(r: Reader): ScenarioRole {
  return {
    roleId: r.field('roleId').nonEmpty(),
    name: r.optional('name', (x) => x.nonEmpty()),
    description: r.optional('description', (x) => x.string()),
    users: r.optional('users', (x) => x.strings()),
    clients: r.optional('clients', (x) => x.strings()),
    groups: r.optional('groups', (x) => x.strings()),
    mappingRules: r.optional('mappingRules', (x) => x.strings()),
  };
}

function readTenant(r: Reader): ScenarioTenant {
  const tenantId = r.field('tenantId').nonEmpty();
  if (!TENANT_ID.test(tenantId) && tenantId !== '<default>')
    r.fail('letters, digits and _ - + . @ only (max 255)', `${r.path}.tenantId`);
  return {
    tenantId,
    name: r.field('name').nonEmpty(),
    description: r.optional('description', (x) => x.string()),
    users: r.optional('users', (x) => x.strings()),
    clients: r.optional('clients', (x) => x.strings()),
    groups: r.optional('groups', (x) => x.strings()),
    roles: r.optional('roles', (x) => x.strings()),
    mappingRules: r.optional('mappingRules', (x) => x.strings()),
  };
}

function readMappingRule(r: Reader): ScenarioMappingRule {
  return {
    mappingRuleId: r.field('mappingRuleId').nonEmpty(),
    name: r.field('name').nonEmpty(),
    claimName: r.field('claimName').nonEmpty(),
    claimValue: r.field('claimValue').string(),
  };
}

function readAuthorization(r: Reader): ScenarioAuthorization {
  const a: ScenarioAuthorization = {
    ownerType: r.field('ownerType').oneOf(OWNER_TYPES),
    ownerId: r.field('ownerId').nonEmpty(),
    resourceType: r.field('resourceType').nonEmpty(),
    resourceId: r.optional('resourceId', (x) => x.nonEmpty()),
    resourcePropertyName: r.optional('resourcePropertyName', (x) =>
      x.oneOf(['assignee', 'candidateUsers', 'candidateGroups'] as const),
    ),
    permissionTypes: r.field('permissionTypes').strings(),
    ownerMissing: r.optional('ownerMissing', (x) => x.boolean()),
  };
  if ((a.resourceId === undefined) === (a.resourcePropertyName === undefined))
    r.fail('exactly one of resourceId and resourcePropertyName is required');
  if (a.resourcePropertyName !== undefined && a.resourceType !== 'USER_TASK')
    r.fail('resourcePropertyName only applies to resourceType USER_TASK', `${r.path}.resourcePropertyName`);
  if (a.permissionTypes.length === 0) r.fail('must not be empty', `${r.path}.permissionTypes`);
  return a;
}

function readValueSpec(r: Reader): ValueSpec {
  const v = r.value;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return r.array(readValueSpec);
  const obj = r.object();
  if ('$pick' in obj) return { $pick: r.field('$pick').array(readValueSpec) };
  if ('$int' in obj) {
    const range = r.field('$int').array((x) => x.int());
    if (range.length !== 2 || range[0]! > range[1]!) r.fail('must be [min, max]', `${r.path}.$int`);
    return { $int: [range[0]!, range[1]!] };
  }
  if ('$seq' in obj) return { $seq: r.field('$seq').string() };
  const out: Record<string, ValueSpec> = {};
  for (const key of Object.keys(obj)) out[key] = readValueSpec(r.field(key));
  return out;
}

function readValueSpecs(r: Reader): Record<string, ValueSpec> {
  const out: Record<string, ValueSpec> = {};
  for (const key of Object.keys(r.object())) out[key] = readValueSpec(r.field(key));
  return out;
}

function readPriorities(r: Reader): number[] {
  return r.array((x) => x.int(0, 100));
}

function readTemplate(r: Reader): UserTaskTemplate {
  return {
    elementId: r.field('elementId').nonEmpty(),
    name: r.field('name').nonEmpty(),
    candidateGroups: r.optional('candidateGroups', (x) => x.strings()),
    candidateUsers: r.optional('candidateUsers', (x) => x.strings()),
    formId: r.optional('formId', (x) => x.nonEmpty()),
    externalFormReference: r.optional('externalFormReference', (x) => x.nonEmpty()),
    priority: r.optional('priority', readPriorities),
    customHeaders: r.optional('customHeaders', (x) => x.stringRecord()),
    tags: r.optional('tags', (x) => x.strings()),
    localVariables: r.optional('localVariables', readValueSpecs),
    weight: r.optional('weight', (x) => x.number()),
  };
}

function readProcessDefinition(r: Reader): ScenarioProcessDefinition {
  return {
    processDefinitionId: r.field('processDefinitionId').nonEmpty(),
    name: r.nullable('name', (x) => x.string()) ?? null,
    version: r.optional('version', (x) => x.int(1)),
    versionTag: r.nullable('versionTag', (x) => x.string()),
    resourceName: r.optional('resourceName', (x) => x.nonEmpty()),
    tenantId: r.optional('tenantId', (x) => x.nonEmpty()),
    hasStartForm: r.optional('hasStartForm', (x) => x.boolean()),
    state: r.optional('state', (x) => x.oneOf(['ACTIVE', 'DRAINING', 'DELETED'] as const)),
    processDefinitionKey: r.optional('processDefinitionKey', (x) => x.nonEmpty()),
    variables: r.optional('variables', readValueSpecs),
    userTaskTemplates: r.optional('userTaskTemplates', (x) => x.array(readTemplate)),
    weight: r.optional('weight', (x) => x.number()),
    bpmnFile: r.optional('bpmnFile', (x) => x.nonEmpty()),
  };
}

function readForm(r: Reader): ScenarioForm {
  const schemaReader = r.field('schema');
  const schema = typeof schemaReader.value === 'string' ? schemaReader.string() : schemaReader.rawObject();
  return {
    formId: r.field('formId').nonEmpty(),
    version: r.optional('version', (x) => x.int(1)),
    tenantId: r.optional('tenantId', (x) => x.nonEmpty()),
    formKey: r.optional('formKey', (x) => x.nonEmpty()),
    schema,
  };
}

function readUserTask(r: Reader): ScenarioUserTask {
  return {
    userTaskKey: r.optional('userTaskKey', (x) => x.nonEmpty()),
    processDefinitionId: r.field('processDefinitionId').nonEmpty(),
    elementId: r.field('elementId').nonEmpty(),
    name: r.nullable('name', (x) => x.string()),
    state: r.optional('state', (x) => x.oneOf(USER_TASK_STATES)),
    assignee: r.nullable('assignee', (x) => x.nonEmpty()),
    candidateUsers: r.optional('candidateUsers', (x) => x.strings()),
    candidateGroups: r.optional('candidateGroups', (x) => x.strings()),
    creationDate: r.optional('creationDate', (x) => x.date()),
    completionDate: r.nullable('completionDate', (x) => x.date()),
    dueDate: r.nullable('dueDate', (x) => x.date()),
    followUpDate: r.nullable('followUpDate', (x) => x.date()),
    priority: r.optional('priority', (x) => x.int(0, 100)),
    tenantId: r.optional('tenantId', (x) => x.nonEmpty()),
    formId: r.optional('formId', (x) => x.nonEmpty()),
    externalFormReference: r.nullable('externalFormReference', (x) => x.nonEmpty()),
    customHeaders: r.optional('customHeaders', (x) => x.stringRecord()),
    tags: r.optional('tags', (x) => x.strings()),
    variables: r.optional('variables', (x) => x.rawObject()),
    localVariables: r.optional('localVariables', (x) => x.rawObject()),
  };
}

function readGeneration(r: Reader): UserTaskGeneration {
  return {
    count: r.field('count').int(0, 1_000_000),
    seed: r.field('seed').int(),
    completedRatio: r.optional('completedRatio', (x) => x.number()),
    assignedRatio: r.optional('assignedRatio', (x) => x.number()),
  };
}

function readInstanceGeneration(r: Reader): ProcessInstanceGeneration {
  const generation: ProcessInstanceGeneration = {
    count: r.field('count').int(0, 1_000_000),
    seed: r.field('seed').int(),
    completedRatio: r.optional('completedRatio', (x) => x.number()),
    terminatedRatio: r.optional('terminatedRatio', (x) => x.number()),
  };
  if ((generation.completedRatio ?? 0.6) + (generation.terminatedRatio ?? 0.1) > 1)
    r.fail('completedRatio and terminatedRatio must not add up to more than 1');
  return generation;
}

function readDirectoryGeneration(r: Reader): DirectoryGeneration {
  return {
    users: r.field('users').int(0, 100_000),
    clients: r.field('clients').int(0, 100_000),
    groups: r.field('groups').int(0, 100_000),
    roles: r.field('roles').int(0, 100_000),
    authorizations: r.field('authorizations').int(0, 1_000_000),
    seed: r.field('seed').int(),
    password: r.field('password').nonEmpty(),
  };
}

function readLicense(r: Reader): ScenarioLicense {
  return {
    validLicense: r.field('validLicense').boolean(),
    licenseType: r.field('licenseType').string(),
    isCommercial: r.field('isCommercial').boolean(),
    expiresAt: r.nullable('expiresAt', (x) => x.date()) ?? null,
  };
}

function optionalList<T>(r: Reader, key: string, read: (x: Reader) => T): T[] {
  return r.optional(key, (x) => x.array(read)) ?? [];
}

// Cross-references: memberships, owners and task links must name entities that exist, so a typo
// in a scenario fails at load instead of silently granting nothing.
function checkReferences(r: Reader, s: Scenario): void {
  const users = new Set(s.users.map((u) => u.username));
  const groups = new Set(s.groups.map((g) => g.groupId));
  const roles = new Set(s.roles.map((x) => x.roleId));
  const rules = new Set(s.mappingRules.map((m) => m.mappingRuleId));
  const processes = new Set(s.processDefinitions.map((p) => p.processDefinitionId));
  const forms = new Set(s.forms.map((f) => f.formId));
  const check = (set: Set<string>, ids: string[] | undefined, path: string, what: string) =>
    ids?.forEach((id, i) => {
      if (!set.has(id)) r.fail(`unknown ${what} '${id}'`, `${path}[${i}]`);
    });
  // Clients need no identity record in Camunda (CLIENT owners are not validated); the list only
  // matters for the demo OIDC provider, so client memberships are not cross-checked.
  s.groups.forEach((g, i) => {
    check(users, g.users, `groups[${i}].users`, 'user');
    check(rules, g.mappingRules, `groups[${i}].mappingRules`, 'mapping rule');
  });
  s.roles.forEach((x, i) => {
    check(users, x.users, `roles[${i}].users`, 'user');
    check(groups, x.groups, `roles[${i}].groups`, 'group');
    check(rules, x.mappingRules, `roles[${i}].mappingRules`, 'mapping rule');
  });
  s.tenants.forEach((t, i) => {
    check(users, t.users, `tenants[${i}].users`, 'user');
    check(groups, t.groups, `tenants[${i}].groups`, 'group');
    check(roles, t.roles, `tenants[${i}].roles`, 'role');
    check(rules, t.mappingRules, `tenants[${i}].mappingRules`, 'mapping rule');
  });
  s.authorizations.forEach((a, i) => {
    const owners: Partial<Record<OwnerType, Set<string>>> = {
      USER: users,
      GROUP: groups,
      ROLE: roles,
      MAPPING_RULE: rules,
    };
    const set = owners[a.ownerType];
    const known = set === undefined || set.has(a.ownerId) || (s.defaultRoles && a.ownerType === 'ROLE');
    if (set && known && a.ownerMissing === true)
      r.fail(
        `${a.ownerType} '${a.ownerId}' exists; ownerMissing is for owners that do not`,
        `authorizations[${i}].ownerMissing`,
      );
    if (!known && a.ownerMissing !== true)
      r.fail(`unknown ${a.ownerType} '${a.ownerId}'`, `authorizations[${i}].ownerId`);
  });
  s.processDefinitions.forEach((p, i) =>
    p.userTaskTemplates?.forEach((t, j) => {
      if (t.formId !== undefined && !forms.has(t.formId))
        r.fail(`unknown form '${t.formId}'`, `processDefinitions[${i}].userTaskTemplates[${j}].formId`);
    }),
  );
  s.userTasks.forEach((t, i) => {
    if (!processes.has(t.processDefinitionId))
      r.fail(`unknown process definition '${t.processDefinitionId}'`, `userTasks[${i}].processDefinitionId`);
    if (t.formId !== undefined && !forms.has(t.formId)) r.fail(`unknown form '${t.formId}'`, `userTasks[${i}].formId`);
  });
}

export function parseScenario(json: unknown, sourceName: string): Scenario {
  const r = new Reader(sourceName, '', json);
  r.object();
  const scenario: Scenario = {
    source: sourceName,
    version: r.field('version').oneOf(VERSIONS),
    displayName: r.field('displayName').nonEmpty(),
    auth: readAuth(r.field('auth')),
    authorizationsEnabled: r.optional('authorizationsEnabled', (x) => x.boolean()) ?? false,
    multiTenancyChecksEnabled: r.optional('multiTenancyChecksEnabled', (x) => x.boolean()) ?? false,
    defaultRoles: r.optional('defaultRoles', (x) => x.boolean()) ?? true,
    now: r.optional('now', (x) => x.date()),
    license: r.optional('license', readLicense),
    topology: readTopology(r.field('topology')),
    users: optionalList(r, 'users', readUser),
    clients: optionalList(r, 'clients', readClient),
    groups: optionalList(r, 'groups', readGroup),
    roles: optionalList(r, 'roles', readRole),
    tenants: optionalList(r, 'tenants', readTenant),
    mappingRules: optionalList(r, 'mappingRules', readMappingRule),
    authorizations: optionalList(r, 'authorizations', readAuthorization),
    processDefinitions: optionalList(r, 'processDefinitions', readProcessDefinition),
    forms: optionalList(r, 'forms', readForm),
    userTasks: optionalList(r, 'userTasks', readUserTask),
    generateUserTasks: r.optional('generateUserTasks', readGeneration),
    generateProcessInstances: r.optional('generateProcessInstances', readInstanceGeneration),
    generateDirectory: r.optional('generateDirectory', readDirectoryGeneration),
  };
  expandGeneratedDirectory(scenario);
  if (scenario.now !== undefined && scenario.now !== 'now' && RELATIVE_DATE.test(scenario.now))
    r.fail('must be an absolute ISO-8601 date-time', 'now');
  unique(r.field('users'), scenario.users, (u) => u.username, 'username');
  if (r.has('clients')) unique(r.field('clients'), scenario.clients, (c) => c.clientId, 'clientId');
  if (r.has('groups')) unique(r.field('groups'), scenario.groups, (g) => g.groupId, 'groupId');
  if (r.has('roles')) unique(r.field('roles'), scenario.roles, (x) => x.roleId, 'roleId');
  if (r.has('tenants')) unique(r.field('tenants'), scenario.tenants, (t) => t.tenantId, 'tenantId');
  if (r.has('mappingRules'))
    unique(r.field('mappingRules'), scenario.mappingRules, (m) => m.mappingRuleId, 'mappingRuleId');
  if (r.has('processDefinitions'))
    unique(
      r.field('processDefinitions'),
      scenario.processDefinitions,
      (p) => `${p.processDefinitionId}`,
      'processDefinitionId',
    );
  if (r.has('forms')) unique(r.field('forms'), scenario.forms, (f) => f.formId, 'formId');
  if (scenario.auth.method === 'none' && scenario.multiTenancyChecksEnabled)
    r.fail('multi-tenancy checks require a protected API (auth basic or oidc)', 'multiTenancyChecksEnabled');
  checkReferences(r, scenario);
  return scenario;
}
