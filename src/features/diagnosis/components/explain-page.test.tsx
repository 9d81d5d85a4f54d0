import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../lib/api/query-client.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { setLanguage } from '../../../lib/i18n/language-store.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { stubResizeObserver } from '../../../testing/resize-observer-stub.ts';
import { ExplainPage } from './explain-page.tsx';

beforeEach(() => {
  stubResizeObserver();
  resetConnectionsForTests();
  stubFetch({
    '/api/clusters': () => jsonResponse(200, { clusters: [helmCluster] }),
    '/clusters/helm/v2/topology': () => jsonResponse(200, { gatewayVersion: '8.9.0', brokers: [] }),
    '/clusters/helm/v2/authentication/me': () =>
      jsonResponse(200, { username: 'ron', groups: [], roles: [], tenants: [], authorizedComponents: [] }),
    // ron reads no authorization: the directory is unreadable, so there is never an evaluation.
    '/clusters/helm/v2/authorizations/search': () =>
      problemResponse(403, { title: 'FORBIDDEN', status: 403, detail: 'no' }),
  });
  connectBasic(helmCluster, 'ron', 'ron');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await act(() => setLanguage('en'));
});

function renderExplain() {
  const router = createMemoryRouter([{ path: '/c/:clusterId/access/explain', Component: ExplainPage }], {
    initialEntries: ['/c/helm/access/explain'],
  });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

async function paste(text: string) {
  fireEvent.change(await screen.findByLabelText('Paste the error'), { target: { value: text } });
}

describe('ExplainPage', () => {
  it("offers the operation picker for c8ctl's title-only output, which names the call but no sentence", async () => {
    renderExplain();
    await paste(
      [
        '$ c8ctl create process-instance --id invoice-approval',
        '✗ Failed to create process instance',
        '  FORBIDDEN',
      ].join('\n'),
    );
    const picker = await screen.findByRole('region', { name: 'Which call failed' });
    expect(within(picker).getAllByText(/createProcessInstance/).length).toBeGreaterThan(0);
  });

  it('says when nothing but the text itself could be read', async () => {
    renderExplain();
    await paste('something went wrong\nplease try again later');
    expect(await screen.findByTestId('explain-read-nothing')).toHaveTextContent(
      'Nothing else: no status, request, operation or error sentence.',
    );
    expect(screen.queryByRole('region', { name: 'Which call failed' })).toBeNull();
  });

  it('shows the tenant finding of a tenant refusal although no authorization is readable', async () => {
    renderExplain();
    await paste(
      "403 Command 'CREATE' rejected with code 'FORBIDDEN': Expected to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION' for tenant 'tenant-a', but user is not assigned to this tenant\nPOST /v2/process-instances",
    );
    const have = await screen.findByTestId('diagnosis-have');
    expect(await within(have).findByTestId('tenant-finding')).toHaveTextContent('tenant-a');
  });

  it('explains a pasted 401 without asking for the operation, and says a Basic cluster checks no audience', async () => {
    renderExplain();
    await paste(
      JSON.stringify({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'An error occurred while attempting to decode the Jwt: The aud claim is not valid',
      }),
    );
    const found = await screen.findByTestId('explain-unauthenticated');
    expect(found).toHaveTextContent('never a token');
    expect(found).toHaveTextContent('another cluster');
    expect(screen.queryByRole('heading', { name: 'Which call failed' })).not.toBeInTheDocument();
  });

  it('words what it read in German after a switch, keeping the paste and quoting Camunda in English', async () => {
    renderExplain();
    const detail =
      "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";
    await paste(`403 ${detail}\n403 Insufficient permissions to perform operation 'READ' on resource 'USER_TASK'`);
    expect(await screen.findByText(/The text holds 1 further error;/)).toBeInTheDocument();
    await act(() => setLanguage('de'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fehler erklären');
    expect(screen.getByLabelText('Fehler einfügen')).toHaveValue(
      `403 ${detail}\n403 Insufficient permissions to perform operation 'READ' on resource 'USER_TASK'`,
    );
    expect(screen.getByText(/Der Text enthält einen weiteren Fehler;/)).toBeInTheDocument();
    const extracted = screen.getByTestId('explain-extracted');
    expect(within(extracted).getByText('Detailsatz eines Fehlers')).toBeInTheDocument();
    expect(within(extracted).getByText(detail)).toHaveAttribute('lang', 'en');
  });
});
