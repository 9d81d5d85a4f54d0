import { useCallback, useSyncExternalStore } from 'react';
import { ANONYMOUS_CALLER, type Caller } from '../auth/caller.ts';
import { bareToken, decodeJwt, expiresAtOf, type DecodedJwt } from '../auth/decode-jwt.ts';
import type { ApiError } from '../api/api-error.ts';
import type { ClusterSummary } from '../clusters/cluster-summary.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { MessageId } from '../i18n/catalogues.ts';
import { DEFAULT_CLAIM_SETTINGS, resolveTokenCaller } from '../authz/token-inspection.ts';
import { clusterNow, resetClockSkewForTests, subscribeClockSkew } from './clock-skew.ts';
import type { Connection, ConnectionMethod, SignInNotice } from './connection-types.ts';
import { explainUnauthorized } from './unauthorized-reason.ts';

// Per-cluster connections. Secrets (Basic password, pasted token, server session handle)
// live only in this module's memory: nothing here touches any Web Storage, so a reload asks
// again. OIDC users are the exception by design: oidc-client-ts keeps them in sessionStorage
// and this store only holds hooks into that UserManager (src/lib/auth/oidc-session.ts).

type Secret =
  | { kind: 'none' }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'session'; sessionId: string }
  | { kind: 'oidc'; hooks: OidcHooks };

export interface OidcHooks {
  getAccessToken: () => Promise<string | null>;
  /** One silent renewal (refresh token); true when a fresh token is available. */
  renew: () => Promise<boolean>;
  /** Ends the session at the provider (navigates away) and forgets the user. */
  signOut: () => Promise<void>;
  /** Forgets the user locally without a provider round-trip. */
  forget: () => Promise<void>;
}

interface Entry {
  connection: Connection;
  secret: Secret;
  cluster: ClusterSummary;
  expiryTimer: ReturnType<typeof setTimeout> | null;
  expiryReason?: Message;
}

const entries = new Map<string, Entry>();
const notices = new Map<string, SignInNotice>();
const listeners = new Set<() => void>();
const principalListeners = new Set<(clusterId: string) => void>();

function emit(): void {
  for (const l of listeners) l();
}

function principalChanged(clusterId: string): void {
  for (const l of principalListeners) l(clusterId);
}

