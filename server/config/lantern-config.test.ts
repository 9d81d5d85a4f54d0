import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toClusterSummary } from './cluster-config.ts';
import { parseConfigFile } from './config-file.ts';
import { clusterFromEnv } from './env-config.ts';
import { clustersFromEnv, serverSettingsFromEnv } from './lantern-config.ts';

const validCluster = { id: 'local', name: 'Local', restAddress: 'http://localhost:8080', auth: 'none' };
const oidcCluster = {
  id: 'saas',
  name: 'SaaS',
  restAddress: 'https://bru-2.zeebe.camunda.io/abc-123/v2/',
  auth: 'oidc',
  oidc: {
    issuer: 'https://login.example.com/realms/camunda/',
    clientId: 'lantern',
    usernameClaim: 'preferred_username',
  },
  clientCredentials: { clientId: 'ops', clientSecretEnv: 'OPS_SECRET', scope: 'api://x/.default' },
};

function file(...clusters: unknown[]): string {
  return JSON.stringify({ clusters });
}

describe('LANTERN_CONFIG file', () => {
  it('reads several clusters and normalizes the REST address with or without /v2', () => {
    const clusters = parseConfigFile(file(validCluster, oidcCluster), { OPS_SECRET: 'from-env' });
    expect(clusters.map((c) => c.restBaseUrl)).toEqual([
      'http://localhost:8080',
      'https://bru-2.zeebe.camunda.io/abc-123',
    ]);
    expect(clusters[1]).toMatchObject({
      auth: 'oidc',
      tokenScope: 'api://x/.default',
      serverClientCredentials: { clientId: 'ops', clientSecret: 'from-env' },
      allowTypedClientCredentials: true,
    });
    expect(clusters[1]?.oidc).toMatchObject({
      issuer: 'https://login.example.com/realms/camunda',
      usernameClaim: 'preferred_username',
      scope: 'openid profile email',
      preferUsernameClaim: false,
    });
  });

  it('never puts the secret into the summary the browser gets', () => {
    const [, saas] = parseConfigFile(file(validCluster, oidcCluster), { OPS_SECRET: 'from-env-9931' });
    const summary = JSON.stringify(toClusterSummary(saas!));
    expect(summary).not.toContain('from-env-9931');
    expect(summary).toContain('"serverClientCredentials":{"clientId":"ops"}');
  });

  it.each([
    [
      file(validCluster, { ...validCluster, id: 'b', restAddress: 'ftp://x' }),
      'LANTERN_CONFIG clusters[1].restAddress: must be an http(s) URL',
    ],
    [
      file({ ...validCluster, restAddress: 'not a url' }),
      'LANTERN_CONFIG clusters[0].restAddress: must be an http(s) URL',
    ],
    [file({ ...validCluster, restAdress: 'x' }), 'LANTERN_CONFIG clusters[0].restAdress: unknown key'],
    [file({ ...validCluster, auth: 'saml' }), 'LANTERN_CONFIG clusters[0].auth: must be one of none, basic, oidc'],
    [file({ ...validCluster, id: 'Bad Id' }), 'LANTERN_CONFIG clusters[0].id:'],
    [file(validCluster, validCluster), "LANTERN_CONFIG clusters[1].id: duplicate id 'local'"],
    [file({ ...oidcCluster, oidc: undefined }), 'LANTERN_CONFIG clusters[0].oidc: required'],
    [
      file({ ...oidcCluster, oidc: { issuer: 'nope' } }),
      'LANTERN_CONFIG clusters[0].oidc.issuer: must be an http(s) URL',
    ],
    [
      file({ ...oidcCluster, oidc: { ...oidcCluster.oidc, preferUsernameClaim: 'yes' } }),
      'clusters[0].oidc.preferUsernameClaim: must be true or false',
    ],
    [
      file(oidcCluster),
      'LANTERN_CONFIG clusters[0].clientCredentials.clientSecretEnv: environment variable OPS_SECRET is not set',
    ],
    [
      file({ ...validCluster, clientCredentials: { clientId: 'x' } }),
      'LANTERN_CONFIG clusters[0].clientCredentials: only allowed',
    ],
    [file(), 'LANTERN_CONFIG clusters: must be a non-empty array'],
    ['{"clusters": [', 'LANTERN_CONFIG: not valid JSON'],
  ])('rejects a bad file naming the bad key (%#)', (text, message) => {
    expect(() => parseConfigFile(text, {})).toThrow(message);
  });
});

