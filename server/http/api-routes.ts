import express, { type Router } from 'express';
import type { ClusterListResponse } from '../../src/lib/clusters/cluster-summary.ts';
import type { ClientCredentialSessions } from '../auth/client-credential-sessions.ts';
import type { GuessThrottle } from '../auth/guess-throttle.ts';
import { TokenExchangeError } from '../auth/token-exchange.ts';
import { type ClusterConfig, toClusterSummary } from '../config/cluster-config.ts';
import { sendProblem, sendUnknownCluster } from './problem.ts';

export function apiRoutes(
  clusters: ReadonlyMap<string, ClusterConfig>,
  sessions: ClientCredentialSessions,
  throttle: GuessThrottle,
): Router {
  const router = express.Router();
  const clusterList: ClusterListResponse = { clusters: [...clusters.values()].map(toClusterSummary) };

  router.get('/health', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });

  router.get('/clusters', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(clusterList);
  });

  router.post('/clusters/:id/client-credentials', express.json({ limit: '16kb' }), async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const cluster = clusters.get(req.params.id);
    if (!cluster) {
      sendUnknownCluster(res);
      return;
    }
    if (cluster.auth !== 'oidc') {
      sendProblem(
        res,
        400,
        'client-credentials-unsupported',
        'Client credentials not supported',
        `Cluster '${cluster.id}' does not use OIDC.`,
      );
      return;
    }
    const body: unknown = req.body;
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const typedId = fields.clientId;
    const typedSecret = fields.clientSecret;
    if (
      (typedId !== undefined && typeof typedId !== 'string') ||
      (typedSecret !== undefined && typeof typedSecret !== 'string')
    ) {
      sendProblem(res, 400, 'bad-request', 'Bad request', 'clientId and clientSecret must be strings.');
      return;
    }
    let clientId: string;
    let clientSecret: string;
    const typed = Boolean(typedSecret);
    if (typedSecret) {
      if (!cluster.allowTypedClientCredentials) {
        sendProblem(
          res,
          400,
          'typed-client-credentials-disabled',
          'Typed client credentials are disabled',
          `Cluster '${cluster.id}' only allows the client the server is configured with.`,
        );
        return;
      }
      if (!typedId) {
        sendProblem(res, 400, 'bad-request', 'Bad request', 'clientId is required with clientSecret.');
        return;
      }
      clientId = typedId;
      clientSecret = typedSecret;
    } else {
      const configured = cluster.serverClientCredentials;
      if (!configured || (typedId && typedId !== configured.clientId)) {
        sendProblem(
          res,
          400,
          'client-secret-required',
          'Client secret required',
          configured
            ? `The server holds a secret only for client '${configured.clientId}'.`
            : `The server holds no client secret for cluster '${cluster.id}'; type one.`,
        );
        return;
      }
      clientId = configured.clientId;
      clientSecret = configured.clientSecret;
    }
    const source = req.socket.remoteAddress ?? 'unknown';
    if (typed) {
      const waitMs = throttle.attempt(source, cluster.id, clientId);
      if (waitMs > 0) {
        res.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
        sendProblem(
          res,
          429,
          'too-many-attempts',
          'Too many attempts',
          `Too many client secrets were tried for client '${clientId}' or from this address; try again in ${Math.ceil(waitMs / 1000)} s.`,
        );
        return;
      }
    }
    try {
      const { sessionId, view } = await sessions.create(cluster, clientId, clientSecret, !typed);
      if (typed) throttle.refund(source, cluster.id, clientId);
      res.status(201).json({ sessionId, ...view });
    } catch (error) {
      if (!(error instanceof TokenExchangeError)) throw error;
      // Only the identity provider's verdict on the secret counts as a guess; an outage does not.
      if (typed && (error.kind === 'unreachable' || error.kind === 'bad_response')) {
        throttle.refund(source, cluster.id, clientId);
      }
      if (error.kind === 'invalid_client') {
        sendProblem(
          res,
          401,
          'invalid-client',
          'invalid_client',
          `The identity provider did not accept client '${clientId}': ${error.message}.`,
        );
      } else if (error.kind === 'unreachable' || error.kind === 'bad_response') {
        res.setHeader('X-Lantern-Proxy-Error', error.kind === 'unreachable' ? 'refused' : 'unknown');
        sendProblem(res, 502, 'identity-provider-unreachable', 'Identity provider unreachable', `${error.message}.`);
      } else {
        sendProblem(res, 400, 'token-request-rejected', 'Token request rejected', `${error.message}.`);
      }
    }
  });

  router.get('/sessions/:sessionId/token', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const view = await sessions.describe(req.params.sessionId, clusters);
    if (!view) {
      sendProblem(
        res,
        404,
        'unknown-session',
        'Unknown session',
        'This client-credentials session does not exist (any more).',
      );
      return;
    }
    res.json(view);
  });

  router.delete('/sessions/:sessionId', async (req, res) => {
    await sessions.delete(req.params.sessionId);
    res.status(204).end();
  });

  return router;
}
