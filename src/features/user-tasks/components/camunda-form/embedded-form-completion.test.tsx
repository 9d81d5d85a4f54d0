import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../../../../testing/fetch-stub.ts';
import { renderWithProviders } from '../../../../testing/render-with-providers.tsx';
import type { UserTask } from '../../api/user-tasks-api.ts';
import { setUpFormViewerTests } from '../../testing/form-viewer-test-lifecycle.ts';
import { TaskCompletion } from '../task-completion.tsx';

const key = '2251799813685401';
const processDefinitionKey = '2251799813685250';
const base = `/clusters/helm/v2/user-tasks/${key}`;
const xmlPath = `/clusters/helm/v2/process-definitions/${processDefinitionKey}/xml`;

const task = {
  userTaskKey: key,
  name: 'Check expense',
  state: 'CREATED',
  assignee: 'anna',
  candidateUsers: [],
  candidateGroups: [],
  processDefinitionKey,
  elementId: 'check-expense',
  // As /v2 reports it: the reference to the embedded form is only in the BPMN.
  formKey: null,
  tags: [],
  customHeaders: [],
} as unknown as UserTask;

const schema = {
  type: 'default',
  components: [
    { type: 'textfield', key: 'purpose', label: 'Purpose' },
    { type: 'checkbox', key: 'receiptAttached', label: 'Receipt attached', validate: { required: true } },
  ],
};

// Attribute and text escaped as the Modeler writes the JSON into the XML.
const xmlText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
const processXml = (formId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <bpmn:process id="expense-claim" isExecutable="true">
    <bpmn:extensionElements>
      <zeebe:userTaskForm id="${formId}">${xmlText(JSON.stringify(schema))}</zeebe:userTaskForm>
    </bpmn:extensionElements>
    <bpmn:userTask id="check-expense">
      <bpmn:extensionElements><zeebe:formDefinition formKey="camunda-forms:bpmn:expense-form" /></bpmn:extensionElements>
    </bpmn:userTask>
  </bpmn:process>
</bpmn:definitions>`;

const xmlResponse = (body: string) => new Response(body, { status: 200, headers: { 'Content-Type': 'text/xml' } });
const variables = {
  items: [{ name: 'purpose', value: '"Train to Lyon"', isTruncated: false, variableKey: 'v1' }],
  page: { totalItems: 1 },
};

function renderCompletion(onCompleted = vi.fn()) {
  renderWithProviders(<TaskCompletion clusterId="helm" task={task} currentUsername="anna" onCompleted={onCompleted} />);
  return onCompleted;
}

setUpFormViewerTests();

describe('TaskCompletion with a form embedded in the BPMN', { timeout: 20_000 }, () => {
  it('reads the form from the process XML, renders it prefilled and completes with its data', async () => {
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => new Response(null, { status: 204 }),
      [`GET ${xmlPath}`]: () => xmlResponse(processXml('expense-form')),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
      [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
    });
    const onCompleted = renderCompletion();

    const form = await screen.findByRole('form', { name: 'Task form' }, { timeout: 5_000 });
    expect(await within(form).findByLabelText(/^Purpose/)).toHaveValue('Train to Lyon');
    await userEvent.click(within(form).getByLabelText(/^Receipt attached/));
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    const completion = calls.find((c) => c.url.endsWith('/completion'));
    expect(JSON.parse(completion?.body ?? '')).toEqual({
      variables: { purpose: 'Train to Lyon', receiptAttached: true },
    });
    expect(calls.find((c) => c.url === xmlPath)?.headers.accept).toContain('text/xml');
  });

  it('says which form is missing and offers JSON when the XML has no form with that id', async () => {
    stubFetch({
      [`GET ${base}/form`]: () => new Response(null, { status: 204 }),
      [`GET ${xmlPath}`]: () => xmlResponse(processXml('another-form')),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
    });
    renderCompletion();

    expect(await screen.findByText('The process XML has no embedded form with id "expense-form".')).toBeInTheDocument();
    expect(screen.getByLabelText('Variables (JSON object)')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Task form' })).toBeNull();
  });

  it('shows no form, and no error, when the task has none and the process XML may not be read', async () => {
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => new Response(null, { status: 204 }),
      [`GET ${xmlPath}`]: () =>
        jsonResponse(403, {
          title: 'FORBIDDEN',
          status: 403,
          detail: "Unauthorized to perform operation 'READ_PROCESS_DEFINITION'",
        }),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
    });
    renderCompletion();

    expect(await screen.findByText('No linked form: complete with variables as JSON.')).toBeInTheDocument();
    expect(calls.some((c) => c.url === xmlPath)).toBe(true);
    expect(screen.queryByText(/READ_PROCESS_DEFINITION/)).toBeNull();
    expect(screen.getByLabelText('Variables (JSON object)')).toBeInTheDocument();
  });
});
