import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api-error.ts';
import { OPERATION_CATALOGUE } from '../../lib/catalogue/operation-catalogue.ts';
import { clusterVersionQueries } from '../../lib/clusters/cluster-version.ts';
import { setLanguage } from '../../lib/i18n/language-store.ts';
import { englishT } from '../../testing/translate.ts';
import { explainRefusal } from './explain-refusal.ts';
import { ForbiddenCallout } from './forbidden-callout.tsx';

function error(status: number, detail: string | null, path = '/v2/user-tasks/2251799813685281/assignment') {
  return new ApiError({
    kind: 'http',
    status,
    problem: detail === null ? null : { status, title: 'FORBIDDEN', detail },
    request: { requestId: 'r-42', method: 'POST', path, clusterId: 'helm' },
  });
}

function renderCallout(e: ApiError, gatewayVersion: string | null = null) {
  const client = new QueryClient();
  if (gatewayVersion) client.setQueryData(clusterVersionQueries.version('helm').queryKey, gatewayVersion);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ForbiddenCallout error={e} clusterId="helm" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const JOB_COMPLETION = '/v2/jobs/2251799813690001/completion';

describe('ForbiddenCallout', () => {
  afterEach(cleanup);

  // First in this file on purpose: the catalogue's chunk has not loaded yet when it renders.
  it('explains from the text at once, and with what the catalogue says the request needed once it has loaded', async () => {
    renderCallout(error(403, null, JOB_COMPLETION), '8.9.2');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('the server sent no problem detail');
    await waitFor(() =>
      expect(alert).toHaveTextContent("Lantern's operation catalogue says completeJob on Camunda 8.9 needs"),
    );
    expect(alert).toHaveTextContent('UPDATE_PROCESS_INSTANCE');
    expect(screen.getByRole('link', { name: 'Explain this 403' })).toBeInTheDocument();
  });

  it('explains an engine 403 in one sentence and links to the diagnosis of that request', async () => {
    renderCallout(
      error(
        403,
        "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'",
      ),
    );
    const alert = screen.getByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'You need UPDATE_USER_TASK on process invoice (or on every process), or UPDATE on this user task.',
      ),
    );
    expect(screen.getByText('invoice').tagName).toBe('CODE');
    expect(screen.getByRole('link', { name: 'Explain this 403' })).toHaveAttribute(
      'href',
      '/c/helm/access/requests/r-42',
    );
  });

  it('shows the raw text of an unknown 403 and says so for an empty body', () => {
    renderCallout(error(403, 'Access Denied'));
    expect(screen.getByRole('alert')).toHaveTextContent('Access Denied');
  });

  it('renders an empty 403 body as a sentence, never an empty panel', () => {
    renderCallout(error(403, null));
    expect(screen.getByRole('alert')).toHaveTextContent('the server sent no problem detail');
  });

  it('treats API text as inert', () => {
    renderCallout(error(403, '<img src=x onerror=alert(1)>'));
    expect(document.querySelector('img')).toBeNull();
  });

  it('speaks German: the title and the link to the diagnosis', async () => {
    await act(() => setLanguage('de'));
    try {
      renderCallout(error(403, 'Access Denied'));
      // Text the parser does not know: the cluster refused, the text is quoted as it is.
      expect(screen.getByRole('alert')).toHaveTextContent('Der Cluster hat die Anfrage abgelehnt');
      expect(screen.getByRole('link', { name: 'Diesen 403 erklären' })).toBeInTheDocument();
    } finally {
      await act(() => setLanguage('en'));
      window.localStorage.clear();
    }
  });

  it('calls a tenant-hidden 404 by its name', () => {
    renderCallout(
      error(
        404,
        "Command 'ASSIGN' rejected with code 'NOT_FOUND': Expected to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'tenant-b'",
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Hidden by tenant (404)');
    expect(screen.getByRole('link', { name: 'Explain this 404' })).toBeInTheDocument();
  });
});

describe('explainRefusal', () => {
  const refused = (path: string, detail: string | null) =>
    error(403, detail, path) as Pick<ApiError, 'problem' | 'status' | 'request'>;

  it('names the task of a refused assignment only once the catalogue says the path names one', () => {
    const detail =
      "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'";
    const request = refused('/v2/user-tasks/2251799813685281/assignment', detail);
    expect(englishT.message(explainRefusal(request, null, null).sentence)).toBe(
      'You need UPDATE on user task `2251799813685281`.',
    );
    expect(englishT.message(explainRefusal(request, OPERATION_CATALOGUE, null).sentence)).toBe(
      'You need UPDATE on this user task.',
    );
  });

  it("reads the catalogue's requirement only for a known version", () => {
    const request = refused(JOB_COMPLETION, null);
    expect(explainRefusal(request, OPERATION_CATALOGUE, null).family).toBe('unknown');
    const known = explainRefusal(request, OPERATION_CATALOGUE, '8.8');
    expect(known.family).toBe('catalogue');
    expect(known.alternatives.map((a) => `${a.resourceType}:${a.permission}`)).toEqual([
      'PROCESS_DEFINITION:UPDATE_PROCESS_INSTANCE',
    ]);
  });
});
