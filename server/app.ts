import express, { type ErrorRequestHandler, type Express } from 'express';
import { adminRoutes } from './admin/admin-routes.ts';
import { ClientCredentialSessions, type Exchange } from './auth/client-credential-sessions.ts';
import { type ThrottleLimits, createGuessThrottle } from './auth/guess-throttle.ts';
import {
  type PeerLookup,
  peerRevocationNotifier,
  peerRevocationPath,
  peerRevocationType,
} from './auth/peer-revocation.ts';
import type { SessionKeys } from './auth/session-seal.ts';
import { exchangeClientCredentials } from './auth/token-exchange.ts';
import type { ClusterConfig } from './config/cluster-config.ts';
import { apiRoutes } from './http/api-routes.ts';
import { type AllowedHosts, hostCheck } from './http/host-check.ts';
import { sendProblem } from './http/problem.ts';
import { requestLog } from './http/request-log.ts';
import { jsonBodiesOnly, sameOriginOnly } from './http/same-origin.ts';
import { type CspMode, securityHeaders } from './http/security-headers.ts';
import { notFound, serveProductionBuild } from './http/spa-static.ts';
import { type Logger, createRedactingLogger } from './logging/redacting-logger.ts';
import { createClusterProxy } from './proxy/cluster-proxy.ts';
import type { ProxyLimits } from './proxy/proxy-limits.ts';

export type SpaSource =
  | { kind: 'dist'; dir: string }
  /** Vite's connect middlewares (development only, relaxed CSP). */
  | { kind: 'vite'; middlewares: express.RequestHandler }
  | { kind: 'none' };

export interface LanternAppOptions {
  clusters: ClusterConfig[];
  spa: SpaSource;
  logger?: Logger;
  upstreamTimeoutMs?: number;
  /** Overrides of the proxy's limits derived from `upstreamTimeoutMs` (tests, the soak run). */
  proxyLimits?: Partial<ProxyLimits>;
  /** Host names the server answers for (DNS-rebinding guard); default: loopback names only. */
  allowedHosts?: AllowedHosts;
  /** Replaces the token endpoint call (tests). */
  exchange?: Exchange;
  /** Seals client-credentials sessions; replicas that share it share sessions. Default: random per process. */
  sessionKeys?: SessionKeys | null;
  /** Absolute lifetime of a client-credentials session; default 8 hours. */
  sessionLifetimeMs?: number;
  /** Other replicas' base URLs, told about every sign-out (LANTERN_PEERS). */
  peers?: readonly string[];
  /** Resolves a peer's host name to every replica address (tests replace the system resolver). */
  peerLookup?: PeerLookup;
  /** Throttles typed client-secret attempts per source address and per client id. */
  guessLimits?: { perSource: ThrottleLimits; perClient: ThrottleLimits };
}

export function createLanternApp(options: LanternAppOptions): Express {
  const logger = options.logger ?? createRedactingLogger();
  const clusters = new Map(options.clusters.map((cluster) => [cluster.id, cluster] as const));
  for (const cluster of options.clusters) {
    if (cluster.serverClientCredentials) logger.addSecret(cluster.serverClientCredentials.clientSecret);
    if (cluster.adminClient) logger.addSecret(cluster.adminClient.clientSecret);
  }
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 30_000;
  const peers = options.peers ?? [];
  const sessions = new ClientCredentialSessions(logger, upstreamTimeoutMs, options.exchange, {
    keys: options.sessionKeys ?? undefined,
    lifetimeMs: options.sessionLifetimeMs,
    onRevoke: peers.length > 0 ? peerRevocationNotifier(peers, logger, { lookup: options.peerLookup }) : undefined,
  });
  const throttle = createGuessThrottle(options.guessLimits?.perSource, options.guessLimits?.perClient);
  const cspMode: CspMode = options.spa.kind === 'vite' ? 'development' : 'production';

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.use(securityHeaders(options.clusters, cspMode));
  // LANTERN_REQUEST_LOG=off silences the per-request lines (the e2e suite starts many servers);
  // warnings and errors are still written.
  if (process.env.LANTERN_REQUEST_LOG !== 'off') app.use(requestLog(logger));
  // Before the Host check: peers call each other by whatever address they have, and only a genuine
  // sealed session (which proves the caller holds it or the key) can be revoked here.
  app.post(peerRevocationPath, express.text({ type: peerRevocationType, limit: '16kb' }), async (req, res) => {
    const body: unknown = req.body;
    const revoked = typeof body === 'string' && (await sessions.revokeFromPeer(body.trim()));
    if (revoked) res.status(204).end();
    else sendProblem(res, 400, 'bad-revocation', 'Bad revocation', 'Not a session sealed with this server’s key.');
  });
  app.use(hostCheck(options.allowedHosts ?? ['localhost', '127.0.0.1', '[::1]']));
  app.use(sameOriginOnly());
  app.use(
    '/api',
    jsonBodiesOnly(),
    adminRoutes({
      clusters,
      sessions,
      logger,
      upstreamTimeoutMs,
      exchange: options.exchange ?? exchangeClientCredentials,
    }),
    apiRoutes(clusters, sessions, throttle),
  );
  app.use('/api', notFound);
  app.use('/clusters', createClusterProxy({ clusters, sessions, upstreamTimeoutMs, limits: options.proxyLimits }));
  if (options.spa.kind === 'dist') app.use(serveProductionBuild(options.spa.dir));
  if (options.spa.kind === 'vite') app.use(options.spa.middlewares);
  app.use(notFound);

  const onError: ErrorRequestHandler = (error: Error & { status?: number; type?: string }, _req, res, _next) => {
    // body-parser errors carry a 4xx status; everything else is our fault and is logged (redacted).
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      sendProblem(res, error.status, 'bad-request', 'Bad request', 'The request body could not be read.');
      return;
    }
    logger.error(`unhandled error: ${error.stack ?? error.message}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendProblem(res, 500, 'internal', 'Internal server error', 'The Lantern server failed; see its log.');
  };
  app.use(onError);
  return app;
}
