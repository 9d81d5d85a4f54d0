/**
 * The root of every query key. Each feature's factory starts from `clusterKeys.feature(id, name)`,
 * so everything read from one cluster sits under `['clusters', id]` and is dropped as one when the
 * principal or the active cluster changes.
 */
export const clusterKeys = {
  /** The server's cluster list, and the prefix of everything else. */
  all: ['clusters'] as const,
  cluster: (clusterId: string) => [...clusterKeys.all, clusterId] as const,
  feature: <F extends string>(clusterId: string, feature: F) => [...clusterKeys.cluster(clusterId), feature] as const,
};
