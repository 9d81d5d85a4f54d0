import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';
import { ORDER_BPMN, ORDER_PROCESS_ID, deploymentForm } from './testing/process-fixtures.ts';

// Multi-tenancy on process execution: resources deployed to a tenant are invisible (404, or filtered
// out) to a caller who is not assigned to it, even with every permission; requests naming that
// tenant are refused.

type Json = Record<string, unknown>;
const basic = (user: string) => `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`;

describe('process execution with multi-tenancy checks', () => {
  let cluster: DemoCluster;
  const call = async (user: string, method: string, path: string, body?: unknown) => {
    const isForm = body instanceof FormData;
    const res = await fetch(cluster.url + path, {
      method,
      headers: {
        authorization: basic(user),
        ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Json };
  };

  beforeAll(async () => {
    const helm = await loadScenarioFile('demo/scenarios/helm.json');
    cluster = await startDemoCluster({
      port: 0,
      scenario: {
        ...helm,
        auth: { method: 'basic', bcryptCost: 4 },
        multiTenancyChecksEnabled: true,
        users: [
          { username: 'emea-admin', password: 'emea-admin' },
          { username: 'us-admin', password: 'us-admin' },
        ],
        groups: [],
        // Both are admins (every permission on `*`); only their tenants differ.
        roles: [{ roleId: 'admin', users: ['emea-admin', 'us-admin'] }],
        tenants: [
          { tenantId: 'emea', name: 'EMEA', users: ['emea-admin'] },
          { tenantId: 'us', name: 'US', users: ['us-admin'] },
        ],
        mappingRules: [],
        authorizations: [],
      },
    });
  });
  afterAll(() => cluster.close());

  it('keeps a tenant’s deployments, instances and jobs from callers of other tenants', async () => {
    const deployed = await call(
      'emea-admin',
      'POST',
      '/v2/deployments',
      deploymentForm([{ name: 'o.bpmn', content: ORDER_BPMN }], 'emea'),
    );
    expect(deployed.status).toBe(200);
    expect(deployed.body.tenantId).toBe('emea');
    const created = await call('emea-admin', 'POST', '/v2/process-instances', {
      processDefinitionId: ORDER_PROCESS_ID,
      tenantId: 'emea',
      variables: { orderId: 'E-1' },
    });
    const key = String(created.body.processInstanceKey);

    expect((await call('us-admin', 'GET', `/v2/process-instances/${key}`)).body.detail).toBe(
      `Process Instance with key '${key}' not found`,
    );
    const search = await call('us-admin', 'POST', '/v2/process-instances/search', {
      filter: { processInstanceKey: key },
    });
    expect(search.body.items).toEqual([]);
    const activation = { type: 'charge-card', timeout: 60_000, maxJobsToActivate: 10, tenantIds: ['emea'] };
    expect((await call('us-admin', 'POST', '/v2/jobs/activation', activation)).body.jobs).toEqual([]);
    const cancel = await call('us-admin', 'POST', `/v2/process-instances/${key}/cancellation`, {});
    expect(cancel.body.detail).toBe(
      "Command 'CANCEL' rejected with code 'NOT_FOUND': Expected to perform operation 'CANCEL_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'emea'",
    );
    const start = await call('us-admin', 'POST', '/v2/process-instances', {
      processDefinitionId: ORDER_PROCESS_ID,
      tenantId: 'emea',
    });
    expect(start.status).toBe(403);
    expect(start.body.detail).toBe(
      "Command 'CREATE' rejected with code 'FORBIDDEN': Expected to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION' for tenant 'emea', but user is not assigned to this tenant",
    );
    // In its own tenant the US admin finds no such process at all.
    const own = await call('us-admin', 'POST', '/v2/process-instances', {
      processDefinitionId: ORDER_PROCESS_ID,
      tenantId: 'us',
    });
    expect(own.status).toBe(404);

    const jobs = (await call('emea-admin', 'POST', '/v2/jobs/activation', activation)).body.jobs as Json[];
    expect(jobs.map((j) => j.processInstanceKey)).toEqual([key]);
  });
});
