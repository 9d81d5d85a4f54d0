// Upgrade readiness: for every user and client, what each operation of the catalogue allows today
// and what the same grants allow on the target version, who gains and who loses what, and the
// grants to delete or create so that nothing changes. The version rules are in docs/upgrade-rules.md;
// the per-version requirements come from the operation catalogue (passed in: it is a lazy chunk).
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { AuthorizationDraft } from '../../../lib/authz/fix-drafts.ts';
import {
  atLeast,
  type Authorization,
  CLUSTER_VERSIONS,
  type ClusterVersion,
  USER_TASK_PROPERTIES,
  WILDCARD,
} from '../../../lib/authz/model.ts';
import type { CatalogueEntry, PermissionAlternative } from '../../../lib/catalogue/types.ts';
import { type Message, msg } from '../../../lib/i18n/message.ts';
import {
  type DirectoryIndex,
  effectiveFor,
  grantIdentity,
  indexDirectory,
  isPropertyBased,
  type PrincipalSubject,
  permissionTakesEffect,
  principalsOf,
} from './directory-index.ts';
import { draftOf, type GrantFix } from './grant-fix.ts';
import { runToEnd, type Steps } from './slices.ts';

export type VersionRuleId =
  | 'user-task-resource-8-9'
  | 'task-worker-role-8-9'
  | 'catalogue-requirements'
  | 'permission-matrix'
  | 'operation-removed';

export interface VersionRule {
  id: VersionRuleId;
  /** The first version the rule is about (the upgrade into it). */
  version: ClusterVersion | null;
  /** Worded at render; the ids and sources stay as they are. */
  summary: Message;
  /** Public sources; docs/upgrade-rules.md says the same in words. */
  sources: string[];
}

export const VERSION_RULES: readonly VersionRule[] = [
  {
    id: 'user-task-resource-8-9',
    version: '8.9',
    summary: msg('audit.rule.userTaskResource'),
    sources: [
      'https://docs.camunda.io/docs/components/tasklist/user-task-authorization/',
      'https://github.com/camunda/camunda/issues/40015',
      'https://github.com/camunda/camunda/issues/42410',
    ],
  },
  {
    id: 'task-worker-role-8-9',
    version: '8.9',
    summary: msg('audit.rule.taskWorkerRole'),
    sources: [
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda-docs/issues/7615',
    ],
  },
  {
    id: 'catalogue-requirements',
    version: null,
    summary: msg('audit.rule.catalogueRequirements'),
    sources: [
      'https://github.com/camunda/camunda/pull/45975',
      'https://docs.camunda.io/docs/components/tasklist/user-task-authorization/',
    ],
  },
  {
    id: 'permission-matrix',
    version: null,
    summary: msg('audit.rule.permissionMatrix'),
    sources: [
      'https://github.com/camunda/camunda/issues/57515',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
    ],
  },
  {
    id: 'operation-removed',
    version: null,
    summary: msg('audit.rule.operationRemoved'),
    sources: [],
  },
];

const TASK_WORKER_ROLE = 'task-worker';

export interface ReadinessInput {
  snapshot: DirectorySnapshot;
  from: ClusterVersion;
  to: ClusterVersion;
  catalogue: readonly CatalogueEntry[];
}

export interface OperationChange {
  operationId: string;
  method: string;
  path: string;
  /** Where the access changes: `PROCESS_DEFINITION:invoice`, `USER_TASK:@assignee`, `BATCH:*`, or `*any*` for id-less checks. */
  scopes: string[];
  /** The grants behind the change: for a gain the grants that start to count, for a loss the ones that stop. */
  grants: Authorization[];
  rule: VersionRuleId;
}

export interface PrincipalReadiness {
  subject: PrincipalSubject;
  gains: OperationChange[];
  losses: OperationChange[];
  /** The grants to delete (gains) or create (losses) so the principal keeps today's behaviour. */
  keepSame: GrantFix;
}

export interface ReadinessResult {
  from: ClusterVersion;
  to: ClusterVersion;
  /** Each upgrade step on the way, e.g. 8.8 → 8.9 → 8.10. */
  path: ClusterVersion[];
  principals: PrincipalReadiness[];
  unchanged: number;
  /** Operations only the target offers, with how many principals can use them there. */
  newOperations: { operationId: string; method: string; path: string; holders: number }[];
  /** All principals' keep-the-same fixes, merged (a group's grant once, not once per member). */
  keepSame: GrantFix;
  rules: VersionRule[];
}

// ---------------------------------------------------------------------------------------------

/** The grants the upgrade itself adds (rule task-worker-role-8-9). */
function upgradeAddedGrants(from: ClusterVersion, to: ClusterVersion): Authorization[] {
  if (atLeast(from, '8.9') || !atLeast(to, '8.9')) return [];
  return USER_TASK_PROPERTIES.map((property): Authorization => ({
    ownerType: 'ROLE',
    ownerId: TASK_WORKER_ROLE,
    resourceType: 'USER_TASK',
    resourceId: null,
    resourcePropertyName: property,
    permissionTypes: ['READ', 'CLAIM', 'COMPLETE'],
  }));
}

