import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import { assertReplayable, replayRequest, type ReplayResult } from './diagnosis-api.ts';
import {
  type AdminRead,
  type AppliedFix,
  applyFixAction,
  type FixAction,
  type FixActor,
  readAdminView,
} from './fix-actions.ts';

export interface ApplyFixInput {
  /** The grant or membership the confirmation dialog showed, exactly. */
  action: FixAction;
  /** With whose rights it is sent (the caller, an administrator for this one change, the server's client). */
  actor: FixActor;
  /** The failed request. */
  entry: Pick<RequestLogEntry, 'requestId' | 'clusterId' | 'method' | 'path' | 'query' | 'requestBody'>;
  /** Re-run the failed request as the signed-in caller afterwards (only when the caller is the refused principal). */
  replay: boolean;
}

export interface ApplyFixResult {
  applied: AppliedFix;
  /** The administrator's re-read for the verification; null when it failed (see `readError`). */
  read: AdminRead | null;
  readError: string | null;
  /** Null when the request is not re-run by Lantern (someone else's, or not asked). */
  replay: ReplayResult | null;
}

/**
 * The mutation keeps its input as long as the panel shows the result; an administrator's password or
 * token in it must not outlive the change (and its verification), so it is blanked in place.
 */
function forgetSecrets(actor: FixActor): void {
  if (actor.kind === 'basic-admin') actor.password = '';
  if (actor.kind === 'popup-admin') actor.accessToken = '';
}

/**
 * "Apply this fix": send the grant or membership, re-read the cluster's authorizations with the
 * same rights, then re-run the failed request when Lantern acts as the refused principal.
 * Afterwards every query of the cluster is stale — the change may reveal tasks, anything.
 */
export function useApplyFix(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, actor, entry, replay }: ApplyFixInput): Promise<ApplyFixResult> => {
      try {
        // Refuse before writing anything: a change without the promised re-run would be half an action.
        if (replay) assertReplayable(entry);
        const applied = await applyFixAction(clusterId, action, actor);
        let read: AdminRead | null = null;
        let readError: string | null = null;
        try {
          read = await readAdminView(clusterId, action, actor);
        } catch (error) {
          readError = error instanceof Error ? error.message : String(error);
        }
        return { applied, read, readError, replay: replay ? await replayRequest(entry) : null };
      } finally {
        forgetSecrets(actor);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.cluster(clusterId) }),
  });
}
