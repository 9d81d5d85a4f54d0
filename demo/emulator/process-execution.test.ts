import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';
import {
  ORDER_BPMN,
  ORDER_PROCESS_ID,
  PACKING_FORM,
  SHIPPING_DMN,
  SIGNAL_BPMN,
  SIGNAL_PROCESS_ID,
  deploymentForm,
} from './testing/process-fixtures.ts';

// The demo engine as a worker, an app and an operator see it on the helm cluster (8.9, Basic):
// deploy, start, activate and complete jobs, user tasks, messages, signals, incidents, cancel.

const basic = (user: string) => `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`;
const ADMIN = basic('demo');
const NOBODY = basic('nina');

type Json = Record<string, unknown>;

describe('process execution on the helm demo cluster', () => {
  let cluster: DemoCluster;
  const call = async (method: string, path: string, auth: string, body?: unknown) => {
    const res = await fetch(cluster.url + path, {
      method,
      headers: { authorization: auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text, type: res.headers.get('content-type'), json: () => JSON.parse(text) as Json };
  };
  const deploy = async (auth: string, files: { name: string; content: string }[]) => {
    const res = await fetch(`${cluster.url}/v2/deployments`, {
      method: 'POST',
      headers: { authorization: auth },
      body: deploymentForm(files),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const start = async (variables: Json, auth = ADMIN) =>
    call('POST', '/v2/process-instances', auth, { processDefinitionId: ORDER_PROCESS_ID, variables });
  const activate = async (auth = ADMIN, max = 10) =>
    (
      await call('POST', '/v2/jobs/activation', auth, {
        type: 'charge-card',
        worker: 'payments',
        timeout: 60_000,
        maxJobsToActivate: max,
      })
    ).json().jobs as Json[];

  beforeAll(async () => {
    cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/helm.json'), port: 0 });
  });
  afterAll(() => cluster.close());

  it('deploys BPMN, DMN and a form in one request and versions only changed files', async () => {
    const files = [
      { name: 'order-fulfilment.bpmn', content: ORDER_BPMN },
      { name: 'shipping.dmn', content: SHIPPING_DMN },
      { name: 'packing-slip.form', content: PACKING_FORM },
    ];
    const first = await deploy(ADMIN, files);
    expect(first.status).toBe(200);
    expect(first.body.tenantId).toBe('<default>');
    const kinds = (first.body.deployments as Json[]).map((d) => Object.keys(d).find((k) => d[k] !== null));
    expect(kinds).toEqual(['processDefinition', 'decisionRequirements', 'decisionDefinition', 'form']);
    const process = (first.body.deployments as Json[])[0]!.processDefinition as Json;
    expect(process).toMatchObject({ processDefinitionId: ORDER_PROCESS_ID, processDefinitionVersion: 1 });

    const again = await deploy(ADMIN, files.slice(0, 1));
    expect(((again.body.deployments as Json[])[0]!.processDefinition as Json).processDefinitionKey).toBe(
      process.processDefinitionKey,
    );
    const changed = await deploy(ADMIN, [
      { name: 'order-fulfilment.bpmn', content: ORDER_BPMN.replace('2026.11', '2026.12') },
    ]);
    expect(((changed.body.deployments as Json[])[0]!.processDefinition as Json).processDefinitionVersion).toBe(2);

    const xml = await call('GET', `/v2/process-definitions/${String(process.processDefinitionKey)}/xml`, ADMIN);
    expect(xml.type).toMatch(/^text\/xml/);
    expect(xml.text).toBe(ORDER_BPMN);
    const latest = await call('POST', '/v2/process-definitions/search', ADMIN, {
      filter: { processDefinitionId: ORDER_PROCESS_ID, isLatestVersion: true },
    });
    expect(latest.json().items).toMatchObject([{ version: 2, versionTag: '2026.12', name: 'Order fulfilment' }]);
  });

  it('refuses a deployment without CREATE on RESOURCE, and a file that is not BPMN', async () => {
    const refused = await deploy(NOBODY, [{ name: 'order-fulfilment.bpmn', content: ORDER_BPMN }]);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE' on resource 'RESOURCE'",
    );
    const invalid = await deploy(ADMIN, [{ name: 'broken.bpmn', content: '<bpmn:definitions' }]);
    expect(invalid.status).toBe(400);
    expect(invalid.body.detail).toMatch(
      /^Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new resources, but encountered the following errors:\n'broken.bpmn': /,
    );
  });

  it('walks an instance through job, user task and message to its end', async () => {
    const created = await start({ orderId: 'ORD-1', amount: 42 });
    expect(created.status).toBe(200);
    const pi = created.json();
    expect(pi).toMatchObject({ processDefinitionId: ORDER_PROCESS_ID, processDefinitionVersion: 2 });
    const key = String(pi.processInstanceKey);

    const jobs = await activate();
    const job = jobs.find((j) => j.processInstanceKey === key)!;
    expect(job).toMatchObject({
      type: 'charge-card',
      worker: 'payments',
      retries: 2,
      customHeaders: { provider: 'acme-pay' },
    });
    expect(job.variables).toEqual({ orderId: 'ORD-1', amount: 42 });
    // An activated job is not handed out again before its deadline.
    expect((await activate()).some((j) => j.jobKey === job.jobKey)).toBe(false);

    expect(
      (await call('POST', `/v2/jobs/${String(job.jobKey)}/completion`, ADMIN, { variables: { charged: true } })).status,
    ).toBe(204);
    const tasks = await call('POST', '/v2/user-tasks/search', ADMIN, { filter: { processInstanceKey: key } });
    const [task] = tasks.json().items as Json[];
    expect(task).toMatchObject({
      elementId: 'pack-order',
      name: 'Pack order',
      candidateGroups: ['warehouse'],
      state: 'CREATED',
    });
    expect(task!.formKey).not.toBeNull();

    expect((await call('POST', `/v2/user-tasks/${String(task!.userTaskKey)}/completion`, ADMIN, {})).status).toBe(204);
    const waiting = await call('POST', '/v2/element-instances/search', ADMIN, {
      filter: { processInstanceKey: key, state: 'ACTIVE' },
    });
    expect((waiting.json().items as Json[]).map((e) => [e.elementId, e.type])).toEqual([
      ['await-pickup', 'INTERMEDIATE_CATCH_EVENT'],
    ]);

    const wrongKey = await call('POST', '/v2/messages/correlation', ADMIN, {
      name: 'parcel-picked-up',
      correlationKey: 'ORD-2',
    });
    expect(wrongKey.status).toBe(404);
    expect(wrongKey.json().detail).toBe(
      "Command 'CORRELATE' rejected with code 'NOT_FOUND': Expected to find subscription for message with name 'parcel-picked-up' and correlation key 'ORD-2', but none was found.",
    );
    const correlated = await call('POST', '/v2/messages/correlation', ADMIN, {
      name: 'parcel-picked-up',
      correlationKey: 'ORD-1',
      variables: { carrier: 'DHL' },
    });
    expect(correlated.json()).toMatchObject({ processInstanceKey: key, tenantId: '<default>' });

    const done = (await call('GET', `/v2/process-instances/${key}`, ADMIN)).json();
    expect(done).toMatchObject({ state: 'COMPLETED', hasIncident: false, processDefinitionVersionTag: '2026.12' });
    expect(done.endDate).not.toBeNull();
    const vars = await call('POST', '/v2/variables/search', ADMIN, {
      filter: { processInstanceKey: key },
      sort: [{ field: 'name' }],
    });
    expect((vars.json().items as Json[]).map((v) => `${String(v.name)}=${String(v.value)}`)).toEqual([
      'amount=42',
      'carrier="DHL"',
      'charged=true',
      'orderId="ORD-1"',
    ]);
  });

  it('buffers a published message for an instance that subscribes later', async () => {
    const published = await call('POST', '/v2/messages/publication', ADMIN, {
      name: 'parcel-picked-up',
      correlationKey: 'ORD-7',
      timeToLive: 600_000,
    });
    expect(published.status).toBe(200);
    const key = String((await start({ orderId: 'ORD-7' })).json().processInstanceKey);
    const job = (await activate()).find((j) => j.processInstanceKey === key)!;
    await call('POST', `/v2/jobs/${String(job.jobKey)}/completion`, ADMIN, {});
    const task = (
      (await call('POST', '/v2/user-tasks/search', ADMIN, { filter: { processInstanceKey: key } })).json()
        .items as Json[]
    )[0]!;
    await call('POST', `/v2/user-tasks/${String(task.userTaskKey)}/completion`, ADMIN, {});
    expect((await call('GET', `/v2/process-instances/${key}`, ADMIN)).json().state).toBe('COMPLETED');
  });

  it('raises an incident when a job runs out of retries and hands it out again once retries are raised', async () => {
    const key = String((await start({ orderId: 'ORD-3' })).json().processInstanceKey);
    const job = (await activate()).find((j) => j.processInstanceKey === key)!;
    const jobKey = String(job.jobKey);
    expect(
      (await call('POST', `/v2/jobs/${jobKey}/failure`, ADMIN, { retries: 1, errorMessage: 'card declined' })).status,
    ).toBe(204);
    const retried = (await activate()).find((j) => j.jobKey === jobKey)!;
    expect(retried.retries).toBe(1);
    await call('POST', `/v2/jobs/${jobKey}/failure`, ADMIN, { retries: 0, errorMessage: 'card declined twice' });
    const incidents = await call('POST', '/v2/incidents/search', ADMIN, { filter: { processInstanceKey: key } });
    const [incident] = incidents.json().items as Json[];
    expect(incident).toMatchObject({
      errorType: 'JOB_NO_RETRIES',
      errorMessage: 'card declined twice',
      state: 'ACTIVE',
      jobKey,
    });
    expect((await call('GET', `/v2/process-instances/${key}`, ADMIN)).json().hasIncident).toBe(true);
    expect((await activate()).some((j) => j.jobKey === jobKey)).toBe(false);

    expect((await call('PATCH', `/v2/jobs/${jobKey}`, ADMIN, { changeset: { retries: 3 } })).status).toBe(204);
    expect((await call('POST', `/v2/incidents/${String(incident!.incidentKey)}/resolution`, ADMIN)).status).toBe(204);
    expect((await call('GET', `/v2/process-instances/${key}`, ADMIN)).json().hasIncident).toBe(false);
    expect((await activate()).find((j) => j.jobKey === jobKey)?.retries).toBe(3);
  });

  it('turns a thrown error without a catching event into an incident', async () => {
    const key = String((await start({ orderId: 'ORD-4' })).json().processInstanceKey);
    const job = (await activate()).find((j) => j.processInstanceKey === key)!;
    await call('POST', `/v2/jobs/${String(job.jobKey)}/error`, ADMIN, { errorCode: 'FRAUD', errorMessage: 'flagged' });
    const incident = (
      (await call('POST', '/v2/incidents/search', ADMIN, { filter: { processInstanceKey: key } })).json()
        .items as Json[]
    )[0]!;
    expect(incident.errorType).toBe('UNHANDLED_ERROR_EVENT');
    expect((await call('GET', `/v2/incidents/${String(incident.incidentKey)}`, ADMIN)).json().errorMessage).toContain(
      "'FRAUD'",
    );
    const again = await call('POST', `/v2/jobs/${String(job.jobKey)}/completion`, ADMIN, {});
    expect(again.status).toBe(404);
  });

  it('cancels an instance: its job disappears and the instance is terminated', async () => {
    const key = String((await start({ orderId: 'ORD-5' })).json().processInstanceKey);
    expect((await call('POST', `/v2/process-instances/${key}/cancellation`, ADMIN)).status).toBe(204);
    expect((await call('GET', `/v2/process-instances/${key}`, ADMIN)).json().state).toBe('TERMINATED');
    expect((await activate()).some((j) => j.processInstanceKey === key)).toBe(false);
    const twice = await call('POST', `/v2/process-instances/${key}/cancellation`, ADMIN);
    expect(twice.json().detail).toBe(
      `Command 'CANCEL' rejected with code 'NOT_FOUND': Expected to cancel a process instance with key '${key}', but no such process was found`,
    );
  });

  it('starts instances by signal and moves waiting ones on', async () => {
    await deploy(ADMIN, [{ name: 'recall.bpmn', content: SIGNAL_BPMN }]);
    const broadcast = await call('POST', '/v2/signals/broadcast', ADMIN, { signalName: 'product-recall' });
    expect(broadcast.status).toBe(200);
    const search = async () =>
      (
        await call('POST', '/v2/process-instances/search', ADMIN, {
          filter: { processDefinitionId: SIGNAL_PROCESS_ID },
        })
      ).json().items as Json[];
    expect((await search()).map((p) => p.state)).toEqual(['ACTIVE']);
    await call('POST', '/v2/signals/broadcast', ADMIN, { signalName: 'recall-closed' });
    expect((await search()).map((p) => p.state)).toEqual(['COMPLETED']);
  });

  it('deletes a deployed form; a missing resource is a NOT_FOUND rejection', async () => {
    const deployed = await deploy(ADMIN, [
      { name: 'gift-note.form', content: JSON.stringify({ id: 'gift-note', components: [] }) },
    ]);
    const formKey = String(((deployed.body.deployments as Json[])[0]!.form as Json).formKey);
    const refused = await call('POST', `/v2/resources/${formKey}/deletion`, NOBODY, {});
    expect(refused.json().detail).toBe(
      "Command 'DELETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'DELETE_FORM' on resource 'RESOURCE', required resource identifiers are one of '[*, gift-note]'",
    );
    const deleted = await call('POST', `/v2/resources/${formKey}/deletion`, ADMIN, {});
    expect(deleted.json()).toEqual({ resourceKey: formKey, batchOperation: null });
    const gone = await call('POST', `/v2/resources/${formKey}/deletion`, ADMIN, {});
    expect(gone.status).toBe(404);
  });

  it('runs the shipped invoice-approval BPMN: a check-invoice job first, then the review task', async () => {
    const created = await call('POST', '/v2/process-instances', ADMIN, {
      processDefinitionId: 'invoice-approval',
      variables: { invoiceNumber: 'INV-9' },
    });
    const key = String(created.json().processInstanceKey);
    const job = (
      (
        await call('POST', '/v2/jobs/activation', ADMIN, {
          type: 'check-invoice',
          timeout: 60_000,
          maxJobsToActivate: 5,
        })
      ).json().jobs as Json[]
    ).find((j) => j.processInstanceKey === key)!;
    expect(job.customHeaders).toEqual({ department: 'finance' });
    await call('POST', `/v2/jobs/${String(job.jobKey)}/completion`, ADMIN, {});
    const tasks = await call('POST', '/v2/user-tasks/search', ADMIN, { filter: { processInstanceKey: key } });
    expect(tasks.json().items).toMatchObject([{ elementId: 'review-invoice', candidateGroups: ['accounting'] }]);
    const definition = await call(
      'GET',
      `/v2/process-definitions/${String(created.json().processDefinitionKey)}/xml`,
      ADMIN,
    );
    expect(definition.text).toContain('<zeebe:taskDefinition type="check-invoice"');
  });

  it('gives seeded tasks process instances that the instance views show', async () => {
    const task = (
      (await call('POST', '/v2/user-tasks/search', ADMIN, { page: { limit: 1 } })).json().items as Json[]
    )[0]!;
    const pi = await call('GET', `/v2/process-instances/${String(task.processInstanceKey)}`, ADMIN);
    expect(pi.json()).toMatchObject({ processDefinitionId: task.processDefinitionId, state: 'ACTIVE' });
    const el = await call('GET', `/v2/element-instances/${String(task.elementInstanceKey)}`, ADMIN);
    expect(el.json()).toMatchObject({ elementId: task.elementId, type: 'USER_TASK' });
  });
});
