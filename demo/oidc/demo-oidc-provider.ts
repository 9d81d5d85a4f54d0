import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import Provider, { type Configuration, type KoaContextWithOIDC, type ResourceServer, errors } from 'oidc-provider';
import { type Scenario, groupsOfUser } from '../scenarios/load-scenario.ts';
import { createDemoMemoryAdapter } from './demo-memory-adapter.ts';
import { demoCookieKeys, demoSigningKey } from './dev-keys.ts';
import {
  autoSubmitScript,
  loginStylesheet,
  renderErrorPage,
  renderLoginPage,
  renderLogoutPage,
  renderMessagePage,
  loginLanguage,
  wrongCredentialsText,
} from './pages.ts';

// The demo OIDC provider: a certified OpenID Provider (panva/oidc-provider) configured like a
// Keycloak realm or an Entra app registration would be for Lantern — the public PKCE client
// `lantern`, confidential machine clients from the scenario, RS256 JWT access tokens for the
// `orchestration-api` audience, refresh tokens for the SPA, and no consent screen.

export interface DemoOidcProviderOptions {
  port: number;
  host?: string;
  /** Origins of the Lantern server(s): redirect URIs, post-logout redirects, CORS and form-action. */
  lanternOrigins: string[];
  /** Users, passwords, groups and machine clients come from here (the saas scenario). */
  scenario: Scenario;
  accessTokenTtlSeconds: number;
  /** Overrides the issuer host name (default `localhost`, as the contract says). */
  issuerHost?: string;
}

export interface RunningDemoOidcProvider {
  issuer: string;
  jwksUri: string;
  /** Resource indicator for the cluster API (`aud: orchestration-api`); the default resource. */
  orchestrationResource: string;
  /** A second resource (`aud: other-api`) for wrong-audience tests: send `resource=<this>`. */
  otherResource: string;
  close(): Promise<void>;
}

export const orchestrationAudience = 'orchestration-api';
export const otherAudience = 'other-api';
export const lanternClientId = 'lantern';

function userClaims(scenario: Scenario, username: string): Record<string, unknown> | null {
  const user = scenario.users.find((u) => u.username === username);
  if (!user) return null;
  return {
    preferred_username: user.username,
    name: user.name ?? user.username,
    email: user.email ?? `${user.username}@demo.invalid`,
    groups: groupsOfUser(scenario, user.username),
  };
}

function buildConfiguration(
  options: DemoOidcProviderOptions,
  resources: { orchestration: string; other: string },
): Configuration {
  const { scenario, lanternOrigins, accessTokenTtlSeconds: ttl } = options;
  const resourceServers: Record<string, ResourceServer> = {
    [resources.orchestration]: {
      scope: 'orchestration',
      audience: orchestrationAudience,
      accessTokenFormat: 'jwt',
      accessTokenTTL: ttl,
      jwt: { sign: { alg: 'RS256' } },
    },
    [resources.other]: {
      scope: 'other',
      audience: otherAudience,
      accessTokenFormat: 'jwt',
      accessTokenTTL: ttl,
      jwt: { sign: { alg: 'RS256' } },
    },
  };

  return {
    adapter: createDemoMemoryAdapter(),
    // The browser calls the token and userinfo endpoints only as the public client `lantern`, from a
    // Lantern origin; machine clients are exchanged server-side and get no CORS at all. (Stated here
    // because oidc-provider's default, which allows a public client's redirect-URI origins, asks to
    // be replaced and says so on the first cross-origin call.)
    clientBasedCORS(_ctx, origin, client) {
      return client.clientId === lanternClientId && lanternOrigins.includes(origin);
    },
    clients: [
      {
        client_id: lanternClientId,
        client_name: 'Lantern',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // The second URI is the one-off administrator sign-in in a popup (src/lib/auth/admin-popup-sign-in.ts).
        redirect_uris: lanternOrigins.flatMap((origin) => [`${origin}/auth/callback`, `${origin}/auth/admin-callback`]),
        post_logout_redirect_uris: lanternOrigins.map((origin) => `${origin}/`),
      },
      // Machine clients send their secret in the form body, as Camunda's SDKs and Lantern do.
      ...scenario.clients.map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        token_endpoint_auth_method: 'client_secret_post' as const,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    jwks: { keys: [demoSigningKey] },
    cookies: { keys: demoCookieKeys },
    scopes: ['openid', 'profile', 'email', 'groups', 'offline_access'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
      groups: ['groups'],
    },
    // ID tokens carry the profile and groups claims of the granted scopes even though an access
    // token is issued too: the SPA reads them from the ID token and never calls userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount(_ctx, sub) {
      const claims = userClaims(scenario, sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...claims }) };
    },
    // JWT access tokens carry the user's claims as top-level claims, as Keycloak/Entra mappers do.
    extraTokenClaims(_ctx, token) {
      return 'accountId' in token && typeof token.accountId === 'string'
        ? (userClaims(scenario, token.accountId) ?? undefined)
        : undefined;
    },
    // First-party client: the grant is created without asking (no consent screen).
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile email groups offline_access');
      grant.addResourceScope(resources.orchestration, 'orchestration');
      grant.addResourceScope(resources.other, 'other');
      await grant.save();
      return grant;
    },
    // Refresh tokens for the public client without `offline_access` (which would force a consent prompt).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = renderLogoutPage(form);
        },
        postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = renderMessagePage('Signed out', 'You are signed out of the demo identity provider.');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resources.orchestration,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, resourceIndicator) {
          const server = resourceServers[resourceIndicator];
          if (!server) throw new errors.InvalidTarget(`unknown resource ${resourceIndicator}`);
          return server;
        },
      },
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = renderErrorPage(String(out.error), String(out.error_description ?? ''));
    },
    ttl: {
      AccessToken: ttl,
      ClientCredentials: ttl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Grant: 14 * 24 * 3600,
      Session: 24 * 3600,
      RefreshToken: 24 * 3600,
    },
  };
}

