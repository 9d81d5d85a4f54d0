import * as z from 'zod/mini';
import { apiRequest, apiRequestWithMeta, type HttpMethod } from '../../../lib/api/api-client.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { authorizationSchema, toAuthorization } from '../../../lib/api/authorization-schema.ts';
import { idItem, pageSchema, searchAll } from '../../../lib/api/search-all.ts';
import { type RequestLogEntry, sentRequestBody } from '../../../lib/api/request-log.ts';
import { probeRequest, type Capability, type ProbeOutcome } from '../../../lib/authz/capabilities.ts';
import { msg } from '../../../lib/i18n/message.ts';
import type {
  DirectoryMembership,
  DirectorySnapshot,
  MemberType,
  UserTaskFacts,
} from '../../../lib/authz/effective-permissions.ts';

// Reads for the diagnosis views. Everything goes through the one API client, so every call is
// in the request log and every failure is an ApiError.

const nullableString = z.optional(z.nullable(z.string()));

const MEMBER_PATHS: {
  container: DirectoryMembership['containerType'];
  path: string;
  member: MemberType;
  field: string;
}[] = [
  { container: 'GROUP', path: 'users', member: 'USER', field: 'username' },
  { container: 'GROUP', path: 'clients', member: 'CLIENT', field: 'clientId' },
  { container: 'GROUP', path: 'mapping-rules', member: 'MAPPING_RULE', field: 'mappingRuleId' },
  { container: 'ROLE', path: 'users', member: 'USER', field: 'username' },
  { container: 'ROLE', path: 'clients', member: 'CLIENT', field: 'clientId' },
  { container: 'ROLE', path: 'groups', member: 'GROUP', field: 'groupId' },
  { container: 'ROLE', path: 'mapping-rules', member: 'MAPPING_RULE', field: 'mappingRuleId' },
  { container: 'TENANT', path: 'users', member: 'USER', field: 'username' },
  { container: 'TENANT', path: 'clients', member: 'CLIENT', field: 'clientId' },
  { container: 'TENANT', path: 'groups', member: 'GROUP', field: 'groupId' },
  { container: 'TENANT', path: 'roles', member: 'ROLE', field: 'roleId' },
  { container: 'TENANT', path: 'mapping-rules', member: 'MAPPING_RULE', field: 'mappingRuleId' },
];

const CONTAINER_PATH: Record<DirectoryMembership['containerType'], string> = {
  GROUP: 'groups',
  ROLE: 'roles',
  TENANT: 'tenants',
};

/**
 * The whole directory, for "simulate as" and the fix owner choice. Needs READ on authorizations
 * and the identity entities; searches filter, so a partial reader gets a partial snapshot.
 */
export async function fetchDirectorySnapshot(clusterId: string, signal?: AbortSignal): Promise<DirectorySnapshot> {
  const [authorizations, users, groups, roles, tenants, mappingRules] = await Promise.all([
    searchAll(clusterId, '/v2/authorizations/search', authorizationSchema, { signal }),
    searchAll(clusterId, '/v2/users/search', z.looseObject({ username: z.string(), name: nullableString }), { signal }),
    searchAll(clusterId, '/v2/groups/search', z.looseObject({ groupId: z.string(), name: nullableString }), { signal }),
    searchAll(clusterId, '/v2/roles/search', z.looseObject({ roleId: z.string(), name: nullableString }), { signal }),
    searchAll(clusterId, '/v2/tenants/search', z.looseObject({ tenantId: z.string(), name: nullableString }), {
      signal,
    }),
    searchAll(
      clusterId,
      '/v2/mapping-rules/search',
      z.looseObject({ mappingRuleId: z.string(), claimName: z.string(), claimValue: z.string(), name: nullableString }),
      { signal },
    ),
  ]);
  const containers: Record<DirectoryMembership['containerType'], string[]> = {
    GROUP: groups.map((g) => g.groupId),
    ROLE: roles.map((r) => r.roleId),
    TENANT: tenants.map((t) => t.tenantId),
  };
  const jobs = MEMBER_PATHS.flatMap(({ container, path, member, field }) =>
    containers[container].map(async (containerId): Promise<DirectoryMembership[]> => {
      const ids = await searchAll(
        clusterId,
        `/v2/${CONTAINER_PATH[container]}/${encodeURIComponent(containerId)}/${path}/search`,
        idItem(field),
        { signal },
      ).catch((error: unknown) => {
        // A container we may not read the members of: its memberships stay unknown, the rest still counts.
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) return [];
        throw error;
      });
      return ids.map((memberId) => ({ containerType: container, containerId, memberType: member, memberId }));
    }),
  );
  const memberships = (await Promise.all(jobs)).flat();
  return {
    authorizations: authorizations.map(toAuthorization),
    users,
    clients: [],
    groups,
    roles,
    tenants,
    mappingRules,
    memberships,
  };
}

const userTaskFactsSchema = z.looseObject({
  userTaskKey: z.string(),
  name: nullableString,
  processDefinitionId: nullableString,
  assignee: nullableString,
  candidateUsers: z.optional(z.nullable(z.array(z.string()))),
  candidateGroups: z.optional(z.nullable(z.array(z.string()))),
  state: nullableString,
  tenantId: nullableString,
});

export type TaskFacts = UserTaskFacts & { name: string | null; state: string | null };

