import { capabilityById } from '../../../lib/authz/capabilities.ts';
import { clusterVersionOf } from '../../../lib/authz/model.ts';

export interface ReadAlternative {
  permission: string;
  resourceType: string;
}

/**
 * What a principal needs to see user tasks in a search, in the cluster's own terms (READ_USER_TASK
 * on PROCESS_DEFINITION, or READ on USER_TASK), from the shared access-check registry so the queue
 * and the access page never disagree. Unknown version → the 8.9+ alternatives. The view words
 * "on" and "or" in the UI language.
 */
export function userTaskReadRequirement(gatewayVersion: string | null | undefined): ReadAlternative[] {
  const version = clusterVersionOf(gatewayVersion) ?? '8.9';
  const requirement = capabilityById('search-user-tasks')?.requirement(version);
  if (!requirement || requirement.kind !== 'any-of') {
    return [{ permission: 'READ_USER_TASK', resourceType: 'PROCESS_DEFINITION' }];
  }
  return requirement.alternatives.map((a) => ({ permission: a.permission, resourceType: a.resourceType }));
}
