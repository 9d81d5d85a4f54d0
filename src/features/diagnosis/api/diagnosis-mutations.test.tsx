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
const SEARCH = 'POST /clusters/helm/v2/authorizations/search';
const GRANT = {
  ownerId: 'ron',
  ownerType: 'USER',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: 'invoice-approval',
  permissionTypes: ['COMPLETE_USER_TASK'],
};

const basicOf = (user: string) => `Basic ${btoa(`${user}:${user}`)}`;

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
  it('creates the grant, re-reads the authorizations, then re-runs the failed request with its original body', async () => {
    const { calls } = stubFetch({
      [COMPLETION]: [
        () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
        () => new Response(null, { status: 204 }),
      ],
      'POST /clusters/helm/v2/authorizations': () => jsonResponse(201, { authorizationKey: '42' }),
      [SEARCH]: () => jsonResponse(200, { items: [{ ...GRANT, authorizationKey: '42' }] }),
    });
    const entry = await failedCompletion();
    const { result } = renderHook(() => useApplyFix('helm'), { wrapper });
    result.current.mutate({
      action: { kind: 'authorization', body: GRANT },
      actor: { kind: 'caller' },
      entry,
      replay: true,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({
      applied: { outcome: 'created', authorizationKey: '42' },
      read: { authorizations: [{ ...GRANT, authorizationKey: '42', resourcePropertyName: null }] },
      replay: { ok: true, status: 204 },
    });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `${COMPLETION}`,
      'POST /clusters/helm/v2/authorizations',
      SEARCH,
      `${COMPLETION}`,
    ]);
    expect(JSON.parse(calls[1]?.body ?? '')).toEqual(GRANT);
    expect(calls[3]?.body).toBe(calls[0]?.body);
  });

  it('reports an identical grant (409 ALREADY_EXISTS) as already there, and still verifies and retries', async () => {
    stubFetch({
      [COMPLETION]: [
        () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
        () => new Response(null, { status: 204 }),
      ],
      'POST /clusters/helm/v2/authorizations': () =>
        problemResponse(409, { status: 409, title: 'ALREADY_EXISTS', detail: 'already exists' }),
      [SEARCH]: () => jsonResponse(200, { items: [GRANT] }),
    });
    const entry = await failedCompletion();
    const { result } = renderHook(() => useApplyFix('helm'), { wrapper });
    result.current.mutate({
      action: { kind: 'authorization', body: GRANT },
      actor: { kind: 'caller' },
      entry,
      replay: true,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ applied: { outcome: 'already-there' }, replay: { ok: true } });
  });

  it("sends the change and the re-read with the popup administrator's token, and the retry with the caller's login", async () => {
    const { calls } = stubFetch({
      [COMPLETION]: [
        () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
        () => new Response(null, { status: 204 }),
      ],
      'PUT /clusters/helm/v2/tenants/finance/users/ron': () => new Response(null, { status: 204 }),
      [SEARCH]: () => jsonResponse(200, { items: [] }),
      'POST /clusters/helm/v2/tenants/finance/users/search': () => jsonResponse(200, { items: [{ username: 'ron' }] }),
    });
    const entry = await failedCompletion();
    const { result } = renderHook(() => useApplyFix('helm'), { wrapper });
    result.current.mutate({
      action: {
        kind: 'membership',
        membership: { containerType: 'TENANT', containerId: 'finance', memberType: 'USER', memberId: 'ron' },
      },
      actor: { kind: 'popup-admin', username: 'demo', accessToken: 'admin-token' },
      entry,
      replay: true,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    // The administrator's token is used for the change and its verification, then forgotten.
    expect(result.current.variables?.actor).toEqual({ kind: 'popup-admin', username: 'demo', accessToken: '' });
    expect(result.current.data?.read?.memberships).toEqual([
      { containerType: 'TENANT', containerId: 'finance', memberType: 'USER', memberId: 'ron' },
    ]);
    expect(calls.map((c) => [c.method, c.url, c.headers.authorization, c.body])).toEqual([
      ['POST', '/clusters/helm/v2/user-tasks/1/completion', basicOf('ron'), calls[0]?.body],
      ['PUT', '/clusters/helm/v2/tenants/finance/users/ron', 'Bearer admin-token', null],
      ['POST', '/clusters/helm/v2/authorizations/search', 'Bearer admin-token', expect.any(String)],
      ['POST', '/clusters/helm/v2/tenants/finance/users/search', 'Bearer admin-token', expect.any(String)],
      ['POST', '/clusters/helm/v2/user-tasks/1/completion', basicOf('ron'), calls[0]?.body],
    ]);
  });

  it("goes through the server's admin routes with the caller's own credentials for the administrative client", async () => {
    const { calls } = stubFetch({
      [COMPLETION]: () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
      'POST /api/clusters/helm/admin/authorizations': () => jsonResponse(201, { authorizationKey: '9' }),
      'POST /api/clusters/helm/admin/authorizations/search': () => jsonResponse(200, { items: [GRANT] }),
    });
    const entry = await failedCompletion();
    const { result } = renderHook(() => useApplyFix('helm'), { wrapper });
    result.current.mutate({
      action: { kind: 'authorization', body: GRANT },
      actor: { kind: 'server-admin' },
      entry,
      replay: false,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ applied: { authorizationKey: '9' }, replay: null });
    expect(calls.slice(1).map((c) => [c.url, c.headers.authorization])).toEqual([
      ['/api/clusters/helm/admin/authorizations', basicOf('ron')],
      ['/api/clusters/helm/admin/authorizations/search', basicOf('ron')],
    ]);
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
    result.current.mutate({
      action: { kind: 'authorization', body: GRANT },
      actor: { kind: 'caller' },
      entry,
      replay: true,
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ReplayUnavailableError);
    expect(calls.filter((c) => c.url.endsWith('/v2/authorizations'))).toHaveLength(0);
  });
});
