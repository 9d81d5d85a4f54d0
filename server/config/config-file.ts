import type { ClusterAuthMethod, OidcClusterSettings } from '../../src/lib/clusters/cluster-summary.ts';
import {
  type AdminClientConfig,
  type ClusterConfig,
  ConfigError,
  checkClusterId,
  checkHttpUrl,
  checkUniqueIds,
  normalizeRestAddress,
} from './cluster-config.ts';

// Parses the LANTERN_CONFIG JSON file (several clusters). Validation is strict: an unknown key is an
// error, because a typo (`restAdress`) silently ignored would leave an operator debugging the wrong thing.
// Every message starts with the path of the bad key, e.g. `LANTERN_CONFIG clusters[1].restAddress: …`.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  constructor(
    private readonly object: JsonObject,
    readonly path: string,
    allowed: readonly string[],
  ) {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) throw new ConfigError(`${path}.${key}: unknown key (allowed: ${allowed.join(', ')})`);
    }
  }

  key(name: string): string {
    return `${this.path}.${name}`;
  }

  has(name: string): boolean {
    return this.object[name] !== undefined;
  }

  string(name: string): string {
    const value = this.object[name];
    if (typeof value !== 'string' || value.trim() === '')
      throw new ConfigError(`${this.key(name)}: must be a non-empty string`);
    return value.trim();
  }

  optionalString(name: string): string | null {
    const value = this.object[name];
    if (value === undefined || value === null) return null;
    return this.string(name);
  }

  optionalBoolean(name: string): boolean | null {
    const value = this.object[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') throw new ConfigError(`${this.key(name)}: must be true or false`);
    return value;
  }

  optionalStringList(name: string): string[] | null {
    const value = this.object[name];
    if (value === undefined || value === null) return null;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
      throw new ConfigError(`${this.key(name)}: must be an array of non-empty strings`);
    }
    return (value as string[]).map((item) => item.trim());
  }

  optionalObject(name: string, allowed: readonly string[]): Reader | null {
    const value = this.object[name];
    if (value === undefined || value === null) return null;
    if (!isObject(value)) throw new ConfigError(`${this.key(name)}: must be an object`);
    return new Reader(value, this.key(name), allowed);
  }
}

const clusterKeys = ['id', 'name', 'restAddress', 'auth', 'oidc', 'clientCredentials', 'adminClient'] as const;
const adminClientKeys = ['clientId', 'clientSecret', 'clientSecretEnv', 'adminPrincipals'] as const;
const oidcKeys = [
  'issuer',
  'clientId',
  'audience',
  'scope',
  'usernameClaim',
  'clientIdClaim',
  'groupsClaim',
  'preferUsernameClaim',
] as const;
const clientCredentialKeys = [
  'tokenEndpoint',
  'audience',
  'scope',
  'clientId',
  'clientSecret',
  'clientSecretEnv',
  'allowTyped',
] as const;

export const defaultOidcScope = 'openid profile email';

function readAuth(reader: Reader): ClusterAuthMethod {
  const auth = reader.string('auth');
  if (auth !== 'none' && auth !== 'basic' && auth !== 'oidc') {
    throw new ConfigError(`${reader.key('auth')}: must be one of none, basic, oidc`);
  }
  return auth;
}

function readOidc(reader: Reader): OidcClusterSettings {
  return {
    issuer: checkHttpUrl(reader.string('issuer'), reader.key('issuer')).replace(/\/+$/, ''),
    clientId: reader.optionalString('clientId'),
    audience: reader.optionalString('audience'),
    scope: reader.optionalString('scope') ?? defaultOidcScope,
    // Camunda's own defaults: the username comes from `sub`, no client-id or groups claim.
    usernameClaim: reader.optionalString('usernameClaim') ?? 'sub',
    clientIdClaim: reader.optionalString('clientIdClaim'),
    groupsClaim: reader.optionalString('groupsClaim'),
    preferUsernameClaim: reader.optionalBoolean('preferUsernameClaim') ?? false,
  };
}

