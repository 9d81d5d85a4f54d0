import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clusterKeys } from '../../../lib/clusters/cluster-keys.ts';
import type { GrantFix } from '../lib/grant-fix.ts';
import { applyFix } from './audit-api.ts';

/**
 * "Apply this fix" after the confirmation: deletions, then creations, as the signed-in principal.
 * Afterwards every query of the cluster is stale, the audit's directory included, so the finding
 * disappears when the fix worked.
 */
export function useApplyAuditFix(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fix: GrantFix) => applyFix(clusterId, fix),
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.cluster(clusterId) }),
  });
}
