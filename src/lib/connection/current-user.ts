import { type QueryClient, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { clusterKeys } from '../clusters/cluster-keys.ts';
import { useConnection } from './connection-store.ts';
import type { Connection } from './connection-types.ts';

// GET /v2/authentication/me, tolerant of 8.8 (most members optional) and 8.9/8.10 (required,
// nullable). An anonymous caller on an unprotected API gets 401 with an empty body: that is
// "nobody", not an error (docs/camunda-api/endpoints.md §2).
const tenantSchema = z.looseObject({
  tenantId: z.string(),
  name: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
});

export const currentUserSchema = z.pipe(
  z.looseObject({
    username: z.optional(z.nullable(z.string())),
    displayName: z.optional(z.nullable(z.string())),
    email: z.optional(z.nullable(z.string())),
    authorizedComponents: z.optional(z.nullable(z.array(z.string()))),
    tenants: z.optional(z.nullable(z.array(tenantSchema))),
    groups: z.optional(z.nullable(z.array(z.string()))),
    roles: z.optional(z.nullable(z.array(z.string()))),
    salesPlanType: z.optional(z.nullable(z.string())),
    canLogout: z.optional(z.nullable(z.boolean())),
  }),
  z.transform((u) => ({
    username: u.username ?? null,
    displayName: u.displayName ?? null,
    email: u.email ?? null,
    authorizedComponents: u.authorizedComponents ?? [],
    tenants: (u.tenants ?? []).map((t) => ({ tenantId: t.tenantId, name: t.name ?? t.tenantId })),
    groups: u.groups ?? [],
    roles: u.roles ?? [],
  })),
);

export type CurrentUser = z.output<typeof currentUserSchema>;

async function fetchCurrentUser(clusterId: string, signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return await apiRequest(clusterId, {
      path: '/v2/authentication/me',
      schema: currentUserSchema,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && error.problem === null) return null;
    throw error;
  }
}

/**
 * Roles and groups change rarely, and the key names the principal (a sign-in is a new key), so
 * one answer serves every view for a while: each view load costs the cluster its own request only.
 */
const CURRENT_USER_STALE_MS = 5 * 60_000;

/** The cache key's principal part: a new sign-in (method or name) is a new key. */
function principalKey(connection: Connection | null): string | null {
  return connection ? `${connection.method}:${connection.caller.type}:${connection.caller.id ?? ''}` : null;
}

function currentUserQueryFn(clusterId: string, connection: Connection | null) {
  // Not connected: nobody to ask about.
  if (!connection) return skipToken;
  // Without credentials the answer is known: /me answers an anonymous caller 401 with an
  // empty body (docs/camunda-api/endpoints.md §2), so asking would cost a request and say nothing.
  if (connection.method === 'none') return () => Promise.resolve(null);
  return ({ signal }: { signal: AbortSignal }) => fetchCurrentUser(clusterId, signal);
}

const currentUserKeys = {
  me: (clusterId: string, connection: Connection | null) =>
    [...clusterKeys.feature(clusterId, 'me'), principalKey(connection)] as const,
};

const currentUserQueries = {
  me: (clusterId: string, connection: Connection | null) =>
    queryOptions({
      queryKey: currentUserKeys.me(clusterId, connection),
      queryFn: currentUserQueryFn(clusterId, connection),
      staleTime: CURRENT_USER_STALE_MS,
    }),
};

/**
 * The connection check asks /me before credentials are committed; its answer, put in the cache
 * right after the commit, spares the first view a second identical request.
 */
export function primeCurrentUser(queryClient: QueryClient, connection: Connection, user: CurrentUser | null): void {
  queryClient.setQueryData(currentUserQueries.me(connection.clusterId, connection).queryKey, user);
}

/**
 * Who the cluster says the current principal is; null for the anonymous caller. `enabled: false`
 * keeps a component that is mounted but not shown (a closed drawer) from asking.
 */
export function useCurrentUser(clusterId: string, options: { enabled?: boolean } = {}) {
  const { connection } = useConnection(clusterId);
  return useQuery({
    ...currentUserQueries.me(clusterId, connection),
    enabled: options.enabled !== false,
  });
}