type GrantsByPermission = Map<string, Authorization[]>;

function byPermission(grants: Authorization[], version: ClusterVersion): GrantsByPermission {
  const map: GrantsByPermission = new Map();
  for (const grant of grants) {
    for (const permission of grant.permissionTypes) {
      if (!permissionTakesEffect(grant, permission, version)) continue;
      const key = `${grant.resourceType}:${permission}`;
      const list = map.get(key);
      if (list) list.push(grant);
      else map.set(key, [grant]);
    }
  }
  return map;
}

/** Scopes an operation is allowed on, each with the grants that allow it. */
function accessOf(
  alternatives: readonly PermissionAlternative[],
  grants: GrantsByPermission,
): Map<string, Authorization[]> {
  const scopes = new Map<string, Authorization[]>();
  const add = (scope: string, grant: Authorization) => {
    const list = scopes.get(scope);
    if (list) list.push(grant);
    else scopes.set(scope, [grant]);
  };
  for (const alternative of alternatives) {
    for (const grant of grants.get(`${alternative.resourceType}:${alternative.permissionType}`) ?? []) {
      if (isPropertyBased(grant)) {
        const property = grant.resourcePropertyName ?? '';
        if ((alternative.propertyNames ?? []).some((p) => p === property))
          add(`${grant.resourceType}:@${property}`, grant);
      } else if (grant.resourceId === WILDCARD) {
        add(`${grant.resourceType}:*`, grant);
      } else if (alternative.resourceId.from !== 'wildcard' && grant.resourceId) {
        add(`${grant.resourceType}:${grant.resourceId}`, grant);
      }
    }
  }
  return scopes;
}

function coveredBy(scope: string, other: Map<string, Authorization[]>): boolean {
  if (other.has(scope)) return true;
  const type = scope.slice(0, scope.indexOf(':'));
  if (other.has(`${type}:*`)) return true;
  // The process level decides first: a `*` there allows the operation on every task.
  return type === 'USER_TASK' && other.has('PROCESS_DEFINITION:*');
}

function diff(
  a: Map<string, Authorization[]>,
  b: Map<string, Authorization[]>,
): { scopes: string[]; grants: Authorization[] } {
  const scopes = [...a.keys()].filter((scope) => !coveredBy(scope, b)).sort();
  const grants = [...new Set(scopes.flatMap((scope) => a.get(scope) ?? []))];
  return { scopes, grants };
}

function ruleForGain(grants: Authorization[], added: Set<Authorization>, from: ClusterVersion): VersionRuleId {
  if (grants.some((g) => added.has(g))) return 'task-worker-role-8-9';
  if (grants.some((g) => g.resourceType === 'USER_TASK' && !atLeast(from, '8.9'))) return 'user-task-resource-8-9';
  return grants.some((g) => g.permissionTypes.some((p) => !permissionTakesEffect(g, p, from)))
    ? 'permission-matrix'
    : 'catalogue-requirements';
}

/** A grant on the target that gives back what was lost, owned by whoever owned the lost one. */
function restoringDraft(
  lost: Authorization,
  scope: string,
  alternatives: readonly PermissionAlternative[],
): AuthorizationDraft | null {
  const type = scope.slice(0, scope.indexOf(':'));
  const lostPermissions = new Set(lost.permissionTypes);
  const candidates = alternatives.filter((a) => a.resourceType === type);
  const pick = candidates.find((a) => lostPermissions.has(a.permissionType)) ?? candidates[0] ?? alternatives[0];
  if (!pick) return null;
  const target = scope.slice(type.length + 1);
  const restored: Authorization =
    pick.resourceType === type
      ? lost
      : { ...lost, resourceId: WILDCARD, resourcePropertyName: null, resourceType: pick.resourceType };
  const draft = draftOf(restored, [pick.permissionType]);
  if (!draft) return null;
  return target.startsWith('@') || pick.resourceType !== type ? draft : { ...draft, resourceId: target };
}

function mergeDrafts(drafts: AuthorizationDraft[]): AuthorizationDraft[] {
  const merged = new Map<string, AuthorizationDraft>();
  for (const draft of drafts) {
    const key = [
      draft.ownerType,
      draft.ownerId,
      draft.resourceType,
      draft.resourceId ?? '',
      draft.resourcePropertyName ?? '',
    ].join('\u0000');
    const existing = merged.get(key);
    if (existing) existing.permissionTypes = [...new Set([...existing.permissionTypes, ...draft.permissionTypes])];
    else merged.set(key, { ...draft, permissionTypes: [...draft.permissionTypes] });
  }
  return [...merged.values()];
}

