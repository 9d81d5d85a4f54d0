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

// Node's error codes, as the server reports them, in words an operator reads.
const networkCodes: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'timed out',
  TimeoutError: 'no answer in time',
  EHOSTUNREACH: 'host unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

function inWords(detail: string): string {
  const sentence = detail.replace(/\(([A-Za-z_]+)\)/g, (whole, code: string) => {
    const words = networkCodes[code];
    return words ? `(${words})` : whole;
  });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * What the identity provider itself said, from the server's problem detail ("… refused the client
 * (invalid_client: client authentication failed).") — the refusal is then said once, with that.
 */
function identityProviderWords(detail: string): string | null {
  return /\(([^()]+)\)\.?\s*$/.exec(detail)?.[1] ?? null;
}

export function describeSessionError(error: unknown, clientId?: string): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return 'The Lantern server did not answer.';
    const text = error.problem?.detail ?? error.problem?.title;
    if (error.status === 401) {
      const client = clientId ? `client “${clientId}”` : 'the client id';
      const said = text ? (identityProviderWords(text) ?? text) : null;
      return `The identity provider did not accept ${client} or its secret${said ? `: ${said.replace(/\.$/, '')}` : ''}.`;
    }
    if (error.status === 502) {
      const why = text ? ` ${inWords(text).replace(/\.?$/, '.')}` : '';
      return `The Lantern server could not reach the identity provider to exchange the client credentials.${why} Try again once the provider is up.`;
    }
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
