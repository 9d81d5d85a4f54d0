import * as z from 'zod/mini';
import { apiRequest, parseProblem } from '../../../lib/api/api-client.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { authorizationSchema, toAuthorization } from '../../../lib/api/authorization-schema.ts';
import { basicHeader, getCredentialHeaders } from '../../../lib/connection/connection-store.ts';
import type { DirectoryMembership, MemberType } from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';

// What "Apply" sends and who sends it. A drafted fix is either one authorization or one membership
// (a tenant assignment, a group or role membership); its body decides which endpoint it goes to.
// The actor decides with whose rights: the signed-in caller, an administrator's Basic login or
// popup sign-in held for this one change, or the Lantern server's administrative client (which
// checks that the caller is one of its configured administrators).

export interface AuthorizationFix {
  kind: 'authorization';
  body: Record<string, unknown>;
}

export interface MembershipFix {
  kind: 'membership';
  membership: DirectoryMembership;
}

export type FixAction = AuthorizationFix | MembershipFix;

export type FixActor =
  | { kind: 'caller' }
  | { kind: 'basic-admin'; username: string; password: string }
  /** An access token from a one-off administrator sign-in in a popup; dropped after this change. */
  | { kind: 'popup-admin'; username: string; accessToken: string }
  | { kind: 'server-admin' };

const CONTAINERS = ['GROUP', 'ROLE', 'TENANT'] as const;
const MEMBERS: readonly MemberType[] = ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'];
const MEMBER_PATH: Record<MemberType, string> = {
  USER: 'users',
  CLIENT: 'clients',
  GROUP: 'groups',
  ROLE: 'roles',
  MAPPING_RULE: 'mapping-rules',
};
const CONTAINER_PATH: Record<DirectoryMembership['containerType'], string> = {
  GROUP: 'groups',
  ROLE: 'roles',
  TENANT: 'tenants',
};
const MEMBER_FIELD: Record<MemberType, string> = {
  USER: 'username',
  CLIENT: 'clientId',
  GROUP: 'groupId',
  ROLE: 'roleId',
  MAPPING_RULE: 'mappingRuleId',
};

/** A drafted body as an action: a membership has container and member, anything else is a grant. */
export function fixActionOf(body: Record<string, unknown>): FixAction {
  const { containerType, containerId, memberType, memberId } = body;
  if (
    typeof containerType === 'string' &&
    (CONTAINERS as readonly string[]).includes(containerType) &&
    typeof containerId === 'string' &&
    typeof memberType === 'string' &&
    (MEMBERS as readonly string[]).includes(memberType) &&
    typeof memberId === 'string'
  ) {
    return {
      kind: 'membership',
      membership: {
        containerType: containerType as DirectoryMembership['containerType'],
        containerId,
        memberType: memberType as MemberType,
        memberId,
      },
    };
  }
  return { kind: 'authorization', body };
}

/** The request the action is on the cluster, for the confirmation dialog and the logs. */
export function clusterRequestOf(action: FixAction): { method: 'POST' | 'PUT'; path: string; body: unknown } {
  if (action.kind === 'authorization') return { method: 'POST', path: '/v2/authorizations', body: action.body };
  const m = action.membership;
  return {
    method: 'PUT',
    path: `/v2/${CONTAINER_PATH[m.containerType]}/${encodeURIComponent(m.containerId)}/${MEMBER_PATH[m.memberType]}/${encodeURIComponent(m.memberId)}`,
    body: undefined,
  };
}

export interface AppliedFix {
  /** `already-there`: the cluster answered 409 ALREADY_EXISTS; nothing was changed. */
  outcome: 'created' | 'already-there';
  authorizationKey: string | null;
}

function credentialHeadersOf(actor: FixActor): Record<string, string> | undefined {
  if (actor.kind === 'basic-admin') {
    return { Authorization: basicHeader(actor.username, actor.password) };
  }
  if (actor.kind === 'popup-admin') return { Authorization: `Bearer ${actor.accessToken}` };
  return undefined;
}

/** Calls one of the Lantern server's admin routes with the caller's own credentials (it checks them). */
async function serverAdmin(clusterId: string, route: string, body: unknown): Promise<unknown> {
  const path = `/api/clusters/${encodeURIComponent(clusterId)}/admin${route}`;
  const request = { requestId: '', method: 'POST', path, clusterId };
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...(await getCredentialHeaders(clusterId)),
      },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError({ kind: 'network', status: 0, problem: null, request });
  }
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  try {
    json = text.trim() === '' ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  if (!response.ok) {
    throw new ApiError({
      kind: 'http',
      status: response.status,
      problem: parseProblem(json),
      request,
      contentType: response.headers.get('Content-Type'),
    });
  }
  return json;
}

