import { useQuery } from '@tanstack/react-query';
import { callerPrincipalOf } from '../../../lib/api/caller-snapshot.ts';
import { clusterVersionOf, type ClusterVersion } from '../../../lib/authz/model.ts';
import { useCluster } from '../../../lib/clusters/cluster-queries.ts';
import { clusterVersionQueries } from '../../../lib/clusters/cluster-version.ts';
import { useConnection } from '../../../lib/connection/connection-store.ts';
import { useCurrentUser } from '../../../lib/connection/current-user.ts';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import { principalOf } from './principal.ts';

/** Cluster, version, caller and (when readable) the directory, shared by both diagnosis views. */
export function useDiagnosisContext(clusterId: string, options: { directory: boolean }) {
  const { cluster } = useCluster(clusterId);
  const { connection } = useConnection(clusterId);
  // The version needs an answer from the cluster, so it waits for credentials where they are needed.
  const versionQuery = useQuery({
    ...clusterVersionQueries.version(clusterId),
    enabled: cluster !== undefined && (cluster.auth === 'none' || connection !== null),
  });
  const me = useCurrentUser(clusterId);
  const principal = principalOf(connection, me.data);
  const directory = useQuery(
    diagnosisQueries.directory(clusterId, options.directory && connection !== null && principal.type !== 'ANONYMOUS'),
  );
  const version: ClusterVersion | null = clusterVersionOf(versionQuery.data ?? null);
  // Searches filter silently: an empty authorization list means "could not read", not "none exist".
  const readableDirectory = directory.data && directory.data.authorizations.length > 0 ? directory.data : null;
  const callerPrincipal = callerPrincipalOf(principal, me.data);
  const callerOptions = diagnosisQueries.caller(clusterId, versionQuery.isPending ? null : callerPrincipal, version);
  const caller = useQuery(callerOptions);
  /** Enough to evaluate the caller itself; null when it could read no authorization at all. */
  const callerSnapshot = caller.data && caller.data.source !== 'none' ? caller.data.snapshot : null;
  return {
    cluster,
    version,
    versionPending: versionQuery.isPending,
    connection,
    me,
    principal,
    directory,
    readableDirectory,
    caller,
    callerKey: callerOptions.queryKey,
    callerSnapshot,
  };
}
