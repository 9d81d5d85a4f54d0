import http from 'node:http';
import https from 'node:https';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ClientCredentialSessions } from '../auth/client-credential-sessions.ts';
import type { ClusterConfig } from '../config/cluster-config.ts';
import { sendProblem, sendUnknownCluster } from '../http/problem.ts';
import { parseProxyPath } from './proxy-path.ts';

// The cluster proxy: `/clusters/<id>/v2/*` → `<restAddress>/v2/*` of a configured cluster. The target
// is never taken from the request (no open proxy); only an allow-list of headers crosses in either
// direction, so cookies of the Lantern origin never reach a cluster. Bodies are streamed both ways.

export type ProxyErrorKind = 'refused' | 'dns' | 'tls' | 'reset' | 'timeout' | 'unknown';

const forwardedRequestHeaders = ['authorization', 'content-type', 'accept', 'accept-language'] as const;
const passedResponseHeaders = ['content-type', 'content-length', 'date', 'retry-after', 'cache-control'] as const;
// A `WWW-Authenticate: Basic` challenge on a same-origin 401 makes the browser open its native
// login prompt over Lantern's own form. The challenge is still useful to the connection check,
// so it crosses under another name.
const upstreamChallengeHeader = 'x-lantern-upstream-www-authenticate';

export function classifyUpstreamError(error: NodeJS.ErrnoException): ProxyErrorKind {
  const code = error.code ?? '';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    code.includes('CERT') ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'EPROTO'
  ) {
    return 'tls';
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') return 'reset';
  if (code === 'ETIMEDOUT') return 'timeout';
  return 'unknown';
}

const errorDetail: Record<ProxyErrorKind, string> = {
  refused: 'the cluster refused the connection (is it running, and is the REST address right?)',
  dns: 'the cluster’s host name could not be resolved',
  tls: 'the TLS handshake with the cluster failed (certificate or protocol)',
  reset: 'the connection to the cluster was reset before it answered',
  timeout: 'the cluster did not answer in time',
  unknown: 'the request to the cluster failed',
};

function proxyFailure(res: Response, kind: ProxyErrorKind, cluster: ClusterConfig): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.setHeader('X-Lantern-Proxy-Error', kind);
  const status = kind === 'timeout' ? 504 : 502;
  sendProblem(
    res,
    status,
    kind === 'timeout' ? 'upstream-timeout' : 'upstream-unreachable',
    kind === 'timeout' ? 'Cluster timed out' : 'Cluster unreachable',
    `Cluster '${cluster.id}' (${cluster.restBaseUrl}): ${errorDetail[kind]}.`,
  );
}

export interface ClusterProxyOptions {
  clusters: ReadonlyMap<string, ClusterConfig>;
  sessions: ClientCredentialSessions;
  upstreamTimeoutMs: number;
}

export function createClusterProxy({ clusters, sessions, upstreamTimeoutMs }: ClusterProxyOptions): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const target = parseProxyPath(req.originalUrl);
    if (!target.ok) {
      const detail = target.reason === 'bad-path' ? target.detail : 'proxied paths have the form /clusters/<id>/v2/…';
      sendProblem(res, 400, 'bad-proxy-path', 'Bad proxy path', `${detail}; nothing was sent to a cluster.`);
      return;
    }
    const cluster = clusters.get(target.clusterId);
    if (!cluster) {
      sendUnknownCluster(res);
      return;
    }
    void forward(req, res, cluster, `${target.path}${target.query}`).catch(next);
  };

  async function forward(req: Request, res: Response, cluster: ClusterConfig, pathAndQuery: string): Promise<void> {
    const headers: http.OutgoingHttpHeaders = {};
    for (const name of forwardedRequestHeaders) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const sessionId = req.headers['x-lantern-session'];
    if (typeof sessionId === 'string') {
      const token = await sessions.accessToken(sessionId, cluster);
      if (!token) {
        sendProblem(
          res,
          401,
          'unknown-session',
          'Unknown client-credentials session',
          'The client-credentials session has ended or belongs to another cluster; sign in again.',
        );
        return;
      }
      headers.authorization = `Bearer ${token}`;
    }
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    if (req.headers['content-length'] !== undefined) headers['content-length'] = req.headers['content-length'];
    else if (hasBody) headers['transfer-encoding'] = 'chunked';

    const base = new URL(cluster.restBaseUrl);
    const client = base.protocol === 'https:' ? https : http;
    let settled = false;
    const upstream = client.request({
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port || undefined,
      path: `${base.pathname.replace(/\/$/, '')}${pathAndQuery}`,
      method: req.method,
      headers,
    });
    const fail = (kind: ProxyErrorKind) => {
      if (settled) return;
      settled = true;
      upstream.destroy();
      proxyFailure(res, kind, cluster);
    };
    const timer = setTimeout(() => fail('timeout'), upstreamTimeoutMs);
    // The same limit applies to a body that stalls after the headers arrived.
    upstream.setTimeout(upstreamTimeoutMs, () => fail('timeout'));
    upstream.on('error', (error: NodeJS.ErrnoException) => fail(classifyUpstreamError(error)));
    upstream.on('response', (upstreamRes) => {
      clearTimeout(timer);
      if (settled) {
        upstreamRes.resume();
        return;
      }
      res.status(upstreamRes.statusCode ?? 502);
      for (const name of passedResponseHeaders) {
        const value = upstreamRes.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      const challenge = upstreamRes.headers['www-authenticate'];
      if (challenge !== undefined) res.setHeader(upstreamChallengeHeader, challenge);
      upstreamRes.on('error', () => fail('reset'));
      upstreamRes.on('end', () => {
        settled = true;
      });
      upstreamRes.pipe(res);
    });
    upstream.on('close', () => clearTimeout(timer));
    // A browser that goes away cancels the upstream call instead of leaving it running.
    res.on('close', () => {
      if (!res.writableFinished) {
        settled = true;
        upstream.destroy();
      }
    });
    if (hasBody) req.pipe(upstream);
    else upstream.end();
  }
}