function toFacts(task: z.output<typeof userTaskFactsSchema>): TaskFacts {
  return {
    userTaskKey: task.userTaskKey,
    name: task.name ?? null,
    state: task.state ?? null,
    processDefinitionId: task.processDefinitionId ?? '',
    assignee: task.assignee ?? null,
    candidateUsers: task.candidateUsers ?? [],
    candidateGroups: task.candidateGroups ?? [],
    // The tenant decides before any grant: the who-may panel and the diagnosis check it.
    tenantId: task.tenantId ?? null,
  };
}

export async function fetchTaskFacts(clusterId: string, userTaskKey: string, signal?: AbortSignal): Promise<TaskFacts> {
  const task = await apiRequest(clusterId, {
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}`,
    schema: userTaskFactsSchema,
    ...(signal ? { signal } : {}),
  });
  return toFacts(task);
}

export async function searchTaskFacts(clusterId: string, limit: number, signal?: AbortSignal): Promise<TaskFacts[]> {
  const body = await apiRequest(clusterId, {
    method: 'POST',
    path: '/v2/user-tasks/search',
    body: { filter: { state: 'CREATED' }, page: { from: 0, limit } },
    schema: pageSchema,
    ...(signal ? { signal } : {}),
  });
  return (body.items ?? []).flatMap((raw) => {
    const parsed = userTaskFactsSchema.safeParse(raw);
    return parsed.success ? [toFacts(parsed.data)] : [];
  });
}

/** Runs one read-only probe; never throws. */
export async function runProbe(
  clusterId: string,
  capability: Capability,
  params: Readonly<Record<string, string | null | undefined>>,
): Promise<{ outcome: ProbeOutcome; requestId: string | null }> {
  const request = probeRequest(capability, params);
  if (!request) {
    return {
      outcome: {
        kind: 'skipped',
        reason: msg(capability.probe ? 'capabilities.skipped.noKey' : 'capabilities.skipped.write'),
      },
      requestId: null,
    };
  }
  try {
    const { data, meta } = await apiRequestWithMeta<unknown>(clusterId, {
      method: request.method,
      path: request.path,
      ...(request.body !== undefined ? { body: request.body } : {}),
      skipAuthRecovery: true,
    });
    return { outcome: { kind: 'response', status: meta.status, body: data }, requestId: meta.requestId };
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.kind === 'network' || error.kind === 'proxy') {
        return { outcome: { kind: 'network-error', message: error.message }, requestId: error.request.requestId };
      }
      return {
        outcome: { kind: 'response', status: error.status, problem: error.problem },
        requestId: error.request.requestId,
      };
    }
    return { outcome: { kind: 'network-error', message: String(error) }, requestId: null };
  }
}

export interface ReplayResult {
  ok: boolean;
  status: number;
  requestId: string;
  error: ApiError | null;
}

/**
 * Thrown instead of sending anything when the original body is no longer in memory. The page words
 * it (`fix.failure.bodyGone`); the message is for logs only.
 */
export class ReplayUnavailableError extends Error {
  override readonly name = 'ReplayUnavailableError';
  constructor() {
    super('The original request body is no longer in this tab’s memory.');
  }
}

type ReplayableEntry = Pick<RequestLogEntry, 'requestId' | 'clusterId' | 'method' | 'path' | 'query' | 'requestBody'>;

/** The body exactly as first sent; throws ReplayUnavailableError when the log no longer holds it. */
function sentBodyFor(entry: ReplayableEntry): { body: unknown } | undefined {
  const sent = sentRequestBody(entry.requestId);
  if (entry.requestBody !== undefined && sent === undefined) {
    throw new ReplayUnavailableError();
  }
  return sent;
}

/** Throws ReplayUnavailableError unless `replayRequest(entry)` could send exactly what was sent. */
export function assertReplayable(entry: ReplayableEntry): void {
  sentBodyFor(entry);
}

/**
 * Sends a logged request again, as the current principal, with exactly the body it sent — not
 * the redacted copy the log shows. When that body is gone (the log forgot the entry), it refuses.
 */
export async function replayRequest(entry: ReplayableEntry): Promise<ReplayResult> {
  const sent = sentBodyFor(entry);
  try {
    const { meta } = await apiRequestWithMeta<unknown>(entry.clusterId, {
      method: entry.method as HttpMethod,
      path: entry.path,
      query: entry.query,
      ...(sent !== undefined ? { body: sent.body } : {}),
    });
    return { ok: true, status: meta.status, requestId: meta.requestId, error: null };
  } catch (error) {
    if (error instanceof ApiError) {
      return { ok: false, status: error.status, requestId: error.request.requestId, error };
    }
    throw error;
  }
}

const createdSchema = z.looseObject({ authorizationKey: z.optional(z.nullable(z.string())) });

/**
 * Creates an authorization, as the current principal or — when it may not — with credentials
 * typed in for this one call (kept in memory only for the duration of the request).
 */
export async function createAuthorization(
  clusterId: string,
  body: Record<string, unknown>,
  credentialHeaders?: Record<string, string>,
): Promise<string | null> {
  const created = await apiRequest(clusterId, {
    method: 'POST',
    path: '/v2/authorizations',
    body,
    schema: createdSchema,
    ...(credentialHeaders ? { credentialHeaders } : {}),
  });
  return created?.authorizationKey ?? null;
}
