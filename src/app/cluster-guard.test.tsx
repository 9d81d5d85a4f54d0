import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/api/query-client.ts';
import { resetConnectionsForTests } from '../lib/connection/connection-store.ts';
import { connectBasic } from '../testing/connect.ts';
import { c8runCluster, helmCluster, saasCluster } from '../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch } from '../testing/fetch-stub.ts';
import { routes } from './router.tsx';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

beforeEach(() => {
  resetConnectionsForTests();
  stubFetch({
    '/api/clusters': () => jsonResponse(200, { clusters: [c8runCluster, helmCluster, saasCluster] }),
    '/api/health': () => jsonResponse(200, { status: 'ok' }),
    '/clusters/helm/v2/topology': () =>
      problemResponse(401, { title: 'Unauthorized', status: 401, detail: 'Full authentication is required' }),
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// The lazy routes are compiled on first import; do that outside the timed tests.
beforeAll(async () => {
  await Promise.all([
    import('../features/sign-in/components/connect-page.tsx'),
    import('../features/clusters/components/cluster-picker-page.tsx'),
    import('./cluster-guard.tsx'),
  ]);
}, 60_000);

describe('cluster routes', { timeout: 30_000 }, () => {
  it('send a visitor without a connection to the sign-in, remembering where they wanted to go', async () => {
    const router = renderAt('/c/helm/tasks?state=CREATED');
    expect(await screen.findByRole('form', { name: 'Basic authentication' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/helm');
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/c/helm/tasks?state=CREATED');
  });

  it('keep the hash of the wanted address, which carries a shared diagnosis', async () => {
    const router = renderAt('/c/helm/access/explain#f=eyJ2IjoxfQ');
    expect(await screen.findByRole('form', { name: 'Basic authentication' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe(
      '/c/helm/access/explain#f=eyJ2IjoxfQ',
    );
  });

  it('let a connected user through to the view, with the cluster navigation', async () => {
    connectBasic(helmCluster, 'anna', 'anna');
    const router = renderAt('/c/helm/access');
    expect(await screen.findByRole('navigation', { name: 'Cluster views' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/helm/access');
  });

  it('open clusters without authentication directly', async () => {
    const router = renderAt('/c/c8run/topology');
    expect(await screen.findByRole('navigation', { name: 'Cluster views' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/c8run/topology');
  });

  it('list the configured clusters on the start page', async () => {
    renderAt('/');
    const list = await screen.findByRole('list', { name: 'Configured clusters' }, { timeout: 15_000 });
    expect(list.querySelectorAll('li')).toHaveLength(3);
  });
});
