import type { Response } from 'express';
import type { ClusterConfig } from '../config/cluster-config.ts';
import { sendProblem } from '../http/problem.ts';

// What went wrong between the proxy and a cluster, named in `X-Lantern-Proxy-Error` and answered
// as a Lantern problem (502, or 504 for time limits) for that one request. Once the answer's
// headers have been relayed a problem cannot be sent any more: the browser's connection is
// destroyed, so a cut-off body is never mistaken for a complete one.

export type ProxyErrorKind =
  | 'refused'
  | 'dns'
  | 'tls'
  | 'reset'
  | 'timeout'
  | 'unknown'
  | 'invalid-status'
  | 'malformed-answer'
  | 'headers-too-large'
  | 'body-too-large'
  | 'total-timeout';

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
  // llhttp's parse errors (https://github.com/nodejs/llhttp): the answer is not HTTP as Node reads it.
  if (code === 'HPE_HEADER_OVERFLOW') return 'headers-too-large';
  if (code === 'HPE_INVALID_STATUS') return 'invalid-status';
  if (code.startsWith('HPE_')) return 'malformed-answer';
  return 'unknown';
}

interface FailureAnswer {
  status: 502 | 504;
  slug: string;
  title: string;
  detail: string;
}

const unreachable = { status: 502, slug: 'upstream-unreachable', title: 'Cluster unreachable' } as const;
const badAnswer = { status: 502, slug: 'upstream-bad-answer', title: 'Cluster answer refused' } as const;

const answers: Record<ProxyErrorKind, FailureAnswer> = {
  refused: {
    ...unreachable,
    detail: 'the cluster refused the connection (is it running, and is the REST address right?)',
  },
  dns: { ...unreachable, detail: 'the cluster’s host name could not be resolved' },
  tls: { ...unreachable, detail: 'the TLS handshake with the cluster failed (certificate or protocol)' },
  reset: { ...unreachable, detail: 'the connection to the cluster was reset before it answered' },
  unknown: { ...unreachable, detail: 'the request to the cluster failed' },
  timeout: {
    status: 504,
    slug: 'upstream-timeout',
    title: 'Cluster timed out',
    detail: 'the cluster did not answer in time',
  },
  'total-timeout': {
    status: 504,
    slug: 'upstream-total-timeout',
    title: 'Cluster answer too slow',
    detail: 'the cluster’s answer did not complete within the total time limit',
  },
  'invalid-status': {
    ...badAnswer,
    slug: 'upstream-invalid-status',
    detail: 'the cluster answered with a status code outside 200–599',
  },
  'malformed-answer': {
    ...badAnswer,
    slug: 'upstream-malformed-answer',
    detail: 'the cluster’s answer is not valid HTTP (malformed status line, header or body framing)',
  },
  'headers-too-large': {
    ...badAnswer,
    slug: 'upstream-headers-too-large',
    detail: 'the cluster’s answer headers exceed the size limit',
  },
  'body-too-large': {
    ...badAnswer,
    slug: 'upstream-body-too-large',
    detail: 'the cluster’s answer body exceeds the size limit',
  },
};

export function sendUpstreamFailure(res: Response, kind: ProxyErrorKind, cluster: ClusterConfig): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const answer = answers[kind];
  res.setHeader('X-Lantern-Proxy-Error', kind);
  sendProblem(
    res,
    answer.status,
    answer.slug,
    answer.title,
    `Cluster '${cluster.id}' (${cluster.restBaseUrl}): ${answer.detail}.`,
  );
}
