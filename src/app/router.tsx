import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';
import { lazyFeature } from './feature-route.tsx';

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
          },
          {
            lazy: async () => ({ Component: (await import('./cluster-guard.tsx')).ClusterGuard }),
            children: [
              {
                path: 'topology',
                lazy: lazyFeature('../features/topology/components/topology-page.tsx', 'TopologyPage', 'Topology'),
              },
              {
                path: 'tasks',
                lazy: lazyFeature(
                  '../features/user-tasks/components/user-tasks-page.tsx',
                  'UserTasksPage',
                  'User tasks',
                ),
              },
              {
                path: 'tasks/:userTaskKey',
                lazy: lazyFeature(
                  '../features/user-tasks/components/user-task-detail-page.tsx',
                  'UserTaskDetailPage',
                  'User task',
                ),
              },
              {
                path: 'access',
                lazy: lazyFeature('../features/diagnosis/components/access-page.tsx', 'AccessPage', 'Access'),
              },
              {
                path: 'access/requests/:requestId',
                lazy: lazyFeature(
                  '../features/diagnosis/components/request-diagnosis-page.tsx',
                  'RequestDiagnosisPage',
                  'Request diagnosis',
                ),
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
