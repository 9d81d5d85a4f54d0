import { startClusterListAtBoot } from '../lib/clusters/boot-cluster-list.ts';
import { connectNone, getConnection } from '../lib/connection/connection-store.ts';
import { preloadRouteModules } from './route-preload.ts';

// A cluster view's URL: /c/<id>/<view>… (the connect page, /c/<id>, is not one).
const clusterViewPath = /^\/c\/([^/]+)\/[^/]/;

/**
 * The network work of the first view, started before React renders: the cluster list, the view's
 * code and, on a cluster without authentication, the connection the cluster guard would otherwise
 * make only after its first render (one render pass and effect fewer before the view's request).
 */
export async function startBoot(pathname: string): Promise<void> {
  const clusters = startClusterListAtBoot();
  preloadRouteModules(pathname);
  const clusterId = clusterViewPath.exec(pathname)?.[1];
  if (clusterId === undefined) return;
  let id: string;
  try {
    id = decodeURIComponent(clusterId);
  } catch {
    return; // a malformed URL: the router shows its error page
  }
  const cluster = await clusters.then(
    (list) => list.clusters.find((c) => c.id === id),
    () => undefined,
  );
  if (cluster?.auth === 'none' && !getConnection(cluster.id)) connectNone(cluster);
}
