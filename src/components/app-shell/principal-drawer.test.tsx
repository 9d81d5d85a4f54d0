import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordClusterDate } from '../../lib/connection/clock-skew.ts';
import { resetConnectionsForTests } from '../../lib/connection/connection-store.ts';
import { connectBasic } from '../../testing/connect.ts';
import { helmCluster } from '../../testing/cluster-fixtures.ts';
import { jsonResponse, stubFetch } from '../../testing/fetch-stub.ts';
import { PrincipalDrawer } from './principal-drawer.tsx';

const anna = {
  username: 'anna',
  displayName: 'Anna',
  email: null,
  authorizedComponents: ['tasklist'],
  tenants: [],
  groups: ['accounting'],
  roles: ['task-worker'],
  salesPlanType: null,
  canLogout: true,
};

afterEach(() => {
  cleanup();
  resetConnectionsForTests();
  vi.unstubAllGlobals();
});

describe('principal drawer', () => {
  it('asks the cluster who you are only when opened, once', async () => {
    const { calls } = stubFetch({ '/clusters/helm/v2/authentication/me': () => jsonResponse(200, anna) });
    connectBasic(helmCluster, 'anna', 'anna');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrap = (node: ReactNode) => (
      <QueryClientProvider client={client}>
        <MemoryRouter>{node}</MemoryRouter>
      </QueryClientProvider>
    );
    const { rerender } = render(wrap(<PrincipalDrawer cluster={helmCluster} open={false} onClose={() => {}} />));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(0);

    rerender(wrap(<PrincipalDrawer cluster={helmCluster} open onClose={() => {}} />));
    expect(await screen.findByText('accounting')).toBeInTheDocument();
    rerender(wrap(<PrincipalDrawer cluster={helmCluster} open={false} onClose={() => {}} />));
    rerender(wrap(<PrincipalDrawer cluster={helmCluster} open onClose={() => {}} />));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.map((c) => c.url)).toEqual(['/clusters/helm/v2/authentication/me']);
  });
});

describe('clock skew in the principal drawer', () => {
  function renderDrawer() {
    stubFetch({ '/clusters/helm/v2/authentication/me': () => jsonResponse(200, anna) });
    connectBasic(helmCluster, 'anna', 'anna');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <PrincipalDrawer cluster={helmCluster} open onClose={() => {}} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
  }

  it('says how far the browser clock is ahead of the cluster when it is over 30 s', async () => {
    recordClusterDate('helm', new Date(Date.now() - 10 * 60_000).toUTCString(), Date.now());
    renderDrawer();
    expect(await screen.findByText(/Your clock is 10 min ahead of the cluster’s\./)).toBeInTheDocument();
  });

  it('says nothing about the clock when it agrees with the cluster', async () => {
    recordClusterDate('helm', new Date(Date.now() - 10_000).toUTCString(), Date.now());
    renderDrawer();
    expect(await screen.findByText('accounting')).toBeInTheDocument();
    expect(screen.queryByText(/Your clock is/)).not.toBeInTheDocument();
  });
});