/** Whether the server offers its administrative client to this caller; null when it does not. */
export async function serverAdminClient(clusterId: string): Promise<{ clientId: string; username: string } | null> {
  const response = await fetch(`/api/clusters/${encodeURIComponent(clusterId)}/admin`, {
    headers: { Accept: 'application/json', ...(await getCredentialHeaders(clusterId)) },
    cache: 'no-store',
  }).catch(() => null);
  if (!response?.ok) return null;
  const parsed = z
    .looseObject({ clientId: z.string(), username: z.string() })
    .safeParse(await response.json().catch(() => null));
  return parsed.success ? { clientId: parsed.data.clientId, username: parsed.data.username } : null;
}

const createdSchema = z.looseObject({ authorizationKey: z.optional(z.nullable(z.string())) });

function alreadyThere(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** Sends the fix once. A 409 (an identical grant or membership exists) is "already there", not a failure. */
export async function applyFixAction(clusterId: string, action: FixAction, actor: FixActor): Promise<AppliedFix> {
  try {
    if (actor.kind === 'server-admin') {
      const answer =
        action.kind === 'authorization'
          ? await serverAdmin(clusterId, '/authorizations', action.body)
          : await serverAdmin(clusterId, '/memberships', action.membership);
      const parsed = createdSchema.safeParse(answer);
      return { outcome: 'created', authorizationKey: parsed.success ? (parsed.data.authorizationKey ?? null) : null };
    }
    const request = clusterRequestOf(action);
    const headers = credentialHeadersOf(actor);
    const answer = await apiRequest(clusterId, {
      method: request.method,
      path: request.path,
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(headers ? { credentialHeaders: headers } : {}),
    });
    const parsed = createdSchema.safeParse(answer);
    return { outcome: 'created', authorizationKey: parsed.success ? (parsed.data.authorizationKey ?? null) : null };
  } catch (error) {
    if (alreadyThere(error)) return { outcome: 'already-there', authorizationKey: null };
    throw error;
  }
}

/** What the administrator's view says after the change: every authorization, and the changed container's members. */
export interface AdminRead {
  authorizations: Authorization[];
  memberships: DirectoryMembership[];
}

const pageSchema = z.looseObject({ items: z.optional(z.nullable(z.array(z.unknown()))) });
const PAGE = 1000;
const MAX_PAGES = 10;

async function readPages(read: (page: { from: number; limit: number }) => Promise<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let index = 0; index < MAX_PAGES; index += 1) {
    const parsed = pageSchema.safeParse(await read({ from: index * PAGE, limit: PAGE }));
    const items = parsed.success ? (parsed.data.items ?? []) : [];
    out.push(...items);
    if (items.length < PAGE) break;
  }
  return out;
}

/**
 * Re-reads, with the same rights the change was made with, the cluster's authorizations (and for a
 * membership, the container's members): the input of the verification.
 */
export async function readAdminView(clusterId: string, action: FixAction, actor: FixActor): Promise<AdminRead> {
  const headers = credentialHeadersOf(actor);
  const viaCluster = (path: string) => (page: { from: number; limit: number }) =>
    apiRequest(clusterId, {
      method: 'POST',
      path,
      body: { page },
      ...(headers ? { credentialHeaders: headers } : {}),
    });
  const rawAuthorizations = await readPages(
    actor.kind === 'server-admin'
      ? (page) => serverAdmin(clusterId, '/authorizations/search', { page })
      : viaCluster('/v2/authorizations/search'),
  );
  const authorizations = rawAuthorizations.flatMap((raw): Authorization[] => {
    const parsed = authorizationSchema.safeParse(raw);
    return parsed.success ? [toAuthorization(parsed.data)] : [];
  });
  if (action.kind !== 'membership') return { authorizations, memberships: [] };
  const m = action.membership;
  const rawMembers = await readPages(
    actor.kind === 'server-admin'
      ? (page) =>
          serverAdmin(clusterId, '/members/search', {
            containerType: m.containerType,
            containerId: m.containerId,
            memberType: m.memberType,
            page,
          })
      : viaCluster(
          `/v2/${CONTAINER_PATH[m.containerType]}/${encodeURIComponent(m.containerId)}/${MEMBER_PATH[m.memberType]}/search`,
        ),
  );
  const field = MEMBER_FIELD[m.memberType];
  const memberships = rawMembers.flatMap((raw): DirectoryMembership[] => {
    const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
    return typeof id === 'string'
      ? [{ containerType: m.containerType, containerId: m.containerId, memberType: m.memberType, memberId: id }]
      : [];
  });
  return { authorizations, memberships };
}
