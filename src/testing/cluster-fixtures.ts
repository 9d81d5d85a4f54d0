import type { ClusterSummary } from '../lib/clusters/cluster-summary.ts';

export const c8runCluster: ClusterSummary = {
  id: 'c8run',
  name: 'Camunda 8 Run',
  restAddress: 'http://localhost:8080',
  auth: 'none',
  oidc: null,
  serverClientCredentials: null,
  typedClientCredentials: false,
};

export const helmCluster: ClusterSummary = {
  id: 'helm',
  name: 'Helm',
  restAddress: 'http://localhost:8081',
  auth: 'basic',
  oidc: null,
  serverClientCredentials: null,
  typedClientCredentials: false,
};

export const saasCluster: ClusterSummary = {
  id: 'saas',
  name: 'SaaS',
  restAddress: 'http://localhost:8082',
  auth: 'oidc',
  oidc: {
    issuer: 'http://localhost:18080',
    clientId: 'lantern',
    audience: 'orchestration-api',
    scope: 'openid profile',
    usernameClaim: 'preferred_username',
    clientIdClaim: 'client_id',
    groupsClaim: 'groups',
    preferUsernameClaim: true,
  },
  serverClientCredentials: { clientId: 'ops-client' },
  typedClientCredentials: true,
};

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** An unsigned-looking JWT for decoding tests; the signature part is a placeholder. */
export function fakeJwt(claims: Record<string, unknown>): string {
  return `${base64url({ alg: 'RS256', typ: 'at+jwt', kid: 'dev' })}.${base64url(claims)}.c2lnbmF0dXJl`;
}
