import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { clearRequestLog, getRequestLog, REQUEST_LOG_CAPACITY } from '../../../lib/api/request-log.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { ReplayUnavailableError } from './diagnosis-api.ts';
import { useApplyFix } from './diagnosis-mutations.ts';

const COMPLETION = 'POST /clusters/helm/v2/user-tasks/1/completion';
const GRANT = {
  ownerId: 'ron',
  ownerType: 'USER',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: 'invoice-approval',
  permissionTypes: ['COMPLETE_USER_TASK'],
};

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(() => {
  resetConnectionsForTests();
  clearRequestLog();
  connectBasic(helmCluster, 'ron', 'ron');
});
afterEach(() => vi.unstubAllGlobals());

async function failedCompletion() {
  await apiRequest('helm', {
    method: 'POST',
    path: '/v2/user-tasks/1/completion',
    body: { variables: { password: 'hunter2-wifi' } },
  }).catch(() => undefined);
  const entry = getRequestLog().at(-1);
  if (!entry) throw new Error('no log entry');
  return entry;
}

describe('useApplyFix', () => {
  it('creates the grant, then re-runs the failed request with its original body', async () => {
    const { calls } = stubFetch({
      [COMPLETION]: [
        () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
        () => new Response(null, { status: 204 }),
      ],
      'POST /clusters/helm/v2/authorizations': () => jsonResponse(201, { authorizationKey: '42' }),
    });
    const entry = await failedCompletion();
    const { result } = renderHook(() => useApplyFix('helm'), { wrapper });
    result.current.mutate({ body: GRANT, credentials: null, entry });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ authorizationKey: '42', replay: { ok: true, status: 204 } });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `${COMPLETION}`,
      'POST /clusters/helm/v2/authorizations',
      `${COMPLETION}`,
    ]);
    expect(JSON.parse(calls[1]?.body ?? '')).toEqual(GRANT);
    expect(calls[2]?.body).toBe(calls[0]?.body);
  });

  it('writes nothing when the failed request can no longer be re-run as it was sent', async () => {
    const { calls } = stubFetch({
      [COMPLETION]: () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
      'POST /clusters/helm/v2/things': () => jsonResponse(200, {}),
      'POST /clusters/helm/v2/authorizations': () => jsonResponse(201, { authorizationKey: '42' }),
    });
    const entry = await failedCompletion();
    for (let i = 0; i < REQUEST_LOG_CAPACITY; i += 1)
      await apiRequest('helm', { method: 'POST', path: '/v2/things', body: {} });
    const { result } = renderHook(() => useApplyFix('helm'), { wrapper });
    result.current.mutate({ body: GRANT, credentials: null, entry });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ReplayUnavailableError);
    expect(calls.filter((c) => c.url.endsWith('/v2/authorizations'))).toHaveLength(0);
  });
});
