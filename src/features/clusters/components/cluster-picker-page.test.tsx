import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { c8runCluster, helmCluster } from '../../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { ClusterPickerPage } from './cluster-picker-page.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ClusterPickerPage', () => {
  it('flags the cluster Lantern cannot reach and shows the server’s sign-in hint', async () => {
    const offline = { ...c8runCluster, id: 'offline', name: 'Offline cluster' };
    const helm = { ...helmCluster, signInHint: 'Try this first: sign in as ron / ron.' };
    stubFetch({
      'GET /api/clusters': () => jsonResponse(200, { clusters: [helm, offline] }),
      'GET /clusters/helm/v2/topology': () => problemResponse(401, { title: 'Unauthorized', status: 401 }),
      'GET /clusters/offline/v2/topology': () =>
        new Response(null, { status: 502, headers: { 'X-Lantern-Proxy-Error': 'refused' } }),
    });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <ClusterPickerPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const offlineCard = await screen.findByRole('link', {
      name: /^Offline cluster: unreachable \(connection refused\)/,
    });
    expect(within(offlineCard).getByTestId('cluster-down')).toHaveTextContent(
      'UnreachableLantern cannot reach it: connection refused.',
    );
    const helmCard = screen.getByRole('link', { name: /^Helm: Basic authentication/ });
    expect(within(helmCard).queryByTestId('cluster-down')).toBeNull();
    expect(within(helmCard).getByTestId('cluster-hint')).toHaveTextContent('Try this first: sign in as ron / ron.');
  });
});
