// The "Can they…?" simulator's deep link: who, which catalogue operation, on which resource. The
// permission gate of an action button builds it; the simulator on the access page reads it back.
import type { UserTaskOperation } from './request-target.ts';

export type SimulatorPrincipalType = 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE';

export interface SimulatorQuery {
  principal: { type: SimulatorPrincipalType; id: string } | null;
  /** A catalogue `operationId`, e.g. `assignUserTask`. */
  operationId: string | null;
  /** Resource ids by name: `userTaskKey`, `processDefinitionId`, `tenantId`, or a path parameter. */
  resource: Record<string, string>;
  /** An assignment to the principal itself (a claim), which needs less than assigning someone else. */
  self: boolean;
}

const PRINCIPAL_TYPES: readonly SimulatorPrincipalType[] = ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'];

/** The catalogue operation of each user-task action (a claim is an assignment to oneself). */
export const USER_TASK_OPERATION_IDS: Record<UserTaskOperation, string> = {
  read: 'getUserTask',
  claim: 'assignUserTask',
  assign: 'assignUserTask',
  unassign: 'unassignUserTask',
  complete: 'completeUserTask',
  update: 'updateUserTask',
};

/** `/c/<cluster>/access?as=USER:ron&op=assignUserTask&r.userTaskKey=42#simulate` */
export function simulatorHref(clusterId: string, query: SimulatorQuery): string {
  const params = new URLSearchParams();
  if (query.principal) params.set('as', `${query.principal.type}:${query.principal.id}`);
  if (query.operationId) params.set('op', query.operationId);
  for (const [name, value] of Object.entries(query.resource)) params.set(`r.${name}`, value);
  if (query.self) params.set('self', '1');
  return `/c/${encodeURIComponent(clusterId)}/access?${params.toString()}#simulate`;
}

/** Reads what `simulatorHref` wrote; anything else is ignored rather than guessed. */
export function parseSimulatorQuery(search: string): SimulatorQuery {
  const params = new URLSearchParams(search);
  const as = params.get('as');
  let principal: SimulatorQuery['principal'] = null;
  if (as) {
    const colon = as.indexOf(':');
    const type = as.slice(0, colon) as SimulatorPrincipalType;
    const id = as.slice(colon + 1);
    if (colon > 0 && id !== '' && PRINCIPAL_TYPES.includes(type)) principal = { type, id };
  }
  const resource: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name.startsWith('r.') && name.length > 2 && value !== '') resource[name.slice(2)] = value;
  }
  return { principal, operationId: params.get('op'), resource, self: params.get('self') === '1' };
}
