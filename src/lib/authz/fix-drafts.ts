// From a parsed denial to the least-privilege authorization(s) that would fix it, in every
// format an operator applies them with (docs/camunda-api/applying-authorizations.md): the REST body, curl, c8ctl,
// identity-as-code YAML, environment variables and Helm values. Credentials are always
// placeholders; the real ones never enter these texts.
import {
  type ClusterVersion,
  hasUserTaskResource,
  isKnownPair,
  resourceNounMessage,
  type UserTaskProperty,
  WILDCARD,
} from './model.ts';
import type { ForbiddenExplanation, RequiredAlternative } from './parse-forbidden.ts';
import { type Message, msg } from '../i18n/message.ts';
import { resourceMessage } from './effective-permissions.ts';

export type FixOwnerType = 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE';

export interface FixOwner {
  ownerType: FixOwnerType;
  ownerId: string;
}

export interface OwnerChoice {
  owner: FixOwner;
  /** One sentence on who else gets the permission this way. */
  tradeOff: Message;
}

/**
 * The owners a fix can be granted to: the principal itself, or a group / role / mapping rule it
 * gets permissions through. A group, role or mapping rule diagnosed on its own is its only owner.
 */
export function ownerChoices(
  principal: { type: FixOwnerType; id: string },
  memberOf: { groups?: string[]; roles?: string[]; mappingRules?: string[] } = {},
): OwnerChoice[] {
  const self: OwnerChoice = {
    owner: { ownerType: principal.type, ownerId: principal.id },
    tradeOff: tradeOff(principal.type, principal.id),
  };
  if (principal.type !== 'USER' && principal.type !== 'CLIENT') return [self];
  return [
    self,
    ...(memberOf.groups ?? []).map((groupId): OwnerChoice => ({
      owner: { ownerType: 'GROUP', ownerId: groupId },
      tradeOff: tradeOff('GROUP', groupId),
    })),
    ...(memberOf.roles ?? []).map((roleId): OwnerChoice => ({
      owner: { ownerType: 'ROLE', ownerId: roleId },
      tradeOff: tradeOff('ROLE', roleId),
    })),
    ...(memberOf.mappingRules ?? []).map((ruleId): OwnerChoice => ({
      owner: { ownerType: 'MAPPING_RULE', ownerId: ruleId },
      tradeOff: tradeOff('MAPPING_RULE', ruleId),
    })),
  ];
}

/** Who else gets a permission granted to this owner: one sentence per owner type. */
function tradeOff(ownerType: FixOwnerType, id: string): Message {
  return msg('fix.owner.tradeOff', { ownerType, id });
}

export interface AuthorizationDraft {
  ownerType: FixOwnerType;
  ownerId: string;
  resourceType: string;
  /** Exactly one of resourceId / resourcePropertyName is set. */
  resourceId?: string;
  resourcePropertyName?: UserTaskProperty;
  permissionTypes: string[];
}

export interface FixProposal {
  draft: AuthorizationDraft;
  /** Why this grant, and what it fixes ("every task of process invoice", "only this task"). */
  rationale: Message;
  recommended: boolean;
}

export interface FixTaskFacts {
  userTaskKey: string;
  processDefinitionId: string;
  assignee?: string | null;
  candidateUsers?: string[] | null;
  candidateGroups?: string[] | null;
}

export interface FixOptions {
  version: ClusterVersion;
  /** The failed request's user task, when it was one: enables the property-based proposals. */
  task?: FixTaskFacts | null;
  /** The principal's username and groups, to decide which task property it matches. */
  username?: string | null;
  groups?: string[];
}

// UPDATE implies CLAIM and COMPLETE (docs/camunda-api/authorization-model.md §6), so the narrower one is least privilege.
const BROADER_THAN: Record<string, string[]> = {
  UPDATE_USER_TASK: ['CLAIM_USER_TASK', 'COMPLETE_USER_TASK'],
  UPDATE: ['CLAIM', 'COMPLETE'],
};

function narrowest(alternatives: RequiredAlternative[]): RequiredAlternative[] {
  return alternatives.filter(
    (candidate) =>
      !alternatives.some(
        (other) =>
          other !== candidate &&
          other.resourceType === candidate.resourceType &&
          (BROADER_THAN[candidate.permission] ?? []).includes(other.permission),
      ),
  );
}

function matchingProperty(options: FixOptions): UserTaskProperty | null {
  const task = options.task;
  if (!task) return null;
  const username = options.username ?? null;
  if (username !== null && (task.candidateUsers ?? []).includes(username)) return 'candidateUsers';
  if ((task.candidateGroups ?? []).some((group) => (options.groups ?? []).includes(group))) return 'candidateGroups';
  if (username !== null && task.assignee === username) return 'assignee';
  return null;
}

/** " Resource id: request body field `processDefinitionId`." after a rationale, or nothing. */
function originNote(alternative: RequiredAlternative): Message | string {
  return alternative.origin ? msg('fix.draft.origin', { origin: alternative.origin }) : '';
}

