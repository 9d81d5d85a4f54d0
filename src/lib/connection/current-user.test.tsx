import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { c8runCluster, helmCluster } from '../../testing/cluster-fixtures.ts';
import { jsonResponse, stubFetch } from '../../testing/fetch-stub.ts';
import { connectNone, resetConnectionsForTests } from './connection-store.ts';
import { connectBasic } from '../../testing/connect.ts';
import { primeCurrentUser, useCurrentUser } from './current-user.ts';

const anna = { username: 'anna', displayName: 'Anna', groups: ['accounting'], roles: [], tenants: [] };

function setup() {
  const { calls } = stubFetch({ '/clusters/helm/v2/authentication/me': () => jsonResponse(200, anna) });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { calls, client, wrapper };
}

afterEach(() => {
  cleanup();
  resetConnectionsForTests();
  vi.unstubAllGlobals();
});

describe('current user', () => {
  it('asks the cluster once for a signed-in user', async () => {
    const { calls, wrapper } = setup();
    connectBasic(helmCluster, 'anna', 'anna');
    const first = renderHook(() => useCurrentUser('helm'), { wrapper });
    await waitFor(() => expect(first.result.current.data?.groups).toEqual(['accounting']));
    const second = renderHook(() => useCurrentUser('helm'), { wrapper });
    expect(second.result.current.data?.username).toBe('anna');
    expect(calls).toHaveLength(1);
  });

  it('knows the anonymous caller is nobody without asking', async () => {
    const { calls, wrapper } = setup();
    connectNone(c8runCluster);
    const { result } = renderHook(() => useCurrentUser('c8run'), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it("reuses the connection check's answer instead of asking again", () => {
    const { calls, client, wrapper } = setup();
    const connection = connectBasic(helmCluster, 'anna', 'anna');
    primeCurrentUser(client, connection, {
      username: 'anna',
      displayName: 'Anna',
      email: null,
      authorizedComponents: [],
      tenants: [],
      groups: ['accounting'],
      roles: [],
    });
    const { result } = renderHook(() => useCurrentUser('helm'), { wrapper });
    expect(result.current.data?.groups).toEqual(['accounting']);
    expect(calls).toHaveLength(0);
  });
});
