import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error.ts';
import { pageOffsetOf, pageRequestOf, type UserTask, type UserTaskPage } from './user-tasks-api.ts';
import { RECOVERY_INTERVAL_MS, nextPageParam, previousPageParam, recoveryInterval } from './user-tasks-queries.ts';

const request = { requestId: 'r1', method: 'POST', path: '/v2/user-tasks/search', clusterId: 'c8run' };
const failed = (status: number, kind: 'http' | 'proxy' | 'invalid-response' = 'http') => ({
  state: { status: 'error', error: new ApiError({ kind, status, problem: null, request }) },
});

describe('recoveryInterval', () => {
  it('asks again periodically only while a fault that can clear by itself lasts', () => {
    expect(recoveryInterval({ state: { status: 'success', error: null } })).toBe(false);
    expect(recoveryInterval(failed(500))).toBe(RECOVERY_INTERVAL_MS);
    expect(recoveryInterval(failed(503))).toBe(RECOVERY_INTERVAL_MS);
    expect(recoveryInterval(failed(429))).toBe(RECOVERY_INTERVAL_MS);
    expect(recoveryInterval(failed(502, 'proxy'))).toBe(RECOVERY_INTERVAL_MS);
    expect(recoveryInterval(failed(200, 'invalid-response'))).toBe(RECOVERY_INTERVAL_MS);
  });

  it('does not repeat a request the cluster refused for what it is (400, 403, 404)', () => {
    expect(recoveryInterval(failed(400))).toBe(false);
    expect(recoveryInterval(failed(403))).toBe(false);
    expect(recoveryInterval(failed(404))).toBe(false);
  });
});

const page = (over: Partial<UserTaskPage>): UserTaskPage => ({
  items: Array.from({ length: 200 }, (_, i) => ({ userTaskKey: String(i) }) as UserTask),
  offset: 0,
  totalItems: 1000,
  hasMoreTotalItems: false,
  startCursor: 'start',
  endCursor: 'end',
  ...over,
});

describe('page params of the sliding window', () => {
  it('continues after the end cursor and remembers where that page starts', () => {
    expect(nextPageParam(page({ offset: 400 }))).toEqual({ after: 'end', offset: 600 });
    expect(nextPageParam(page({ offset: 800 }))).toBeUndefined();
    expect(nextPageParam(page({ offset: 800, hasMoreTotalItems: true }))).toEqual({ after: 'end', offset: 1000 });
    expect(nextPageParam(page({ offset: 400, items: [] }))).toBeUndefined();
  });

  it('goes back before the start cursor, and has nothing before the first task', () => {
    expect(previousPageParam(page({ offset: 400 }))).toEqual({ before: 'start', end: 400 });
    expect(previousPageParam(page({ offset: 0 }))).toBeUndefined();
  });

  it('falls back to offsets when the cluster sends no cursors (8.8)', () => {
    const noCursors = { startCursor: null, endCursor: null };
    expect(nextPageParam(page({ ...noCursors, offset: 200 }))).toEqual({ from: 400 });
    expect(previousPageParam(page({ ...noCursors, offset: 400 }))).toEqual({ from: 200, limit: 200 });
    expect(previousPageParam(page({ ...noCursors, offset: 150 }))).toEqual({ from: 0, limit: 150 });
  });

  it('sends only the API page fields and places each fetched page in the whole result', () => {
    expect(pageRequestOf(null)).toEqual({ limit: 200 });
    expect(pageRequestOf({ after: 'c', offset: 600 })).toEqual({ after: 'c', limit: 200 });
    expect(pageRequestOf({ before: 'c', end: 400 })).toEqual({ before: 'c', limit: 200 });
    expect(pageRequestOf({ from: 0, limit: 150 })).toEqual({ from: 0, limit: 150 });
    expect(pageOffsetOf({ after: 'c', offset: 600 }, 200)).toBe(600);
    expect(pageOffsetOf({ before: 'c', end: 400 }, 200)).toBe(200);
    expect(pageOffsetOf({ before: 'c', end: 150 }, 150)).toBe(0);
    expect(pageOffsetOf({ from: 200 }, 200)).toBe(200);
  });
});
