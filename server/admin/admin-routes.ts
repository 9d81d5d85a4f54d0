import express, { type Request, type Response, type Router } from 'express';
import type { ClientCredentialSessions, Exchange } from '../auth/client-credential-sessions.ts';
import { TokenExchangeError } from '../auth/token-exchange.ts';
import type { ClusterConfig } from '../config/cluster-config.ts';
import { sendProblem, sendUnknownCluster } from '../http/problem.ts';
import type { Logger } from '../logging/redacting-logger.ts';
import {
  type Checked,
  checkAuthorizationBody,
  checkAuthorizationSearchBody,
  checkMembersSearchBody,
  checkMembershipBody,
  membershipPath,
} from './admin-bodies.ts';
import { checkCaller } from './admin-caller.ts';
import { AdminTokens } from './admin-token.ts';

// Apply a drafted fix with the cluster's server-side administrative client (docs/decisions.md,
// "Applying fixes with a server-side administrative client"; SECURITY.md). Every call passes, in
// this order: a configured cluster with an administrative client → the caller signed in to that
// cluster (asked of the cluster's /v2/authentication/me with the caller's own credentials) → the
// caller's username on the cluster's adminPrincipals → a body of the one allowed shape. Only then is
// the client's token fetched and exactly one request sent. Same-origin and JSON are enforced by the
// middlewares in front of every /api route (server/http/same-origin.ts). Every use and every refusal
// is logged with the caller, the cluster and the body — never a credential.

export interface AdminRouteOptions {
  clusters: ReadonlyMap<string, ClusterConfig>;
  sessions: ClientCredentialSessions;
  logger: Logger;
  exchange: Exchange;
  upstreamTimeoutMs: number;
}

interface Upstream {
  method: 'POST' | 'PUT';
  path: string;
  /** Membership assignments carry no body. */
  body?: unknown;
}

const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

