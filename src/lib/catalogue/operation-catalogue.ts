// The operation catalogue: every operation of the Orchestration Cluster REST API (/v2) of 8.8, 8.9
// and 8.10 with the permissions it needs per version, how a refusal shows, and the tenant check.
// Facts no source confirms carry an `inferred` reason. docs/operation-catalogue.md is generated from
// this file (npx tsx scripts/generate-catalogue-doc.ts); a test fails when it is stale.
// Import it lazily: it is large and not needed by the first screen.
import type { CatalogueEntry } from './types.ts';

const GROUPS_LIKE_OTHER_IDENTITIES =
  'The spec states <TYPE>:CREATE/READ/UPDATE/DELETE (and UPDATE on the container for memberships, READ with filtering for member searches) for users, roles, tenants and mapping rules; the stored groups spec predates the annotation, so groups are taken to follow the same pattern.';
const BY_DOCS_TABLE =
  'Permission chosen from the resource table of the authorizations docs (what each permission is for); no per-endpoint statement was read.';
const INTENT_FROM_RECORD = 'Intent named after the engine record intent of this command; no refusal text was observed.';
const BATCH_CREATE_UNCLEAR =
  'The spec states BATCH:CREATE or the matching CREATE_BATCH_OPERATION_* permission for deleting decision instances in a batch; the same pair is assumed for this batch type.';
const READ_INSTANCE_DATA =
  "Reading runtime data of process instances is taken as PROCESS_DEFINITION:READ_PROCESS_INSTANCE on the instance's BPMN process id, like the searches the spec covers; not confirmed for this endpoint.";
const CARRIED_INTO_8_10 =
  "No 8.10 SDK is published (npm lists 8.8.4 and 9.1.5); carried over from 8.9. Camunda's main-branch spec still lists the endpoint family, but 8.10 is unreleased.";

