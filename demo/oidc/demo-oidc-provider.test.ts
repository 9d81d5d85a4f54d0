import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../scenarios/load-scenario.ts';
import { type RunningDemoOidcProvider, startDemoOidcProvider } from './demo-oidc-provider.ts';

// A scenario of its own, so these tests do not move when the bundled demo scenarios change.
const scenario = parseScenario(
  {
    version: '8.10',
    displayName: 'OIDC test',
    auth: { method: 'oidc', audience: 'orchestration-api', clientIdClaim: 'client_id' },
    topology: { clusterSize: 1, partitionsCount: 1, replicationFactor: 1, gatewayVersion: '8.10.0', brokers: [] },
    users: [
      { username: 'anna', password: 'anna', name: 'Anna Accountant', email: 'anna@example.com' },
      { username: 'nina', password: 'nina' },
    ],
    clients: [{ clientId: 'worker-client', clientSecret: 'worker-secret' }],
    groups: [{ groupId: 'accounting', name: 'Accounting', users: ['anna'] }],
  },
  'oidc-test-scenario',
);

const lanternOrigin = 'http://localhost:5999';
const redirectUri = `${lanternOrigin}/auth/callback`;
let op: RunningDemoOidcProvider;
let jwks: ReturnType<typeof createRemoteJWKSet>;

beforeAll(async () => {
  op = await startDemoOidcProvider({ port: 0, lanternOrigins: [lanternOrigin], scenario, accessTokenTtlSeconds: 120 });
  jwks = createRemoteJWKSet(new URL(op.jwksUri));
});

afterAll(async () => {
  await op.close();
});

async function tokenRequest(form: Record<string, string>): Promise<Response> {
  return fetch(`${op.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

describe('start-up', () => {
  it('prints no warning: the provider keeps its state in its own store, not the quick-start adapter', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const second = await startDemoOidcProvider({
        port: 0,
        lanternOrigins: [lanternOrigin],
        scenario,
        accessTokenTtlSeconds: 120,
      });
      await second.close();
      expect(warn.mock.calls.flat().join('\n')).not.toContain('oidc-provider WARNING');
    } finally {
      warn.mockRestore();
    }
  });
});

describe('discovery', () => {
  it('publishes the issuer, the endpoints Lantern needs, and PKCE', async () => {
    const res = await fetch(`${op.issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(op.issuer);
    expect(doc.issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(doc.jwks_uri).toBe(`${op.issuer}/jwks`);
    expect(doc.token_endpoint).toBe(`${op.issuer}/token`);
    expect(doc.end_session_endpoint).toBe(`${op.issuer}/session/end`);
    expect(doc.code_challenge_methods_supported).toContain('S256');
    expect(doc.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
    );
  });
});

describe('client credentials', () => {
  it('issues a signed RS256 JWT for the orchestration-api audience', async () => {
    const res = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'worker-client',
      client_secret: 'worker-secret',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; expires_in: number; token_type: string };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(120);
    const { payload, protectedHeader } = await jwtVerify(body.access_token, jwks, {
      issuer: op.issuer,
      audience: 'orchestration-api',
      typ: 'at+jwt',
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.client_id).toBe('worker-client');
    expect(payload.sub).toBe('worker-client');
    expect(payload.preferred_username).toBeUndefined();
    expect(payload.groups).toBeUndefined();
  });

  it('mints a wrong-audience token when the other resource is asked for', async () => {
    const res = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'worker-client',
      client_secret: 'worker-secret',
      resource: op.otherResource,
    });
    const { access_token } = (await res.json()) as { access_token: string };
    const { payload } = await jwtVerify(access_token, jwks, { issuer: op.issuer, audience: 'other-api' });
    expect(payload.aud).toBe('other-api');
    await expect(jwtVerify(access_token, jwks, { issuer: op.issuer, audience: 'orchestration-api' })).rejects.toThrow();
  });

  it('refuses a wrong secret with invalid_client', async () => {
    const res = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'worker-client',
      client_secret: 'nope',
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_client');
  });
});

