import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import type { UserTask } from '../api/user-tasks-api.ts';
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

const formSchema = {
  components: [
    { type: 'text', text: '# Review <b>invoice</b>' },
    { type: 'number', key: 'amount', label: 'Amount', validate: { required: true, min: 0 } },
    {
      type: 'select',
      key: 'costCenter',
      label: 'Cost center',
      values: [{ label: 'IT (4300)', value: '4300' }],
      validate: { required: true },
    },
    { type: 'checkbox', key: 'approved', label: 'Invoice is correct' },
  ],
};

const variables = {
  items: [{ name: 'amount', value: '18250', isTruncated: false, variableKey: 'v1' }],
  page: { totalItems: 1 },
};

function renderCompletion(onCompleted = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <TaskCompletion clusterId="helm" task={task} currentUsername="anna" onCompleted={onCompleted} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onCompleted;
}

beforeEach(() => {
  // Carbon's TextArea measures itself; jsdom has no ResizeObserver.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TaskCompletion', () => {
  it('renders the linked form as inert fields, blocks an invalid submit and sends typed variables', async () => {
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => jsonResponse(200, { formId: 'invoice-review', schema: JSON.stringify(formSchema) }),
      [`POST ${base}/variables/search`]: () => jsonResponse(200, variables),
      [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
    });
    const onCompleted = renderCompletion();

    // The markdown heading is text: no <b> element is created from the schema.
    expect(await screen.findByText('Review <b>invoice</b>')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Amount (required)')).toHaveValue(18250));

    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    expect(await screen.findByText('Cost center is required.')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.endsWith('/completion'))).toHaveLength(0);

    await userEvent.selectOptions(screen.getByLabelText('Cost center (required)'), '4300');
    await userEvent.click(screen.getByLabelText('Invoice is correct'));
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    const completion = calls.find((c) => c.url.endsWith('/completion'));
    expect(JSON.parse(completion?.body ?? '')).toEqual({
      variables: { amount: 18250, costCenter: '4300', approved: true },
    });
  });

  it('without a form, accepts only a JSON object', async () => {
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
    expect(calls.filter((c) => c.url.endsWith('/completion'))).toHaveLength(0);

    await userEvent.clear(editor);
    await userEvent.type(editor, '{{"approved": false}');
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/completion'))).toHaveLength(1));
    expect(JSON.parse(calls.find((c) => c.url.endsWith('/completion'))?.body ?? '')).toEqual({
      variables: { approved: false },
    });
  });

  it('renders and submits fields keyed like Object built-ins (__proto__, constructor) as ordinary fields', async () => {
    const hostile = {
      components: [
        { type: 'textfield', key: '__proto__', label: 'Proto note', validate: { required: true } },
        { type: 'checkbox', key: 'constructor', label: 'Constructor flag' },
        { type: 'textfield', key: 'toString', label: 'To string' },
      ],
    };
    const { calls } = stubFetch({
      [`GET ${base}/form`]: () => jsonResponse(200, { formId: 'hostile', schema: JSON.stringify(hostile) }),
      [`POST ${base}/variables/search`]: () =>
        jsonResponse(200, {
          items: [{ name: '__proto__', value: '"from the task"', isTruncated: false, variableKey: 'v9' }],
          page: { totalItems: 1 },
        }),
      [`POST ${base}/completion`]: () => new Response(null, { status: 204 }),
    });
    const onCompleted = renderCompletion();
    await waitFor(() => expect(screen.getByLabelText('Proto note (required)')).toHaveValue('from the task'));
    expect(screen.getByLabelText('Constructor flag')).not.toBeChecked();
    expect(screen.getByLabelText('To string')).toHaveValue('');

    await userEvent.click(screen.getByLabelText('Constructor flag'));
    await userEvent.type(screen.getByLabelText('To string'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Complete task' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    const body = calls.find((c) => c.url.endsWith('/completion'))?.body ?? '';
    expect(body).toBe('{"variables":{"__proto__":"from the task","constructor":true,"toString":"x"}}');
  });
});
