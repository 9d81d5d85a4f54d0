import { beforeEach, describe, expect, it } from 'vitest';
import {
  addRequestLogEntry,
  clearRequestLog,
  getRequestLog,
  MASK,
  REQUEST_LOG_CAPACITY,
  redactHeaders,
  toCurl,
  type RequestLogEntry,
} from './request-log.ts';

function entry(overrides: Partial<RequestLogEntry> = {}): RequestLogEntry {
  return {
    requestId: 'r1',
    clusterId: 'helm',
    method: 'POST',
    path: '/v2/user-tasks/search',
    query: {},
    requestBody: { filter: { assignee: "o'neil" } },
    status: 200,
    durationMs: 12,
    startedAt: 0,
    requestHeaders: redactHeaders({ Accept: 'application/json', Authorization: 'Basic YW5uYTphbm5h' }),
    problem: null,
    responseDate: null,
    errorKind: null,
    errorMessage: null,
    ...overrides,
  };
}

beforeEach(() => clearRequestLog());

describe('toCurl', () => {
  it('masks the secret by default', () => {
    const curl = toCurl(entry(), { revealSecrets: false, origin: 'http://localhost:5173' });
    expect(curl).toContain(`'Authorization: Basic ${MASK}'`);
    expect(curl).not.toContain('YW5uYTphbm5h');
    expect(curl).toContain("curl -X POST 'http://localhost:5173/clusters/helm/v2/user-tasks/search'");
  });

  it('reveals the live secret only when asked', () => {
    const secretHeaders = { Authorization: 'Basic YW5uYTphbm5h' };
    expect(toCurl(entry(), { revealSecrets: false, secretHeaders, origin: '' })).not.toContain('YW5uYTphbm5h');
    expect(toCurl(entry(), { revealSecrets: true, secretHeaders, origin: '' })).toContain(
      "'Authorization: Basic YW5uYTphbm5h'",
    );
  });

  it('quotes bodies safely for the shell', () => {
    const curl = toCurl(entry(), { revealSecrets: false, origin: '' });
    expect(curl).toContain(`--data-raw '{"filter":{"assignee":"o'\\''neil"}}'`);
  });

  it('masks the server session handle', () => {
    expect(redactHeaders({ 'X-Lantern-Session': 'abc123' })).toEqual({ 'X-Lantern-Session': MASK });
  });
});

describe('ring buffer', () => {
  it(`keeps the newest ${REQUEST_LOG_CAPACITY} requests`, () => {
    for (let i = 0; i < REQUEST_LOG_CAPACITY + 5; i += 1) addRequestLogEntry(entry({ requestId: `r${i}` }));
    const log = getRequestLog();
    expect(log).toHaveLength(REQUEST_LOG_CAPACITY);
    expect(log[0]?.requestId).toBe('r5');
  });

  it('forgets one cluster on sign-out', () => {
    addRequestLogEntry(entry({ requestId: 'a', clusterId: 'helm' }));
    addRequestLogEntry(entry({ requestId: 'b', clusterId: 'saas' }));
    clearRequestLog('helm');
    expect(getRequestLog().map((e) => e.requestId)).toEqual(['b']);
  });
});