function contentSecurityPolicy(lanternOrigins: string[]): string {
  // The login and logout pages submit forms whose redirects end at Lantern, which form-action covers.
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `form-action 'self' ${lanternOrigins.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export async function startDemoOidcProvider(options: DemoOidcProviderOptions): Promise<RunningDemoOidcProvider> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  // Listen first so port 0 resolves to a real port before the issuer URL is fixed.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${options.issuerHost ?? 'localhost'}:${port}`;
  const resources = { orchestration: `${issuer}/${orchestrationAudience}`, other: `${issuer}/${otherAudience}` };
  const provider = new Provider(issuer, buildConfiguration(options, resources));

  const demoUsers = options.scenario.users.map((u) => u.username);
  const app = express();
  app.disable('x-powered-by');
  const csp = contentSecurityPolicy(options.lanternOrigins);
  app.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.get('/demo-assets/login.css', (_req, res) => {
    res.type('text/css').send(loginStylesheet);
  });
  app.get('/demo-assets/auto-submit.js', (_req, res) => {
    res.type('text/javascript').send(autoSubmitScript);
  });

  app.get('/interaction/:uid', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const details = await provider.interactionDetails(req, res);
      res.setHeader('Cache-Control', 'no-store');
      if (details.prompt.name === 'login') {
        res.type('html').send(
          renderLoginPage({
            action: `/interaction/${details.uid}/login`,
            username: '',
            error: null,
            demoUsers,
            language: loginLanguage(details.params.ui_locales, req.headers['accept-language']),
          }),
        );
        return;
      }
      // Consent is granted by loadExistingGrant; reaching this prompt means a grant lacks a scope.
      const accountId = details.session?.accountId;
      if (!accountId) throw new Error('consent prompt without a session');
      const grant = new provider.Grant({ clientId: String(details.params.client_id), accountId });
      grant.addOIDCScope(typeof details.params.scope === 'string' ? details.params.scope : 'openid');
      grant.addResourceScope(resources.orchestration, 'orchestration');
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } catch (error) {
      next(error);
    }
  });

  app.post(
    '/interaction/:uid/login',
    express.urlencoded({ extended: false, limit: '4kb' }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const details = await provider.interactionDetails(req, res);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const language = loginLanguage(details.params.ui_locales, req.headers['accept-language']);
        const username = typeof body.username === 'string' ? body.username.trim() : '';
        const password = typeof body.password === 'string' ? body.password : '';
        const user = options.scenario.users.find((u) => u.username === username);
        if (!user || user.password !== password) {
          res.setHeader('Cache-Control', 'no-store');
          res
            .status(401)
            .type('html')
            .send(
              renderLoginPage({
                action: `/interaction/${details.uid}/login`,
                username,
                error: wrongCredentialsText(language),
                demoUsers,
                language,
              }),
            );
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: user.username } },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        next(error);
      }
    },
  );

  app.use(provider.callback());
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    // Usually an expired or unknown interaction (e.g. a stale login tab after a restart).
    res
      .status(400)
      .type('html')
      .send(renderErrorPage('Sign-in expired', `Start the sign-in again from Lantern. (${error.name})`));
  });
  server.on('request', app);

  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    orchestrationResource: resources.orchestration,
    otherResource: resources.other,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
