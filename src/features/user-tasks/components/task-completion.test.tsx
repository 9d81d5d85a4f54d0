import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch, type RecordedCall } from '../../../testing/fetch-stub.ts';
import { renderWithProviders } from '../../../testing/render-with-providers.tsx';
import type { UserTask } from '../api/user-tasks-api.ts';
import { setUpFormViewerTests } from '../testing/form-viewer-test-lifecycle.ts';
import { TaskCompletion } from './task-completion.tsx';

const key = '2251799813685281';
const base = `/clusters/helm/v2/user-tasks/${key}`;

const task = {
  userTaskKey: key,
  name: 'Review invoice',
  state: 'CREATED',
  assignee: 'anna',
  candidateUsers: [],
  candidateGroups: ['accounting'],
  tags: [],
  customHeaders: [],
} as unknown as UserTask;

// What the hand-written renderer could not do: a FEEL condition, templated text, a dynamic list
// and an expression over it.
const formSchema = {
  type: 'default',
  components: [
    { type: 'text', text: '# Invoice {{invoiceNumber}} <img src=x onerror="window.hacked=1">' },
    { type: 'number', key: 'amount', label: 'Amount', validate: { required: true, min: 0 } },
    {
      type: 'radio',
      key: 'decision',
      label: 'Decision',
      values: [
        { label: 'Approve', value: 'approve' },
        { label: 'Reject', value: 'reject' },
      ],
      validate: { required: true },
    },
    {
      type: 'textarea',
      key: 'rejectionReason',
      label: 'Reason for the rejection',
      validate: { required: true },
      conditional: { hide: '=decision != "reject"' },
    },
    {
      type: 'dynamiclist',
      label: 'Line items',
      path: 'lineItems',
      isRepeating: true,
      allowAddRemove: true,
      defaultRepetitions: 1,
      components: [
        { type: 'textfield', key: 'description', label: 'Description', validate: { required: true } },
        { type: 'number', key: 'quantity', label: 'Quantity', validate: { min: 1 } },
      ],
    },
    {
      type: 'expression',
      key: 'itemCount',
      expression: '=count(lineItems)',
      computeOn: 'presubmit',
    },
  ],
};

const variables = {
  items: [
    { name: 'amount', value: '18250', isTruncated: false, variableKey: 'v1' },
    { name: 'invoiceNumber', value: '"INV-2025-00420"', isTruncated: false, variableKey: 'v2' },
    {
      name: 'lineItems',
      value: '[{"description":"Toner","quantity":4}]',
      isTruncated: false,
      variableKey: 'v3',
    },
    { name: 'scan', value: '"JVBERi0xLjQK', isTruncated: true, variableKey: 'v4' },
  ],
  page: { totalItems: 4 },
};

function renderCompletion(onCompleted = vi.fn()) {
  renderWithProviders(<TaskCompletion clusterId="helm" task={task} currentUsername="anna" onCompleted={onCompleted} />);
  return onCompleted;
}

/** React reveals a lazy component after its Suspense fallback has shown for a while. */
const findTaskForm = () => screen.findByRole('form', { name: 'Task form' }, { timeout: 5_000 });

const completions = (calls: RecordedCall[]) => calls.filter((c) => c.url.endsWith('/completion'));

setUpFormViewerTests();

describe('TaskCompletion with a linked Camunda Form', { timeout: 20_000 }, () => {
  it('renders it through the bpmn.io viewer, prefilled, and shows a field only when its FEEL condition holds', async () => {
    stubFetch({
      [`GET ${base}/form`]: () => jsonResponse(200, { formId: 'invoice-review', schema: JSON.stringify(formSchema) }),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
    });
    renderCompletion();

    const form = await findTaskForm();
    // Templated text from the variables; the markup in it is sanitised, never run.
    expect(await within(form).findByRole('heading', { name: /Invoice INV-2025-00420/ })).toBeInTheDocument();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    expect(within(form).getByLabelText(/^Amount/)).toHaveValue('18250');
    expect(within(form).getByLabelText(/^Description/)).toHaveValue('Toner');
    expect(screen.getByRole('link', { name: 'Powered by bpmn.io' })).toBeInTheDocument();

    expect(within(form).queryByLabelText(/^Reason for the rejection/)).toBeNull();
    await userEvent.click(within(form).getByLabelText('Reject'));
    expect(await within(form).findByLabelText(/^Reason for the rejection/)).toBeInTheDocument();
    await userEvent.click(within(form).getByLabelText('Approve'));
    await waitFor(() => expect(within(form).queryByLabelText(/^Reason for the rejection/)).toBeNull());
  });

  it('keeps an invalid form on screen with its errors and completes with what the form holds', async () => {
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => jsonResponse(200, { formId: 'invoice-review', schema: formSchema }),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
      [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
    });
    const onCompleted = renderCompletion();
    const form = await findTaskForm();
    await within(form).findByLabelText(/^Amount/);

    await userEvent.click(within(form).getByLabelText('Reject'));
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    const reason = await within(form).findByLabelText(/^Reason for the rejection/);
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByText('Field is required.')).toBeInTheDocument();
    // The first field with an error takes the focus.
    await waitFor(() => expect(reason).toHaveFocus());
    expect(completions(calls)).toHaveLength(0);

    await userEvent.type(reason, 'Billed twice');
    await userEvent.click(within(form).getByRole('button', { name: /add/i }));
    const descriptions = within(form).getAllByLabelText(/^Description/);
    expect(descriptions).toHaveLength(2);
    await userEvent.type(descriptions[1]!, 'Paper');
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    const body = JSON.parse(completions(calls)[0]?.body ?? '') as { variables: Record<string, unknown> };
    expect(body.variables).toMatchObject({
      amount: 18250,
      decision: 'reject',
      rejectionReason: 'Billed twice',
      lineItems: [{ description: 'Toner', quantity: 4 }, { description: 'Paper' }],
      itemCount: 2,
    });
    // A truncated preview is never sent back as if it were the value.
    expect(body.variables).not.toHaveProperty('scan');
  });

  it('hides the rejection reason again and leaves it out of the completion when the decision changes', async () => {
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => jsonResponse(200, { formId: 'invoice-review', schema: formSchema }),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
      [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
    });
    const onCompleted = renderCompletion();
    const form = await findTaskForm();
    await userEvent.click(await within(form).findByLabelText('Reject'));
    await userEvent.type(await within(form).findByLabelText(/^Reason for the rejection/), 'typo');
    await userEvent.click(within(form).getByLabelText('Approve'));
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    const body = JSON.parse(completions(calls)[0]?.body ?? '') as { variables: Record<string, unknown> };
    expect(body.variables).toMatchObject({ decision: 'approve' });
    expect(body.variables).not.toHaveProperty('rejectionReason');
  });
});

