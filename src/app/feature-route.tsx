import type { ComponentType } from 'react';
import { RouteNotAvailable } from './route-not-available.tsx';

// Views built by other parts of the tree are picked up when their file exists, so the app
// builds while they are being written; a missing view renders a clear "not available" page.
const featureModules = import.meta.glob<Record<string, unknown>>([
  '../features/topology/components/topology-page.tsx',
  '../features/user-tasks/components/user-tasks-page.tsx',
  '../features/user-tasks/components/user-task-detail-page.tsx',
  '../features/diagnosis/components/access-page.tsx',
  '../features/diagnosis/components/request-diagnosis-page.tsx',
]);

export function lazyFeature(path: string, exportName: string, title: string) {
  return async (): Promise<{ Component: ComponentType }> => {
    const load = featureModules[path];
    const fallback = () => <RouteNotAvailable title={title} />;
    if (!load) return { Component: fallback };
    const module = await load();
    const Component = module[exportName];
    return { Component: typeof Component === 'function' ? (Component as ComponentType) : fallback };
  };
}
