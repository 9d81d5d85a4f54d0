import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { clearRequestLog, getRequestLog, MASK, REQUEST_LOG_CAPACITY } from '../../../lib/api/request-log.ts';
import { diagnosisReportJson, diagnosisReportMarkdown } from '../../../lib/authz/diagnosis-report.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { diagnoseRequest } from '../lib/diagnose-request.ts';
import { replayRequest, ReplayUnavailableError } from './diagnosis-api.ts';
import { englishT } from '../../../testing/translate.ts';

const COMPLETION = 'POST /clusters/helm/v2/user-tasks/2251799813685320/completion';
const FORBIDDEN = {
  type: 'about:blank',
  title: 'FORBIDDEN',
  status: 403,
  detail:
    "Command 'COMPLETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'",
  instance: '/v2/user-tasks/2251799813685320/completion',
};
// Variables whose names look secret, and a key order JSON round trips do not keep ("2" first).
const VARIABLES = {
  variables: { approved: true, password: 'hunter2-wifi', apiToken: 'tok-123', note: 'ok', '2': 'two' },
};

beforeEach(() => {
  resetConnectionsForTests();
  clearRequestLog();
  connectBasic(helmCluster, 'ron', 'ron');
});
afterEach(() => vi.unstubAllGlobals());

async function failedCompletion() {
  await apiRequest('helm', {
    method: 'POST',
    path: '/v2/user-tasks/2251799813685320/completion',
    body: VARIABLES,
  }).catch(() => undefined);
  const entry = getRequestLog().at(-1);
  if (!entry) throw new Error('no log entry');
  return entry;
}

describe('replaying a failed request', () => {
  it('sends the original body byte for byte, while the log and the report still show the secrets masked', async () => {
    const { calls } = stubFetch({
      [COMPLETION]: [() => problemResponse(403, FORBIDDEN), () => new Response(null, { status: 204 })],
    });
    const entry = await failedCompletion();

    const result = await replayRequest(entry);

    expect(result).toMatchObject({ ok: true, status: 204 });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toBe(calls[0]?.body);
    expect(calls[1]?.body).toContain('"password":"hunter2-wifi"');
    expect(calls[1]?.body).toContain('"apiToken":"tok-123"');

    // The log shows the masked copy, for the failed request and for its replay.
    for (const logged of getRequestLog()) {
      expect(logged.requestBody).toEqual({
        variables: { approved: true, password: MASK, apiToken: MASK, note: 'ok', '2': 'two' },
      });
    }
    const { report } = diagnoseRequest({
      entry,
      cluster: helmCluster,
      version: '8.9',
      principal: { type: 'USER', id: 'ron', groups: [], roles: ['readonly-admin'], tenants: [] },
      subject: { type: 'USER', id: 'ron' },
      callerSnapshot: null,
      task: null,
    });
    const full = { ...report, generatedAt: '2026-11-29T00:00:00Z' };
    for (const text of [diagnosisReportMarkdown(full, englishT), diagnosisReportJson(full, englishT)]) {
      expect(text).not.toContain('hunter2-wifi');
      expect(text).not.toContain('tok-123');
    }
    expect(diagnosisReportJson(full, englishT)).toContain(`"password": "${MASK}"`);
  });

  it('refuses instead of sending the masked body once the log has forgotten the original', async () => {
    const { calls } = stubFetch({
      [COMPLETION]: () => problemResponse(403, FORBIDDEN),
      'POST /clusters/helm/v2/things': () => jsonResponse(200, {}),
    });
    const entry = await failedCompletion();
    for (let i = 0; i < REQUEST_LOG_CAPACITY; i += 1)
      await apiRequest('helm', { method: 'POST', path: '/v2/things', body: {} });

    await expect(replayRequest(entry)).rejects.toBeInstanceOf(ReplayUnavailableError);
    expect(calls.filter((c) => c.url.endsWith('/completion'))).toHaveLength(1);
  });

  it('replays a request without a body without inventing one', async () => {
    const { calls } = stubFetch({
      'DELETE /clusters/helm/v2/user-tasks/1/assignee': [
        () => problemResponse(403, { ...FORBIDDEN, instance: '/v2/user-tasks/1/assignee' }),
        () => new Response(null, { status: 204 }),
      ],
    });
    await apiRequest('helm', { method: 'DELETE', path: '/v2/user-tasks/1/assignee' }).catch(() => undefined);
    const entry = getRequestLog().at(-1);
    if (!entry) throw new Error('no log entry');
    expect((await replayRequest(entry)).ok).toBe(true);
    expect(calls[1]?.body).toBeNull();
  });
});