describe('TaskCompletion with hostile field keys', { timeout: 20_000 }, () => {
  const proto = { name: '__proto__', value: '{"polluted":"yes"}', isTruncated: false, variableKey: 'v9' };

  it('opens fields keyed like Object methods, with a __proto__ variable around, and sends them as own properties', async () => {
    const hostile = {
      type: 'default',
      components: [
        { type: 'textfield', key: 'valueOf', label: 'Value of' },
        { type: 'textfield', key: 'toString', label: 'To string' },
      ],
    };
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => jsonResponse(200, { formId: 'hostile', schema: JSON.stringify(hostile) }),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, { items: [proto], page: { totalItems: 1 } }),
      [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
    });
    const onCompleted = renderCompletion();
    const form = await findTaskForm();
    await userEvent.type(within(form).getByLabelText('To string'), 'x');
    await userEvent.type(within(form).getByLabelText('Value of'), 'y');
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const body = JSON.parse(completions(calls)[0]?.body ?? '') as { variables: Record<string, unknown> };
    // Own properties with the typed text, not the inherited methods (nor their source text).
    expect(Object.getOwnPropertyDescriptor(body.variables, 'toString')?.value).toBe('x');
    expect(Object.getOwnPropertyDescriptor(body.variables, 'valueOf')?.value).toBe('y');
  });

  it.each(['__proto__', 'constructor'])(
    'a field keyed %s is refused by the viewer; the task can still be completed as JSON',
    async (fieldKey) => {
      const hostile = { type: 'default', components: [{ type: 'textfield', key: fieldKey, label: 'Hostile note' }] };
      const { calls } = stubFetch({
        [`GET ${base}/form`]: () => jsonResponse(200, { formId: 'hostile', schema: JSON.stringify(hostile) }),
        [`POST ${base}/variables/search`]: () => jsonResponse(200, { items: [proto], page: { totalItems: 1 } }),
        [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
      });
      const onCompleted = renderCompletion();
      // The viewer's own error is quoted as the English it is, marked so screen readers say it so.
      const quoted = await screen.findByText(`illegal key: ${fieldKey}`, {}, { timeout: 5_000 });
      expect(quoted).toHaveAttribute('lang', 'en');
      expect(quoted.closest('[role="alert"]')).toHaveTextContent(
        `The form viewer could not open this form (illegal key: ${fieldKey}). Use “Edit as JSON”`,
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await userEvent.click(screen.getByRole('button', { name: 'Edit as JSON' }));
      const editor = screen.getByLabelText('Variables (JSON object)');
      await userEvent.clear(editor);
      await userEvent.type(editor, '{{"approved": true}');
      await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
      await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
      expect(JSON.parse(completions(calls)[0]?.body ?? '')).toEqual({ variables: { approved: true } });
    },
  );
});

describe('TaskCompletion without a form', () => {
  it('accepts only a JSON object', async () => {
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => new Response(null, { status: 204 }),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
      [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
    });
    renderCompletion();
    expect(await screen.findByText('No linked form: complete with variables as JSON.')).toBeInTheDocument();
    const editor = screen.getByLabelText('Variables (JSON object)');
    await userEvent.clear(editor);
    await userEvent.type(editor, '[[1]');
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    expect(await screen.findByText('Variables must be a JSON object, e.g. {"approved": true}.')).toBeInTheDocument();
    expect(completions(calls)).toHaveLength(0);

    await userEvent.clear(editor);
    await userEvent.type(editor, '{{"approved": false}');
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    await waitFor(() => expect(completions(calls)).toHaveLength(1));
    expect(JSON.parse(completions(calls)[0]?.body ?? '')).toEqual({ variables: { approved: false } });
  });
});
