import { ApiError } from '../../lib/api/api-error.ts';
import { fetchServerJson } from '../../lib/api/server-api.ts';
import type { ClientCredentialsSession } from '../../lib/connection/connection-store.ts';
import type { MessageId } from '../../lib/i18n/catalogues.ts';
import { msg, type Message } from '../../lib/i18n/message.ts';

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
const networkCodes: Record<string, MessageId> = {
  ECONNREFUSED: 'signIn.network.ECONNREFUSED',
  ECONNRESET: 'signIn.network.ECONNRESET',
  ENOTFOUND: 'signIn.network.ENOTFOUND',
  EAI_AGAIN: 'signIn.network.EAI_AGAIN',
  ETIMEDOUT: 'signIn.network.ETIMEDOUT',
  TimeoutError: 'signIn.network.TimeoutError',
  EHOSTUNREACH: 'signIn.network.EHOSTUNREACH',
  UND_ERR_CONNECT_TIMEOUT: 'signIn.network.UND_ERR_CONNECT_TIMEOUT',
};

/** The network failure named in the server's detail ("… (ECONNREFUSED)"), in words, or null. */
function networkFailure(detail: string): Message | null {
  for (const [, code = ''] of detail.matchAll(/\(([A-Za-z_]+)\)/g)) {
    const id = networkCodes[code];
    if (id) return msg(id);
  }
  return null;
}

/**
 * What the identity provider itself said, from the server's problem detail ("… refused the client
 * (invalid_client: client authentication failed).") — the refusal is then said once, with that.
 */
function identityProviderWords(detail: string): string | null {
  return /\(([^()]+)\)\.?\s*$/.exec(detail)?.[1] ?? null;
}

/**
 * Why no token was issued, worded at render. What the identity provider said is quoted as it is
 * (`said`); a network failure of the Lantern server is named in the UI language instead.
 */
export function describeSessionError(error: unknown, clientId?: string): Message {
  if (error instanceof ApiError) {
    if (error.status === 0) return msg('signIn.session.noAnswer');
    const text = error.problem?.detail ?? error.problem?.title;
    if (error.status === 401) {
      // 'none' selects the sentence without that part (see the catalogue).
      const said = text ? (identityProviderWords(text) ?? text).replace(/\.$/, '') : 'none';
      return msg('signIn.session.rejected', { client: clientId || 'none', said });
    }
    if (error.status === 502) {
      // "the identity provider at <url> did not answer (ECONNREFUSED)": the address and the cause.
      const why = text ? networkFailure(text) : null;
      const address = text ? /\bat (\S+)/.exec(text)?.[1] : undefined;
      return why && address
        ? msg('signIn.session.unreachableBecause', { address, why })
        : msg('signIn.session.unreachable');
    }
    return msg('signIn.error.httpText', { status: error.status, text: text ?? 'none' });
  }
  return msg('signIn.error.unexpected', { text: error instanceof Error ? error.message : String(error) });
}

/** Forgets a session the cluster did not accept; failure only means it is already gone. */
export async function endClientCredentialsSession(sessionId: string): Promise<void> {
  await fetchServerJson<unknown>(`/api/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }).catch(
    () => null,
  );
}
