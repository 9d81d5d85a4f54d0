import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../catalogue/operation-catalogue.ts';
import { apiPath, describeRequestTarget, operationLabel, userTaskOperationOfEntry } from './request-target.ts';

const describe_ = (method: string, path: string) => describeRequestTarget(method, path, OPERATION_CATALOGUE);

describe('describeRequestTarget, from the operation catalogue', () => {
  it.each([
    ['GET', '/v2/user-tasks/42', 'read', 'Get user task: user task 42'],
    ['PATCH', '/v2/user-tasks/42', 'update', 'Update user task: user task 42'],
    ['POST', '/v2/user-tasks/42/assignment', 'assign', 'Assign user task: user task 42'],
    ['DELETE', '/v2/user-tasks/42/assignee', 'unassign', 'Unassign user task: user task 42'],
    ['POST', '/v2/user-tasks/42/completion', 'complete', 'Complete user task: user task 42'],
    ['GET', '/v2/user-tasks/42/form', 'read', 'Get user task form: user task 42'],
    ['POST', '/v2/user-tasks/42/variables/search', 'read', 'Search user task variables: user task 42'],
    [
      'POST',
      '/v2/user-tasks/42/effective-variables/search',
      'read',
      'Search user task effective variables: user task 42',
    ],
  ])('%s %s → %s', (method, path, operation, description) => {
    expect(describe_(method, path)).toMatchObject({
      description,
      idsByResourceType: { USER_TASK: '42' },
      userTaskKey: '42',
      userTaskOperation: operation,
    });
  });

  it('names identity entities, including membership changes, and decodes ids', () => {
    expect(describe_('GET', '/v2/groups/acc%20ounting').idsByResourceType).toEqual({ GROUP: 'acc ounting' });
    expect(describe_('PUT', '/v2/roles/admin/users/kim')).toMatchObject({
      idsByResourceType: { ROLE: 'admin' },
      userTaskKey: null,
    });
    expect(describe_('DELETE', '/v2/mapping-rules/m1').idsByResourceType).toEqual({ MAPPING_RULE: 'm1' });
  });

  // The old route table knew user tasks and five identity entities only; every other operation
  // that names its resource in the path is covered now.
  it('names the ids of any operation whose catalogue entry reads them from the path', () => {
    expect(describe_('GET', '/v2/authorizations/2251799813685300')).toMatchObject({
      idsByResourceType: { AUTHORIZATION: '2251799813685300' },
      operationId: 'getAuthorization',
    });
    expect(describe_('POST', '/v2/tenants/tenant-a/users/search').idsByResourceType).toEqual({ TENANT: 'tenant-a' });
  });

  it('says what a job or process instance request acts on, without inventing an id the path lacks', () => {
    const job = describe_('POST', '/v2/jobs/2251799813690001/completion');
    expect(job).toEqual({
      description: 'Complete job: job 2251799813690001',
      // The permission names the job's BPMN process id, which is not in the path: looked up, not guessed.
      idsByResourceType: {},
      userTaskKey: null,
      userTaskOperation: null,
      operationId: 'completeJob',
      params: { jobKey: '2251799813690001' },
    });
    expect(describe_('POST', '/v2/process-instances').description).toBe('Create process instance');
  });

  it('searches name nothing and unknown paths stay method and path', () => {
    expect(describe_('POST', '/v2/groups/search').idsByResourceType).toEqual({});
    expect(describe_('post', '/v2/no-such-thing/1')).toEqual({
      description: 'POST /v2/no-such-thing/1',
      idsByResourceType: {},
      userTaskKey: null,
      userTaskOperation: null,
      operationId: null,
    });
  });

  it('before the catalogue has loaded, names the request only (no ids, no task)', () => {
    expect(describeRequestTarget('POST', '/v2/user-tasks/42/assignment', null)).toEqual({
      description: 'POST /v2/user-tasks/42/assignment',
      idsByResourceType: {},
      userTaskKey: null,
      userTaskOperation: null,
      operationId: null,
    });
  });

  it('reads paths through the proxy prefix and with a query string', () => {
    expect(apiPath('/clusters/helm/v2/user-tasks/42/?x=1')).toBe('/v2/user-tasks/42');
    expect(describe_('GET', '/clusters/helm/v2/user-tasks/42?x=1').userTaskKey).toBe('42');
  });
});

describe('userTaskOperationOfEntry', () => {
  it('gives every user-task operation by key an action, and nothing else one', () => {
    const byId = Object.fromEntries(
      OPERATION_CATALOGUE.map((entry) => [entry.operationId, userTaskOperationOfEntry(entry)] as const).filter(
        ([, operation]) => operation !== null,
      ),
    );
    expect(byId).toMatchObject({
      getUserTask: 'read',
      assignUserTask: 'assign',
      unassignUserTask: 'unassign',
      completeUserTask: 'complete',
      updateUserTask: 'update',
    });
    expect(Object.keys(byId).every((id) => /UserTask/.test(id))).toBe(true);
  });
});

describe('operationLabel', () => {
  it('reads SDK operation names as sentences', () => {
    expect(operationLabel('getProcessDefinitionXml')).toBe('Get process definition xml');
    expect(operationLabel('searchProcessInstances')).toBe('Search process instances');
  });
});
