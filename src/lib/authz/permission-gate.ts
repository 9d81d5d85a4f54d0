// Whether the signed-in caller may take an action, decided before the click — but only where
// Lantern can know. "Denied" must never be a guess: an action that is wrongly disabled cannot
// even produce the 403 that would explain itself, so every doubt answers "unknown" (enabled).
import {
  computeEffectivePermissions,
  joinMessages,
  resourceMessage,
  type DirectorySnapshot,
  evaluate,
  type RequiredPermission,
  type Subject,
  type UserTaskFacts,
} from './effective-permissions.ts';
import { type Message, msg } from '../i18n/message.ts';
import { type ClusterVersion, WILDCARD } from './model.ts';
import { simulatorHref, USER_TASK_OPERATION_IDS } from './permission-gate-link.ts';
import type { UserTaskOperation } from './request-target.ts';

export type PermissionGateRequirement =
  | { kind: 'user-task'; operation: UserTaskOperation; task: UserTaskFacts }
  | {
      kind: 'permission';
      /** Any one suffices. */
      anyOf: RequiredPermission[];
      /** The catalogue operation, for the explanation link. */
      operationId: string;
    };

export type PermissionGate =
  | { state: 'allowed'; sentence: Message }
  | {
      state: 'denied';
      /** One sentence: what is missing and for whom, ids in `backticks` (worded at render: `t.message`). */
      reason: Message;
      missing: RequiredPermission[];
      /** The "Can they…?" simulator with this caller, operation and resource filled in. */
      explainHref: string;
    }
  | { state: 'unknown'; reason: Message };

/** What the gate knows about the caller; the caller snapshot's shape (`src/lib/api/caller-snapshot.ts`). */
export interface GateCallerData {
  snapshot: DirectorySnapshot;
  source: 'all-authorizations' | 'own-authorizations' | 'none';
}

export interface GateInput {
  clusterId: string;
  version: ClusterVersion | null;
  subject: Subject | null;
  /** Undefined while the caller's data is still being read. */
  caller: GateCallerData | null | undefined;
  /** False on an unprotected cluster: nothing is checked, everything is allowed. */
  protectedCluster: boolean;
}

/** "CREATE_PROCESS_INSTANCE on process `invoice`", "… on every process (`*`)". */
export function requiredPermissionMessage(required: RequiredPermission): Message {
  return msg('fix.required', {
    permission: required.permission,
    resource: resourceMessage(required.resourceType, required.resourceId),
  });
}

/** "user `anna`", "mapping rule `m1`". */
export function subjectMessage(subject: Pick<Subject, 'type' | 'id'>): Message {
  return msg('fix.subject', { type: subject.type, id: subject.id });
}

/**
 * The caller's own authorizations (8.10's `/me/authorizations`) are all the caller's, whatever
 * owner they name — a group or mapping rule /me may not list — so they count as the caller's.
 */
function ownedBySubject(snapshot: DirectorySnapshot, subject: Subject): DirectorySnapshot {
  return {
    ...snapshot,
    authorizations: snapshot.authorizations.map((a) => ({ ...a, ownerType: subject.type, ownerId: subject.id })),
  };
}

function explainHref(input: GateInput, subject: Subject, requirement: PermissionGateRequirement): string {
  if (requirement.kind === 'user-task') {
    return simulatorHref(input.clusterId, {
      principal: { type: subject.type, id: subject.id },
      operationId: USER_TASK_OPERATION_IDS[requirement.operation],
      resource: { userTaskKey: requirement.task.userTaskKey },
      self: requirement.operation === 'claim',
    });
  }
  const resource: Record<string, string> = {};
  for (const required of requirement.anyOf) {
    if (required.resourceId !== null && required.resourceId !== WILDCARD) {
      resource[required.resourceType] = required.resourceId;
    }
  }
  return simulatorHref(input.clusterId, {
    principal: { type: subject.type, id: subject.id },
    operationId: requirement.operationId,
    resource,
    self: false,
  });
}

/** allowed / denied (with the missing permission in words and a link) / unknown — never a guessed denial. */
export function decidePermissionGate(input: GateInput, requirement: PermissionGateRequirement): PermissionGate {
  if (!input.protectedCluster) return { state: 'allowed', sentence: msg('fix.gate.unprotected') };
  const { subject, caller, version } = input;
  if (!subject) return { state: 'unknown', reason: msg('fix.gate.callerUnknown') };
  if (caller === undefined || version === null) {
    return { state: 'unknown', reason: msg('fix.gate.reading') };
  }
  if (caller === null || caller.source === 'none') {
    return { state: 'unknown', reason: msg('fix.gate.cannotRead') };
  }
  const own = caller.source === 'own-authorizations';
  // Mapping rules are not in the caller's snapshot: a grant that reaches the caller through one
  // would be missed, so with such grants around only "allowed" can be trusted.
  const mappingRuleGrants = !own && caller.snapshot.authorizations.some((a) => a.ownerType === 'MAPPING_RULE');
  const snapshot = own ? ownedBySubject(caller.snapshot, subject) : caller.snapshot;
  const effective = computeEffectivePermissions(snapshot, subject, version);
  const request =
    requirement.kind === 'user-task'
      ? { kind: 'user-task' as const, operation: requirement.operation, task: requirement.task }
      : { kind: 'permission' as const, anyOf: requirement.anyOf };
  const evaluation = evaluate(effective, request);
  if (evaluation.allowed) return { state: 'allowed', sentence: evaluation.sentence };
  // The authorization search filters: without READ on every authorization the caller saw only part of them.
  const readsAll =
    own ||
    evaluate(effective, {
      kind: 'permission',
      anyOf: [{ permission: 'READ', resourceType: 'AUTHORIZATION', resourceId: null }],
    }).allowed;
  if (!readsAll) {
    return { state: 'unknown', reason: msg('fix.gate.readsSome') };
  }
  if (mappingRuleGrants) {
    return { state: 'unknown', reason: msg('fix.gate.mappingRules') };
  }
  const missing =
    requirement.kind === 'user-task' ? [...evaluation.processLevel, ...evaluation.taskLevel] : requirement.anyOf;
  return {
    state: 'denied',
    reason: msg('fix.gate.denied', {
      required: joinMessages(missing.map(requiredPermissionMessage), 'or'),
      subject: subjectMessage(subject),
    }),
    missing,
    explainHref: explainHref(input, subject, requirement),
  };
}
