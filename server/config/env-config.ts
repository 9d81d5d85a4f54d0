import type { OidcClusterSettings } from '../../src/lib/clusters/cluster-summary.ts';
import {
  type ClusterConfig,
  ConfigError,
  checkClusterId,
  checkHttpUrl,
  normalizeRestAddress,
} from './cluster-config.ts';
import { defaultOidcScope } from './config-file.ts';

// One cluster from the environment, using the names of Camunda's own SDKs so an existing worker's
// `.env` works unchanged, plus LANTERN_* names for what the SDKs do not need (display name, the
// SPA's public PKCE client, the claim names the cluster is configured with).

function value(env: NodeJS.ProcessEnv, key: string): string | null {
  const raw = env[key];
  return raw === undefined || raw.trim() === '' ? null : raw.trim();
}

function required(env: NodeJS.ProcessEnv, key: string, why: string): string {
  const raw = value(env, key);
  if (!raw) throw new ConfigError(`${key}: required ${why}`);
  return raw;
}

function booleanValue(env: NodeJS.ProcessEnv, key: string): boolean | null {
  const raw = value(env, key);
  if (raw === null) return null;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`${key}: must be true or false`);
}

export const oauthOnlyKeys = [
  'CAMUNDA_CLIENT_ID',
  'CAMUNDA_CLIENT_SECRET',
  'CAMUNDA_OAUTH_URL',
  'CAMUNDA_TOKEN_AUDIENCE',
  'CAMUNDA_OAUTH_SCOPE',
  'LANTERN_OIDC_ISSUER',
  'LANTERN_OIDC_CLIENT_ID',
  'LANTERN_ADMIN_CLIENT_ID',
  'LANTERN_ADMIN_CLIENT_SECRET',
  'LANTERN_ADMIN_PRINCIPALS',
] as const;

/** Returns null when CAMUNDA_REST_ADDRESS is not set (no env-configured cluster). */
export function clusterFromEnv(env: NodeJS.ProcessEnv): ClusterConfig | null {
  const address = value(env, 'CAMUNDA_REST_ADDRESS');
  if (!address) return null;
  const restBaseUrl = normalizeRestAddress(address, 'CAMUNDA_REST_ADDRESS');
  const strategy = (value(env, 'CAMUNDA_AUTH_STRATEGY') ?? 'NONE').toUpperCase();
  if (strategy !== 'NONE' && strategy !== 'BASIC' && strategy !== 'OAUTH') {
    throw new ConfigError('CAMUNDA_AUTH_STRATEGY: must be one of NONE, BASIC, OAUTH');
  }
  const id = checkClusterId(value(env, 'LANTERN_CLUSTER_ID') ?? 'default', 'LANTERN_CLUSTER_ID');
  const name = value(env, 'LANTERN_CLUSTER_NAME') ?? new URL(restBaseUrl).host;
  const base = { id, name, restBaseUrl };

  if (strategy !== 'OAUTH') {
    const stray = oauthOnlyKeys.find((key) => value(env, key) !== null);
    if (stray) throw new ConfigError(`${stray}: only used when CAMUNDA_AUTH_STRATEGY is OAUTH`);
    return {
      ...base,
      auth: strategy === 'BASIC' ? 'basic' : 'none',
      oidc: null,
      tokenEndpoint: null,
      tokenAudience: null,
      tokenScope: null,
      serverClientCredentials: null,
      allowTypedClientCredentials: false,
    };
  }

  const issuer = checkHttpUrl(
    required(env, 'LANTERN_OIDC_ISSUER', 'when CAMUNDA_AUTH_STRATEGY is OAUTH (the issuer of the cluster’s tokens)'),
    'LANTERN_OIDC_ISSUER',
  ).replace(/\/+$/, '');
  const oauthUrl = value(env, 'CAMUNDA_OAUTH_URL');
  if (oauthUrl) checkHttpUrl(oauthUrl, 'CAMUNDA_OAUTH_URL');
  const clientId = value(env, 'CAMUNDA_CLIENT_ID');
  const clientSecret = value(env, 'CAMUNDA_CLIENT_SECRET');
  if (clientId && !clientSecret) throw new ConfigError('CAMUNDA_CLIENT_SECRET: required when CAMUNDA_CLIENT_ID is set');
  if (clientSecret && !clientId) throw new ConfigError('CAMUNDA_CLIENT_ID: required when CAMUNDA_CLIENT_SECRET is set');

  const oidc: OidcClusterSettings = {
    issuer,
    clientId: value(env, 'LANTERN_OIDC_CLIENT_ID'),
    audience: value(env, 'LANTERN_OIDC_AUDIENCE') ?? value(env, 'CAMUNDA_TOKEN_AUDIENCE'),
    scope: value(env, 'LANTERN_OIDC_SCOPE') ?? defaultOidcScope,
    usernameClaim: value(env, 'LANTERN_OIDC_USERNAME_CLAIM') ?? 'sub',
    clientIdClaim: value(env, 'LANTERN_OIDC_CLIENT_ID_CLAIM'),
    groupsClaim: value(env, 'LANTERN_OIDC_GROUPS_CLAIM'),
    preferUsernameClaim: booleanValue(env, 'LANTERN_OIDC_PREFER_USERNAME_CLAIM') ?? false,
  };
  return {
    ...base,
    auth: 'oidc',
    oidc,
    tokenEndpoint: oauthUrl,
    tokenAudience: value(env, 'CAMUNDA_TOKEN_AUDIENCE'),
    tokenScope: value(env, 'CAMUNDA_OAUTH_SCOPE'),
    serverClientCredentials: clientId && clientSecret ? { clientId, clientSecret } : null,
    allowTypedClientCredentials: booleanValue(env, 'LANTERN_ALLOW_TYPED_CLIENT_CREDENTIALS') ?? true,
    ...adminClientFromEnv(env),
  };
}

function adminClientFromEnv(env: NodeJS.ProcessEnv): Pick<ClusterConfig, 'adminClient'> {
  const clientId = value(env, 'LANTERN_ADMIN_CLIENT_ID');
  const clientSecret = value(env, 'LANTERN_ADMIN_CLIENT_SECRET');
  const principals = (value(env, 'LANTERN_ADMIN_PRINCIPALS') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!clientId && !clientSecret && principals.length === 0) return {};
  if (!clientId) throw new ConfigError('LANTERN_ADMIN_CLIENT_ID: required with the other LANTERN_ADMIN_* settings');
  if (!clientSecret) throw new ConfigError('LANTERN_ADMIN_CLIENT_SECRET: required when LANTERN_ADMIN_CLIENT_ID is set');
  if (principals.length === 0) {
    throw new ConfigError('LANTERN_ADMIN_PRINCIPALS: required, the comma-separated usernames who may apply fixes');
  }
  return { adminClient: { clientId, clientSecret, adminPrincipals: principals } };
}