function subscribeConnections(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called whenever a cluster's principal changes (sign-in, sign-out, forced sign-in), to drop cached data. */
export function onPrincipalChange(listener: (clusterId: string) => void): () => void {
  principalListeners.add(listener);
  return () => principalListeners.delete(listener);
}

export function getConnection(clusterId: string): Connection | null {
  return entries.get(clusterId)?.connection ?? null;
}

export function getSignInNotice(clusterId: string): SignInNotice | null {
  return notices.get(clusterId) ?? null;
}

export function clearSignInNotice(clusterId: string): void {
  if (notices.delete(clusterId)) emit();
}

/** The caller a token stands for, by the cluster's rule (the same one the diagnosis uses). */
function callerOf(cluster: ClusterSummary, token: DecodedJwt, fallback: Caller): Caller {
  const resolved = resolveTokenCaller(token.claims, cluster.oidc ?? DEFAULT_CLAIM_SETTINGS);
  if (resolved.caller) return resolved.caller;
  // The cluster will refuse this token (401) and say why; until then it is named by its subject.
  const sub = token.claims.sub;
  return typeof sub === 'string' ? { type: 'USER', id: sub } : fallback;
}

/**
 * The one way a Connection is made. With a token, the caller and the expiry are the token's
 * (read by the cluster's rules); without one, `caller` names who signed in.
 */
function buildConnection(
  cluster: ClusterSummary,
  method: ConnectionMethod,
  caller: Caller,
  token: DecodedJwt | null = null,
  expiresAt: number | null = token ? expiresAtOf(token.claims) : null,
): Connection {
  return {
    clusterId: cluster.id,
    method,
    caller: token ? callerOf(cluster, token, caller) : caller,
    expiresAt,
    token,
    connectedAt: Date.now(),
  };
}

/**
 * Credentials to try before they become the cluster's connection: the connection check runs
 * with them, and only `commit()` makes them current. A rejected password never touches the
 * rest of the app (no cache clearing, no request with bad credentials from other views).
 */
export interface CandidateConnection {
  connection: Connection;
  headers: Record<string, string>;
  commit: () => Connection;
}

function candidate(
  cluster: ClusterSummary,
  connection: Connection,
  secret: Secret,
  after?: () => void,
): CandidateConnection {
  return {
    connection,
    headers: syncHeaders(secret),
    commit: () => {
      setEntry(cluster, connection, secret);
      after?.();
      return connection;
    },
  };
}

function syncHeaders(secret: Secret): Record<string, string> {
  switch (secret.kind) {
    case 'basic':
      return { Authorization: basicHeader(secret.username, secret.password) };
    case 'bearer':
      return { Authorization: `Bearer ${secret.token}` };
    case 'session':
      return { 'X-Lantern-Session': secret.sessionId };
    case 'none':
    case 'oidc':
      return {};
  }
}

function setEntry(cluster: ClusterSummary, connection: Connection, secret: Secret): void {
  const previous = entries.get(cluster.id);
  if (previous?.expiryTimer) clearTimeout(previous.expiryTimer);
  const samePrincipal =
    previous !== undefined &&
    previous.connection.method === connection.method &&
    previous.connection.caller.type === connection.caller.type &&
    previous.connection.caller.id === connection.caller.id;
  entries.set(cluster.id, { connection, secret, cluster, expiryTimer: null });
  notices.delete(cluster.id);
  if (!samePrincipal) principalChanged(cluster.id);
  emit();
}

export function connectNone(cluster: ClusterSummary): Connection {
  return candidateNone(cluster).commit();
}

export function candidateNone(cluster: ClusterSummary): CandidateConnection {
  return candidate(cluster, buildConnection(cluster, 'none', ANONYMOUS_CALLER), { kind: 'none' });
}

export function basicHeader(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export function candidateBasic(cluster: ClusterSummary, username: string, password: string): CandidateConnection {
  const connection = buildConnection(cluster, 'basic', { type: 'USER', id: username });
  return candidate(cluster, connection, { kind: 'basic', username, password });
}

/** A bearer token pasted by the user; expiry is watched and ends the connection. */
export function candidateToken(cluster: ClusterSummary, rawToken: string): CandidateConnection {
  const connection = buildConnection(cluster, 'token', { type: 'USER', id: 'token' }, decodeJwt(rawToken));
  return candidate(cluster, connection, { kind: 'bearer', token: bareToken(rawToken) }, () =>
    watchExpiry(cluster.id, msg('signIn.notice.pastedTokenExpired')),
  );
}

export interface ClientCredentialsSession {
  sessionId: string;
  clientId: string;
  expiresAt: string | number | null;
  token: DecodedJwt | null;
}

export function candidateClientCredentials(
  cluster: ClusterSummary,
  session: ClientCredentialsSession,
): CandidateConnection {
  return candidate(
    cluster,
    sessionConnection(cluster, session),
    { kind: 'session', sessionId: session.sessionId },
    () => watchExpiry(cluster.id, SESSION_ENDED),
  );
}

const SESSION_ENDED = msg('signIn.notice.sessionEnded');

function sessionConnection(cluster: ClusterSummary, session: Omit<ClientCredentialsSession, 'sessionId'>): Connection {
  const expiresAt =
    typeof session.expiresAt === 'number'
      ? session.expiresAt
      : session.expiresAt
        ? Date.parse(session.expiresAt)
        : session.token
          ? expiresAtOf(session.token.claims)
          : null;
  return buildConnection(
    cluster,
    'client-credentials',
    { type: 'CLIENT', id: session.clientId },
    session.token,
    Number.isNaN(expiresAt) ? null : expiresAt,
  );
}

/** When the session's token could not be re-read, how long until the next try. */
const SESSION_RETRY_MS = 10_000;

/**
 * The server renews a session's token by itself, so the token Lantern knows about ends while the
 * session goes on answering. When it ends, ask the server for the token now in use, so what the
 * drawer shows is the token the requests carry. A session the server no longer knows ends here too.
 */
async function refreshSessionToken(clusterId: string): Promise<void> {
  const entry = entries.get(clusterId);
  if (!entry || entry.secret.kind !== 'session') return;
  const previousExpiry = entry.connection.expiresAt;
  const retry = () => {
    if (entries.get(clusterId) !== entry) return;
    entry.expiryTimer = setTimeout(() => void refreshSessionToken(clusterId), SESSION_RETRY_MS);
  };
  let answer: Response;
  try {
    answer = await fetch(`/api/sessions/${encodeURIComponent(entry.secret.sessionId)}/token`, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
  } catch {
    retry();
    return;
  }
  // Signed out or signed in again meanwhile: this answer is about a connection that is gone.
  if (entries.get(clusterId) !== entry) return;
  if (answer.status === 404) {
    disconnect(clusterId, { reason: SESSION_ENDED, detail: null });
    return;
  }
  const view = answer.ok ? sessionViewOf(await answer.json().catch(() => null)) : null;
  if (!view) {
    retry();
    return;
  }
  entry.connection = { ...sessionConnection(entry.cluster, view), connectedAt: entry.connection.connectedAt };
  emit();
  const renewed = entry.connection.expiresAt !== null && entry.connection.expiresAt !== previousExpiry;
  if (renewed) watchExpiry(clusterId, SESSION_ENDED);
  else retry();
}

function sessionViewOf(value: unknown): Omit<ClientCredentialsSession, 'sessionId'> | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.clientId !== 'string') return null;
  const expiresAt = typeof v.expiresAt === 'string' || typeof v.expiresAt === 'number' ? v.expiresAt : null;
  const token = v.token as { header?: unknown; claims?: unknown } | null | undefined;
  const decoded =
    token && typeof token.claims === 'object' && token.claims !== null
      ? {
          header: (typeof token.header === 'object' && token.header !== null ? token.header : {}) as Record<
            string,
            unknown
          >,
          claims: token.claims as Record<string, unknown>,
        }
      : null;
  return { clientId: v.clientId, expiresAt, token: decoded };
}

export function connectOidc(cluster: ClusterSummary, accessToken: string, hooks: OidcHooks): Connection {
  let token: DecodedJwt | null = null;
  try {
    token = decodeJwt(accessToken);
  } catch {
    // Opaque access tokens are legal; the principal then comes from the cluster's /me.
  }
  const connection = buildConnection(cluster, 'oidc', { type: 'USER', id: 'user' }, token);
  setEntry(cluster, connection, { kind: 'oidc', hooks });
  return connection;
}

/** After a silent renewal: same principal, new token and expiry; cached data stays. */
export function updateOidcToken(clusterId: string, accessToken: string): void {
  const entry = entries.get(clusterId);
  if (!entry || entry.connection.method !== 'oidc') return;
  let token: DecodedJwt | null = null;
  try {
    token = decodeJwt(accessToken);
  } catch {
    token = null;
  }
  entry.connection = { ...entry.connection, token, expiresAt: token ? expiresAtOf(token.claims) : null };
  emit();
}

// Expiry timers run on the cluster's clock: a new skew measurement re-arms them.
subscribeClockSkew((clusterId) => {
  const entry = entries.get(clusterId);
  if (entry?.expiryTimer) {
    clearTimeout(entry.expiryTimer);
    entry.expiryTimer = null;
    watchExpiry(clusterId, entry.expiryReason ?? msg('signIn.notice.tokenExpired'));
  }
  emit();
});

function watchExpiry(clusterId: string, reason: Message): void {
  const entry = entries.get(clusterId);
  const expiresAt = entry?.connection.expiresAt;
  if (!entry || expiresAt === null || expiresAt === undefined) return;
  entry.expiryReason = reason;
  const delay = expiresAt - clusterNow(clusterId);
  // setTimeout overflows past ~24.8 days; such tokens are simply not watched.
  if (delay > 2 ** 31 - 1) return;
  entry.expiryTimer = setTimeout(
    () => {
      if (entry.secret.kind === 'session') void refreshSessionToken(clusterId);
      else disconnect(clusterId, { reason, detail: null });
    },
    Math.max(0, delay),
  );
}

function disconnect(clusterId: string, notice: { reason: Message; detail: string | null } | null): void {
  const entry = entries.get(clusterId);
  if (entry?.expiryTimer) clearTimeout(entry.expiryTimer);
  entries.delete(clusterId);
  if (notice) notices.set(clusterId, { clusterId, ...notice, at: Date.now() });
  principalChanged(clusterId);
  emit();
}

/** Credentials for one request, read at request time so a renewed token is used at once. */
export async function getCredentialHeaders(clusterId: string): Promise<Record<string, string>> {
  const secret = entries.get(clusterId)?.secret;
  if (!secret) return {};
  if (secret.kind !== 'oidc') return syncHeaders(secret);
  const token = await secret.hooks.getAccessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** One renewal attempt after a 401. Only OIDC user sessions can renew in the browser. */
export async function renewCredentials(clusterId: string): Promise<boolean> {
  const secret = entries.get(clusterId)?.secret;
  if (secret?.kind !== 'oidc') return false;
  try {
    return await secret.hooks.renew();
  } catch {
    return false;
  }
}

/** A 401 that renewal could not fix: forget the connection and tell the user why. */
export function signInAgain(clusterId: string, error: ApiError): void {
  const entry = entries.get(clusterId);
  if (!entry || entry.connection.method === 'none') return;
  const reason = explainUnauthorized({
    method: entry.connection.method,
    token: entry.connection.token,
    expectedAudience: entry.cluster.oidc?.audience ?? null,
    detail: error.problem?.detail ?? null,
    now: clusterNow(clusterId),
  });
  if (entry.secret.kind === 'oidc') void entry.secret.hooks.forget();
  disconnect(clusterId, { reason: reason.summary, detail: error.problem?.detail ?? null });
}

/** Sign out of one cluster. OIDC navigates to the provider's end-session endpoint. */
export async function signOut(clusterId: string): Promise<void> {
  const entry = entries.get(clusterId);
  if (!entry) return;
  disconnect(clusterId, null);
  if (entry.secret.kind === 'session') {
    // The server forgets the token; failure only means it was already gone.
    await fetch(`/api/sessions/${encodeURIComponent(entry.secret.sessionId)}`, { method: 'DELETE' }).catch(() => null);
  }
  if (entry.secret.kind === 'oidc') await entry.secret.hooks.signOut();
}

const METHOD_LABELS: Record<ConnectionMethod, MessageId> = {
  none: 'signIn.method.none',
  basic: 'signIn.method.basic',
  oidc: 'signIn.method.oidc',
  'client-credentials': 'signIn.method.clientCredentials',
  token: 'signIn.method.token',
};

/** How a connection authenticates, as a message worded at render. */
export function connectionMethodLabel(method: ConnectionMethod): Message {
  return msg(METHOD_LABELS[method]);
}

export interface ConnectionState {
  connection: Connection | null;
  notice: SignInNotice | null;
  signOut: () => Promise<void>;
}

export function useConnection(clusterId: string): ConnectionState {
  const connection = useSyncExternalStore(subscribeConnections, () => getConnection(clusterId));
  const notice = useSyncExternalStore(subscribeConnections, () => getSignInNotice(clusterId));
  const doSignOut = useCallback(() => signOut(clusterId), [clusterId]);
  return { connection, notice, signOut: doSignOut };
}

/** For tests: forget everything without notifying. */
export function resetConnectionsForTests(): void {
  for (const e of entries.values()) if (e.expiryTimer) clearTimeout(e.expiryTimer);
  entries.clear();
  notices.clear();
  resetClockSkewForTests();
  emit();
}
