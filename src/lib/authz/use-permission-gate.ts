import { useQuery } from '@tanstack/react-query';
import { callerPrincipalOf, callerSnapshotQuery, principalOf, subjectFor } from '../api/caller-snapshot.ts';
import { clusterQueries } from '../clusters/cluster-queries.ts';
import { clusterVersionQueries } from '../clusters/cluster-version.ts';
import { useConnection } from '../connection/connection-store.ts';
import { useCurrentUser } from '../connection/current-user.ts';
import { msg } from '../i18n/message.ts';
import { clusterVersionOf } from './model.ts';
import { decidePermissionGate, type PermissionGate, type PermissionGateRequirement } from './permission-gate.ts';

export type { PermissionGate, PermissionGateRequirement } from './permission-gate.ts';

/**
 * May the signed-in caller take this action? Use it to disable an action button before the click:
 *
 * ```tsx
 * const gate = usePermissionGate(clusterId, { kind: 'user-task', operation: 'complete', task });
 * <Button disabled={gate.state === 'denied'}>Complete</Button>
 * {gate.state === 'denied' ? <PermissionGateReason gate={gate} /> : null}
 * ```
 *
 * - `allowed`: the caller's grants allow it.
 * - `denied`: Lantern read the caller's authorizations (READ on every authorization, or 8.10's
 *   `POST /v2/authentication/me/authorizations`) and none allows it; `reason` names the missing
 *   permission in words and `explainHref` opens the "Can they…?" simulator for it.
 * - `unknown`: Lantern cannot know (or is still reading): keep the action enabled; a 403 is then
 *   explained as before.
 *
 * `requirement` null (e.g. the task has not loaded): `unknown`. The caller's data is read with the
 * diagnosis' own query (`callerSnapshotQuery`), so the access page and every gate share one read;
 * "apply a fix" invalidates it, so gates follow a new grant.
 */
export function usePermissionGate(clusterId: string, requirement: PermissionGateRequirement | null): PermissionGate {
  const { connection } = useConnection(clusterId);
  // Without a connection there is no caller to judge; nothing is read (not even the cluster list).
  const clusters = useQuery({ ...clusterQueries.list(), enabled: connection !== null });
  const cluster = clusters.data?.clusters.find((c) => c.id === clusterId);
  // Unknown cluster (not loaded yet) counts as protected: the gate then answers "unknown", never "allowed".
  const protectedCluster = cluster?.auth !== 'none';
  const versionQuery = useQuery({
    ...clusterVersionQueries.version(clusterId),
    enabled: cluster !== undefined && (cluster.auth === 'none' || connection !== null),
  });
  const me = useCurrentUser(clusterId);
  const principal = principalOf(connection, me.data);
  const version = clusterVersionOf(versionQuery.data ?? null);
  const callerPrincipal = protectedCluster ? callerPrincipalOf(principal, me.data) : null;
  const caller = useQuery(callerSnapshotQuery(clusterId, versionQuery.isPending ? null : callerPrincipal, version));
  if (!requirement || !connection) return { state: 'unknown', reason: msg('fix.gate.nothingYet') };
  return decidePermissionGate(
    {
      clusterId,
      version,
      subject: subjectFor(principal, connection, cluster),
      // A failed read is as good as no read: the action stays enabled.
      caller: caller.isError ? null : caller.data,
      protectedCluster,
    },
    requirement,
  );
}