function mergeFixes(fixes: GrantFix[]): GrantFix {
  const remove = new Map<string, Authorization>();
  for (const fix of fixes) for (const grant of fix.remove) remove.set(grantIdentity(grant), grant);
  // The same note of many principals once: notes are compared by their id and values.
  const notes = new Map<string, Message>();
  for (const note of fixes.flatMap((fix) => fix.notes ?? [])) notes.set(JSON.stringify(note), note);
  return {
    remove: [...remove.values()],
    add: mergeDrafts(fixes.flatMap((fix) => fix.add)),
    ...(notes.size > 0 ? { notes: [...notes.values()] } : {}),
  };
}

function principalReadiness(
  index: DirectoryIndex,
  subject: PrincipalSubject,
  input: ReadinessInput,
  added: Set<Authorization>,
  newOperationHolders: Map<string, number>,
): PrincipalReadiness {
  const { from, to, catalogue } = input;
  const grants = effectiveFor(index, subject, to).grants.map((g) => g.authorization);
  const today = byPermission(
    grants.filter((g) => !added.has(g)),
    from,
  );
  const target = byPermission(grants, to);
  const gains: OperationChange[] = [];
  const losses: OperationChange[] = [];
  const fixes: GrantFix[] = [];
  for (const entry of catalogue) {
    const before = entry.versions[from];
    const after = entry.versions[to];
    const where = { operationId: entry.operationId, method: entry.method, path: entry.path };
    if (!before && after) {
      if (accessOf(after.permissions, target).size > 0 || after.permissions.length === 0) {
        newOperationHolders.set(entry.operationId, (newOperationHolders.get(entry.operationId) ?? 0) + 1);
      }
      continue;
    }
    if (!before) continue;
    const was = accessOf(before.permissions, today);
    if (!after) {
      if (was.size > 0) {
        losses.push({
          ...where,
          scopes: [...was.keys()],
          grants: [...new Set([...was.values()].flat())],
          rule: 'operation-removed',
        });
      }
      continue;
    }
    const will = accessOf(after.permissions, target);
    const gained = diff(will, was);
    if (gained.scopes.length > 0) {
      gains.push({ ...where, ...gained, rule: ruleForGain(gained.grants, added, from) });
      const deletable = gained.grants.filter((g) => !added.has(g));
      fixes.push({
        remove: deletable,
        add: [],
        ...(deletable.length < gained.grants.length
          ? {
              notes: [msg('audit.readiness.taskWorkerNote', { role: TASK_WORKER_ROLE })],
            }
          : {}),
      });
    }
    const lost = diff(was, will);
    if (lost.scopes.length > 0) {
      losses.push({ ...where, ...lost, rule: 'catalogue-requirements' });
      const add: AuthorizationDraft[] = [];
      for (const scope of lost.scopes) {
        for (const grant of was.get(scope) ?? []) {
          const draft = restoringDraft(grant, scope, after.permissions);
          if (draft) add.push(draft);
        }
      }
      fixes.push({ remove: [], add });
    }
  }
  return { subject, gains, losses, keepSame: mergeFixes(fixes) };
}

export function upgradePath(from: ClusterVersion, to: ClusterVersion): ClusterVersion[] {
  const start = CLUSTER_VERSIONS.indexOf(from);
  const end = CLUSTER_VERSIONS.indexOf(to);
  return end >= start ? CLUSTER_VERSIONS.slice(start, end + 1) : [];
}

export function* readinessSteps(input: ReadinessInput): Steps<ReadinessResult> {
  const { snapshot, from, to } = input;
  const added = upgradeAddedGrants(from, to);
  const roles =
    snapshot.roles.some((r) => r.roleId === TASK_WORKER_ROLE) || added.length === 0
      ? snapshot.roles
      : [...snapshot.roles, { roleId: TASK_WORKER_ROLE }];
  const index = indexDirectory({ ...snapshot, roles, authorizations: [...snapshot.authorizations, ...added] });
  const addedSet = new Set(added);
  const principals = principalsOf(snapshot);
  const holders = new Map<string, number>();
  const changed: PrincipalReadiness[] = [];
  yield { phase: 'principals', done: 0, total: principals.length };
  for (const [i, subject] of principals.entries()) {
    const readiness = principalReadiness(index, subject, input, addedSet, holders);
    if (readiness.gains.length > 0 || readiness.losses.length > 0) changed.push(readiness);
    yield { phase: 'principals', done: i + 1, total: principals.length };
  }
  const newOperations = input.catalogue
    .filter((entry) => !entry.versions[from] && entry.versions[to])
    .map((entry) => ({
      operationId: entry.operationId,
      method: entry.method,
      path: entry.path,
      holders: holders.get(entry.operationId) ?? 0,
    }));
  const used = new Set(changed.flatMap((p) => [...p.gains, ...p.losses].map((c) => c.rule)));
  return {
    from,
    to,
    path: upgradePath(from, to),
    principals: changed,
    unchanged: principals.length - changed.length,
    newOperations,
    keepSame: mergeFixes(changed.map((p) => p.keepSame)),
    rules: VERSION_RULES.filter((rule) => used.has(rule.id)),
  };
}

export function upgradeReadiness(input: ReadinessInput): ReadinessResult {
  return runToEnd(readinessSteps(input));
}