export function adminRoutes(options: AdminRouteOptions): Router {
  const { clusters, sessions, logger, upstreamTimeoutMs } = options;
  const tokens = new AdminTokens(options.exchange, upstreamTimeoutMs);
  const router = express.Router();
  const json = express.json({ limit: '16kb' });

  /** The guards shared by every admin route; answers the refusal itself and returns null. */
  async function admit(req: Request, res: Response): Promise<{ cluster: ClusterConfig; username: string } | null> {
    res.setHeader('Cache-Control', 'no-store');
    const cluster = clusters.get(String(req.params.id));
    if (!cluster) {
      sendUnknownCluster(res);
      return null;
    }
    const admin = cluster.adminClient;
    if (!admin) {
      sendProblem(
        res,
        404,
        'admin-client-not-configured',
        'No administrative client',
        `The Lantern server has no administrative client for cluster '${cluster.id}'.`,
      );
      return null;
    }
    const caller = await checkCaller(req, cluster, sessions, upstreamTimeoutMs);
    if (caller.kind === 'not-signed-in') {
      logger.warn(`admin ${cluster.id}: refused ${req.method} ${req.path}: not signed in`);
      sendProblem(res, 401, 'not-signed-in', 'Not signed in to this cluster', caller.detail);
      return null;
    }
    if (caller.kind === 'cluster-unreachable') {
      sendProblem(res, 502, 'cluster-unreachable', 'Cluster unreachable', caller.detail);
      return null;
    }
    if (caller.kind === 'no-username' || !admin.adminPrincipals.includes(caller.username)) {
      const who = caller.kind === 'user' ? `'${caller.username}'` : 'a caller without a username (a client)';
      // Asking whether the client is offered (GET) is no attempt to use it.
      const line = `admin ${cluster.id}: refused ${req.method} ${req.path} for ${who}: not on adminPrincipals`;
      if (req.method === 'GET') logger.info(line);
      else logger.warn(line);
      sendProblem(
        res,
        403,
        'not-a-lantern-administrator',
        'Not a Lantern administrator',
        `${caller.kind === 'user' ? `User '${caller.username}'` : 'This caller'} is not on the list of Lantern administrators for cluster '${cluster.id}'.`,
      );
      return null;
    }
    return { cluster, username: caller.username };
  }

  function refuseBody<T>(res: Response, checked: Checked<T>): checked is { ok: false; detail: string } {
    if (checked.ok) return false;
    sendProblem(res, 400, 'bad-admin-request', 'Not an allowed change', checked.detail);
    return true;
  }

  async function send(res: Response, cluster: ClusterConfig, username: string, upstream: Upstream): Promise<void> {
    let token: string;
    try {
      token = await tokens.token(cluster);
    } catch (error) {
      if (!(error instanceof TokenExchangeError)) throw error;
      logger.error(`admin ${cluster.id}: the administrative client got no token: ${error.message}`);
      sendProblem(
        res,
        502,
        'admin-client-refused',
        'Administrative client refused',
        `The identity provider did not issue a token to the administrative client: ${error.message}.`,
      );
      return;
    }
    let answer: globalThis.Response;
    try {
      answer = await fetch(`${cluster.restBaseUrl}${upstream.path}`, {
        method: upstream.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(upstream.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(upstream.body === undefined ? {} : { body: JSON.stringify(upstream.body) }),
        redirect: 'error',
        signal: AbortSignal.timeout(upstreamTimeoutMs),
      });
    } catch (error) {
      sendProblem(
        res,
        502,
        'cluster-unreachable',
        'Cluster unreachable',
        `The cluster did not answer (${(error as Error).name}).`,
      );
      return;
    }
    const text = await answer.text();
    const search = upstream.path.endsWith('/search');
    const line = `admin ${cluster.id}: ${username} ${upstream.method} ${upstream.path}${search || upstream.body === undefined ? '' : ` ${JSON.stringify(upstream.body)}`} → ${answer.status}`;
    if (search) logger.info(line);
    else logger.warn(line);
    if (text.length > MAX_ANSWER_BYTES) {
      sendProblem(res, 502, 'answer-too-large', 'Answer too large', 'The cluster answered with more than 8 MB.');
      return;
    }
    const type = answer.headers.get('content-type') ?? '';
    res.status(answer.status);
    if (text === '') {
      res.end();
      return;
    }
    // Only JSON crosses; the cluster's answer never carries the token, and nothing else is relayed.
    res.type(type.includes('problem+json') ? 'application/problem+json' : 'application/json').send(text);
  }

  router.get('/clusters/:id/admin', async (req, res) => {
    const admitted = await admit(req, res);
    if (!admitted) return;
    res.json({ clientId: admitted.cluster.adminClient?.clientId ?? null, username: admitted.username });
  });

  router.post('/clusters/:id/admin/authorizations', json, async (req, res) => {
    const admitted = await admit(req, res);
    if (!admitted) return;
    const body = checkAuthorizationBody(req.body);
    if (refuseBody(res, body)) return;
    await send(res, admitted.cluster, admitted.username, {
      method: 'POST',
      path: '/v2/authorizations',
      body: body.value,
    });
  });

  router.post('/clusters/:id/admin/memberships', json, async (req, res) => {
    const admitted = await admit(req, res);
    if (!admitted) return;
    const body = checkMembershipBody(req.body);
    if (refuseBody(res, body)) return;
    await send(res, admitted.cluster, admitted.username, {
      method: 'PUT',
      path: membershipPath(body.value, body.value.memberId),
    });
  });

  router.post('/clusters/:id/admin/authorizations/search', json, async (req, res) => {
    const admitted = await admit(req, res);
    if (!admitted) return;
    const body = checkAuthorizationSearchBody(req.body);
    if (refuseBody(res, body)) return;
    await send(res, admitted.cluster, admitted.username, {
      method: 'POST',
      path: '/v2/authorizations/search',
      body: body.value,
    });
  });

  router.post('/clusters/:id/admin/members/search', json, async (req, res) => {
    const admitted = await admit(req, res);
    if (!admitted) return;
    const body = checkMembersSearchBody(req.body);
    if (refuseBody(res, body)) return;
    await send(res, admitted.cluster, admitted.username, {
      method: 'POST',
      path: membershipPath(body.value),
      body: { page: body.value.page },
    });
  });

  return router;
}
