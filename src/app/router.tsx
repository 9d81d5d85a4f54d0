import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';
import { lazyFeature } from './feature-route.tsx';
import { viewRouteError } from './view-route-error.tsx';

// Every view is a lazy route: the first screen loads only the shell and the picker.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
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
                lazy: lazyFeature('../features/topology/components/topology-page.tsx', 'TopologyPage', 'Topology'),
                ErrorBoundary: viewRouteError('Topology'),
              },
              {
                path: 'tasks',
                lazy: lazyFeature(
                  '../features/user-tasks/components/user-tasks-page.tsx',
                  'UserTasksPage',
                  'User tasks',
                ),
                ErrorBoundary: viewRouteError('User tasks'),
              },
              {
                path: 'tasks/:userTaskKey',
                lazy: lazyFeature(
                  '../features/user-tasks/components/user-task-detail-page.tsx',
                  'UserTaskDetailPage',
                  'User task',
                ),
                ErrorBoundary: viewRouteError('User task'),
              },
              {
                path: 'access',
                lazy: lazyFeature('../features/diagnosis/components/access-page.tsx', 'AccessPage', 'Access'),
                ErrorBoundary: viewRouteError('Access'),
              },
              {
                path: 'access/requests/:requestId',
                lazy: lazyFeature(
                  '../features/diagnosis/components/request-diagnosis-page.tsx',
                  'RequestDiagnosisPage',
                  'Request diagnosis',
                ),
                ErrorBoundary: viewRouteError('Request diagnosis'),
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