export const OPERATION_CATALOGUE: readonly CatalogueEntry[] = [
  {
    operationId: 'activateAdHocSubProcessActivities',
    method: 'POST',
    path: '/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'adHocSubProcessInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ACTIVATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'adHocSubProcessInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ACTIVATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'adHocSubProcessInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ACTIVATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/element-instances.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'activateJobs',
    method: 'POST',
    path: '/jobs/activation',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        note: 'Only jobs of processes the caller may update are activated; the others stay for other workers (no 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        note: 'Only jobs of processes the caller may update are activated; the others stay for other workers (no 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Only jobs of processes the caller may update are activated; the others stay for other workers (no 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/jobs.yaml',
    ],
  },
  {
    operationId: 'assignClientToGroup',
    method: 'PUT',
    path: '/groups/{groupId}/clients/{clientId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignClientToTenant',
    method: 'PUT',
    path: '/tenants/{tenantId}/clients/{clientId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignGroupToTenant',
    method: 'PUT',
    path: '/tenants/{tenantId}/groups/{groupId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignMappingRuleToGroup',
    method: 'PUT',
    path: '/groups/{groupId}/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignMappingRuleToTenant',
    method: 'PUT',
    path: '/tenants/{tenantId}/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignRoleToClient',
    method: 'PUT',
    path: '/roles/{roleId}/clients/{clientId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignRoleToGroup',
    method: 'PUT',
    path: '/roles/{roleId}/groups/{groupId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignRoleToMappingRule',
    method: 'PUT',
    path: '/roles/{roleId}/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignRoleToTenant',
    method: 'PUT',
    path: '/tenants/{tenantId}/roles/{roleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignRoleToUser',
    method: 'PUT',
    path: '/roles/{roleId}/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignUserTask',
    method: 'POST',
    path: '/user-tasks/{userTaskKey}/assignment',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ASSIGN',
        tenantCheck: 'entity',
        note: 'With allowOverride: false the intent is CLAIM and, from 8.9, PROCESS_DEFINITION:CLAIM_USER_TASK and USER_TASK:CLAIM also suffice.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'ASSIGN',
        tenantCheck: 'entity',
        note: 'With allowOverride: false the intent is CLAIM and, from 8.9, PROCESS_DEFINITION:CLAIM_USER_TASK and USER_TASK:CLAIM also suffice.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'ASSIGN',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'With allowOverride: false the intent is CLAIM and, from 8.9, PROCESS_DEFINITION:CLAIM_USER_TASK and USER_TASK:CLAIM also suffice.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://docs.camunda.io/docs/components/tasklist/user-task-authorization/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignUserToGroup',
    method: 'PUT',
    path: '/groups/{groupId}/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'assignUserToTenant',
    method: 'PUT',
    path: '/tenants/{tenantId}/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ADD_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'broadcastSignal',
    method: 'POST',
    path: '/signals/broadcast',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'signalSubscriptions',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'signalStartEvents',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'BROADCAST',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Every subscription of the signal needs UPDATE_PROCESS_INSTANCE (waiting catch events) or CREATE_PROCESS_INSTANCE (signal start events) on its BPMN process id. A tenant the caller is not assigned to answers 403 'Expected to broadcast signal for tenant …'.",
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'signalSubscriptions',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'signalStartEvents',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'BROADCAST',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Every subscription of the signal needs UPDATE_PROCESS_INSTANCE (waiting catch events) or CREATE_PROCESS_INSTANCE (signal start events) on its BPMN process id. A tenant the caller is not assigned to answers 403 'Expected to broadcast signal for tenant …'.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'signalSubscriptions',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'signalStartEvents',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'BROADCAST',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Every subscription of the signal needs UPDATE_PROCESS_INSTANCE (waiting catch events) or CREATE_PROCESS_INSTANCE (signal start events) on its BPMN process id. A tenant the caller is not assigned to answers 403 'Expected to broadcast signal for tenant …'.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/07f85e785ae53488531e4029e707d127f89b32e0/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/signal/SignalBroadcastProcessor.java',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'cancelBatchOperation',
    method: 'POST',
    path: '/batch-operations/{batchOperationKey}/cancellation',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CANCEL',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CANCEL',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CANCEL',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/batch-operations.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'cancelProcessInstance',
    method: 'POST',
    path: '/process-instances/{processInstanceKey}/cancellation',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CANCEL_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CANCEL',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The engine checks CANCEL_PROCESS_INSTANCE on the BPMN process id; an older engine test refused cancellation for UPDATE_PROCESS_INSTANCE, so early 8.8 patch releases may differ.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CANCEL_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CANCEL',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The engine checks CANCEL_PROCESS_INSTANCE on the BPMN process id; an older engine test refused cancellation for UPDATE_PROCESS_INSTANCE, so early 8.8 patch releases may differ.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CANCEL_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CANCEL',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The engine checks CANCEL_PROCESS_INSTANCE on the BPMN process id; an older engine test refused cancellation for UPDATE_PROCESS_INSTANCE, so early 8.8 patch releases may differ.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/processinstance/ProcessInstanceCancelProcessor.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'cancelProcessInstancesBatchOperation',
    method: 'POST',
    path: '/process-instances/cancellation',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
        ],
        note: "Items are then processed one by one with the item's own permission.",
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
        ],
        note: "Items are then processed one by one with the item's own permission.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
        ],
        note: "Items are then processed one by one with the item's own permission.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'completeJob',
    method: 'POST',
    path: '/jobs/{jobKey}/completion',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'COMPLETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'COMPLETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'COMPLETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/jobs.yaml',
      'https://github.com/camunda/camunda/tree/main/qa/c8-orchestration-cluster-e2e-test-suite',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'completeUserTask',
    method: 'POST',
    path: '/user-tasks/{userTaskKey}/completion',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'COMPLETE',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'COMPLETE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'COMPLETE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'COMPLETE',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'COMPLETE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'COMPLETE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'COMPLETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://docs.camunda.io/docs/components/tasklist/user-task-authorization/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'correlateMessage',
    method: 'POST',
    path: '/messages/correlation',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageStartEvents',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'CORRELATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "No MESSAGE permission is checked. Every subscription the message would correlate to needs UPDATE_PROCESS_INSTANCE (waiting catch events) or CREATE_PROCESS_INSTANCE (message start events) on its BPMN process id, or nothing is correlated. A tenant the caller is not assigned to answers 403 'Expected to correlate message for tenant …'.",
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageStartEvents',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'CORRELATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "No MESSAGE permission is checked. Every subscription the message would correlate to needs UPDATE_PROCESS_INSTANCE (waiting catch events) or CREATE_PROCESS_INSTANCE (message start events) on its BPMN process id, or nothing is correlated. A tenant the caller is not assigned to answers 403 'Expected to correlate message for tenant …'.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageStartEvents',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'CORRELATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "No MESSAGE permission is checked. Every subscription the message would correlate to needs UPDATE_PROCESS_INSTANCE (waiting catch events) or CREATE_PROCESS_INSTANCE (message start events) on its BPMN process id, or nothing is correlated. A tenant the caller is not assigned to answers 403 'Expected to correlate message for tenant …'.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/06c7afee26e57e9aba090dfb5e471c471e8be890/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/message/MessageCorrelationCorrelateProcessor.java',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createAdminUser',
    method: 'POST',
    path: '/setup/user',
    versions: {
      '8.8': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
        note: 'No credentials (security: []); only usable while users are managed by the cluster and no user has the admin role, 403 afterwards.',
      },
      '8.9': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
        note: 'No credentials (security: []); only usable while users are managed by the cluster and no user has the admin role, 403 afterwards.',
      },
      '8.10': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'No credentials (security: []); only usable while users are managed by the cluster and no user has the admin role, 403 afterwards.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/25e359071a43a46588ed8bb4118f8cc840f42deb/zeebe/gateway-protocol/src/main/proto/v2/setup.yaml',
    ],
  },
  {
    operationId: 'createAuthorization',
    method: 'POST',
    path: '/authorizations',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/authorizations.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createDeployment',
    method: 'POST',
    path: '/deployments',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The docs: RESOURCE CREATE accepts the * resource id only.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The docs: RESOURCE CREATE accepts the * resource id only.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The docs: RESOURCE CREATE accepts the * resource id only.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/0059103fe449a79d6143eb3f6a154b0f7ede9d6b/zeebe/gateway-protocol/src/main/proto/v2/deployments.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createDocument',
    method: 'POST',
    path: '/documents',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/documents.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'createDocumentLink',
    method: 'POST',
    path: '/documents/{documentId}/links',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
        note: 'A link needs DOCUMENT:CREATE, not READ.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
        note: 'A link needs DOCUMENT:CREATE, not READ.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
        note: 'A link needs DOCUMENT:CREATE, not READ.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/documents.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'createDocuments',
    method: 'POST',
    path: '/documents/batch',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/documents.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'createElementInstanceVariables',
    method: 'PUT',
    path: '/element-instances/{elementInstanceKey}/variables',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/element-instances.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createGlobalClusterVariable',
    method: 'POST',
    path: '/cluster-variables/global',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createGlobalTaskListener',
    method: 'POST',
    path: '/global-task-listeners',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'CREATE_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        note: "Refusal observed: Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_TASK_LISTENER' on resource 'GLOBAL_LISTENER'.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'CREATE_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: "Refusal observed: Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_TASK_LISTENER' on resource 'GLOBAL_LISTENER'.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createGroup',
    method: 'POST',
    path: '/groups',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createMappingRule',
    method: 'POST',
    path: '/mapping-rules',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/mapping-rules.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createProcessInstance',
    method: 'POST',
    path: '/process-instances',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionId|processDefinitionKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Resource id: the body field processDefinitionId, or the BPMN process id of processDefinitionKey. tenantId in the body must be one of the caller's tenants.",
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionId|processDefinitionKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Resource id: the body field processDefinitionId, or the BPMN process id of processDefinitionKey. tenantId in the body must be one of the caller's tenants.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionId|processDefinitionKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Resource id: the body field processDefinitionId, or the BPMN process id of processDefinitionKey. tenantId in the body must be one of the caller's tenants.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/processinstance/ProcessInstanceCreationHelper.java',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createRole',
    method: 'POST',
    path: '/roles',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createTenant',
    method: 'POST',
    path: '/tenants',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createTenantClusterVariable',
    method: 'POST',
    path: '/cluster-variables/tenants/{tenantId}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'createUser',
    method: 'POST',
    path: '/users',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0e366830dc34d401a9dd2d3b1429a959a6964282/zeebe/gateway-protocol/src/main/proto/v2/users.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteAuthorization',
    method: 'DELETE',
    path: '/authorizations/{authorizationKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/authorizations.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteDecisionInstance',
    method: 'POST',
    path: '/decision-instances/{decisionEvaluationKey}/deletion',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'DELETE_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionEvaluationKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        note: "Refusal observed: Command 'DELETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'DELETE_DECISION_INSTANCE' on resource 'DECISION_DEFINITION', required resource identifiers are one of '[*, <decision id>]'.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'DELETE_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionEvaluationKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: "Refusal observed: Command 'DELETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'DELETE_DECISION_INSTANCE' on resource 'DECISION_DEFINITION', required resource identifiers are one of '[*, <decision id>]'.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/decision-instances.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
      'https://github.com/camunda/camunda/tree/main/qa/c8-orchestration-cluster-e2e-test-suite',
    ],
  },
  {
    operationId: 'deleteDecisionInstancesBatchOperation',
    method: 'POST',
    path: '/decision-instances/deletion',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Items are then processed one by one with the item's own permission.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: "Items are then processed one by one with the item's own permission.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/decision-instances.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteDocument',
    method: 'DELETE',
    path: '/documents/{documentId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/documents.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'deleteGlobalClusterVariable',
    method: 'DELETE',
    path: '/cluster-variables/global/{name}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteGlobalTaskListener',
    method: 'DELETE',
    path: '/global-task-listeners/{id}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'DELETE_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'DELETE_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteGroup',
    method: 'DELETE',
    path: '/groups/{groupId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteMappingRule',
    method: 'DELETE',
    path: '/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/mapping-rules.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteProcessInstance',
    method: 'POST',
    path: '/process-instances/{processInstanceKey}/deletion',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'DELETE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'DELETE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteProcessInstancesBatchOperation',
    method: 'POST',
    path: '/process-instances/deletion',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteResource',
    method: 'POST',
    path: '/resources/{resourceKey}/deletion',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_PROCESS',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_DRD',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_FORM',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_RESOURCE',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The permission follows the kind of the deleted resource (process → DELETE_PROCESS on its BPMN process id, decision requirements → DELETE_DRD on their id, form → DELETE_FORM on its form id, other → DELETE_RESOURCE).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_PROCESS',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_DRD',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_FORM',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_RESOURCE',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The permission follows the kind of the deleted resource (process → DELETE_PROCESS on its BPMN process id, decision requirements → DELETE_DRD on their id, form → DELETE_FORM on its form id, other → DELETE_RESOURCE).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_PROCESS',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_DRD',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_FORM',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
          {
            resourceType: 'RESOURCE',
            permissionType: 'DELETE_RESOURCE',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        selection: 'byTarget',
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'The permission follows the kind of the deleted resource (process → DELETE_PROCESS on its BPMN process id, decision requirements → DELETE_DRD on their id, form → DELETE_FORM on its form id, other → DELETE_RESOURCE).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/14b06222256a76b499863cb1435dae038039f827/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/resource/ResourceDeletionDeleteProcessor.java',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/0059103fe449a79d6143eb3f6a154b0f7ede9d6b/zeebe/gateway-protocol/src/main/proto/v2/deployments.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteRole',
    method: 'DELETE',
    path: '/roles/{roleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteTenant',
    method: 'DELETE',
    path: '/tenants/{tenantId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteTenantClusterVariable',
    method: 'DELETE',
    path: '/cluster-variables/tenants/{tenantId}/{name}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'DELETE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'deleteUser',
    method: 'DELETE',
    path: '/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'DELETE',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'command',
        intent: 'DELETE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0e366830dc34d401a9dd2d3b1429a959a6964282/zeebe/gateway-protocol/src/main/proto/v2/users.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'evaluateConditionals',
    method: 'POST',
    path: '/conditionals/evaluation',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'conditionalStartEvents',
            },
          },
        ],
        behaviour: 'command',
        intent: 'EVALUATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'permissions',
            reason:
              'The spec says a 403 means the caller may not start instances of the process definition (or of one of the matched ones); starting instances is CREATE_PROCESS_INSTANCE.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'CREATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'conditionalStartEvents',
            },
          },
        ],
        behaviour: 'command',
        intent: 'EVALUATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason:
              'The spec says a 403 means the caller may not start instances of the process definition (or of one of the matched ones); starting instances is CREATE_PROCESS_INSTANCE.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0fb99612c2dd63462b234736c072676d11bd5ea3/zeebe/gateway-protocol/src/main/proto/v2/conditionals.yaml',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'evaluateDecision',
    method: 'POST',
    path: '/decision-definitions/evaluation',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'CREATE_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionId|decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'EVALUATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'CREATE_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionId|decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'EVALUATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'CREATE_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionId|decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'EVALUATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'evaluateExpression',
    method: 'POST',
    path: '/expression/evaluation',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'EXPRESSION',
            permissionType: 'EVALUATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'EVALUATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'behaviour',
            reason:
              'EXPRESSION:EVALUATE is the only permission of its resource type; whether the engine or the gateway checks it is not known.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'EXPRESSION',
            permissionType: 'EVALUATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'EVALUATE',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason:
              'EXPRESSION:EVALUATE is the only permission of its resource type; whether the engine or the gateway checks it is not known.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0fab1fdd9edfd05428bdc4a5d4f041eb5f5c6738/zeebe/gateway-protocol/src/main/proto/v2/expression.yaml',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'failJob',
    method: 'POST',
    path: '/jobs/{jobKey}/failure',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'FAIL',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'FAIL',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'FAIL',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/jobs.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'getAuditLog',
    method: 'GET',
    path: '/audit-logs/{auditLogKey}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'AUDIT_LOG',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'auditLogCategory',
              via: 'auditLogKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason:
              "The spec states AUDIT_LOG:READ; that the resource id is the entry's category comes from the Operate docs.",
          },
        ],
        note: 'AUDIT_LOG resource ids are operation categories (e.g. DEPLOYED_RESOURCES, USER_TASKS) or *.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'AUDIT_LOG',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'auditLogCategory',
              via: 'auditLogKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason:
              "The spec states AUDIT_LOG:READ; that the resource id is the entry's category comes from the Operate docs.",
          },
        ],
        note: 'AUDIT_LOG resource ids are operation categories (e.g. DEPLOYED_RESOURCES, USER_TASKS) or *.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/audit-logs.yaml',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getAuthentication',
    method: 'GET',
    path: '/authentication/me',
    versions: {
      '8.8': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        note: 'Answers who the caller is; no authorization is checked.',
      },
      '8.9': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        note: 'Answers who the caller is; no authorization is checked.',
      },
      '8.10': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Answers who the caller is; no authorization is checked.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
    ],
  },
  {
    operationId: 'getAuthorization',
    method: 'GET',
    path: '/authorizations/{authorizationKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'authorizationKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason:
              'The spec names AUTHORIZATION:READ; which id the check uses for a single authorization is not stated, taken as its key.',
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'authorizationKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason:
              'The spec names AUTHORIZATION:READ; which id the check uses for a single authorization is not stated, taken as its key.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'authorizationKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason:
              'The spec names AUTHORIZATION:READ; which id the check uses for a single authorization is not stated, taken as its key.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/authorizations.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getBatchOperation',
    method: 'GET',
    path: '/batch-operations/{batchOperationKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/batch-operations.yaml',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getDecisionDefinition',
    method: 'GET',
    path: '/decision-definitions/{decisionDefinitionKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getDecisionDefinitionXml',
    method: 'GET',
    path: '/decision-definitions/{decisionDefinitionKey}/xml',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getDecisionInstance',
    method: 'GET',
    path: '/decision-instances/{decisionEvaluationInstanceKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionEvaluationInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionEvaluationInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionEvaluationInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/decision-instances.yaml',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getDecisionRequirements',
    method: 'GET',
    path: '/decision-requirements/{decisionRequirementsKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirementsKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirementsKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirementsKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getDecisionRequirementsXml',
    method: 'GET',
    path: '/decision-requirements/{decisionRequirementsKey}/xml',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirementsKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirementsKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirementsKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getDocument',
    method: 'GET',
    path: '/documents/{documentId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DOCUMENT',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'gatewayCheck',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason: 'Documents live in the document store, not the engine; taken as a gateway check.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/documents.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getElementInstance',
    method: 'GET',
    path: '/element-instances/{elementInstanceKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/element-instances.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getGlobalClusterVariable',
    method: 'GET',
    path: '/cluster-variables/global/{name}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getGlobalJobStatistics',
    method: 'GET',
    path: '/jobs/statistics/global',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'getGlobalTaskListener',
    method: 'GET',
    path: '/global-task-listeners/{id}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'READ_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'READ_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getGroup',
    method: 'GET',
    path: '/groups/{groupId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getIncident',
    method: 'GET',
    path: '/incidents/{incidentKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidentKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidentKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidentKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getJobErrorStatistics',
    method: 'POST',
    path: '/jobs/statistics/errors',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'getJobTimeSeriesStatistics',
    method: 'POST',
    path: '/jobs/statistics/time-series',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'getJobTypeStatistics',
    method: 'POST',
    path: '/jobs/statistics/by-types',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'getJobWorkerStatistics',
    method: 'POST',
    path: '/jobs/statistics/by-workers',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_JOB_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'READ_JOB_METRIC exists only on SYSTEM; taken as the permission of the job statistics endpoints.',
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the statistics aggregates among the filtering endpoints.",
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'getLicense',
    method: 'GET',
    path: '/license',
    versions: {
      '8.8': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason:
              "Camunda's e2e API suite (main branch, license-api-tests.spec.ts) reads it without credentials; which release first behaved so is not confirmed.",
          },
        ],
      },
      '8.9': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason:
              "Camunda's e2e API suite (main branch, license-api-tests.spec.ts) reads it without credentials; which release first behaved so is not confirmed.",
          },
        ],
      },
      '8.10': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's e2e API suite (main branch, license-api-tests.spec.ts) reads it without credentials; which release first behaved so is not confirmed.",
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/tree/main/qa/c8-orchestration-cluster-e2e-test-suite',
    ],
  },
  {
    operationId: 'getMappingRule',
    method: 'GET',
    path: '/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/mapping-rules.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getProcessDefinition',
    method: 'GET',
    path: '/process-definitions/{processDefinitionKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getProcessDefinitionInstanceStatistics',
    method: 'POST',
    path: '/process-definitions/statistics/process-instances',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
    ],
  },
  {
    operationId: 'getProcessDefinitionInstanceVersionStatistics',
    method: 'POST',
    path: '/process-definitions/statistics/process-instances-by-version',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
    ],
  },
  {
    operationId: 'getProcessDefinitionMessageSubscriptionStatistics',
    method: 'POST',
    path: '/process-definitions/statistics/message-subscriptions',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
    ],
  },
  {
    operationId: 'getProcessDefinitionStatistics',
    method: 'POST',
    path: '/process-definitions/{processDefinitionKey}/statistics/element-instances',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
    ],
  },
  {
    operationId: 'getProcessDefinitionXml',
    method: 'GET',
    path: '/process-definitions/{processDefinitionKey}/xml',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getProcessInstance',
    method: 'GET',
    path: '/process-instances/{processInstanceKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getProcessInstanceCallHierarchy',
    method: 'GET',
    path: '/process-instances/{processInstanceKey}/call-hierarchy',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getProcessInstanceSequenceFlows',
    method: 'GET',
    path: '/process-instances/{processInstanceKey}/sequence-flows',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getProcessInstanceStatistics',
    method: 'GET',
    path: '/process-instances/{processInstanceKey}/statistics/element-instances',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getProcessInstanceStatisticsByDefinition',
    method: 'POST',
    path: '/incidents/statistics/process-instances-by-definition',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidents',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidents',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'getProcessInstanceStatisticsByError',
    method: 'POST',
    path: '/incidents/statistics/process-instances-by-error',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidents',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidents',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'getResource',
    method: 'GET',
    path: '/resources/{resourceKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/0059103fe449a79d6143eb3f6a154b0f7ede9d6b/zeebe/gateway-protocol/src/main/proto/v2/deployments.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getResourceContent',
    method: 'GET',
    path: '/resources/{resourceKey}/content',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/0059103fe449a79d6143eb3f6a154b0f7ede9d6b/zeebe/gateway-protocol/src/main/proto/v2/deployments.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getResourceContentBinary',
    method: 'GET',
    path: '/resources/{resourceKey}/content/binary',
    versions: {
      '8.10': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resourceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
    },
    sources: [
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/0059103fe449a79d6143eb3f6a154b0f7ede9d6b/zeebe/gateway-protocol/src/main/proto/v2/deployments.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getRole',
    method: 'GET',
    path: '/roles/{roleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getStartProcessForm',
    method: 'GET',
    path: '/process-definitions/{processDefinitionKey}/form',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitionKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getStatus',
    method: 'GET',
    path: '/status',
    versions: {
      '8.8': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [],
        behaviour: 'unprotected',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/main/zeebe/gateway-protocol/src/main/proto/v2/cluster.yaml',
    ],
  },
  {
    operationId: 'getSystemConfiguration',
    method: 'GET',
    path: '/system/configuration',
    versions: {
      '8.9': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'behaviour',
            reason: 'Read by web components at start-up; taken as authentication only. Not confirmed.',
          },
        ],
      },
      '8.10': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason: 'Read by web components at start-up; taken as authentication only. Not confirmed.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
    ],
  },
  {
    operationId: 'getTenant',
    method: 'GET',
    path: '/tenants/{tenantId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getTenantClusterVariable',
    method: 'GET',
    path: '/cluster-variables/tenants/{tenantId}/{name}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getTopology',
    method: 'GET',
    path: '/topology',
    versions: {
      '8.8': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        note: 'The spec declares x-required-permissions: [] (authentication only).',
      },
      '8.9': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        note: 'The spec declares x-required-permissions: [] (authentication only).',
      },
      '8.10': {
        permissions: [],
        behaviour: 'authenticated',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'The spec declares x-required-permissions: [] (authentication only).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/main/zeebe/gateway-protocol/src/main/proto/v2/cluster.yaml',
    ],
  },
  {
    operationId: 'getUsageMetrics',
    method: 'GET',
    path: '/system/usage-metrics',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_USAGE_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the usage-metrics aggregate among the filtering endpoints; the annotated spec of this endpoint was not read.",
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_USAGE_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the usage-metrics aggregate among the filtering endpoints; the annotated spec of this endpoint was not read.",
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'READ_USAGE_METRIC',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'behaviour',
            reason:
              "Camunda's design record for the permission annotations lists the usage-metrics aggregate among the filtering endpoints; the annotated spec of this endpoint was not read.",
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'getUser',
    method: 'GET',
    path: '/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0e366830dc34d401a9dd2d3b1429a959a6964282/zeebe/gateway-protocol/src/main/proto/v2/users.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getUserTask',
    method: 'GET',
    path: '/user-tasks/{userTaskKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://github.com/camunda/camunda/blob/main/qa/acceptance-tests/src/test/java/io/camunda/it/auth/UserTaskAuthorizationIT.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getUserTaskForm',
    method: 'GET',
    path: '/user-tasks/{userTaskKey}/form',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://github.com/camunda/camunda/blob/main/qa/acceptance-tests/src/test/java/io/camunda/it/auth/UserTaskAuthorizationIT.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'getVariable',
    method: 'GET',
    path: '/variables/{variableKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'variableKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'variableKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'variableKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'migrateProcessInstance',
    method: 'POST',
    path: '/process-instances/{processInstanceKey}/migration',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'MIGRATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'MIGRATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'MIGRATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'migrateProcessInstancesBatchOperation',
    method: 'POST',
    path: '/process-instances/migration',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'modifyProcessInstance',
    method: 'POST',
    path: '/process-instances/{processInstanceKey}/modification',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'MODIFY_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'MODIFY',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'MODIFY_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'MODIFY',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'MODIFY_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'MODIFY',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/processinstance/ProcessInstanceModificationModifyProcessor.java',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'modifyProcessInstancesBatchOperation',
    method: 'POST',
    path: '/process-instances/modification',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'pinClock',
    method: 'PUT',
    path: '/clock',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'PIN',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Alpha endpoint; it answers only when the clock is enabled in the cluster configuration.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'PIN',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Alpha endpoint; it answers only when the clock is enabled in the cluster configuration.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'PIN',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Alpha endpoint; it answers only when the clock is enabled in the cluster configuration.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0e366830dc34d401a9dd2d3b1429a959a6964282/zeebe/gateway-protocol/src/main/proto/v2/clock.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'publishMessage',
    method: 'POST',
    path: '/messages/publication',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'MESSAGE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'body',
              name: 'name',
            },
          },
        ],
        behaviour: 'command',
        intent: 'PUBLISH',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Checked with the message name as resource id, as a new resource: a tenant the caller is not assigned to answers 403. Correlating the published message to waiting instances needs nothing more from the caller.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'MESSAGE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'body',
              name: 'name',
            },
          },
        ],
        behaviour: 'command',
        intent: 'PUBLISH',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Checked with the message name as resource id, as a new resource: a tenant the caller is not assigned to answers 403. Correlating the published message to waiting instances needs nothing more from the caller.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'MESSAGE',
            permissionType: 'CREATE',
            resourceId: {
              from: 'body',
              name: 'name',
            },
          },
        ],
        behaviour: 'command',
        intent: 'PUBLISH',
        tenantCheck: 'request',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Checked with the message name as resource id, as a new resource: a tenant the caller is not assigned to answers 403. Correlating the published message to waiting instances needs nothing more from the caller.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/08def70257d1414841b067abffc053659c8c4691/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/message/MessagePublishProcessor.java',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'resetClock',
    method: 'POST',
    path: '/clock/reset',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESET',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Alpha endpoint; it answers only when the clock is enabled in the cluster configuration.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESET',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Alpha endpoint; it answers only when the clock is enabled in the cluster configuration.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'SYSTEM',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESET',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
        note: 'Alpha endpoint; it answers only when the clock is enabled in the cluster configuration.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0e366830dc34d401a9dd2d3b1429a959a6964282/zeebe/gateway-protocol/src/main/proto/v2/clock.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'resolveIncident',
    method: 'POST',
    path: '/incidents/{incidentKey}/resolution',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidentKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESOLVE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidentKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESOLVE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidentKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESOLVE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'resolveIncidentsBatchOperation',
    method: 'POST',
    path: '/process-instances/incident-resolution',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BATCH_CREATE_UNCLEAR,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'resolveProcessInstanceIncidents',
    method: 'POST',
    path: '/process-instances/{processInstanceKey}/incident-resolution',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason:
              'It creates a batch operation (the answer is a batch operation key), so taken as the resolve-incident batch permission. Not confirmed.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
            resourceId: {
              from: 'wildcard',
            },
          },
          {
            resourceType: 'BATCH',
            permissionType: 'CREATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'CREATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason:
              'It creates a batch operation (the answer is a batch operation key), so taken as the resolve-incident batch permission. Not confirmed.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'resumeBatchOperation',
    method: 'POST',
    path: '/batch-operations/{batchOperationKey}/resumption',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESUME',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESUME',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'RESUME',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/batch-operations.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'searchAuditLogs',
    method: 'POST',
    path: '/audit-logs/search',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'AUDIT_LOG',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'auditLogCategory',
              via: 'auditLogs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason:
              'The spec states AUDIT_LOG:READ (filtering); that the resource id is the category comes from the Operate docs.',
          },
        ],
        note: "AUDIT_LOG resource ids are operation categories (e.g. DEPLOYED_RESOURCES, USER_TASKS) or *. Camunda's service layer also defines transitive PROCESS_DEFINITION:READ_PROCESS_INSTANCE / READ_USER_TASK checks for entries of processes and user tasks; how they combine with AUDIT_LOG:READ is not stated.",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'AUDIT_LOG',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'auditLogCategory',
              via: 'auditLogs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason:
              'The spec states AUDIT_LOG:READ (filtering); that the resource id is the category comes from the Operate docs.',
          },
        ],
        note: "AUDIT_LOG resource ids are operation categories (e.g. DEPLOYED_RESOURCES, USER_TASKS) or *. Camunda's service layer also defines transitive PROCESS_DEFINITION:READ_PROCESS_INSTANCE / READ_USER_TASK checks for entries of processes and user tasks; how they combine with AUDIT_LOG:READ is not stated.",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/audit-logs.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchAuthorizations',
    method: 'POST',
    path: '/authorizations/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/authorizations.yaml',
    ],
  },
  {
    operationId: 'searchBatchOperationItems',
    method: 'POST',
    path: '/batch-operation-items/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/batch-operations.yaml',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchBatchOperations',
    method: 'POST',
    path: '/batch-operations/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/batch-operations.yaml',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchClientsForGroup',
    method: 'POST',
    path: '/groups/{groupId}/clients/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchClientsForRole',
    method: 'POST',
    path: '/roles/{roleId}/clients/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchClientsForTenant',
    method: 'POST',
    path: '/tenants/{tenantId}/clients/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchClusterVariables',
    method: 'POST',
    path: '/cluster-variables/search',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
    ],
  },
  {
    operationId: 'searchCorrelatedMessageSubscriptions',
    method: 'POST',
    path: '/correlated-message-subscriptions/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchDecisionDefinitions',
    method: 'POST',
    path: '/decision-definitions/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchDecisionInstances',
    method: 'POST',
    path: '/decision-instances/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_DEFINITION',
            permissionType: 'READ_DECISION_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'decisionId',
              via: 'decisionInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/decision-instances.yaml',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchDecisionRequirements',
    method: 'POST',
    path: '/decision-requirements/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirements',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirements',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'DECISION_REQUIREMENTS_DEFINITION',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'decisionRequirementsId',
              via: 'decisionRequirements',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchElementInstanceIncidents',
    method: 'POST',
    path: '/element-instances/{elementInstanceKey}/incidents/search',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        note: 'The element instance is looked up first (404 when missing); the incidents found are then filtered.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'The element instance is looked up first (404 when missing); the incidents found are then filtered.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/element-instances.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'searchElementInstanceWaitStates',
    method: 'POST',
    path: '/element-instances/wait-states/search',
    versions: {
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
    },
    sources: [
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/element-instances.yaml',
    ],
  },
  {
    operationId: 'searchElementInstances',
    method: 'POST',
    path: '/element-instances/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'elementInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/element-instances.yaml',
    ],
  },
  {
    operationId: 'searchGlobalTaskListeners',
    method: 'POST',
    path: '/global-task-listeners/search',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'READ_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'READ_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
    ],
  },
  {
    operationId: 'searchGroupIdsForTenant',
    method: 'POST',
    path: '/tenants/{tenantId}/groups/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchGroups',
    method: 'POST',
    path: '/groups/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Each result is checked against READ on its own id.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
    ],
  },
  {
    operationId: 'searchGroupsForRole',
    method: 'POST',
    path: '/roles/{roleId}/groups/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchIncidents',
    method: 'POST',
    path: '/incidents/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidents',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidents',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'incidents',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchJobs',
    method: 'POST',
    path: '/jobs/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobs',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/jobs.yaml',
    ],
  },
  {
    operationId: 'searchMappingRule',
    method: 'POST',
    path: '/mapping-rules/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Each result is checked against READ on its own id.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/mapping-rules.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
    ],
  },
  {
    operationId: 'searchMappingRulesForGroup',
    method: 'POST',
    path: '/groups/{groupId}/mapping-rules/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchMappingRulesForRole',
    method: 'POST',
    path: '/roles/{roleId}/mapping-rules/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchMappingRulesForTenant',
    method: 'POST',
    path: '/tenants/{tenantId}/mapping-rules/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchMessageSubscriptions',
    method: 'POST',
    path: '/message-subscriptions/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'messageSubscriptions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchProcessDefinitions',
    method: 'POST',
    path: '/process-definitions/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_DEFINITION',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processDefinitions',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/process-definitions.yaml',
    ],
  },
  {
    operationId: 'searchProcessInstanceIncidents',
    method: 'POST',
    path: '/process-instances/{processInstanceKey}/incidents/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
        note: 'The instance is looked up first (404 when missing); the incidents found are then filtered.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
        note: 'The instance is looked up first (404 when missing); the incidents found are then filtered.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstanceKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: READ_INSTANCE_DATA,
          },
        ],
        note: 'The instance is looked up first (404 when missing); the incidents found are then filtered.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'searchProcessInstances',
    method: 'POST',
    path: '/process-instances/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'processInstances',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'searchResources',
    method: 'POST',
    path: '/resources/search',
    versions: {
      '8.10': {
        permissions: [
          {
            resourceType: 'RESOURCE',
            permissionType: 'READ',
            resourceId: {
              from: 'target',
              id: 'resourceId',
              via: 'resources',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
        ],
      },
    },
    sources: [
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/0059103fe449a79d6143eb3f6a154b0f7ede9d6b/zeebe/gateway-protocol/src/main/proto/v2/deployments.yaml',
    ],
  },
  {
    operationId: 'searchRoles',
    method: 'POST',
    path: '/roles/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Each result is checked against READ on its own id.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
    ],
  },
  {
    operationId: 'searchRolesForGroup',
    method: 'POST',
    path: '/groups/{groupId}/roles/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchRolesForTenant',
    method: 'POST',
    path: '/tenants/{tenantId}/roles/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchTenants',
    method: 'POST',
    path: '/tenants/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Each result is checked against READ on its own id.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
    ],
  },
  {
    operationId: 'searchUserTaskAuditLogs',
    method: 'POST',
    path: '/user-tasks/{userTaskKey}/audit-logs/search',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        note: 'The task is fetched with the user-task read check (404 when missing or not visible); the audit log is then read without a further check.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'The task is fetched with the user-task read check (404 when missing or not visible); the audit log is then read without a further check.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'searchUserTaskEffectiveVariables',
    method: 'POST',
    path: '/user-tasks/{userTaskKey}/effective-variables/search',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason:
              'Taken to behave like /variables/search of the same task (the task is fetched with the user-task read check).',
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason:
              'Taken to behave like /variables/search of the same task (the task is fetched with the user-task read check).',
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'searchUserTaskVariables',
    method: 'POST',
    path: '/user-tasks/{userTaskKey}/variables/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        note: "The spec declares PROCESS_DEFINITION:READ_PROCESS_INSTANCE, but Camunda's acceptance tests show the user-task read check is what is enforced (the task is fetched first).",
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        note: "The spec declares PROCESS_DEFINITION:READ_PROCESS_INSTANCE, but Camunda's acceptance tests show the user-task read check is what is enforced (the task is fetched first).",
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'getByKey',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: "The spec declares PROCESS_DEFINITION:READ_PROCESS_INSTANCE, but Camunda's acceptance tests show the user-task read check is what is enforced (the task is fetched first).",
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://github.com/camunda/camunda/blob/main/qa/acceptance-tests/src/test/java/io/camunda/it/auth/UserTaskAuthorizationIT.java',
      'https://github.com/camunda/camunda/blob/main/search/search-domain/src/main/java/io/camunda/search/exception/ResourceAccessDeniedException.java',
    ],
  },
  {
    operationId: 'searchUserTasks',
    method: 'POST',
    path: '/user-tasks/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        note: 'From 8.9 also matched by property-based USER_TASK grants (assignee, candidateUsers, candidateGroups).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        note: 'From 8.9 also matched by property-based USER_TASK grants (assignee, candidateUsers, candidateGroups).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'From 8.9 also matched by property-based USER_TASK grants (assignee, candidateUsers, candidateGroups).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://github.com/camunda/camunda/blob/main/qa/acceptance-tests/src/test/java/io/camunda/it/auth/UserTaskAuthorizationIT.java',
      'https://docs.camunda.io/docs/components/tasklist/user-task-authorization/',
    ],
  },
  {
    operationId: 'searchUsers',
    method: 'POST',
    path: '/users/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Each result is checked against READ on its own id.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'READ',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Each result is checked against READ on its own id.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0e366830dc34d401a9dd2d3b1429a959a6964282/zeebe/gateway-protocol/src/main/proto/v2/users.yaml',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
    ],
  },
  {
    operationId: 'searchUsersForGroup',
    method: 'POST',
    path: '/groups/{groupId}/users/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchUsersForRole',
    method: 'POST',
    path: '/roles/{roleId}/users/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchUsersForTenant',
    method: 'POST',
    path: '/tenants/{tenantId}/users/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'READ',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'Needs READ on the container; the members are then listed (the search filters, it does not answer 403).',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/cb149c5c5f7bf802ac59104f501d38bc2724258e/docs/adr/security/001-endpoint-required-permission-mapping.md',
    ],
  },
  {
    operationId: 'searchVariables',
    method: 'POST',
    path: '/variables/search',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'variables',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'variables',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'READ_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'variables',
            },
          },
        ],
        behaviour: 'filtered',
        tenantCheck: 'filter',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/121a13aa06dd34af5e6cc2b0aa7843e857ed5af5/service/src/main/java/io/camunda/service/authorization/Authorizations.java',
      'https://docs.camunda.io/docs/components/operate/userguide/access-control/',
    ],
  },
  {
    operationId: 'suspendBatchOperation',
    method: 'POST',
    path: '/batch-operations/{batchOperationKey}/suspension',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'SUSPEND',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'SUSPEND',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'BATCH',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'SUSPEND',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/batch-operations.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'throwJobError',
    method: 'POST',
    path: '/jobs/{jobKey}/error',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'THROW_ERROR',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'THROW_ERROR',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'THROW_ERROR',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/jobs.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignClientFromGroup',
    method: 'DELETE',
    path: '/groups/{groupId}/clients/{clientId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignClientFromTenant',
    method: 'DELETE',
    path: '/tenants/{tenantId}/clients/{clientId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignGroupFromTenant',
    method: 'DELETE',
    path: '/tenants/{tenantId}/groups/{groupId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignMappingRuleFromGroup',
    method: 'DELETE',
    path: '/groups/{groupId}/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignMappingRuleFromTenant',
    method: 'DELETE',
    path: '/tenants/{tenantId}/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignRoleFromClient',
    method: 'DELETE',
    path: '/roles/{roleId}/clients/{clientId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignRoleFromGroup',
    method: 'DELETE',
    path: '/roles/{roleId}/groups/{groupId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignRoleFromMappingRule',
    method: 'DELETE',
    path: '/roles/{roleId}/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignRoleFromTenant',
    method: 'DELETE',
    path: '/tenants/{tenantId}/roles/{roleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignRoleFromUser',
    method: 'DELETE',
    path: '/roles/{roleId}/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignUserFromGroup',
    method: 'DELETE',
    path: '/groups/{groupId}/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignUserFromTenant',
    method: 'DELETE',
    path: '/tenants/{tenantId}/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'REMOVE_ENTITY',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'unassignUserTask',
    method: 'DELETE',
    path: '/user-tasks/{userTaskKey}/assignee',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'ASSIGN',
        tenantCheck: 'entity',
        note: 'From 8.9 an assignee may also unassign themselves with CLAIM_USER_TASK / CLAIM.',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'ASSIGN',
        tenantCheck: 'entity',
        note: 'From 8.9 an assignee may also unassign themselves with CLAIM_USER_TASK / CLAIM.',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'ASSIGN',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
        note: 'From 8.9 an assignee may also unassign themselves with CLAIM_USER_TASK / CLAIM.',
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://docs.camunda.io/docs/components/tasklist/user-task-authorization/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateAuthorization',
    method: 'PUT',
    path: '/authorizations/{authorizationKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'AUTHORIZATION',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/035bf8e9ab2745fbdead248d8dd6bf2b44e84777/zeebe/gateway-protocol/src/main/proto/v2/authorizations.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateGlobalClusterVariable',
    method: 'PUT',
    path: '/cluster-variables/global/{name}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateGlobalTaskListener',
    method: 'PUT',
    path: '/global-task-listeners/{id}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'UPDATE_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GLOBAL_LISTENER',
            permissionType: 'UPDATE_TASK_LISTENER',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: BY_DOCS_TABLE,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateGroup',
    method: 'PUT',
    path: '/groups/{groupId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'GROUP',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'groupId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: GROUPS_LIKE_OTHER_IDENTITIES,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://docs.camunda.io/docs/components/concepts/access-control/authorizations/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateJob',
    method: 'PATCH',
    path: '/jobs/{jobKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_PROCESS_INSTANCE',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'jobKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/jobs.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateMappingRule',
    method: 'PUT',
    path: '/mapping-rules/{mappingRuleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'MAPPING_RULE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'mappingRuleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/mapping-rules.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateRole',
    method: 'PUT',
    path: '/roles/{roleId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'ROLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'roleId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/01d683bf3e1a29cb18c2b53fd9195776298f7a4e/zeebe/gateway-protocol/src/main/proto/v2/roles.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateTenant',
    method: 'PUT',
    path: '/tenants/{tenantId}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'TENANT',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'tenantId',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/tenants.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateTenantClusterVariable',
    method: 'PUT',
    path: '/cluster-variables/tenants/{tenantId}/{name}',
    versions: {
      '8.9': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'CLUSTER_VARIABLE',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'wildcard',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'permissions',
            reason: 'The spec states the permission; the resource id the check names is not stated, taken as *.',
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/cluster-variables.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateUser',
    method: 'PUT',
    path: '/users/{username}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'USER',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'username',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'none',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
          {
            fact: 'intent',
            reason: INTENT_FROM_RECORD,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/0e366830dc34d401a9dd2d3b1429a959a6964282/zeebe/gateway-protocol/src/main/proto/v2/users.yaml',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
  {
    operationId: 'updateUserTask',
    method: 'PATCH',
    path: '/user-tasks/{userTaskKey}',
    versions: {
      '8.8': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
      },
      '8.9': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
      },
      '8.10': {
        permissions: [
          {
            resourceType: 'PROCESS_DEFINITION',
            permissionType: 'UPDATE_USER_TASK',
            resourceId: {
              from: 'target',
              id: 'bpmnProcessId',
              via: 'userTaskKey',
            },
          },
          {
            resourceType: 'USER_TASK',
            permissionType: 'UPDATE',
            resourceId: {
              from: 'path',
              name: 'userTaskKey',
            },
            propertyNames: ['assignee', 'candidateUsers', 'candidateGroups'],
          },
        ],
        behaviour: 'command',
        intent: 'UPDATE',
        tenantCheck: 'entity',
        inferred: [
          {
            fact: 'presence',
            reason: CARRIED_INTO_8_10,
          },
        ],
      },
    },
    sources: [
      'npm:@camunda8/orchestration-cluster-api@8.8.4 dist/chunk-DYRPWSDP.js',
      'npm:@camunda8/orchestration-cluster-api@9.1.5 dist/chunk-JV6P7LF3.js',
      'https://github.com/camunda/camunda/blob/02f98712e566389c765e99acb08ccb628043bedc/zeebe/gateway-protocol/src/main/proto/v2/user-tasks.yaml',
      'https://docs.camunda.io/docs/components/tasklist/user-task-authorization/',
      'https://github.com/camunda/camunda/blob/main/zeebe/engine/src/main/java/io/camunda/zeebe/engine/processing/identity/AuthorizationCheckBehavior.java',
    ],
  },
];
