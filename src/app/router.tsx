import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';
import { viewRouteError } from './view-route-error.tsx';

/** Until the first view's code has arrived: announced, nothing drawn (it takes a few ms). */
function BootFallback() {
  return (
    <p role="status" className="lantern-visually-hidden">
      Loading Lantern…
    </p>
  );
}

// Every view is a lazy route: the first screen loads only the shell and the picker.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    // Shown while the first route's lazy chunk loads; without one React Router warns on every load.
    HydrateFallback: BootFallback,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/clusters/components/cluster-picker-page.tsx')).ClusterPickerPage,
        }),
        ErrorBoundary: viewRouteError('The cluster list'),
      },
      {
        path: 'auth/callback',
        lazy: async () => ({ Component: (await import('./auth-callback-page.tsx')).AuthCallbackPage }),
      },
      {
        path: 'auth/admin-callback',
        lazy: async () => ({
          Component: (await import('../lib/auth/admin-popup-callback-page.tsx')).AdminPopupCallbackPage,
        }),
      },
      {
        path: 'c/:clusterId',
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/sign-in/components/connect-page.tsx')).ConnectPage,
            }),
            ErrorBoundary: viewRouteError('The connection check'),
          },
          {
            lazy: async () => ({ Component: (await import('./cluster-guard.tsx')).ClusterGuard }),
            children: [
              {
                path: 'topology',
                lazy: async () => ({
                  Component: (await import('../features/topology/components/topology-page.tsx')).TopologyPage,
                }),
                ErrorBoundary: viewRouteError('Topology'),
              },
              {
                path: 'tasks',
                lazy: async () => ({
                  Component: (await import('../features/user-tasks/components/user-tasks-page.tsx')).UserTasksPage,
                }),
                ErrorBoundary: viewRouteError('User tasks'),
              },
              {
                path: 'tasks/:userTaskKey',
                lazy: async () => ({
                  Component: (await import('../features/user-tasks/components/user-task-detail-page.tsx'))
                    .UserTaskDetailPage,
                }),
                ErrorBoundary: viewRouteError('User task'),
              },
              {
                path: 'access',
                lazy: async () => ({
                  Component: (await import('../features/diagnosis/components/access-page.tsx')).AccessPage,
                }),
                ErrorBoundary: viewRouteError('Access'),
              },
              {
                path: 'access/explain',
                lazy: async () => ({
                  Component: (await import('../features/diagnosis/components/explain-page.tsx')).ExplainPage,
                }),
                ErrorBoundary: viewRouteError('Explain an error'),
              },
              {
                path: 'access/requests/:requestId',
                lazy: async () => ({
                  Component: (await import('../features/diagnosis/components/request-diagnosis-page.tsx'))
                    .RequestDiagnosisPage,
                }),
                ErrorBoundary: viewRouteError('Request diagnosis'),
              },
              {
                path: 'audit',
                lazy: async () => ({
                  Component: (await import('../features/audit/components/audit-page.tsx')).AuditPage,
                }),
                ErrorBoundary: viewRouteError('Audit'),
              },
            ],
          },
        ],
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found-page.tsx')).NotFoundPage }),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