/** The least-privilege grants that fix a parsed denial, recommended first. */
export function proposeFixes(explanation: ForbiddenExplanation, owner: FixOwner, options: FixOptions): FixProposal[] {
  if (explanation.kind !== 'permission') return [];
  const userTaskLayerExists = hasUserTaskResource(options.version);
  // Catalogue alternatives can name pairs a version lacks (a USER_TASK grant on 8.8): only the ones the
  // cluster's version accepts are drafted, and the first of those is the least grant.
  const usable = narrowest(explanation.alternatives).filter(
    (alternative) =>
      (alternative.resourceType !== 'USER_TASK' || userTaskLayerExists) &&
      (explanation.family !== 'catalogue' ||
        isKnownPair(alternative.resourceType, alternative.permission, options.version)),
  );
  const proposals: FixProposal[] = [];
  const base = { ownerType: owner.ownerType, ownerId: owner.ownerId };

  for (const alternative of usable.filter((a) => a.resourceType !== 'USER_TASK')) {
    let resourceId = alternative.resourceIds[0];
    if (!resourceId && alternative.resourceType === 'PROCESS_DEFINITION' && options.task) {
      resourceId = options.task.processDefinitionId;
    }
    proposals.push({
      draft: {
        ...base,
        resourceType: alternative.resourceType,
        resourceId: resourceId ?? WILDCARD,
        permissionTypes: [alternative.permission],
      },
      rationale:
        resourceId !== undefined
          ? msg('fix.draft.precise', {
              permission: alternative.permission,
              resource: resourceMessage(alternative.resourceType, resourceId),
              every: resourceNounMessage(alternative.resourceType, 'every'),
              origin: originNote(alternative),
            })
          : msg('fix.draft.wildcard', {
              permission: alternative.permission,
              every: resourceNounMessage(alternative.resourceType, 'every'),
              origin: originNote(alternative),
            }),
      recommended: false,
    });
  }

  const taskAlternatives = usable.filter((a) => a.resourceType === 'USER_TASK');
  if (taskAlternatives.length > 0) {
    const property = matchingProperty(options);
    const permissions = taskAlternatives.map((a) => a.permission);
    if (property) {
      proposals.push({
        draft: { ...base, resourceType: 'USER_TASK', resourcePropertyName: property, permissionTypes: permissions },
        rationale: msg('fix.draft.property', { permissions: permissions.join(', '), property }),
        recommended: false,
      });
    }
    const key = taskAlternatives[0]?.resourceIds[0] ?? options.task?.userTaskKey;
    if (key) {
      proposals.push({
        draft: { ...base, resourceType: 'USER_TASK', resourceId: key, permissionTypes: permissions },
        rationale: msg('fix.draft.task', { permissions: permissions.join(', '), key }),
        recommended: false,
      });
    }
  }

  // Narrowest id first: a grant on one process, one task or a task property before any `*` grant.
  const ordered = [
    ...proposals.filter((p) => p.draft.resourceId !== WILDCARD),
    ...proposals.filter((p) => p.draft.resourceId === WILDCARD),
  ];
  const first = ordered[0];
  if (first) first.recommended = true;
  return ordered;
}

// ---------------------------------------------------------------------------------------------
// Output formats

export type ClusterAuthKind = 'none' | 'basic' | 'oidc';

/** The `POST /v2/authorizations` body, in the field order of docs/camunda-api/applying-authorizations.md §1. */
export function restBody(draft: AuthorizationDraft): Record<string, unknown> {
  return {
    ownerId: draft.ownerId,
    ownerType: draft.ownerType,
    resourceType: draft.resourceType,
    ...(draft.resourcePropertyName !== undefined
      ? { resourcePropertyName: draft.resourcePropertyName }
      : { resourceId: draft.resourceId ?? WILDCARD }),
    permissionTypes: draft.permissionTypes,
  };
}

