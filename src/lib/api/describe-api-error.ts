import type { MessageId } from '../i18n/catalogues.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { ApiError } from './api-error.ts';

// Operator-grade words for a failed cluster call, shared by every view's error panel. The
// sentence says what happened and what Lantern did about it; the cluster's own problem text is
// kept apart (quoted, rendered as inert text) and so is the technical line (method, path, status).
// The words are message descriptors, worded at render in the UI language (`t.message`); the
// problem text and the technical line stay as the cluster and the request spelled them.

export interface ApiErrorDescription {
  /** The first sentence of the summary, for a one-line status (e.g. while retrying). */
  headline: Message;
  /** What happened, in words, and what Lantern did or does about it. */
  summary: Message;
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

const PROXY_ERRORS: Record<string, MessageId> = {
  refused: 'common.apiError.proxy.refused',
  dns: 'common.apiError.proxy.dns',
  tls: 'common.apiError.proxy.tls',
  timeout: 'common.apiError.proxy.timeout',
  reset: 'common.apiError.proxy.reset',
  'invalid-status': 'common.apiError.proxy.invalidStatus',
  'malformed-answer': 'common.apiError.proxy.malformedAnswer',
  'headers-too-large': 'common.apiError.proxy.headersTooLarge',
  'body-too-large': 'common.apiError.proxy.bodyTooLarge',
  'total-timeout': 'common.apiError.proxy.totalTimeout',
};

/** One summary of several whole sentences; `none` leaves a slot out (see the catalogue). */
function sentences(first: Message, second: Message | null, third: Message | null = null): Message {
  return msg('common.apiError.sentences', { first, second: second ?? 'none', third: third ?? 'none' });
}

function retriedSentence(error: ApiError, retries: number | undefined): Message {
  const wait = error.retryAfterSeconds != null ? String(error.retryAfterSeconds) : 'none';
  if (retries === undefined) return msg('common.apiError.retry.waits', { wait });
  if (retries === 0) {
    return error.request.method === 'GET'
      ? msg('common.apiError.retry.notRetried', { wait })
      : msg('common.apiError.retry.write', { wait });
  }
  return msg('common.apiError.retry.stopped', { retries, wait });
}

function isHtml(error: ApiError): boolean {
  return error.contentType !== null && /\bhtml\b/i.test(error.contentType);
}

type Words = { headline: Message; summary: Message };

function single(message: Message): Words {
  return { headline: message, summary: message };
}

function httpWords(error: ApiError, retries: number | undefined): Words {
  const status = error.status;
  const title = error.problem?.title ?? '';
  switch (status) {
    case 400:
      return single(msg('common.apiError.http.400'));
    case 401:
      return single(msg('common.apiError.http.401'));
    case 403:
      return single(msg('common.apiError.http.403'));
    case 404:
      return single(msg('common.apiError.http.404'));
    case 409:
      return single(msg('common.apiError.http.409'));
    case 429: {
      const headline = msg('common.apiError.http.429');
      return { headline, summary: sentences(headline, retriedSentence(error, retries)) };
    }
    case 503: {
      // RESOURCE_EXHAUSTED is the brokers' backpressure; UNAVAILABLE means no partition leader
      // could take the request (docs/camunda-api/error-messages.md §1). Both clear by themselves.
      const why =
        title === 'RESOURCE_EXHAUSTED'
          ? msg('common.apiError.http.503.backpressure')
          : title === 'UNAVAILABLE'
            ? msg('common.apiError.http.503.noLeader')
            : msg('common.apiError.http.503.starting');
      const headline = msg('common.apiError.http.503');
      return { headline, summary: sentences(headline, why, retriedSentence(error, retries)) };
    }
    case 502:
      return single(isHtml(error) ? msg('common.apiError.http.502.html') : msg('common.apiError.http.502'));
    case 504:
      return single(msg('common.apiError.http.504'));
    default:
      break;
  }
  if (status >= 500) {
    const headline = msg('common.apiError.http.internal', { status });
    const fault = msg('common.apiError.http.internal.fault');
    return {
      headline,
      summary: isHtml(error)
        ? sentences(headline, msg('common.apiError.http.internal.html'), fault)
        : sentences(headline, fault),
    };
  }
  return single(msg('common.apiError.http.other', { status }));
}

function problemTextOf(error: ApiError): string | null {
  const title = error.problem?.title?.trim() ?? '';
  const detail = error.problem?.detail?.trim() ?? '';
  if (title && detail) return `${title}: ${detail}`;
  return title || detail || null;
}

export function describeApiError(error: ApiError, options: DescribeOptions = {}): ApiErrorDescription {
  const technical = error.message;
  switch (error.kind) {
    case 'network':
      return { ...single(msg('common.apiError.network')), problemText: null, technical };
    case 'proxy': {
      const known = error.proxyError ? PROXY_ERRORS[error.proxyError] : undefined;
      return {
        ...single(known ? msg(known) : msg('common.apiError.proxy.unknown', { code: error.proxyError ?? 'unknown' })),
        // The Lantern server's own problem text repeats the summary; the cluster said nothing.
        problemText: null,
        technical,
      };
    }
    case 'invalid-response': {
      const field = /unexpected shape at (.+)$/.exec(error.message)?.[1];
      return {
        ...single(field ? msg('common.apiError.invalid.field', { field }) : msg('common.apiError.invalid.unreadable')),
        problemText: null,
        technical,
      };
    }
    case 'http':
      return { ...httpWords(error, options.retries), problemText: problemTextOf(error), technical };
  }
}
