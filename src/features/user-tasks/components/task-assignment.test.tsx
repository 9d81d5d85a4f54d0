import { QueryClient } from '@tanstack/react-query';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { renderWithProviders } from '../../../testing/render-with-providers.tsx';
import { userTaskKeys } from '../api/user-tasks-queries.ts';
import { userTaskFixture } from '../testing/user-task-fixture.ts';
import { TaskAssignment } from './task-assignment.tsx';

const key = '2251799813685281';
const taskPath = `/clusters/helm/v2/user-tasks/${key}`;
const assignmentPath = `POST ${taskPath}/assignment`;

const task = userTaskFixture({ userTaskKey: key });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TaskAssignment', () => {
  it('claims with allowOverride false, once even when clicked twice, and refreshes only this task and the lists', async () => {
    let release: (r: Response) => void = () => {};
    const { calls } = stubFetch({
      [assignmentPath]: () => new Promise<Response>((resolve) => (release = resolve)),
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const listKey = userTaskKeys.list('helm', { filter: {}, sort: [] });
    client.setQueryData(listKey, { pages: [], pageParams: [] });
    client.setQueryData(userTaskKeys.detail('helm', key), task);
    client.setQueryData(userTaskKeys.detail('helm', 'other'), task);
    client.setQueryData(['clusters', 'helm', 'topology'], {});
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="anna" />, client);

    const button = screen.getByRole('button', { name: 'Assign to me' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(screen.getByText('Assigning…')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ assignee: 'anna', allowOverride: false });

    release(new Response(null, { status: 204 }));
    await waitFor(() => expect(client.getQueryState(listKey)?.isInvalidated).toBe(true));
    expect(client.getQueryState(userTaskKeys.detail('helm', key))?.isInvalidated).toBe(true);
    expect(client.getQueryState(userTaskKeys.detail('helm', 'other'))?.isInvalidated).toBe(false);
    expect(client.getQueryState(['clusters', 'helm', 'topology'])?.isInvalidated).toBe(false);
  });

  it('names who holds the task when the claim is rejected with 409', async () => {
    stubFetch({
      [assignmentPath]: () =>
        problemResponse(409, {
          type: 'about:blank',
          title: 'INVALID_STATE',
          status: 409,
          detail: `Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '${key}', but it has already been assigned`,
        }),
      [`GET ${taskPath}`]: () => jsonResponse(200, { ...task, customHeaders: {}, assignee: 'ron' }),
    });
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="anna" />);
    await userEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    expect(
      await screen.findByText('This task is already assigned to ron. It must be unassigned before you can claim it.'),
    ).toBeInTheDocument();
  });

  it('ends a 403 in the explanation with a link to the diagnosis, not a spinner', async () => {
    stubFetch({
      [assignmentPath]: () =>
        problemResponse(403, {
          type: 'about:blank',
          title: 'FORBIDDEN',
          status: 403,
          detail: `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'`,
        }),
    });
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="ron" />);
    await userEvent.type(screen.getByLabelText('Assign to someone else (username)'), 'anna');
    await userEvent.click(screen.getByRole('button', { name: /^Assign$/ }));
    const callout = await screen.findByTestId('forbidden-callout');
    expect(callout).toHaveTextContent('Forbidden (403)');
    expect(screen.getByRole('link', { name: 'Explain this 403' }).getAttribute('href')).toMatch(
      /^\/c\/helm\/access\/requests\/.+/,
    );
    expect(screen.queryByText('Assigning…')).not.toBeInTheDocument();
  });

  it('announces a successful claim and unassignment in a polite status region', async () => {
    stubFetch({
      [assignmentPath]: () => new Response(null, { status: 204 }),
      [`DELETE ${taskPath}/assignee`]: () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="anna" />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    await userEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    await waitFor(() => expect(status).toHaveTextContent('Assigned to anna.'));
    cleanup();
    renderWithProviders(
      <TaskAssignment clusterId="helm" task={{ ...task, assignee: 'anna' }} currentUsername="anna" />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Unassign' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Unassigned.'));
  });
});
