// The router's lazy routes load their code only once React has rendered the router, after the whole
// entry has been evaluated. At boot the URL already says which view comes first, so its chunks are
// asked for at once. The specifiers are the router's (router.tsx), so Vite resolves both to the same
// chunk and the browser fetches each once.
const clusterGuard = () => import('./cluster-guard.tsx');

const viewModules: readonly { path: RegExp; load: () => Promise<unknown>[] }[] = [
  { path: /^\/auth\/callback\/?$/, load: () => [import('./auth-callback-page.tsx')] },
  { path: /^\/auth\/admin-callback\/?$/, load: () => [import('../lib/auth/admin-popup-callback-page.tsx')] },
  { path: /^\/$/, load: () => [import('../features/clusters/components/cluster-picker-page.tsx')] },
  { path: /^\/c\/[^/]+\/?$/, load: () => [import('../features/sign-in/components/connect-page.tsx')] },
  {
    path: /^\/c\/[^/]+\/topology\/?$/,
    load: () => [clusterGuard(), import('../features/topology/components/topology-page.tsx')],
  },
  {
    path: /^\/c\/[^/]+\/tasks\/?$/,
    load: () => [clusterGuard(), import('../features/user-tasks/components/user-tasks-page.tsx')],
  },
  {
    path: /^\/c\/[^/]+\/tasks\/[^/]+\/?$/,
    load: () => [clusterGuard(), import('../features/user-tasks/components/user-task-detail-page.tsx')],
  },
  {
    path: /^\/c\/[^/]+\/access\/?$/,
    load: () => [clusterGuard(), import('../features/diagnosis/components/access-page.tsx')],
  },
  {
    path: /^\/c\/[^/]+\/access\/explain\/?$/,
    load: () => [clusterGuard(), import('../features/diagnosis/components/explain-page.tsx')],
  },
  {
    path: /^\/c\/[^/]+\/access\/requests\/[^/]+\/?$/,
    load: () => [clusterGuard(), import('../features/diagnosis/components/request-diagnosis-page.tsx')],
  },
  {
    path: /^\/c\/[^/]+\/audit\/?$/,
    load: () => [clusterGuard(), import('../features/audit/components/audit-page.tsx')],
  },
];

/** The modules the router's lazy routes for `pathname` load; none for a path it does not know. */
export function routeModulesFor(pathname: string): Promise<unknown>[] {
  return viewModules.find((v) => v.path.test(pathname))?.load() ?? [];
}

/** Starts loading the code of the view at `pathname`. */
export function preloadRouteModules(pathname: string): void {
  // A failed preload is only a lost head start: the router's own import reports the error.
  for (const loading of routeModulesFor(pathname)) loading.catch(() => undefined);
}
