import { ApiError } from '../../lib/api/api-error.ts';
import { fetchServerJson } from '../../lib/api/server-api.ts';
import type { ClientCredentialsSession } from '../../lib/connection/connection-store.ts';

interface SessionAnswer {
  sessionId: string;
  clientId: string;
  expiresAt: string | number | null;
  token?: { header: Record<string, unknown>; claims: Record<string, unknown> } | null;
}

/** POSTs the credentials once to the Lantern server, which exchanges and keeps them. */
export async function startClientCredentialsSession(
  clusterId: string,
  clientId: string,
  clientSecret: string,
): Promise<ClientCredentialsSession> {
  const body: { clientId?: string; clientSecret?: string } = {};
  if (clientId) body.clientId = clientId;
  if (clientSecret) body.clientSecret = clientSecret;
  const answer = await fetchServerJson<SessionAnswer>(
    `/api/clusters/${encodeURIComponent(clusterId)}/client-credentials`,
    {
      method: 'POST',
      body,
    },
  );
  return {
    sessionId: answer.sessionId,
    clientId: answer.clientId,
    expiresAt: answer.expiresAt,
    token: answer.token ?? null,
  };
}

export function describeSessionError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return 'The Lantern server did not answer.';
    const text = error.problem?.detail ?? error.problem?.title;
    if (error.status === 401)
      return text
        ? `The identity provider rejected the client: ${text}`
        : 'The identity provider rejected the client id or secret.';
    if (error.status === 502)
      return text ? `The identity provider is not reachable: ${text}` : 'The identity provider is not reachable.';
    return text ? `HTTP ${error.status}: ${text}` : `HTTP ${error.status}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Forgets a session the cluster did not accept; failure only means it is already gone. */
export async function endClientCredentialsSession(sessionId: string): Promise<void> {
  await fetchServerJson<unknown>(`/api/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }).catch(
    () => null,
  );
}
