import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoCluster, type DemoCluster } from '../emulator/start-demo-cluster.ts';
import { loadScenarioFile } from './load-scenario.ts';

// The c8run demo serves a Camunda user task whose form is embedded in its BPMN, the way a real
// cluster does (docs/camunda-api/embedded-forms.md): the task's formKey stays empty (the API's
// formKey is a numeric form key), the form endpoint answers 204, and the process definition's XML
// carries both the task's `camunda-forms:bpmn:` reference and the schema.

interface Task {
  userTaskKey: string;
  processDefinitionKey: string;
  formKey?: string | null;
}

let cluster: DemoCluster;

beforeAll(async () => {
  cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/c8run.json'), port: 0 });
});
afterAll(() => cluster.close());

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(cluster.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the expense claim task with an embedded form (c8run)', () => {
  it('answers 204 for /form and serves the reference and the schema in the process XML', async () => {
    const search = await post('/v2/user-tasks/search', { filter: { elementId: 'check-expense', state: 'CREATED' } });
    const { items } = (await search.json()) as { items: Task[] };
    expect(items).toHaveLength(1);
    const task = items[0]!;
    expect(task.formKey ?? null).toBeNull();

    const form = await fetch(`${cluster.url}/v2/user-tasks/${task.userTaskKey}/form`);
    expect(form.status).toBe(204);

    const xml = await fetch(`${cluster.url}/v2/process-definitions/${task.processDefinitionKey}/xml`);
    expect(xml.status).toBe(200);
    const text = await xml.text();
    expect(text).toContain('<zeebe:formDefinition formKey="camunda-forms:bpmn:expense-check-form" />');
    // The one escape the shipped file uses; Lantern itself reads the XML with DOMParser.
    const body = /<zeebe:userTaskForm id="expense-check-form">([\s\S]*?)<\/zeebe:userTaskForm>/.exec(text)?.[1];
    const schema = JSON.parse((body ?? '').replaceAll('&amp;', '&')) as { components: { key?: string }[] };
    expect(schema.components.map((c) => c.key).filter(Boolean)).toEqual([
      'purpose',
      'amount',
      'receiptChecked',
      'checkNote',
    ]);
  });

  it('leaves the linked forms as they were', async () => {
    const search = await post('/v2/user-tasks/search', { filter: { elementId: 'review-invoice' }, page: { limit: 1 } });
    const { items } = (await search.json()) as { items: Task[] };
    const form = await fetch(`${cluster.url}/v2/user-tasks/${items[0]!.userTaskKey}/form`);
    expect(form.status).toBe(200);
  });
});
