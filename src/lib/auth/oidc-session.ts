import type { User, UserManager } from 'oidc-client-ts';
import type { ClusterSummary } from '../clusters/cluster-summary.ts';
import { connectOidc, getConnection, updateOidcToken, type OidcHooks } from '../connection/connection-store.ts';
import { getLanguageState } from '../i18n/language-store.ts';
import { msg, type Message } from '../i18n/message.ts';

// OIDC user login (Authorization Code + PKCE) through oidc-client-ts, loaded on demand so the
// first screen does not carry it. One UserManager per cluster: the user and the login state
// live in sessionStorage under a per-cluster prefix (never localStorage, SECURITY.md), and the
// access token is renewed with the refresh token a minute before it expires.

const PENDING_KEY = 'lantern.oidc.pending-cluster';
const DISCOVERY_TIMEOUT_SECONDS = 10;

/** The provider's discovery document could not be read, so no login can start. */
export class IdentityProviderUnreachableError extends Error {
  constructor(
    readonly issuer: string,
    readonly discoveryUrl: string,
    /** Why, in words worded at render; the Error's own message stays English for logs. */
    readonly reason: Message,
    english: string,
  ) {
    super(`The identity provider at ${issuer} could not be reached: discovery failed (${english}).`);
    this.name = 'IdentityProviderUnreachableError';
  }
}

/** In words, why the discovery request failed; the browser hides the network detail of a failed fetch. */
function describeDiscoveryFailure(error: unknown): { reason: Message; english: string } {
  if (error instanceof Error && error.name === 'ErrorTimeout') {
    return {
      reason: msg('signIn.discovery.timeout', { seconds: DISCOVERY_TIMEOUT_SECONDS }),
      english: `no answer within ${DISCOVERY_TIMEOUT_SECONDS} s`,
    };
  }
  if (error instanceof TypeError) {
    return {
      reason: msg('signIn.discovery.noAnswer'),
      english: 'no answer: the provider is down, the address is wrong, or it does not allow this origin (CORS)',
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { reason: msg('signIn.discovery.other', { text }), english: text };
}

function discoveryUrlOf(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/**
 * Reads the discovery document before anything else, so a provider that is down is named as
 * such. oidc-client-ts caches only a successful answer: once the provider is back, the next
 * attempt succeeds without a reload.
 */
async function discover(manager: UserManager, issuer: string): Promise<void> {
  try {
    await manager.metadataService.getMetadata();
  } catch (error) {
    const failure = describeDiscoveryFailure(error);
    throw new IdentityProviderUnreachableError(
      issuer,
      manager.settings.metadataUrl || discoveryUrlOf(issuer),
      failure.reason,
      failure.english,
    );
  }
}
const managers = new Map<string, Promise<UserManager>>();

export interface OidcLoginState {
  clusterId: string;
  returnTo: string;
}

function isLoginState(value: unknown): value is OidcLoginState {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Record<string, unknown>).clusterId === 'string' &&
    typeof (value as Record<string, unknown>).returnTo === 'string'
  );
}

async function createManager(cluster: ClusterSummary): Promise<UserManager> {
  const oidc = cluster.oidc;
  if (!oidc?.clientId) throw new Error(`Cluster ${cluster.id} has no OIDC user login configured.`);
  const { UserManager: Manager, WebStorageStateStore } = await import('oidc-client-ts');
  const store = new WebStorageStateStore({ store: window.sessionStorage, prefix: `lantern.oidc.${cluster.id}.` });
  const manager = new Manager({
    authority: oidc.issuer,
    client_id: oidc.clientId,
    redirect_uri: `${window.location.origin}/auth/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    scope: oidc.scope,
    response_type: 'code',
    userStore: store,
    stateStore: store,
    automaticSilentRenew: true,
    // No iframe: renewal uses the refresh token, so no third-party cookies and no silent page.
    monitorSession: false,
    loadUserInfo: false,
    // A provider that accepts the connection but never answers must not leave the button spinning.
    requestTimeoutInSeconds: DISCOVERY_TIMEOUT_SECONDS,
  });
  manager.events.addUserLoaded((user) => updateOidcToken(cluster.id, user.access_token));
  return manager;
}

function getUserManager(cluster: ClusterSummary): Promise<UserManager> {
  let manager = managers.get(cluster.id);
  if (!manager) {
    manager = createManager(cluster);
    managers.set(cluster.id, manager);
    manager.catch(() => managers.delete(cluster.id));
  }
  return manager;
}

function hooksFor(cluster: ClusterSummary): OidcHooks {
  return {
    getAccessToken: async () => {
      const user = await (await getUserManager(cluster)).getUser();
      return user && !user.expired ? user.access_token : (user?.access_token ?? null);
    },
    renew: async () => {
      const manager = await getUserManager(cluster);
      const user = await manager.signinSilent();
      return user !== null;
    },
    signOut: async () => {
      const manager = await getUserManager(cluster);
      const user = await manager.getUser();
      if (!user) return;
      await manager.signoutRedirect({ id_token_hint: user.id_token });
    },
    forget: async () => {
      await (await getUserManager(cluster)).removeUser();
    },
  };
}

function attach(cluster: ClusterSummary, user: User): void {
  connectOidc(cluster, user.access_token, hooksFor(cluster));
}

/** Redirects to the provider's login page; the browser comes back to /auth/callback. */
export async function startOidcLogin(cluster: ClusterSummary, returnTo: string): Promise<void> {
  const manager = await getUserManager(cluster);
  await discover(manager, cluster.oidc?.issuer ?? manager.settings.authority);
  window.sessionStorage.setItem(PENDING_KEY, cluster.id);
  const state: OidcLoginState = { clusterId: cluster.id, returnTo };
  try {
    // The provider's login page in the UI language (OIDC `ui_locales`), not the browser's.
    await manager.signinRedirect({ state, ui_locales: getLanguageState().language });
  } catch (error) {
    window.sessionStorage.removeItem(PENDING_KEY);
    throw error;
  }
}

export function pendingOidcCluster(): string | null {
  return window.sessionStorage.getItem(PENDING_KEY);
}

/** Completes the redirect on /auth/callback and says where the user wanted to go. */
export async function completeOidcLogin(cluster: ClusterSummary): Promise<OidcLoginState> {
  const manager = await getUserManager(cluster);
  const user = await manager.signinRedirectCallback();
  window.sessionStorage.removeItem(PENDING_KEY);
  attach(cluster, user);
  const state: unknown = user.state;
  return isLoginState(state) ? state : { clusterId: cluster.id, returnTo: `/c/${cluster.id}/topology` };
}

/** After a reload: picks the user up from sessionStorage if a usable one is there. */
export async function restoreOidcLogin(cluster: ClusterSummary): Promise<boolean> {
  if (getConnection(cluster.id)?.method === 'oidc') return true;
  if (!hasStoredOidcUser(cluster.id)) return false;
  const manager = await getUserManager(cluster);
  let user = await manager.getUser();
  if (user?.expired && user.refresh_token) {
    user = await manager.signinSilent().catch(() => null);
  }
  if (!user || user.expired) return false;
  attach(cluster, user);
  return true;
}

/** Cheap check without loading oidc-client-ts: is a user stored for this cluster? */
export function hasStoredOidcUser(clusterId: string): boolean {
  const prefix = `lantern.oidc.${clusterId}.user:`;
  for (let i = 0; i < window.sessionStorage.length; i += 1) {
    if (window.sessionStorage.key(i)?.startsWith(prefix)) return true;
  }
  return false;
}