describe('the administrative client', () => {
  const admin = { clientId: 'lantern-admin', clientSecretEnv: 'ADMIN_SECRET', adminPrincipals: ['alice'] };

  it('reads it from the file and the environment, and never shows it to the browser', () => {
    const [fromFile] = parseConfigFile(file({ ...oidcCluster, adminClient: admin }), {
      OPS_SECRET: 'x',
      ADMIN_SECRET: 'admin-s3cret',
    });
    expect(fromFile?.adminClient).toEqual({
      clientId: 'lantern-admin',
      clientSecret: 'admin-s3cret',
      adminPrincipals: ['alice'],
    });
    expect(JSON.stringify(toClusterSummary(fromFile!))).not.toMatch(/admin-s3cret|lantern-admin/);
    const fromEnv = clusterFromEnv({
      CAMUNDA_REST_ADDRESS: 'http://localhost:8080',
      CAMUNDA_AUTH_STRATEGY: 'OAUTH',
      LANTERN_OIDC_ISSUER: 'http://localhost:18080',
      LANTERN_ADMIN_CLIENT_ID: 'lantern-admin',
      LANTERN_ADMIN_CLIENT_SECRET: 'admin-s3cret',
      LANTERN_ADMIN_PRINCIPALS: 'alice, bob',
    });
    expect(fromEnv?.adminClient?.adminPrincipals).toEqual(['alice', 'bob']);
  });

  it('refuses it without an allowlist, without a secret, or on a cluster that is not OIDC', () => {
    const env = { OPS_SECRET: 'x', ADMIN_SECRET: 'y' };
    expect(() =>
      parseConfigFile(file({ ...oidcCluster, adminClient: { ...admin, adminPrincipals: [] } }), env),
    ).toThrow('LANTERN_CONFIG clusters[0].adminClient.adminPrincipals: required');
    expect(() => parseConfigFile(file({ ...oidcCluster, adminClient: admin }), { OPS_SECRET: 'x' })).toThrow(
      'environment variable ADMIN_SECRET is not set',
    );
    expect(() => parseConfigFile(file({ ...validCluster, adminClient: admin }), env)).toThrow(
      "adminClient: only allowed when auth is 'oidc'",
    );
    expect(() =>
      clusterFromEnv({
        CAMUNDA_REST_ADDRESS: 'http://localhost:8080',
        CAMUNDA_AUTH_STRATEGY: 'OAUTH',
        LANTERN_OIDC_ISSUER: 'http://localhost:18080',
        LANTERN_ADMIN_CLIENT_ID: 'lantern-admin',
        LANTERN_ADMIN_CLIENT_SECRET: 'admin-s3cret',
      }),
    ).toThrow('LANTERN_ADMIN_PRINCIPALS: required');
  });
});

describe('the documented example file', () => {
  it('is a valid configuration', () => {
    const text = readFileSync(new URL('../../lantern.config.example.json', import.meta.url), 'utf8');
    const clusters = parseConfigFile(text, { LANTERN_PROD_CLIENT_SECRET: 'example' });
    expect(clusters.map((c) => `${c.id}:${c.auth}`)).toEqual([
      'local:none',
      'staging:basic',
      'prod-keycloak:oidc',
      'prod-entra:oidc',
    ]);
  });
});

