import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import { assertReplayable, replayRequest, type ReplayResult } from './diagnosis-api.ts';
import {
  type AdminRead,
  type AppliedFix,
  applyFixAction,
  clusterRequestOf,
  type FixAction,
  type FixActor,
  readAdminView,
} from './fix-actions.ts';

export interface ApplyFixInput {
  /** The grant or membership the confirmation dialog showed, exactly; the one the verification looks for. */
  action: FixAction;
  /**
   * Changes sent first, in order, that the action needs to fix it (a candidate group's membership
   * before the group's grant). The first failure stops the sequence.
   */
  before?: readonly FixAction[];
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
  /** Why the re-read failed (worded at render); null when it did not. */
  readError: Error | null;
  /** Null when the request is not re-run by Lantern (someone else's, or not asked). */
  replay: ReplayResult | null;
}

/**
 * A fix of several changes stopped at one; the changes before it were made and stay. The page
 * words it from the fields (step, request lines, cause); the message is for logs only.
 */
export class StepFailedError extends Error {
  override readonly name = 'StepFailedError';
  /** `METHOD /path` of the failed change. */
  readonly failedRequest: string;
  /** `METHOD /path` of each change made before it. */
  readonly madeRequests: readonly string[];
  constructor(
    readonly step: number,
    readonly steps: number,
    failed: FixAction,
    readonly made: readonly FixAction[],
    override readonly cause: unknown,
  ) {
    super(`step ${step} of ${steps} (${requestLine(failed)}) failed`, { cause });
    this.failedRequest = requestLine(failed);
    this.madeRequests = made.map(requestLine);
  }
}

export function requestLine(action: FixAction): string {
  const request = clusterRequestOf(action);
  return `${request.method} ${request.path}`;
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
    mutationFn: async ({ action, before = [], actor, entry, replay }: ApplyFixInput): Promise<ApplyFixResult> => {
      try {
        // Refuse before writing anything: a change without the promised re-run would be half an action.
        if (replay) assertReplayable(entry);
        const steps = [...before, action];
        const made: FixAction[] = [];
        let applied: AppliedFix | null = null;
        for (const [index, step] of steps.entries()) {
          try {
            applied = await applyFixAction(clusterId, step, actor);
          } catch (error) {
            if (steps.length === 1) throw error;
            throw new StepFailedError(index + 1, steps.length, step, made, error);
          }
          made.push(step);
        }
        if (!applied) throw new Error('No change to apply.');
        let read: AdminRead | null = null;
        let readError: Error | null = null;
        try {
          read = await readAdminView(clusterId, action, actor);
          // The memberships sent first are verified too: the re-evaluation needs them.
          for (const step of before) {
            if (step.kind !== 'membership') continue;
            const members = await readAdminView(clusterId, step, actor);
            read = { ...read, memberships: [...read.memberships, ...members.memberships] };
          }
        } catch (error) {
          readError = error instanceof Error ? error : new Error(String(error));
        }
        return { applied, read, readError, replay: replay ? await replayRequest(entry) : null };
      } finally {
        forgetSecrets(actor);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.cluster(clusterId) }),
  });
}
