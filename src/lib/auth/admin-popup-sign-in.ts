import type { UserManager } from 'oidc-client-ts';
import type { ClusterSummary } from '../clusters/cluster-summary.ts';
import { getLanguageState } from '../i18n/language-store.ts';

// "Sign in as an administrator for this change" on OIDC clusters: a one-off Authorization Code +
// PKCE sign-in in a popup, with its own UserManager whose state and user live in memory only
// (never sessionStorage), so it cannot replace or be confused with the tab's own session. The
// provider is asked to show its login form even when someone is signed in there already
// (`prompt=login`): the person at the keyboard names the administrator. The access token is handed
// to the one change it was asked for and then forgotten; nothing renews it.

export const ADMIN_CALLBACK_PATH = '/auth/admin-callback';

export interface AdministratorSignIn {
  /** Who signed in, as the ID token names them (for the confirmation text only). */
  username: string;
  accessToken: string;
}

async function popupManager(cluster: Pick<ClusterSummary, 'id' | 'oidc'>): Promise<UserManager> {
  const oidc = cluster.oidc;
  if (!oidc?.clientId) throw new Error(`Cluster ${cluster.id} has no OIDC user login configured.`);
  const { UserManager: Manager, WebStorageStateStore, InMemoryWebStorage } = await import('oidc-client-ts');
  const memory = new WebStorageStateStore({ store: new InMemoryWebStorage() });
  return new Manager({
    authority: oidc.issuer,
    client_id: oidc.clientId,
    redirect_uri: `${window.location.origin}${ADMIN_CALLBACK_PATH}`,
    popup_redirect_uri: `${window.location.origin}${ADMIN_CALLBACK_PATH}`,
    scope: oidc.scope,
    response_type: 'code',
    userStore: memory,
    stateStore: memory,
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
    requestTimeoutInSeconds: 10,
  });
}

/** Opens the provider's login in a popup; resolves with the administrator's token, or rejects when aborted. */
export async function signInAdministratorInPopup(
  cluster: Pick<ClusterSummary, 'id' | 'oidc'>,
  signal?: AbortSignal,
): Promise<AdministratorSignIn> {
  const manager = await popupManager(cluster);
  // Not popupAbortOnClose: with Cross-Origin-Opener-Policy the popup looks closed to this tab as soon
  // as it shows the provider's page. A sign-in given up on is aborted by the caller's signal instead.
  const user = await manager.signinPopup({
    prompt: 'login',
    // The provider's login page in the UI language (OIDC `ui_locales`).
    ui_locales: getLanguageState().language,
    ...(signal ? { popupSignal: signal } : {}),
  });
  // Not kept: the in-memory store goes with the manager, and the user is removed from it at once.
  await manager.removeUser();
  const profile = user.profile;
  const username =
    (typeof profile.preferred_username === 'string' && profile.preferred_username) ||
    (typeof profile.name === 'string' && profile.name) ||
    profile.sub;
  return { username, accessToken: user.access_token };
}

/**
 * Runs in the popup on ADMIN_CALLBACK_PATH: hands the provider's answer to the tab that opened it
 * (by postMessage, or a BroadcastChannel when Cross-Origin-Opener-Policy severed the opener) and closes.
 */
export async function completeAdministratorPopup(): Promise<void> {
  const { UserManager: Manager } = await import('oidc-client-ts');
  // The callback only relays the URL; these settings are required by the constructor, not used.
  const manager = new Manager({
    authority: window.location.origin,
    client_id: 'lantern-admin-popup',
    redirect_uri: `${window.location.origin}${ADMIN_CALLBACK_PATH}`,
  });
  await manager.signinPopupCallback(window.location.href);
}