function restJson(draft: AuthorizationDraft): string {
  return JSON.stringify(restBody(draft));
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * `POST …/v2/authorizations` on a cluster. Lantern's configured REST address already ends in
 * `/v2` (the server shows it that way), older callers pass the bare origin: both give one `/v2`.
 */
function authorizationsUrl(restAddress: string): string {
  return `${restAddress.replace(/\/+$/, '').replace(/\/v2$/, '')}/v2/authorizations`;
}

export function curlCommand(draft: AuthorizationDraft, restAddress: string, auth: ClusterAuthKind): string {
  const url = authorizationsUrl(restAddress);
  const credentials =
    auth === 'basic'
      ? [`  -u '<username>:<password>'`]
      : auth === 'oidc'
        ? [`  -H 'Authorization: Bearer <access-token>'`]
        : [];
  return [
    `curl -X POST ${shellQuote(url)}`,
    ...credentials,
    `  -H 'Content-Type: application/json'`,
    `  -d ${shellQuote(restJson(draft))}`,
  ].join(' \\\n');
}

/** c8ctl has no --resourcePropertyName, so property-based grants cannot be made with it (docs/camunda-api/applying-authorizations.md §3). */
export function c8ctlCommand(draft: AuthorizationDraft): string | null {
  if (draft.resourcePropertyName !== undefined) return null;
  const id = draft.resourceId ?? WILDCARD;
  const safe = /^[A-Za-z0-9_.@:-]+$/.test(id) ? id : shellQuote(id);
  const ownerId = /^[A-Za-z0-9_.@:-]+$/.test(draft.ownerId) ? draft.ownerId : shellQuote(draft.ownerId);
  return `c8ctl create auth --ownerType=${draft.ownerType} --ownerId=${ownerId} --resourceType=${draft.resourceType} --resourceId=${safe} --permissions=${draft.permissionTypes.join(',')}`;
}

const YAML_PLAIN = /^[A-Za-z_][A-Za-z0-9_.@/-]*$/;
const YAML_RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

function yamlScalar(value: string): string {
  if (YAML_PLAIN.test(value) && !YAML_RESERVED.test(value)) return value;
  return JSON.stringify(value);
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n');
}

function authorizationYamlItem(draft: AuthorizationDraft): string {
  const target =
    draft.resourcePropertyName !== undefined
      ? `  resourcePropertyName: ${yamlScalar(draft.resourcePropertyName)}`
      : `  resourceId: ${yamlScalar(draft.resourceId ?? WILDCARD)}`;
  return [
    `- ownerType: ${draft.ownerType}`,
    `  ownerId: ${yamlScalar(draft.ownerId)}`,
    `  resourceType: ${draft.resourceType}`,
    target,
    '  permissions:',
    ...draft.permissionTypes.map((permission) => `    - ${permission}`),
  ].join('\n');
}

/** Identity-as-code (application.yaml); create-only: it seeds at start and never updates. */
export function identityAsCodeYaml(draft: AuthorizationDraft): string {
  return [
    'camunda:',
    '  security:',
    '    initialization:',
    '      authorizations:',
    indent(authorizationYamlItem(draft), 8),
  ].join('\n');
}

/** The documented spelling (`…_OWNER_TYPE`, docs/identity-as-code.md); Spring binds it to `ownerType`. */
function envVars(draft: AuthorizationDraft, index = 0): string {
  const prefix = `CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_${index}_`;
  const target =
    draft.resourcePropertyName !== undefined
      ? `${prefix}RESOURCE_PROPERTY_NAME=${draft.resourcePropertyName}`
      : `${prefix}RESOURCE_ID=${draft.resourceId ?? WILDCARD}`;
  return [
    `${prefix}OWNER_TYPE=${draft.ownerType}`,
    `${prefix}OWNER_ID=${draft.ownerId}`,
    `${prefix}RESOURCE_TYPE=${draft.resourceType}`,
    target,
    `${prefix}PERMISSIONS=${draft.permissionTypes.join(',')}`,
  ].join('\n');
}

const HELM_CONFIG_FILE = 'identity-as-code.yaml';
/** Where the 8.8 chart mounts `extraConfiguration` files; Spring only reads it when imported. */
const HELM_8_8_CONFIG_DIR = '/usr/local/camunda/config';

/**
 * Helm values: the identity-as-code YAML as an extra configuration file of the orchestration
 * cluster. Chart 8.9+ takes a `- file: / content:` list; chart 8.8 takes a map of file name to
 * content and needs `SPRING_CONFIG_IMPORT` to load it (docs/identity-as-code.md).
 */
function helmValues(draft: AuthorizationDraft, version: ClusterVersion = '8.9'): string {
  const content = indent(identityAsCodeYaml(draft), 8);
  if (version === '8.8') {
    return [
      'orchestration:',
      '  env:',
      '    - name: SPRING_CONFIG_IMPORT',
      `      value: ${JSON.stringify(`optional:file:${HELM_8_8_CONFIG_DIR}/${HELM_CONFIG_FILE}`)}`,
      '  extraConfiguration:',
      `    ${HELM_CONFIG_FILE}: |`,
      indent(identityAsCodeYaml(draft), 6),
    ].join('\n');
  }
  return [
    'orchestration:',
    '  extraConfiguration:',
    `    - file: ${HELM_CONFIG_FILE}`,
    '      content: |',
    content,
  ].join('\n');
}

export interface FixFormats {
  json: string;
  curl: string;
  c8ctl: string | null;
  yaml: string;
  env: string;
  helm: string;
}

export function fixFormats(
  draft: AuthorizationDraft,
  target: { baseUrl: string; auth: ClusterAuthKind; version?: ClusterVersion; envIndex?: number },
): FixFormats {
  return {
    json: JSON.stringify(restBody(draft), null, 2),
    curl: curlCommand(draft, target.baseUrl, target.auth),
    c8ctl: c8ctlCommand(draft),
    yaml: identityAsCodeYaml(draft),
    env: envVars(draft, target.envIndex ?? 0),
    helm: helmValues(draft, target.version),
  };
}
