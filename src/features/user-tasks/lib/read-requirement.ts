import { capabilityById } from '../../../lib/authz/capabilities.ts';
import { clusterVersionOf } from '../../../lib/authz/model.ts';

/**
 * What a principal needs to see user tasks in a search, in the cluster's own terms
 * ("READ_USER_TASK on PROCESS_DEFINITION or READ on USER_TASK"), from the shared access-check
 * registry so the queue and the access page never disagree. Unknown version → the 8.9+ wording.
 */
export function userTaskReadRequirement(gatewayVersion: string | null | undefined): string {
  const version = clusterVersionOf(gatewayVersion) ?? '8.9';
  const requirement = capabilityById('search-user-tasks')?.requirement(version);
  if (!requirement || requirement.kind !== 'any-of') return 'READ_USER_TASK on PROCESS_DEFINITION';
  return requirement.alternatives.map((a) => `${a.permission} on ${a.resourceType}`).join(' or ');
}
