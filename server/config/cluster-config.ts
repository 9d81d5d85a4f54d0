import type { ClusterAuthMethod, ClusterSummary, OidcClusterSettings } from '../../src/lib/clusters/cluster-summary.ts';

// The server's view of one configured cluster. Unlike ClusterSummary it may hold a secret
// (server-side client credentials), so it never leaves the server as is: toClusterSummary() is
// the only way out to the browser.
export interface ClusterConfig {
  id: string;
  name: string;
  /** Base URL without the `/v2` suffix and without a trailing slash; the proxy appends `/v2/…`. */
  restBaseUrl: string;
  auth: ClusterAuthMethod;
  oidc: OidcClusterSettings | null;
  /** Token endpoint for client credentials; null = discover from the issuer when first needed. */
  tokenEndpoint: string | null;
  /** Sent as `audience=` in the client-credentials request (Auth0 / Camunda SaaS style), if set. */
  tokenAudience: string | null;
  /** Sent as `scope=` in the client-credentials request (Entra: `api://<app-id>/.default`), if set. */
  tokenScope: string | null;
  /** A client id and secret the server holds; the secret is never sent to the browser. */
  serverClientCredentials: { clientId: string; clientSecret: string } | null;
  /** Whether an operator may type a client id and secret into Lantern (exchanged server-side). */
  allowTypedClientCredentials: boolean;
  /** Shown under the cluster in the picker: which login to try (the demo sets it; no secrets of a real setup). */
  signInHint?: string | null;
  /**
   * An administrative client the server applies fixes with, for the Lantern administrators listed
   * (usernames as the cluster's `/v2/authentication/me` names them). OIDC clusters only; see server/admin.
   */
  adminClient?: AdminClientConfig | null;
}

export interface AdminClientConfig {
  clientId: string;
  clientSecret: string;
  /** Usernames allowed to apply fixes through this client; never empty. */
  adminPrincipals: string[];
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function parseHttpUrl(raw: string, key: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${key}: must be an http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${key}: must be an http(s) URL`);
  return url;
}

/** `http://host:8080`, `http://host:8080/`, `http://host:8080/v2` and `…/v2/` all mean the same cluster. */
export function normalizeRestAddress(raw: string, key: string): string {
  const url = parseHttpUrl(raw, key);
  if (url.username || url.password) {
    throw new ConfigError(`${key}: must not contain credentials; configure the auth method instead`);
  }
  if (url.search || url.hash) throw new ConfigError(`${key}: must not contain a query or fragment`);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v2$/, '');
  return `${url.origin}${path}`;
}

export function checkHttpUrl(raw: string, key: string): string {
  parseHttpUrl(raw, key);
  return raw;
}

const clusterIdPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function checkClusterId(raw: string, key: string): string {
  if (!clusterIdPattern.test(raw)) {
    throw new ConfigError(`${key}: must be 1–63 characters of a-z, 0-9 and '-', starting with a letter or digit`);
  }
  return raw;
}

export function toClusterSummary(cluster: ClusterConfig): ClusterSummary {
  return {
    id: cluster.id,
    name: cluster.name,
    restAddress: `${cluster.restBaseUrl}/v2`,
    auth: cluster.auth,
    oidc: cluster.oidc ? { ...cluster.oidc } : null,
    serverClientCredentials: cluster.serverClientCredentials
      ? { clientId: cluster.serverClientCredentials.clientId }
      : null,
    typedClientCredentials: cluster.allowTypedClientCredentials,
    ...(cluster.signInHint ? { signInHint: cluster.signInHint } : {}),
  };
}

export function checkUniqueIds(clusters: ClusterConfig[], source: string): void {
  const seen = new Set<string>();
  clusters.forEach((cluster, index) => {
    if (seen.has(cluster.id)) throw new ConfigError(`${source} clusters[${index}].id: duplicate id '${cluster.id}'`);
    seen.add(cluster.id);
  });
}
