import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import { basicHeader } from '../../../lib/connection/connection-store.ts';
import { assertReplayable, createAuthorization, replayRequest, type ReplayResult } from './diagnosis-api.ts';

export interface ApplyFixInput {
  /** The exact `POST /v2/authorizations` body the confirmation dialog showed. */
  body: Record<string, unknown>;
  /** An administrator's login typed for this one request (Basic clusters), or null to act as the caller. */
  credentials: { username: string; password: string } | null;
  /** The failed request, re-run as the signed-in caller once the grant exists. */
  entry: Pick<RequestLogEntry, 'requestId' | 'clusterId' | 'method' | 'path' | 'query' | 'requestBody'>;
}

export interface ApplyFixResult {
  authorizationKey: string | null;
  replay: ReplayResult;
}

/**
 * "Apply this fix": create the authorization, then re-run the failed request. Afterwards every
 * query of the cluster is stale — the new grant may reveal tasks, authorizations, anything.
 */
export function useApplyFix(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, credentials, entry }: ApplyFixInput): Promise<ApplyFixResult> => {
      // Refuse before writing anything: a grant without the promised re-run would be half an action.
      assertReplayable(entry);
      const authorizationKey = await createAuthorization(
        clusterId,
        body,
        credentials ? { Authorization: basicHeader(credentials.username, credentials.password) } : undefined,
      );
      return { authorizationKey, replay: await replayRequest(entry) };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.cluster(clusterId) }),
  });
}
