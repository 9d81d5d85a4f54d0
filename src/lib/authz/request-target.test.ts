import { describe, expect, it } from 'vitest';
import { apiPath, describeRequestTarget } from './request-target.ts';

describe('describeRequestTarget', () => {
  it.each([
    ['GET', '/v2/user-tasks/42', 'read', 'read user task 42'],
    ['PATCH', '/v2/user-tasks/42', 'update', 'update user task 42'],
    ['POST', '/v2/user-tasks/42/assignment', 'assign', 'assign user task 42'],
    ['DELETE', '/v2/user-tasks/42/assignee', 'unassign', 'unassign user task 42'],
    ['POST', '/v2/user-tasks/42/completion', 'complete', 'complete user task 42'],
    ['GET', '/v2/user-tasks/42/form', 'read', 'read the form of user task 42'],
    ['POST', '/v2/user-tasks/42/variables/search', 'read', 'read the variables of user task 42'],
    ['POST', '/v2/user-tasks/42/effective-variables/search', 'read', 'read the variables of user task 42'],
  ])('%s %s → %s', (method, path, operation, description) => {
    const target = describeRequestTarget(method, path);
    expect(target).toEqual({
      description,
      idsByResourceType: { USER_TASK: '42' },
      userTaskKey: '42',
      userTaskOperation: operation,
    });
  });

  it('names identity entities, including membership changes, and decodes ids', () => {
    expect(describeRequestTarget('GET', '/v2/groups/acc%20ounting').idsByResourceType).toEqual({
      GROUP: 'acc ounting',
    });
    expect(describeRequestTarget('PUT', '/v2/roles/admin/users/kim')).toMatchObject({
      description: 'change the members of role admin',
      idsByResourceType: { ROLE: 'admin' },
    });
    expect(describeRequestTarget('DELETE', '/v2/mapping-rules/m1').idsByResourceType).toEqual({ MAPPING_RULE: 'm1' });
  });

  it('searches and unknown paths name nothing', () => {
    expect(describeRequestTarget('POST', '/v2/groups/search').idsByResourceType).toEqual({});
    expect(describeRequestTarget('post', '/v2/process-instances')).toEqual({
      description: 'POST /v2/process-instances',
      idsByResourceType: {},
      userTaskKey: null,
      userTaskOperation: null,
    });
  });

  it('reads paths through the proxy prefix and with a query string', () => {
    expect(apiPath('/clusters/helm/v2/user-tasks/42/?x=1')).toBe('/v2/user-tasks/42');
    expect(describeRequestTarget('GET', '/clusters/helm/v2/user-tasks/42?x=1').userTaskKey).toBe('42');
  });
});