function readCluster(value: Json | undefined, path: string, env: NodeJS.ProcessEnv): ClusterConfig {
  if (!isObject(value)) throw new ConfigError(`${path}: must be an object`);
  const reader = new Reader(value, path, clusterKeys);
  const id = checkClusterId(reader.string('id'), reader.key('id'));
  const auth = readAuth(reader);
  const oidcReader = reader.optionalObject('oidc', oidcKeys);
  if (auth === 'oidc' && !oidcReader) throw new ConfigError(`${reader.key('oidc')}: required when auth is 'oidc'`);
  if (auth !== 'oidc' && oidcReader) throw new ConfigError(`${reader.key('oidc')}: only allowed when auth is 'oidc'`);
  const oidc = oidcReader ? readOidc(oidcReader) : null;

  const ccReader = reader.optionalObject('clientCredentials', clientCredentialKeys);
  if (ccReader && auth !== 'oidc') {
    throw new ConfigError(`${reader.key('clientCredentials')}: only allowed when auth is 'oidc'`);
  }
  let serverClientCredentials: ClusterConfig['serverClientCredentials'] = null;
  if (ccReader) {
    const clientId = ccReader.optionalString('clientId');
    if (ccReader.has('clientSecret') && ccReader.has('clientSecretEnv')) {
      throw new ConfigError(`${ccReader.key('clientSecretEnv')}: give clientSecret or clientSecretEnv, not both`);
    }
    let clientSecret = ccReader.optionalString('clientSecret');
    const secretEnv = ccReader.optionalString('clientSecretEnv');
    if (secretEnv) {
      clientSecret = env[secretEnv] ?? null;
      if (!clientSecret)
        throw new ConfigError(`${ccReader.key('clientSecretEnv')}: environment variable ${secretEnv} is not set`);
    }
    if (clientId && !clientSecret) {
      throw new ConfigError(`${ccReader.key('clientSecret')}: required when clientId is set (or use clientSecretEnv)`);
    }
    if (clientSecret && !clientId) throw new ConfigError(`${ccReader.key('clientId')}: required when a secret is set`);
    if (clientId && clientSecret) serverClientCredentials = { clientId, clientSecret };
  }
  const tokenEndpoint = ccReader?.optionalString('tokenEndpoint') ?? null;
  const adminReader = reader.optionalObject('adminClient', adminClientKeys);
  if (adminReader && auth !== 'oidc') {
    throw new ConfigError(`${reader.key('adminClient')}: only allowed when auth is 'oidc'`);
  }
  const adminClient = adminReader ? readAdminClient(adminReader, env) : null;
  if (tokenEndpoint && ccReader) checkHttpUrl(tokenEndpoint, ccReader.key('tokenEndpoint'));

  return {
    id,
    name: reader.optionalString('name') ?? id,
    restBaseUrl: normalizeRestAddress(reader.string('restAddress'), reader.key('restAddress')),
    auth,
    oidc,
    tokenEndpoint,
    tokenAudience: ccReader?.optionalString('audience') ?? null,
    tokenScope: ccReader?.optionalString('scope') ?? null,
    serverClientCredentials,
    allowTypedClientCredentials: auth === 'oidc' && (ccReader?.optionalBoolean('allowTyped') ?? true),
    ...(adminClient ? { adminClient } : {}),
  };
}

function readAdminClient(reader: Reader, env: NodeJS.ProcessEnv): AdminClientConfig {
  const clientId = reader.string('clientId');
  if (reader.has('clientSecret') && reader.has('clientSecretEnv')) {
    throw new ConfigError(`${reader.key('clientSecretEnv')}: give clientSecret or clientSecretEnv, not both`);
  }
  const secretEnv = reader.optionalString('clientSecretEnv');
  const clientSecret = secretEnv ? (env[secretEnv]?.trim() ?? '') : (reader.optionalString('clientSecret') ?? '');
  if (!clientSecret) {
    throw new ConfigError(
      secretEnv
        ? `${reader.key('clientSecretEnv')}: environment variable ${secretEnv} is not set`
        : `${reader.key('clientSecret')}: required (or use clientSecretEnv)`,
    );
  }
  const adminPrincipals = reader.optionalStringList('adminPrincipals') ?? [];
  // Without an allowlist the client would serve every signed-in caller: refuse rather than guess.
  if (adminPrincipals.length === 0) {
    throw new ConfigError(`${reader.key('adminPrincipals')}: required, the usernames who may apply fixes with it`);
  }
  return { clientId, clientSecret, adminPrincipals };
}

/** Parses the text of a LANTERN_CONFIG file; `source` prefixes every error message. */
export function parseConfigFile(text: string, env: NodeJS.ProcessEnv = {}, source = 'LANTERN_CONFIG'): ClusterConfig[] {
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (error) {
    throw new ConfigError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(json)) throw new ConfigError(`${source}: must be a JSON object with a "clusters" array`);
  new Reader(json, source, ['clusters', '$schema', 'description']);
  const list = json.clusters;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ConfigError(`${source} clusters: must be a non-empty array`);
  }
  const clusters = list.map((value, index) => readCluster(value, `${source} clusters[${index}]`, env));
  checkUniqueIds(clusters, source);
  return clusters;
}
