import { act, cleanup, render } from '@testing-library/react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../lib/i18n/language-store.ts';
import { routeHandle, usePageTitle } from './page-title.ts';

function Layout() {
  usePageTitle();
  return <Outlet />;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        children: [
          { index: true, handle: routeHandle('shell.title.clusters'), element: <Link to="/c/helm/tasks">tasks</Link> },
          {
            path: 'c/:clusterId',
            children: [{ path: 'tasks', handle: routeHandle('shell.nav.tasks'), element: <p>queue</p> }],
          },
          { path: 'untitled', element: <p>no handle</p> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

afterEach(async () => {
  cleanup();
  await act(() => setLanguage('en'));
  window.localStorage.clear();
});

describe('page titles', () => {
  it('name the view and the cluster, and follow navigation', async () => {
    const router = renderAt('/');
    expect(document.title).toBe('Clusters · Lantern');
    await act(() => router.navigate('/c/helm/tasks'));
    expect(document.title).toBe('User tasks · helm · Lantern');
    await act(() => router.navigate('/untitled'));
    expect(document.title).toBe('Lantern');
  });

  it('follow a language switch on the same page; the cluster id stays as it is', async () => {
    renderAt('/c/helm/tasks');
    expect(document.title).toBe('User tasks · helm · Lantern');
    await act(() => setLanguage('de'));
    expect(document.title).toBe('Aufgaben · helm · Lantern');
  });
});
