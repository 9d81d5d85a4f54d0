import type { ApiError } from './api-error.ts';

// Operator-grade words for a failed cluster call, shared by every view's error panel. The
// sentence says what happened and what Lantern did about it; the cluster's own problem text is
// kept apart (quoted, rendered as inert text) and so is the technical line (method, path, status).

export interface ApiErrorDescription {
  /** The first sentence of the summary, for a one-line status (e.g. while retrying). */
  headline: string;
  /** What happened, in words, and what Lantern did or does about it. */
  summary: string;
  /** The problem document's `title: detail`, verbatim; null when the answer had none. */
  problemText: string | null;
  /** The request and the raw failure, e.g. `POST /v2/user-tasks/search → 500: …`. */
  technical: string;
}

export interface DescribeOptions {
  /**
   * How many times the failed request was retried before giving up (the query's
   * `failureCount - 1`); undefined when unknown. Writes are never retried (0).
   */
  retries?: number;
}

const PROXY_ERRORS: Record<string, string> = {
  refused:
    'The cluster refused the connection: nothing listens at its address. Is the cluster (or its gateway) running, and is the configured port right?',
  dns: 'The cluster’s host name does not resolve (DNS). Check the configured address and the Lantern server’s network.',
  tls: 'The TLS handshake with the cluster failed (certificate not trusted, expired, or wrong host name).',
  timeout:
    'The cluster did not answer in time: the Lantern server gave up waiting (504). The cluster may be overloaded or stuck.',
  reset:
    'The connection to the cluster was dropped before it answered (reset). A proxy or the gateway may be restarting.',
  'invalid-status':
    'The cluster answered with a status code HTTP does not define, so the Lantern server refused the answer (502). Is a Camunda gateway really at this address?',
  'malformed-answer':
    'The cluster’s answer is not valid HTTP (broken status line, header or body framing), so the Lantern server refused it (502). Is a Camunda gateway really at this address?',
  'headers-too-large': 'The cluster’s answer headers are larger than the Lantern server accepts (502).',
  'body-too-large': 'The cluster’s answer is larger than the Lantern server relays (502).',
  'total-timeout':
    'The cluster’s answer did not complete within the Lantern server’s total time limit and was cut off (504).',
};

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function retriedSentence(error: ApiError, retries: number | undefined): string {
  const wait = error.retryAfterSeconds != null ? ` (${error.retryAfterSeconds} s)` : '';
  if (retries === undefined) return `Lantern waits as Retry-After asks${wait} before it tries again.`;
  if (retries === 0) {
    return error.request.method === 'GET'
      ? `Lantern did not retry; Retry-After asked to wait${wait}.`
      : `Lantern does not resend a write by itself, so nothing was sent twice; Retry-After asked to wait${wait} before trying again.`;
  }
  return `Lantern retried ${times(retries)}, waiting as Retry-After asked${wait}, and then stopped.`;
}

function isHtml(error: ApiError): boolean {
  return error.contentType !== null && /\bhtml\b/i.test(error.contentType);
}

function httpSummary(error: ApiError, retries: number | undefined): string {
  const status = error.status;
  const title = error.problem?.title ?? '';
  switch (status) {
    case 400:
      return 'The cluster rejected the request as invalid (400). The cluster’s reason is quoted below.';
    case 401:
      return 'The cluster did not accept the credentials (401): the session expired or was revoked. Sign in again.';
    case 403:
      return 'The cluster refused the request (403): the principal lacks a permission. The access check explains which one.';
    case 404:
      return 'Not found (404): it does not exist, or it belongs to a tenant this principal is not assigned to (the API answers 404 for both).';
    case 409:
      return 'Conflict (409): the resource is in a state that does not allow this change right now.';
    case 429:
      return `Too many requests (429): the cluster is rate-limiting Lantern. ${retriedSentence(error, retries)}`;
    case 503: {
      // RESOURCE_EXHAUSTED is the brokers' backpressure; UNAVAILABLE means no partition leader
      // could take the request (docs/camunda-api/error-messages.md §1). Both clear by themselves.
      const why =
        title === 'RESOURCE_EXHAUSTED'
          ? 'The brokers apply backpressure (RESOURCE_EXHAUSTED).'
          : title === 'UNAVAILABLE'
            ? 'No partition leader could take the request (UNAVAILABLE).'
            : 'It is starting up, electing leaders, or shedding load.';
      return `The cluster is overloaded or not ready (503). ${why} ${retriedSentence(error, retries)}`;
    }
    case 502:
      return isHtml(error)
        ? 'A proxy or load balancer in front of the cluster answered 502 Bad Gateway with an HTML page: it could not reach the cluster’s gateway.'
        : 'Bad gateway (502): something between Lantern and the cluster could not reach the cluster’s gateway.';
    case 504:
      return 'Gateway timeout (504): the cluster (or a proxy in front of it) gave up waiting, e.g. for a blocking task listener.';
    default:
      break;
  }
  if (status >= 500) {
    const html = isHtml(error)
      ? ' The answer was an HTML page, so a proxy in front of the cluster probably produced it.'
      : '';
    return `The cluster failed with an internal error (${status}).${html} This is the cluster’s fault, not the request’s.`;
  }
  return `The cluster answered ${status}.`;
}

function problemTextOf(error: ApiError): string | null {
  const title = error.problem?.title?.trim() ?? '';
  const detail = error.problem?.detail?.trim() ?? '';
  if (title && detail) return `${title}: ${detail}`;
  return title || detail || null;
}

export function describeApiError(error: ApiError, options: DescribeOptions = {}): ApiErrorDescription {
  const description = describe(error, options);
  const headline = /^.*?[.?](?=\s|$)/.exec(description.summary)?.[0] ?? description.summary;
  return { headline, ...description };
}

function describe(error: ApiError, options: DescribeOptions): Omit<ApiErrorDescription, 'headline'> {
  const technical = error.message;
  const problemText = problemTextOf(error);
  switch (error.kind) {
    case 'network':
      return {
        summary: 'No answer from the Lantern server: it stopped, or the network between this browser and it is down.',
        problemText: null,
        technical,
      };
    case 'proxy': {
      const known = error.proxyError ? PROXY_ERRORS[error.proxyError] : undefined;
      return {
        summary: known ?? `The Lantern server could not reach the cluster (${error.proxyError ?? 'unknown'}).`,
        // The Lantern server's own problem text repeats the summary; the cluster said nothing.
        problemText: null,
        technical,
      };
    }
    case 'invalid-response': {
      const field = /unexpected shape at (.+)$/.exec(error.message)?.[1];
      return {
        summary: field
          ? `The cluster answered, but not in the shape Lantern expects: ${field}. Is this a supported Camunda version (8.8 – 8.10)?`
          : 'The cluster answered, but the answer could not be read (not the JSON document Lantern expects).',
        problemText: null,
        technical,
      };
    }
    case 'http':
      return { summary: httpSummary(error, options.retries), problemText, technical };
  }
}
