import type { ClusterConfig } from '../config/cluster-config.ts';

// Client-credentials exchange at the cluster's token endpoint, done by the server so that a
// client secret never reaches the browser. client_secret_post is what Camunda's SDKs send and what
// Keycloak, Entra ID and Camunda SaaS accept.

export class TokenExchangeError extends Error {
  constructor(
    readonly kind: 'invalid_client' | 'rejected' | 'unreachable' | 'bad_response',
    message: string,
  ) {
    super(message);
    this.name = 'TokenExchangeError';
  }
}

export interface IssuedToken {
  accessToken: string;
  /** Epoch milliseconds. */
  issuedAt: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const discoveryCache = new Map<string, string>();

async function fetchWithTimeout(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new TokenExchangeError(
      'unreachable',
      `the identity provider at ${new URL(url).origin} did not answer (${cause ?? (error as Error).name})`,
    );
  }
}

export async function resolveTokenEndpoint(cluster: ClusterConfig, timeoutMs: number): Promise<string> {
  if (cluster.tokenEndpoint) return cluster.tokenEndpoint;
  if (!cluster.oidc) throw new TokenExchangeError('rejected', `cluster '${cluster.id}' has no token endpoint`);
  const issuer = cluster.oidc.issuer;
  const cached = discoveryCache.get(issuer);
  if (cached) return cached;
  const response = await fetchWithTimeout(`${issuer}/.well-known/openid-configuration`, {}, timeoutMs);
  if (!response.ok) {
    throw new TokenExchangeError('bad_response', `discovery at ${issuer} answered ${response.status}`);
  }
  const body = (await response.json()) as { token_endpoint?: unknown };
  if (typeof body.token_endpoint !== 'string') {
    throw new TokenExchangeError('bad_response', `discovery at ${issuer} has no token_endpoint`);
  }
  discoveryCache.set(issuer, body.token_endpoint);
  return body.token_endpoint;
}

export async function exchangeClientCredentials(
  cluster: ClusterConfig,
  clientId: string,
  clientSecret: string,
  timeoutMs: number,
): Promise<IssuedToken> {
  try {
    return await requestToken(cluster, clientId, clientSecret, timeoutMs);
  } catch (error) {
    // An identity provider may quote the request in its error text; the secret must not travel on in
    // a message that is logged or shown (the logger no longer holds every typed secret).
    if (error instanceof TokenExchangeError && clientSecret.length > 0 && error.message.includes(clientSecret)) {
      throw new TokenExchangeError(error.kind, error.message.split(clientSecret).join('[redacted]'));
    }
    throw error;
  }
}

async function requestToken(
  cluster: ClusterConfig,
  clientId: string,
  clientSecret: string,
  timeoutMs: number,
): Promise<IssuedToken> {
  const endpoint = await resolveTokenEndpoint(cluster, timeoutMs);
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  });
  if (cluster.tokenAudience) form.set('audience', cluster.tokenAudience);
  if (cluster.tokenScope) form.set('scope', cluster.tokenScope);
  const response = await fetchWithTimeout(
    endpoint,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
    },
    timeoutMs,
  );
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Non-JSON error pages are reported by status only: their text could echo the request.
  }
  if (!response.ok) {
    const error = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    const description = typeof body.error_description === 'string' ? `: ${body.error_description}` : '';
    if (error === 'invalid_client' || error === 'unauthorized_client' || response.status === 401) {
      throw new TokenExchangeError(
        'invalid_client',
        `the identity provider refused the client (${error}${description})`,
      );
    }
    throw new TokenExchangeError('rejected', `the identity provider refused the request (${error}${description})`);
  }
  if (typeof body.access_token !== 'string') {
    throw new TokenExchangeError('bad_response', 'the identity provider answered without an access_token');
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in ?? 300);
  const issuedAt = Date.now();
  return {
    accessToken: body.access_token,
    issuedAt,
    expiresAt: issuedAt + (Number.isFinite(expiresIn) ? expiresIn : 300) * 1000,
  };
}
