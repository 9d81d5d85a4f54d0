import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../lib/api/query-client.ts';
import { resetConnectionsForTests } from '../lib/connection/connection-store.ts';
import { c8runCluster } from '../testing/cluster-fixtures.ts';
import { jsonResponse, stubFetch } from '../testing/fetch-stub.ts';
import { routes } from './router.tsx';

// The real route tree, with the Topology view swapped for one that crashes while rendering.
let crash = true;
function CrashingTopology() {
  if (crash) throw new Error('Cannot read properties of undefined <img src=x onerror="alert(1)">');
  return <p>Topology is back</p>;
}

function withCrashingTopology(tree: RouteObject[]): RouteObject[] {
  return tree.map((route) => {
    if (route.path === 'topology') {
      const { lazy: _real, ...rest } = route;
      return { ...rest, Component: CrashingTopology };
    }
    return route.children ? { ...route, children: withCrashingTopology(route.children) } : route;
  });
}

beforeAll(async () => {
  await import('./cluster-guard.tsx');
}, 60_000);
beforeEach(() => {
  crash = true;
  resetConnectionsForTests();
  stubFetch({
    '/api/clusters': () => jsonResponse(200, { clusters: [c8runCluster] }),
    '/api/health': () => jsonResponse(200, { status: 'ok' }),
  });
  // React reports the caught render error on the console; the test expects that error.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a view that crashes while rendering', { timeout: 30_000 }, () => {
  it('leaves the shell and navigation in place, names the view, shows the error as text and recovers on Try again', async () => {
    const user = userEvent.setup();
    const router = createMemoryRouter(withCrashingTopology(routes), { initialEntries: ['/c/c8run/topology'] });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    const panel = await screen.findByRole('alert', { name: 'Topology could not be shown' }, { timeout: 15_000 });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Cluster views' })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
    expect(panel).toHaveTextContent('Cannot read properties of undefined <img src=x onerror="alert(1)">');
    expect(panel.querySelector('img')).toBeNull();

    crash = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Topology is back')).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Topology could not be shown' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/c8run/topology');
  });
});
