import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api-error.ts';
import { ForbiddenCallout } from './forbidden-callout.tsx';

function error(status: number, detail: string | null, path = '/v2/user-tasks/2251799813685281/assignment') {
  return new ApiError({
    kind: 'http',
    status,
    problem: detail === null ? null : { status, title: 'FORBIDDEN', detail },
    request: { requestId: 'r-42', method: 'POST', path, clusterId: 'helm' },
  });
}

function renderCallout(e: ApiError) {
  render(
    <MemoryRouter>
      <ForbiddenCallout error={e} clusterId="helm" />
    </MemoryRouter>,
  );
}

describe('ForbiddenCallout', () => {
  afterEach(cleanup);

  it('explains an engine 403 in one sentence and links to the diagnosis of that request', () => {
    renderCallout(
      error(
        403,
        "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'",
      ),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'You need UPDATE_USER_TASK on process invoice (or on every process), or UPDATE on this user task.',
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
