import { beforeEach, describe, expect, it } from 'vitest';
import { buildDiagnosisReport } from '../authz/diagnosis-report.ts';
import { parseForbidden } from '../authz/parse-forbidden.ts';
import {
  addRequestLogEntry,
  clearRequestLog,
  getRequestLog,
  MASK,
  REQUEST_LOG_CAPACITY,
  redactBody,
  redactHeaders,
  toCurl,
  type RequestLogEntry,
} from './request-log.ts';
import { englishT } from '../../testing/translate.ts';

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

describe('one redaction rule for the log and the reports', () => {
  const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyb24ifQ.c2lnbmF0dXJl';
  const body = {
    api_key: 'k-123',
    pwd: 'p-123',
    passwdHash: 'h-123',
    cookie: 'c-123',
    clientSecret: 's-123',
    nested: [{ myToken: 't-123', note: `pasted ${JWT}` }],
    assignee: 'ron',
  };

  it('masks the same fields with the same mask in the request log as in the shareable report', () => {
    const logged = redactBody(body);
    const report = buildDiagnosisReport(
      {
        generatedAt: '2026-11-29T00:00:00Z',
        cluster: { id: 'helm', name: 'helm', version: '8.9', auth: 'basic' },
        principal: { type: 'USER', id: 'ron' },
        request: { requestId: 'r1', method: 'POST', path: '/v2/x', status: 403, problem: null, body },
        explanation: parseForbidden({ status: 403 }),
      },
      englishT,
    );
    expect(logged).toEqual({
      api_key: MASK,
      pwd: MASK,
      passwdHash: MASK,
      cookie: MASK,
      clientSecret: MASK,
      nested: [{ myToken: MASK, note: `pasted ${MASK}` }],
      assignee: 'ron',
    });
    expect(report.request.body).toEqual(logged);
  });

  it('keeps the scheme of an Authorization header in both', () => {
    expect(redactHeaders({ Authorization: 'Bearer abc.def.ghi', 'Proxy-Authorization': 'Basic eHg6eXk=' })).toEqual({
      Authorization: `Bearer ${MASK}`,
      'Proxy-Authorization': `Basic ${MASK}`,
    });
  });
});
