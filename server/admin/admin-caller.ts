import type { Request } from 'express';
import type { ClientCredentialSessions } from '../auth/client-credential-sessions.ts';
import type { ClusterConfig } from '../config/cluster-config.ts';

// Who is asking, in the cluster's own words: the server sends the caller's own credentials (the
// Authorization header the browser sent, or the sealed client-credentials session) to the cluster's
// GET /v2/authentication/me. Lantern never decides who someone is from a token it has not seen the
// cluster accept, so a forged or expired token is refused by the cluster, not trusted by us.

export type CallerCheck =
  | { kind: 'user'; username: string }
  /** Signed in, but /me names no user (a client's token): never a Lantern administrator. */
  | { kind: 'no-username' }
  | { kind: 'not-signed-in'; detail: string }
  | { kind: 'cluster-unreachable'; detail: string };

async function callerAuthorization(
  req: Request,
  cluster: ClusterConfig,
  sessions: ClientCredentialSessions,
): Promise<string | null> {
  const header = req.headers.authorization;
  if (typeof header === 'string' && header.trim() !== '') return header;
  const sessionId = req.headers['x-lantern-session'];
  if (typeof sessionId === 'string') {
    const token = await sessions.accessToken(sessionId, cluster);
    return token ? `Bearer ${token}` : null;
  }
  return null;
}

export async function checkCaller(
  req: Request,
  cluster: ClusterConfig,
  sessions: ClientCredentialSessions,
  timeoutMs: number,
): Promise<CallerCheck> {
  const authorization = await callerAuthorization(req, cluster, sessions);
  if (!authorization) {
    return {
      kind: 'not-signed-in',
      detail: `Sign in to cluster '${cluster.id}' first; no credentials came with this request.`,
    };
  }
  let response: Response;
  try {
    response = await fetch(`${cluster.restBaseUrl}/v2/authentication/me`, {
      headers: { authorization, accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return {
      kind: 'cluster-unreachable',
      detail: `The cluster did not answer /v2/authentication/me (${(error as Error).name}).`,
    };
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    return {
      kind: 'not-signed-in',
      detail: `Cluster '${cluster.id}' did not accept your credentials (${response.status}).`,
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return {
      kind: 'cluster-unreachable',
      detail: `The cluster answered /v2/authentication/me with ${response.status}.`,
    };
  }
  const body = (await response.json().catch(() => null)) as { username?: unknown } | null;
  const username = body?.username;
  return typeof username === 'string' && username !== '' ? { kind: 'user', username } : { kind: 'no-username' };
}
