import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addRequestLogEntry, clearRequestLog, type RequestLogEntry } from '../../../lib/api/request-log.ts';
import { decodeFacts } from '../lib/diagnosis-facts.ts';
import { createQueryClient } from '../../../lib/api/query-client.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { RequestDiagnosisPage } from './request-diagnosis-page.tsx';

function denial(requestId: string, processId: string): RequestLogEntry {
  return {
    requestId,
    clusterId: 'helm',
    method: 'POST',
    path: '/v2/process-instances',
    query: {},
    requestBody: { processDefinitionId: processId },
    status: 403,
    durationMs: 5,
    startedAt: Date.parse('2026-11-29T10:00:00Z'),
    requestHeaders: { Authorization: 'Basic ••••••' },
    problem: {
      title: 'FORBIDDEN',
      status: 403,
      detail: `Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, ${processId}]'`,
    },
    responseDate: null,
    errorKind: null,
    errorMessage: null,
  };
}

let copied: string[] = [];

beforeEach(() => {
  copied = [];
  vi.stubGlobal('navigator', {
    ...navigator,
    clipboard: {
      writeText: (text: string) => {
        copied.push(text);
        return Promise.resolve();
      },
    },
  });
  resetConnectionsForTests();
  clearRequestLog();
  stubFetch({
    '/api/clusters': () => jsonResponse(200, { clusters: [helmCluster] }),
    '/clusters/helm/v2/topology': () => jsonResponse(200, { gatewayVersion: '8.9.0', brokers: [] }),
    '/clusters/helm/v2/authentication/me': () =>
      jsonResponse(200, { username: 'ron', groups: [], roles: [], tenants: [], authorizedComponents: [] }),
    '/clusters/helm/v2/authorizations/search': () =>
      problemResponse(403, { title: 'FORBIDDEN', status: 403, detail: 'no' }),
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearRequestLog();
});

describe('RequestDiagnosisPage', () => {
  it('shows only the diagnosis of the request in the address: a choice made on one is gone on the next', async () => {
    connectBasic(helmCluster, 'ron', 'ron');
    addRequestLogEntry(denial('req-a', 'invoice-approval'));
    addRequestLogEntry(denial('req-b', 'claims-handling'));
    const router = createMemoryRouter(
      [{ path: '/c/:clusterId/access/requests/:requestId', Component: RequestDiagnosisPage }],
      { initialEntries: ['/c/helm/access/requests/req-a'] },
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    const curl = await screen.findByRole('radio', { name: 'curl' }, { timeout: 10_000 });
    fireEvent.click(curl);
    expect(screen.getByTestId('fix-snippet')).toHaveTextContent('curl');
    expect(screen.getByTestId('fix-snippet')).toHaveTextContent('invoice-approval');
    const copyLink = screen.getByRole('button', { name: 'Copy link' });
    await waitFor(() => expect(copyLink).toBeEnabled());
    fireEvent.click(copyLink);
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(copied[0]).toMatch(/^http:\/\/localhost(:\d+)?\/c\/helm\/access\/explain#f=/);

    await act(() => router.navigate('/c/helm/access/requests/req-b'));
    expect(await screen.findByRole('heading', { name: /^Why POST/ })).toBeInTheDocument();
    // The other request's "copied" is not this one's.
    expect(screen.queryByText('Link copied.')).toBeNull();
    expect(await screen.findByText(/claims-handling/, { selector: '[data-testid="fix-snippet"]' })).toBeVisible();
    // The REST body again, not the curl chosen for the other request.
    expect(screen.getByRole('radio', { name: 'REST body' })).toBeChecked();
    expect(screen.getByTestId('fix-snippet')).not.toHaveTextContent('invoice-approval');
    expect(screen.getByTestId('fix-snippet')).not.toHaveTextContent(/^curl/);
  });

  it('offers the share link only once the task is read, so a copied link names the task’s process', async () => {
    const taskRead: { answer?: (response: Response) => void } = {};
    stubFetch({
      '/api/clusters': () => jsonResponse(200, { clusters: [helmCluster] }),
      '/clusters/helm/v2/topology': () => jsonResponse(200, { gatewayVersion: '8.9.0', brokers: [] }),
      '/clusters/helm/v2/authentication/me': () =>
        jsonResponse(200, { username: 'ron', groups: [], roles: [], tenants: [], authorizedComponents: [] }),
      '/clusters/helm/v2/authorizations/search': () =>
        problemResponse(403, { title: 'FORBIDDEN', status: 403, detail: 'no' }),
      '/clusters/helm/v2/user-tasks/2251799813685316': () =>
        new Promise<Response>((resolve) => {
          taskRead.answer = resolve;
        }),
    });
    connectBasic(helmCluster, 'ron', 'ron');
    addRequestLogEntry({
      ...denial('req-assign', 'employee-onboarding'),
      method: 'POST',
      path: '/v2/user-tasks/2251799813685316/assignment',
      requestBody: { assignee: 'ron' },
      problem: {
        title: 'FORBIDDEN',
        status: 403,
        detail:
          "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685316]'",
      },
    });
    const router = createMemoryRouter(
      [{ path: '/c/:clusterId/access/requests/:requestId', Component: RequestDiagnosisPage }],
      { initialEntries: ['/c/helm/access/requests/req-assign'] },
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    const share = await screen.findByTestId('share-diagnosis', {}, { timeout: 10_000 });
    await waitFor(() => expect(share).toHaveTextContent("Reading the task's process for the link…"));
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    expect(screen.getByLabelText('Link to this diagnosis')).toHaveValue('');

    // Answer only the read the page sent (not a stand-in set before the request went out).
    await waitFor(() => expect(taskRead.answer).toBeDefined());
    taskRead.answer?.(
      jsonResponse(200, {
        userTaskKey: '2251799813685316',
        processDefinitionId: 'employee-onboarding',
        candidateGroups: [],
        candidateUsers: [],
        tenantId: '<default>',
      }),
    );
    const copyLink = screen.getByRole('button', { name: 'Copy link' });
    await waitFor(() => expect(copyLink).toBeEnabled());
    fireEvent.click(copyLink);
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    const shared = decodeFacts(new URL(copied[0] ?? '').hash);
    expect(shared?.ok && shared.facts.hints.processDefinitionId).toBe('employee-onboarding');
  });
});
