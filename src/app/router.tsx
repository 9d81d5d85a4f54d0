import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';
import { routeHandle } from './page-title.ts';
import { viewRouteError } from './view-route-error.tsx';
import { LoadingLantern } from '../components/app-shell/views-catalogue-gate.tsx';

// Every view is a lazy route: the first screen loads only the shell and the picker.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    // Shown while the first route's lazy chunk loads; without one React Router warns on every load.
    HydrateFallback: LoadingLantern,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/clusters/components/cluster-picker-page.tsx')).ClusterPickerPage,
        }),
        handle: routeHandle('shell.title.clusters'),
        ErrorBoundary: viewRouteError('shell.view.clusters'),
      },
      {
        path: 'auth/callback',
        handle: routeHandle('shell.title.signingIn'),
        lazy: async () => ({ Component: (await import('./auth-callback-page.tsx')).AuthCallbackPage }),
      },
      {
        path: 'auth/admin-callback',
        handle: routeHandle('shell.title.adminSignIn'),
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
            handle: routeHandle('shell.title.connect'),
            ErrorBoundary: viewRouteError('shell.view.connect'),
          },
          {
            lazy: async () => ({ Component: (await import('./cluster-guard.tsx')).ClusterGuard }),
            children: [
              {
                path: 'topology',
                lazy: async () => ({
                  Component: (await import('../features/topology/components/topology-page.tsx')).TopologyPage,
                }),
                handle: routeHandle('shell.nav.topology'),
                ErrorBoundary: viewRouteError('shell.view.topology'),
              },
              {
                path: 'tasks',
                lazy: async () => ({
                  Component: (await import('../features/user-tasks/components/user-tasks-page.tsx')).UserTasksPage,
                }),
                handle: routeHandle('shell.nav.tasks'),
                ErrorBoundary: viewRouteError('shell.view.tasks'),
              },
              {
                path: 'tasks/:userTaskKey',
                lazy: async () => ({
                  Component: (await import('../features/user-tasks/components/user-task-detail-page.tsx'))
                    .UserTaskDetailPage,
                }),
                handle: routeHandle('shell.title.task'),
                ErrorBoundary: viewRouteError('shell.view.task'),
              },
              {
                path: 'access',
                lazy: async () => ({
                  Component: (await import('../features/diagnosis/components/access-page.tsx')).AccessPage,
                }),
                handle: routeHandle('shell.nav.access'),
                ErrorBoundary: viewRouteError('shell.view.access'),
              },
              {
                path: 'access/explain',
                lazy: async () => ({
                  Component: (await import('../features/diagnosis/components/explain-page.tsx')).ExplainPage,
                }),
                handle: routeHandle('shell.title.explain'),
                ErrorBoundary: viewRouteError('shell.view.explain'),
              },
              {
                path: 'access/requests/:requestId',
                lazy: async () => ({
                  Component: (await import('../features/diagnosis/components/request-diagnosis-page.tsx'))
                    .RequestDiagnosisPage,
                }),
                handle: routeHandle('shell.title.requestDiagnosis'),
                ErrorBoundary: viewRouteError('shell.view.requestDiagnosis'),
              },
              {
                path: 'audit',
                lazy: async () => ({
                  Component: (await import('../features/audit/components/audit-page.tsx')).AuditPage,
                }),
                handle: routeHandle('shell.nav.audit'),
                ErrorBoundary: viewRouteError('shell.view.audit'),
              },
            ],
          },
        ],
      },
      {
        path: '*',
        handle: routeHandle('notFound.title'),
        lazy: async () => ({ Component: (await import('./not-found-page.tsx')).NotFoundPage }),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
