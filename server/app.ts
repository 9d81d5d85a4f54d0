import express, { type ErrorRequestHandler, type Express } from 'express';
import { ClientCredentialSessions, type Exchange } from './auth/client-credential-sessions.ts';
import type { ClusterConfig } from './config/cluster-config.ts';
import { apiRoutes } from './http/api-routes.ts';
import { type AllowedHosts, hostCheck } from './http/host-check.ts';
import { sendProblem } from './http/problem.ts';
import { requestLog } from './http/request-log.ts';
import { type CspMode, securityHeaders } from './http/security-headers.ts';
import { notFound, serveProductionBuild } from './http/spa-static.ts';
import { type Logger, createRedactingLogger } from './logging/redacting-logger.ts';
import { createClusterProxy } from './proxy/cluster-proxy.ts';

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
  /** Host names the server answers for (DNS-rebinding guard); default: loopback names only. */
  allowedHosts?: AllowedHosts;
  /** Replaces the token endpoint call (tests). */
  exchange?: Exchange;
}

export function createLanternApp(options: LanternAppOptions): Express {
  const logger = options.logger ?? createRedactingLogger();
  const clusters = new Map(options.clusters.map((cluster) => [cluster.id, cluster] as const));
  for (const cluster of options.clusters) {
    if (cluster.serverClientCredentials) logger.addSecret(cluster.serverClientCredentials.clientSecret);
  }
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 30_000;
  const sessions = new ClientCredentialSessions(logger, upstreamTimeoutMs, options.exchange);
  const cspMode: CspMode = options.spa.kind === 'vite' ? 'development' : 'production';

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.use(securityHeaders(options.clusters, cspMode));
  // LANTERN_REQUEST_LOG=off silences the per-request lines (the e2e suite starts many servers);
  // warnings and errors are still written.
  if (process.env.LANTERN_REQUEST_LOG !== 'off') app.use(requestLog(logger));
  app.use(hostCheck(options.allowedHosts ?? ['localhost', '127.0.0.1', '[::1]']));
  app.use('/api', apiRoutes(clusters, sessions));
  app.use('/api', notFound);
  app.use('/clusters', createClusterProxy({ clusters, sessions, upstreamTimeoutMs }));
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