/** Just enough of a cookie jar for one browser-less login (all cookies sent on every path). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function step(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: jar.header() } });
  jar.store(res);
  return res;
}

function location(res: Response, base: string): string {
  const value = res.headers.get('location');
  if (!value) throw new Error(`expected a redirect, got ${res.status}`);
  return new URL(value, base).toString();
}

describe('authorization code + PKCE for the public client lantern', () => {
  it('signs anna in through the login form, issues her claims, and refreshes', async () => {
    const jar = new CookieJar();
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const authorize = new URL(`${op.issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'lantern',
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: 'openid profile email groups',
      state: 'state-123',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();

    const toLogin = await step(jar, authorize.toString());
    expect(toLogin.status).toBe(303);
    const loginUrl = location(toLogin, op.issuer);
    expect(loginUrl).toMatch(/\/interaction\/[\w-]+$/);

    const form = await step(jar, loginUrl);
    const html = await form.text();
    expect(form.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('<label for="username">Username</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toContain('>Sign in</button>');
    expect(html).not.toMatch(/<script>|<style>|fonts\.googleapis/);

    const wrong = await step(jar, `${loginUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'anna', password: 'not-anna' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Wrong username or password.');

    const loggedIn = await step(jar, `${loginUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'anna', password: 'anna' }),
    });
    expect(loggedIn.status).toBe(303);
    // No consent screen: resuming the authorization goes straight back to Lantern.
    const back = await step(jar, location(loggedIn, op.issuer));
    expect(back.status).toBe(303);
    const callback = new URL(location(back, op.issuer));
    expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
    expect(callback.searchParams.get('state')).toBe('state-123');
    const code = callback.searchParams.get('code');
    expect(code).toBeTruthy();

    const exchanged = await tokenRequest({
      grant_type: 'authorization_code',
      client_id: 'lantern',
      code: code!,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    expect(exchanged.status).toBe(200);
    const tokens = (await exchanged.json()) as { access_token: string; id_token: string; refresh_token?: string };

    const access = await jwtVerify(tokens.access_token, jwks, { issuer: op.issuer, audience: 'orchestration-api' });
    expect(access.protectedHeader.typ).toBe('at+jwt');
    expect(access.payload).toMatchObject({
      sub: 'anna',
      client_id: 'lantern',
      preferred_username: 'anna',
      name: 'Anna Accountant',
      email: 'anna@example.com',
      groups: ['accounting'],
    });
    const id = await jwtVerify(tokens.id_token, jwks, { issuer: op.issuer, audience: 'lantern' });
    expect(id.payload).toMatchObject({
      sub: 'anna',
      preferred_username: 'anna',
      name: 'Anna Accountant',
      groups: ['accounting'],
    });

    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await tokenRequest({
      grant_type: 'refresh_token',
      client_id: 'lantern',
      refresh_token: tokens.refresh_token!,
    });
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(renewed.access_token).not.toBe(tokens.access_token);
    const again = await jwtVerify(renewed.access_token, jwks, { issuer: op.issuer, audience: 'orchestration-api' });
    expect(again.payload).toMatchObject({ sub: 'anna', groups: ['accounting'], client_id: 'lantern' });
    expect(decodeProtectedHeader(renewed.access_token).kid).toBe('lantern-demo-2026');

    // RP-initiated logout: the confirmation form submits itself (external script, CSP-safe)
    // with logout=yes, and the provider returns to Lantern.
    const endSession = new URL(`${op.issuer}/session/end`);
    endSession.search = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: `${lanternOrigin}/`,
    }).toString();
    const logoutPage = await step(jar, endSession.toString());
    const logoutHtml = await logoutPage.text();
    expect(logoutHtml).toContain('<script src="/demo-assets/auto-submit.js" defer></script>');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(logoutHtml)?.[1];
    expect(logoutHtml).toContain('name="logout" value="yes"');
    const confirmed = await step(jar, `${op.issuer}/session/end/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf ?? '', logout: 'yes' }),
    });
    expect(confirmed.status).toBe(303);
    expect(location(confirmed, op.issuer)).toBe(`${lanternOrigin}/`);
    // Signed out for real: the next authorization asks for the password again.
    const afterLogout = await step(jar, authorize.toString());
    expect(location(afterLogout, op.issuer)).toMatch(/\/interaction\//);
  });

  it('refuses a code exchange without the PKCE verifier', async () => {
    const res = await fetch(
      `${op.issuer}/auth?client_id=lantern&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(redirectUri)}`,
      { redirect: 'manual' },
    );
    // Without a code_challenge the request is sent back to Lantern as an error, never to a login form.
    const target = new URL(res.headers.get('location') ?? '', op.issuer);
    expect(target.searchParams.get('error')).toBe('invalid_request');
  });

  it('answers CORS preflights from the Lantern origin on the token endpoint', async () => {
    const res = await fetch(`${op.issuer}/token`, {
      method: 'OPTIONS',
      headers: { origin: lanternOrigin, 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(lanternOrigin);
  });

  it('lets only the public client lantern, from the Lantern origin, read token answers cross-origin, without a notice', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      const asLantern = (origin: string) =>
        fetch(`${op.issuer}/token`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'unknown', client_id: 'lantern' }),
        });
      const fromLantern = await asLantern(lanternOrigin);
      expect(fromLantern.status).toBe(400);
      expect(fromLantern.headers.get('access-control-allow-origin')).toBe(lanternOrigin);

      const fromElsewhere = await asLantern('http://evil.example');
      expect(fromElsewhere.status).toBe(400);
      expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();

      const machine = await fetch(`${op.issuer}/token`, {
        method: 'POST',
        headers: { origin: lanternOrigin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'worker-client',
          client_secret: 'worker-secret',
        }),
      });
      // A machine client's secret has no business in a browser: its exchange happens server-side.
      expect(machine.status).toBe(400);
      expect(machine.headers.get('access-control-allow-origin')).toBeNull();
      expect(info.mock.calls.flat().join('\n')).not.toContain('oidc-provider NOTICE');
    } finally {
      info.mockRestore();
    }
  });
});

describe("an administrator's sign-in in Lantern's popup, in a browser where someone is signed in", () => {
  // PKCE verifiers are 43 to 128 characters.
  const verifierOf = (user: string) => `verifier-of-${user}`.padEnd(43, '0');
  async function signIn(jar: CookieJar, user: string, redirect: string, prompt?: string): Promise<Response> {
    const authorize = new URL(`${op.issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'lantern',
      response_type: 'code',
      redirect_uri: redirect,
      scope: 'openid profile email groups',
      state: `state-${user}`,
      code_challenge: createHash('sha256').update(verifierOf(user)).digest('base64url'),
      code_challenge_method: 'S256',
      ...(prompt ? { prompt } : {}),
    }).toString();
    const loginUrl = location(await step(jar, authorize.toString()), op.issuer);
    const loggedIn = await step(jar, `${loginUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: user, password: user }),
    });
    return step(jar, location(loggedIn, op.issuer));
  }

  it('asks for the login again, ends the other session and returns a code to /auth/admin-callback', async () => {
    const jar = new CookieJar();
    expect((await signIn(jar, 'anna', redirectUri)).status).toBe(303);
    // prompt=login with another account: the provider ends anna's session (a self-submitting form) first.
    const switching = await signIn(jar, 'nina', `${lanternOrigin}/auth/admin-callback`, 'login');
    const form = await switching.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const confirmed = await step(jar, `${op.issuer}/session/end/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    const back = await step(jar, location(confirmed, op.issuer));
    expect(back.status).toBe(303);
    const callback = new URL(location(back, op.issuer));
    expect(`${callback.origin}${callback.pathname}`).toBe(`${lanternOrigin}/auth/admin-callback`);
    expect(callback.searchParams.get('state')).toBe('state-nina');
    const exchanged = await tokenRequest({
      grant_type: 'authorization_code',
      client_id: 'lantern',
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: `${lanternOrigin}/auth/admin-callback`,
      code_verifier: verifierOf('nina'),
    });
    const { access_token: token } = (await exchanged.json()) as { access_token: string };
    expect((await jwtVerify(token, jwks, { issuer: op.issuer })).payload.sub).toBe('nina');
  });
});
