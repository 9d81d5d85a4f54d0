// No SDK for 8.10 is published yet (npm lists @camunda8/orchestration-cluster-api 8.8.4 and 9.1.5), so
// the 8.10 operation list is the 8.9 SDK's list plus these operations, each confirmed in Camunda's
// main-branch OpenAPI files with `x-added-in-version: "8.10"`. Extend it when an 8.10 SDK ships.
import type { HttpMethod } from './types.ts';

export interface AddedOperation {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly source: string;
}

const ELEMENT_INSTANCES_SPEC =
  'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/element-instances.yaml';
const DEPLOYMENTS_SPEC =
  'https://github.com/camunda/camunda/blob/0059103fe449a79d6143eb3f6a154b0f7ede9d6b/zeebe/gateway-protocol/src/main/proto/v2/deployments.yaml';

export const OPERATIONS_ADDED_IN_8_10: readonly AddedOperation[] = [
  {
    operationId: 'getResourceContentBinary',
    method: 'GET',
    path: '/resources/{resourceKey}/content/binary',
    source: DEPLOYMENTS_SPEC,
  },
  { operationId: 'searchResources', method: 'POST', path: '/resources/search', source: DEPLOYMENTS_SPEC },
  {
    operationId: 'searchElementInstanceWaitStates',
    method: 'POST',
    path: '/element-instances/wait-states/search',
    source: ELEMENT_INSTANCES_SPEC,
  },
];
