// The non-secret description of a configured cluster, as served by GET /api/clusters.
// The server never puts a secret in here (see server/config).
export type ClusterAuthMethod = 'none' | 'basic' | 'oidc';

export interface OidcClusterSettings {
  /** Issuer URL; discovery is `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** Public client id for the Authorization Code + PKCE login, if user login is offered. */
  clientId: string | null;
  audience: string | null;
  scope: string;
  usernameClaim: string;
  clientIdClaim: string | null;
  groupsClaim: string | null;
  preferUsernameClaim: boolean;
}

export interface ClusterSummary {
  id: string;
  name: string;
  /** Where the server proxies to, for display only; the browser never calls it. */
  restAddress: string;
  auth: ClusterAuthMethod;
  oidc: OidcClusterSettings | null;
  /** Client-credentials login held by the server: the client id is shown, the secret never leaves the server. */
  serverClientCredentials: { clientId: string } | null;
  /** Whether the server accepts a client id and secret typed in the browser (config `allowTypedClientCredentials`). */
  typedClientCredentials: boolean;
  /** Which login to try on this cluster, when the server says (the demo does). Plain text. */
  signInHint?: string;
}

export interface ClusterListResponse {
  clusters: ClusterSummary[];
}
