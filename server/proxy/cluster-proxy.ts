import http from 'node:http';
import https from 'node:https';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ClientCredentialSessions } from '../auth/client-credential-sessions.ts';
import type { ClusterConfig } from '../config/cluster-config.ts';
import { sendProblem, sendUnknownCluster } from '../http/problem.ts';
import { browserRefusalDetail, refusedBrowserRequest } from './browser-request-guard.ts';
import { clearRelayedHeaders, relayAnswerHeaders, setProxyAnswerPolicy } from './proxied-response-headers.ts';
import { type ProxyLimits, proxyLimits } from './proxy-limits.ts';
import { parseProxyPath } from './proxy-path.ts';
import { type ProxyErrorKind, classifyUpstreamError, sendUpstreamFailure } from './upstream-failure.ts';

// The cluster proxy: `/clusters/<id>/v2/*` → `<restAddress>/v2/*` of a configured cluster. The target
// is never taken from the request (no open proxy); only an allow-list of headers crosses in either
// direction, so cookies of the Lantern origin never reach a cluster. Bodies are streamed both ways.
// Whatever the cluster answers is that request's problem only: an answer Node cannot parse, an
// impossible status, headers or a body over the limits, or an answer that takes too long ends that
// one request with a problem (or a cut connection once the headers are out), never the server.

export interface ClusterProxyOptions {
  clusters: ReadonlyMap<string, ClusterConfig>;
  sessions: ClientCredentialSessions;
  upstreamTimeoutMs: number;
  /** Overrides of the limits derived from `upstreamTimeoutMs` (see proxy-limits.ts). */
  limits?: Partial<ProxyLimits>;
}

const forwardedRequestHeaders = ['authorization', 'content-type', 'accept', 'accept-language'] as const;

export function createClusterProxy({
  clusters,
  sessions,
  upstreamTimeoutMs,
  limits: overrides,
}: ClusterProxyOptions): RequestHandler {
  const limits = proxyLimits(upstreamTimeoutMs, overrides);
  return (req: Request, res: Response, next: NextFunction) => {
    setProxyAnswerPolicy(res);
    const refusal = refusedBrowserRequest(req.headers);
    if (refusal) {
      sendProblem(
        res,
        403,
        'proxy-request-refused',
        'Not an API call',
        `${browserRefusalDetail[refusal]}; nothing was sent to a cluster.`,
      );
      return;
    }
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
    // The browser may have gone while the session's token was fetched: then nothing is sent at all.
    if (res.destroyed) return;
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    if (req.headers['content-length'] !== undefined) headers['content-length'] = req.headers['content-length'];
    else if (hasBody) headers['transfer-encoding'] = 'chunked';

    const base = new URL(cluster.restBaseUrl);
    const client = base.protocol === 'https:' ? https : http;
    const upstream = client.request({
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port || undefined,
      path: `${base.pathname.replace(/\/$/, '')}${pathAndQuery}`,
      method: req.method,
      headers,
      maxHeaderSize: limits.maxHeaderBytes,
    });

    let done = false;
    const headersTimer = setTimeout(() => fail('timeout'), limits.headersTimeoutMs);
    const totalTimer = setTimeout(() => fail('total-timeout'), limits.totalTimeoutMs);
    const finish = () => {
      done = true;
      clearTimeout(headersTimer);
      clearTimeout(totalTimer);
    };
    function fail(kind: ProxyErrorKind): void {
      if (done) return;
      finish();
      upstream.destroy();
      sendUpstreamFailure(res, kind, cluster);
    }

    // Silence before or after the headers; a trickle that is never silent meets the other two timers.
    upstream.setTimeout(limits.idleTimeoutMs, () => fail('timeout'));
    // Parse errors (`HPE_*`) arrive here too, before or after the headers.
    upstream.on('error', (error: NodeJS.ErrnoException) => fail(classifyUpstreamError(error)));
    // Nothing asked for an upgrade (no Upgrade header crosses), so a 101 is a broken answer.
    upstream.on('upgrade', (_upgradeRes, socket) => {
      socket.destroy();
      fail('invalid-status');
    });
    upstream.on('response', (upstreamRes) => {
      clearTimeout(headersTimer);
      if (done) {
        upstreamRes.resume();
        return;
      }
      // RFC 9110 §15: values outside 100..599 are invalid; 1xx never arrive here (Node consumes them).
      const status = upstreamRes.statusCode ?? 0;
      if (status < 200 || status > 599) {
        fail('invalid-status');
        return;
      }
      const declaredLength = Number(upstreamRes.headers['content-length'] ?? 0);
      if (declaredLength > limits.maxBodyBytes) {
        fail('body-too-large');
        return;
      }
      try {
        res.status(status);
        relayAnswerHeaders(res, upstreamRes, req.method === 'HEAD' || status === 204 || status === 304);
      } catch {
        clearRelayedHeaders(res);
        fail('malformed-answer');
        return;
      }
      let received = 0;
      upstreamRes.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > limits.maxBodyBytes) fail('body-too-large');
      });
      upstreamRes.on('error', () => fail('reset'));
      upstreamRes.on('end', finish);
      upstreamRes.pipe(res);
    });
    // A browser that goes away cancels the upstream call instead of leaving it running.
    res.on('close', () => {
      const cancelled = !done && !res.writableFinished;
      finish();
      if (cancelled) upstream.destroy();
    });
    if (hasBody) req.pipe(upstream);
    else upstream.end();
  }
}
