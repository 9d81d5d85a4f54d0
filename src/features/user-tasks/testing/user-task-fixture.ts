import type { UserTask } from '../api/user-tasks-api.ts';

/** A created task of the invoice process as /v2 returns it; tests override what they are about. */
export function userTaskFixture(overrides: Partial<UserTask> = {}): UserTask {
  return {
    userTaskKey: '2251799813685281',
    name: 'Review invoice',
    state: 'CREATED',
    assignee: null,
    candidateUsers: [],
    candidateGroups: ['accounting'],
    elementId: 'review-invoice',
    elementInstanceKey: '1',
    processDefinitionId: 'invoice-approval',
    processDefinitionKey: '2',
    processDefinitionVersion: 1,
    processName: 'Invoice approval',
    processInstanceKey: '3',
    rootProcessInstanceKey: null,
    creationDate: '2025-06-01T10:00:00Z',
    completionDate: null,
    dueDate: null,
    followUpDate: null,
    priority: 50,
    tenantId: '<default>',
    formKey: null,
    externalFormReference: null,
    customHeaders: [],
    tags: [],
    businessId: null,
    ...overrides,
  };
}