describe('Camunda SDK environment names', () => {
  it('configures one unprotected cluster from CAMUNDA_REST_ADDRESS alone', () => {
    expect(clusterFromEnv({ CAMUNDA_REST_ADDRESS: 'http://localhost:8080/v2' })).toMatchObject({
      id: 'default',
      name: 'localhost:8080',
      restBaseUrl: 'http://localhost:8080',
      auth: 'none',
    });
  });

  it('configures an OAUTH cluster with the PKCE client and server-held credentials', () => {
    const cluster = clusterFromEnv({
      CAMUNDA_REST_ADDRESS: 'https://cluster.example.com',
      CAMUNDA_AUTH_STRATEGY: 'OAUTH',
      CAMUNDA_CLIENT_ID: 'worker',
      CAMUNDA_CLIENT_SECRET: 's3cret',
      CAMUNDA_OAUTH_URL: 'https://login.microsoftonline.com/t1/oauth2/v2.0/token',
      CAMUNDA_OAUTH_SCOPE: 'api://app-1/.default',
      LANTERN_CLUSTER_ID: 'prod',
      LANTERN_CLUSTER_NAME: 'Production',
      LANTERN_OIDC_ISSUER: 'https://login.microsoftonline.com/t1/v2.0',
      LANTERN_OIDC_CLIENT_ID: 'spa-app',
      LANTERN_OIDC_GROUPS_CLAIM: 'groups',
      LANTERN_OIDC_PREFER_USERNAME_CLAIM: 'true',
    });
    expect(cluster).toMatchObject({
      id: 'prod',
      name: 'Production',
      auth: 'oidc',
      tokenEndpoint: 'https://login.microsoftonline.com/t1/oauth2/v2.0/token',
      tokenScope: 'api://app-1/.default',
      serverClientCredentials: { clientId: 'worker', clientSecret: 's3cret' },
      oidc: {
        issuer: 'https://login.microsoftonline.com/t1/v2.0',
        clientId: 'spa-app',
        groupsClaim: 'groups',
        preferUsernameClaim: true,
      },
    });
  });

  it.each([
    [{ CAMUNDA_REST_ADDRESS: 'localhost:8080' }, 'CAMUNDA_REST_ADDRESS: must be an http(s) URL'],
    [
      { CAMUNDA_REST_ADDRESS: 'http://x', CAMUNDA_AUTH_STRATEGY: 'SAML' },
      'CAMUNDA_AUTH_STRATEGY: must be one of NONE, BASIC, OAUTH',
    ],
    [{ CAMUNDA_REST_ADDRESS: 'http://x', CAMUNDA_AUTH_STRATEGY: 'OAUTH' }, 'LANTERN_OIDC_ISSUER: required'],
    [
      { CAMUNDA_REST_ADDRESS: 'http://x', CAMUNDA_AUTH_STRATEGY: 'BASIC', CAMUNDA_CLIENT_ID: 'x' },
      'CAMUNDA_CLIENT_ID: only used when',
    ],
    [
      {
        CAMUNDA_REST_ADDRESS: 'http://x',
        CAMUNDA_AUTH_STRATEGY: 'OAUTH',
        LANTERN_OIDC_ISSUER: 'http://i',
        CAMUNDA_CLIENT_ID: 'c',
      },
      'CAMUNDA_CLIENT_SECRET: required when CAMUNDA_CLIENT_ID is set',
    ],
    [
      {
        CAMUNDA_REST_ADDRESS: 'http://x',
        CAMUNDA_AUTH_STRATEGY: 'OAUTH',
        LANTERN_OIDC_ISSUER: 'http://i',
        CAMUNDA_OAUTH_URL: '/token',
      },
      'CAMUNDA_OAUTH_URL: must be an http(s) URL',
    ],
  ])('names the bad variable (%#)', (env, message) => {
    expect(() => clusterFromEnv(env)).toThrow(message);
  });
});

