import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import type { UserTask } from '../api/user-tasks-api.ts';
import { TaskListRow } from './task-list-row.tsx';
import { UserTaskDetailPage } from './user-task-detail-page.tsx';
import { stubResizeObserver } from '../../../testing/resize-observer-stub.ts';

const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Shown obeying the override, "\u202Elive" reads "evil"; the task is really named with "live".
const hostileName = 'Approve \u202Elive\u202C payment';

const key = '2251799813685299';
const apiTask = {
  userTaskKey: key,
  name: hostileName,
  state: 'CREATED',
  assignee: 'm\u202Eallory',
  candidateGroups: ['acc\u2067ounting'],
  customHeaders: { 're\u202Eview': 'by \u202Bboss' },
  processName: 'Invoice \u200Fapproval',
  processDefinitionId: 'invoice',
  elementId: 'review',
  priority: 50,
  tenantId: '<default>',
};
const task = {
  userTaskKey: key,
  name: hostileName,
  state: 'CREATED',
  assignee: 'm\u202Eallory',
  candidateUsers: [],
  candidateGroups: ['acc\u2067ounting'],
  tags: [],
  customHeaders: [],
  processName: 'Invoice \u200Fapproval',
  processDefinitionId: 'invoice',
  elementId: 'review',
  creationDate: null,
  completionDate: null,
  dueDate: null,
  followUpDate: null,
  priority: 50,
  tenantId: '<default>',
} as unknown as UserTask;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a hostile task name', () => {
  it('in the queue shows its control characters as markers instead of reordering the letters', () => {
    render(
      <MemoryRouter>
        <TaskListRow task={task} clusterId="helm" backSearch="" currentUsername="anna" />
      </MemoryRouter>,
    );
    const row = screen.getByRole('link');
    expect(row.textContent).not.toMatch(BIDI);
    expect(row).toHaveTextContent('Approve RLOlivePDF payment');
    expect(row).toHaveTextContent('mRLOallory');
    expect(row).toHaveTextContent('accRLIounting');
    expect(row).toHaveTextContent('Invoice RLMapproval');
  });

  it('on the detail page, in the heading and every field', async () => {
    stubFetch({
      [`GET /clusters/helm/v2/user-tasks/${key}`]: () => jsonResponse(200, apiTask),
      [`GET /clusters/helm/v2/user-tasks/${key}/form`]: () => new Response(null, { status: 204 }),
      [`POST /clusters/helm/v2/user-tasks/${key}/variables/search`]: () =>
        jsonResponse(200, {
          items: [{ name: 'n\u202Eote', value: '"\u2066x"', isTruncated: false, variableKey: 'v1' }],
          page: { totalItems: 1 },
        }),
      'GET /clusters/helm/v2/authentication/me': () => jsonResponse(200, { username: 'anna' }),
    });
    stubResizeObserver();
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[`/c/helm/tasks/${key}`]}>
          <Routes>
            <Route path="/c/:clusterId/tasks/:userTaskKey" element={<UserTaskDetailPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Approve RLOlivePDF payment');
    expect(screen.getByText(/^by /)).toHaveTextContent('by RLEboss');
    await screen.findByText('Variables');
    await waitFor(() => expect(document.body.textContent).toContain('nRLOote'));
    expect(document.body.textContent).toContain('"LRIx"');
    expect(document.body.textContent).not.toMatch(BIDI);
  });
});
