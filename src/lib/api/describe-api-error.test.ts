import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from './api-error.ts';
import { englishT, germanT } from '../../testing/translate.ts';
import { describeApiError as describeMessages, type DescribeOptions } from './describe-api-error.ts';

/** The description with its words as an English reader sees them. */
function describeApiError(e: ApiError, options?: DescribeOptions) {
  const d = describeMessages(e, options);
  return { ...d, headline: englishT.message(d.headline), summary: englishT.message(d.summary) };
}

const request = { requestId: 'r1', method: 'POST', path: '/v2/user-tasks/search', clusterId: 'c8run' };

function error(init: Partial<ApiErrorInit>): ApiError {
  return new ApiError({ kind: 'http', status: 500, problem: null, request, ...init });
}

describe('describeApiError', () => {
  it('names rate limiting, the retries made and the Retry-After wait for a 429', () => {
    const text = describeApiError(error({ status: 429, retryAfterSeconds: 1 }), { retries: 3 }).summary;
    expect(text).toMatch(/Too many requests \(429\)/);
    expect(text).toContain('Lantern retried 3 times, waiting as Retry-After asked (1 s)');
    const once = describeMessages(error({ status: 429 }), { retries: 1 });
    expect(englishT.message(once.summary)).toBe(
      'Too many requests (429): the cluster is rate-limiting Lantern. Lantern retried once, waiting as Retry-After asked, and then stopped.',
    );
    expect(englishT.message(once.headline)).toBe('Too many requests (429): the cluster is rate-limiting Lantern.');
    expect(germanT.message(once.summary)).toContain('Lantern hat es einmal erneut versucht');
  });

  it('says a write was not resent when it ended in a 429', () => {
    const write = error({ status: 429, retryAfterSeconds: 2, request: { ...request, method: 'PUT' } });
    expect(describeApiError(write, { retries: 0 }).summary).toMatch(/nothing was sent twice.*\(2 s\)/);
  });

  it('tells backpressure from a missing leader in a 503', () => {
    const busy = error({ status: 503, problem: { title: 'RESOURCE_EXHAUSTED', detail: 'x' } });
    expect(describeApiError(busy, { retries: 3 }).summary).toMatch(/overloaded or not ready \(503\).*backpressure/);
    const down = error({ status: 503, problem: { title: 'UNAVAILABLE' } });
    expect(describeApiError(down).summary).toMatch(/No partition leader/);
  });

  it('quotes the problem title and detail verbatim, HTML included, apart from the summary', () => {
    const description = describeApiError(
      error({ status: 500, problem: { title: 'INTERNAL', detail: '<img src=x onerror=alert(1)>' } }),
    );
    expect(description.problemText).toBe('INTERNAL: <img src=x onerror=alert(1)>');
    expect(description.summary).not.toContain('<img');
    expect(description.summary).toMatch(/internal error \(500\)/);
  });

  it('names the proxy failure: refused, DNS, TLS, timeout', () => {
    const proxy = (proxyError: string) => describeApiError(error({ kind: 'proxy', status: 502, proxyError })).summary;
    expect(proxy('refused')).toMatch(/refused the connection/);
    expect(proxy('dns')).toMatch(/does not resolve \(DNS\)/);
    expect(proxy('tls')).toMatch(/TLS handshake/);
    expect(proxy('timeout')).toMatch(/did not answer in time/);
    expect(proxy('invalid-status')).toMatch(/status code HTTP does not define/);
    expect(proxy('malformed-answer')).toMatch(/not valid HTTP/);
    expect(proxy('headers-too-large')).toMatch(/headers are larger/);
    expect(proxy('body-too-large')).toMatch(/answer is larger/);
    expect(proxy('total-timeout')).toMatch(/total time limit/);
    expect(proxy('weird')).toMatch(/could not reach the cluster \(weird\)/);
  });

  it('says an HTML 502 came from a proxy in front of the cluster', () => {
    const html = error({ status: 502, contentType: 'text/html' });
    expect(describeApiError(html).summary).toMatch(/HTML page/);
  });

  it('names the field of an answer of the wrong shape', () => {
    const invalid = error({
      kind: 'invalid-response',
      status: 200,
      message: 'POST /v2/user-tasks/search: unexpected shape at items: expected array',
    });
    const description = describeApiError(invalid);
    expect(description.summary).toContain('items: expected array');
    expect(description.technical).toBe('POST /v2/user-tasks/search: unexpected shape at items: expected array');
  });

  it('explains 401, 404 and 409 and an unanswered request', () => {
    expect(describeApiError(error({ status: 401 })).summary).toMatch(/Sign in again/);
    expect(describeApiError(error({ status: 404 })).summary).toMatch(/tenant/);
    expect(describeApiError(error({ status: 409 })).summary).toMatch(/Conflict \(409\)/);
    expect(describeApiError(error({ kind: 'network', status: 0 })).summary).toMatch(
      /No answer from the Lantern server/,
    );
  });
});