describe('combined configuration', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lantern-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges the file and the env cluster, and refuses to start with neither', () => {
    const configPath = path.join(dir, 'lantern.json');
    writeFileSync(configPath, file(validCluster));
    const clusters = clustersFromEnv({ LANTERN_CONFIG: configPath, CAMUNDA_REST_ADDRESS: 'http://other:8080' });
    expect(clusters.map((c) => c.id)).toEqual(['local', 'default']);
    expect(() => clustersFromEnv({})).toThrow('CAMUNDA_REST_ADDRESS: set it');
    expect(() => clustersFromEnv({ LANTERN_CONFIG: path.join(dir, 'missing.json') })).toThrow(
      'LANTERN_CONFIG: cannot read',
    );
  });

  it('validates the server settings', () => {
    expect(serverSettingsFromEnv({})).toEqual({
      port: 5173,
      host: '127.0.0.1',
      dist: 'dist',
      upstreamTimeoutMs: 30_000,
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      sessionKeys: null,
      sessionLifetimeMs: 8 * 60 * 60 * 1000,
      peers: [],
    });
    expect(() => serverSettingsFromEnv({ LANTERN_PORT: 'abc' })).toThrow('LANTERN_PORT: must be an integer');
  });

  it('refuses a public bind without an explicit host allow-list, naming the setting', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'lantern.internal']) {
      expect(() => serverSettingsFromEnv({ LANTERN_HOST: host })).toThrow(
        `LANTERN_ALLOWED_HOSTS: required when LANTERN_HOST is '${host}'`,
      );
    }
    expect(() => serverSettingsFromEnv({ LANTERN_HOST: '0.0.0.0', LANTERN_ALLOWED_HOSTS: '*' })).toThrow(
      'LANTERN_ALLOWED_HOSTS',
    );
    expect(
      serverSettingsFromEnv({ LANTERN_HOST: '0.0.0.0', LANTERN_ALLOWED_HOSTS: 'Lantern.Example.com, 10.0.0.5' })
        .allowedHosts,
    ).toEqual(['localhost', '127.0.0.1', '[::1]', 'lantern.example.com', '10.0.0.5']);
    expect(serverSettingsFromEnv({ LANTERN_HOST: '127.0.0.2' }).allowedHosts).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
    ]);
  });

  it('reads the session key, its file, the lifetime and the peers', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const old = Buffer.alloc(32, 9).toString('hex');
    const fromEnv = serverSettingsFromEnv({
      LANTERN_SESSION_KEY: `${key},${old}`,
      LANTERN_SESSION_LIFETIME_MINUTES: '60',
      LANTERN_PEERS: 'http://lantern-0.lantern:5173, http://lantern-1.lantern:5173/',
    });
    expect(Buffer.from(fromEnv.sessionKeys!.current).equals(Buffer.alloc(32, 7))).toBe(true);
    expect(fromEnv.sessionKeys!.accepted).toHaveLength(2);
    expect(fromEnv.sessionLifetimeMs).toBe(3_600_000);
    expect(fromEnv.peers).toEqual(['http://lantern-0.lantern:5173', 'http://lantern-1.lantern:5173']);
    const file = path.join(dir, 'session.key');
    writeFileSync(file, `${key}\n`);
    expect(serverSettingsFromEnv({ LANTERN_SESSION_KEY_FILE: file }).sessionKeys!.accepted).toHaveLength(1);
    // What `openssl rand -base64 32` prints (docs/configuration.md): standard base64 with + / and =.
    const openssl = Buffer.alloc(32, 0xfb).toString('base64');
    expect(openssl).toMatch(/[+/=]/);
    const parsed = serverSettingsFromEnv({ LANTERN_SESSION_KEY: openssl }).sessionKeys!.current;
    expect(Buffer.from(parsed).equals(Buffer.alloc(32, 0xfb))).toBe(true);
    expect(() => serverSettingsFromEnv({ LANTERN_SESSION_KEY: 'too-short' })).toThrow(
      'LANTERN_SESSION_KEY: each key must be 32 random bytes',
    );
    expect(() => serverSettingsFromEnv({ LANTERN_PEERS: 'http://a:1/path' })).toThrow('LANTERN_PEERS');
  });
});
