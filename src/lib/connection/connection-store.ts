import { useCallback, useSyncExternalStore } from 'react';
import { ANONYMOUS_CALLER, type Caller } from '../auth/caller.ts';
import { decodeJwt, expiresAtOf, type DecodedJwt } from '../auth/decode-jwt.ts';
import type { ApiError } from '../api/api-error.ts';
import { getRequestLog, subscribeRequestLog } from '../api/request-log.ts';
import type { ClusterSummary } from '../clusters/cluster-summary.ts';
import { DEFAULT_CLAIM_SETTINGS, resolveTokenCaller } from '../authz/token-inspection.ts';
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
  expiryReason?: string;
}

const entries = new Map<string, Entry>();
/** Browser clock minus cluster clock, in ms, per cluster (from the `Date` header of its answers). */
const skews = new Map<string, number>();
const notices = new Map<string, SignInNotice>();
const listeners = new Set<() => void>();
const principalListeners = new Set<(clusterId: string) => void>();

function emit(): void {
  for (const l of listeners) l();
}

function principalChanged(clusterId: string): void {
  for (const l of principalListeners) l(clusterId);
}

export function subscribeConnections(listener: () => void): () => void {
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
function callerOf(cluster: ClusterSummary, token: DecodedJwt, fallback: string): Caller {
  const resolved = resolveTokenCaller(token.claims, cluster.oidc ?? DEFAULT_CLAIM_SETTINGS);
  if (resolved.caller) return resolved.caller;
  // The cluster will refuse this token (401) and say why; until then it is named by its subject.
  const sub = token.claims.sub;
  return { type: 'USER', id: typeof sub === 'string' ? sub : fallback };
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
  const connection: Connection = {
    clusterId: cluster.id,
    method: 'none',
    caller: ANONYMOUS_CALLER,
    expiresAt: null,
    token: null,
    connectedAt: Date.now(),
  };
  return candidate(cluster, connection, { kind: 'none' });
}

export function basicHeader(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export function connectBasic(cluster: ClusterSummary, username: string, password: string): Connection {
  return candidateBasic(cluster, username, password).commit();
}

export function candidateBasic(cluster: ClusterSummary, username: string, password: string): CandidateConnection {
  const connection: Connection = {
    clusterId: cluster.id,
    method: 'basic',
    caller: { type: 'USER', id: username },
    expiresAt: null,
    token: null,
    connectedAt: Date.now(),
  };
  return candidate(cluster, connection, { kind: 'basic', username, password });
}

/** A bearer token pasted by the user; expiry is watched and ends the connection. */
export function connectToken(cluster: ClusterSummary, rawToken: string): Connection {
  return candidateToken(cluster, rawToken).commit();
}

export function candidateToken(cluster: ClusterSummary, rawToken: string): CandidateConnection {
  const token = decodeJwt(rawToken);
  const connection: Connection = {
    clusterId: cluster.id,
    method: 'token',
    caller: callerOf(cluster, token, 'token'),
    expiresAt: expiresAtOf(token.claims),
    token,
    connectedAt: Date.now(),
  };
  return candidate(cluster, connection, { kind: 'bearer', token: rawToken.trim() }, () =>
    watchExpiry(cluster.id, 'The pasted token expired. Paste a fresh one to continue.'),
  );
}

export interface ClientCredentialsSession {
  sessionId: string;
  clientId: string;
  expiresAt: string | number | null;
  token: DecodedJwt | null;
}

export function connectClientCredentials(cluster: ClusterSummary, session: ClientCredentialsSession): Connection {
  return candidateClientCredentials(cluster, session).commit();
}

export function candidateClientCredentials(
  cluster: ClusterSummary,
  session: ClientCredentialsSession,
): CandidateConnection {
  const expiresAt =
    typeof session.expiresAt === 'number'
      ? session.expiresAt
      : session.expiresAt
        ? Date.parse(session.expiresAt)
        : session.token
          ? expiresAtOf(session.token.claims)
          : null;
  const connection: Connection = {
    clusterId: cluster.id,
    method: 'client-credentials',
    caller: session.token
      ? callerOf(cluster, session.token, session.clientId)
      : { type: 'CLIENT', id: session.clientId },
    expiresAt: Number.isNaN(expiresAt) ? null : expiresAt,
    token: session.token,
    connectedAt: Date.now(),
  };
  return candidate(cluster, connection, { kind: 'session', sessionId: session.sessionId });
}

export function connectOidc(cluster: ClusterSummary, accessToken: string, hooks: OidcHooks): Connection {
  let token: DecodedJwt | null = null;
  try {
    token = decodeJwt(accessToken);
  } catch {
    // Opaque access tokens are legal; the principal then comes from the cluster's /me.
  }
  const connection: Connection = {
    clusterId: cluster.id,
    method: 'oidc',
    caller: token ? callerOf(cluster, token, 'user') : { type: 'USER', id: 'user' },
    expiresAt: token ? expiresAtOf(token.claims) : null,
    token,
    connectedAt: Date.now(),
  };
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

// A token's `exp` is the cluster's (or its provider's) time, so expiry is judged against the
// cluster's clock: a browser clock that is minutes ahead must not end a fresh token at once.
// The skew comes from the `Date` header of the cluster's answers in the request log; that
// header has whole seconds, so differences under SKEW_RESOLUTION_MS are noise.
const SKEW_RESOLUTION_MS = 2_000;
/** From this much on the drawer tells the user their clock is off. */
export const NOTABLE_SKEW_MS = 30_000;

/** The cluster's current time as best known: the browser's clock corrected by the measured skew. */
export function clusterNow(clusterId: string): number {
  return Date.now() - (skews.get(clusterId) ?? 0);
}

/** Browser clock minus cluster clock in ms (positive: the browser is ahead), or null before any answer. */
export function getClockSkew(clusterId: string): number | null {
  return skews.get(clusterId) ?? null;
}

/** Records one answer's `Date` header, received at `receivedAt` by the browser's clock. */
export function recordClusterDate(clusterId: string, dateHeader: string, receivedAt: number): void {
  const serverTime = Date.parse(dateHeader);
  if (Number.isNaN(serverTime)) return;
  // The header is truncated to the second: half a second is the expected error.
  const skew = receivedAt - (serverTime + 500);
  const previous = skews.get(clusterId);
  if (previous !== undefined && Math.abs(previous - skew) < SKEW_RESOLUTION_MS) return;
  skews.set(clusterId, Math.abs(skew) < SKEW_RESOLUTION_MS ? 0 : skew);
  const entry = entries.get(clusterId);
  if (entry?.expiryTimer) {
    clearTimeout(entry.expiryTimer);
    entry.expiryTimer = null;
    watchExpiry(clusterId, entry.expiryReason ?? 'The token expired.');
  }
  emit();
}

const seenDates = new Set<string>();

function learnSkewFromRequestLog(): void {
  const latest = new Map<string, { date: string; receivedAt: number }>();
  for (const e of getRequestLog()) {
    if (!e.responseDate || e.durationMs === null || seenDates.has(e.requestId)) continue;
    seenDates.add(e.requestId);
    latest.set(e.clusterId, { date: e.responseDate, receivedAt: e.startedAt + e.durationMs });
  }
  for (const [clusterId, sample] of latest) recordClusterDate(clusterId, sample.date, sample.receivedAt);
  if (seenDates.size > 1_000) seenDates.clear();
}

subscribeRequestLog(learnSkewFromRequestLog);

function watchExpiry(clusterId: string, reason: string): void {
  const entry = entries.get(clusterId);
  const expiresAt = entry?.connection.expiresAt;
  if (!entry || expiresAt === null || expiresAt === undefined) return;
  entry.expiryReason = reason;
  const delay = expiresAt - clusterNow(clusterId);
  // setTimeout overflows past ~24.8 days; such tokens are simply not watched.
  if (delay > 2 ** 31 - 1) return;
  entry.expiryTimer = setTimeout(() => disconnect(clusterId, { reason, detail: null }), Math.max(0, delay));
}

function disconnect(clusterId: string, notice: { reason: string; detail: string | null } | null): void {
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

export function connectionMethodLabel(method: ConnectionMethod): string {
  switch (method) {
    case 'none':
      return 'No authentication';
    case 'basic':
      return 'Basic authentication';
    case 'oidc':
      return 'OIDC user login';
    case 'client-credentials':
      return 'OIDC client credentials';
    case 'token':
      return 'Pasted bearer token';
  }
}

export interface ConnectionState {
  connection: Connection | null;
  notice: SignInNotice | null;
  signOut: () => Promise<void>;
}

/** The measured skew of the browser's clock against this cluster's, in ms, or null. */
export function useClockSkew(clusterId: string): number | null {
  return useSyncExternalStore(subscribeConnections, () => getClockSkew(clusterId));
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
  skews.clear();
  seenDates.clear();
  emit();
}
