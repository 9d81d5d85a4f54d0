import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error.ts';
import { RECOVERY_INTERVAL_MS, recoveryInterval } from './user-tasks-queries.ts';

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
