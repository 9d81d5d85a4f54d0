import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { retryDelay, shouldRetry } from './query-client.ts';

const request = { requestId: 'r', method: 'GET', path: '/v2/topology', clusterId: 'helm' };
const http = (status: number, retryAfterSeconds: number | null = null) =>
  new ApiError({ kind: 'http', status, problem: null, request, retryAfterSeconds });

describe('retry rules', () => {
  it.each([400, 401, 403, 404, 409])('never retries %i', (status) => {
    expect(shouldRetry(0, http(status))).toBe(false);
  });

  it.each([429, 503])('retries %i up to three times', (status) => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, http(status)))).toEqual([true, true, true, false]);
  });

  it('retries network errors and other 5xx twice', () => {
    const network = new ApiError({ kind: 'network', status: 0, problem: null, request });
    expect([0, 1, 2].map((n) => shouldRetry(n, network))).toEqual([true, true, false]);
    expect([0, 1, 2].map((n) => shouldRetry(n, http(500)))).toEqual([true, true, false]);
  });

  it('does not retry an invalid response shape', () => {
    expect(shouldRetry(0, new ApiError({ kind: 'invalid-response', status: 200, problem: null, request }))).toBe(false);
  });

  it('waits as long as Retry-After says', () => {
    expect(retryDelay(1, http(429, 7))).toBe(7000);
    expect(retryDelay(1, http(503, 0))).toBe(0);
  });

  it('backs off exponentially without Retry-After', () => {
    expect(retryDelay(1, http(503))).toBeLessThan(retryDelay(2, http(503)));
  });
});
