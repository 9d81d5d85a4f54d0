import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api/api-error.ts';
import { QueryStatus, type QueryState } from './query-status.tsx';
import type { RequestCancel } from './use-request-cancel.ts';

const request = { requestId: 'r-7', method: 'GET', path: '/v2/user-tasks/42', clusterId: 'helm' };

function failed(status: number, detail: string): QueryState {
  const error = new ApiError({ kind: 'http', status, problem: { status, title: 'X', detail }, request });
  return { isFetching: false, failureCount: 1, failureReason: error, error, refetch: vi.fn() };
}

const idleCancel: RequestCancel = { cancelled: false, cancel: vi.fn(), resume: vi.fn() };

function renderStatus(query: QueryState, cancel: RequestCancel = idleCancel, explainedByView?: (e: Error) => boolean) {
  render(
    <MemoryRouter>
      <QueryStatus
        query={query}
        cancel={cancel}
        clusterId="helm"
        failedTitle="Could not load the task."
        hasPreviousAnswer={false}
        {...(explainedByView ? { explainedByView } : {})}
      />
    </MemoryRouter>,
  );
}

afterEach(cleanup);

describe('QueryStatus', () => {
  it('answers a 403 with the diagnosis callout and no error panel', () => {
    renderStatus(failed(403, "Insufficient permissions to perform operation 'READ' on resource 'USER_TASK'"));
    expect(screen.getByTestId('forbidden-callout')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Explain this 403' })).toHaveAttribute(
      'href',
      '/c/helm/access/requests/r-7',
    );
    expect(screen.queryByText('Could not load the task.')).toBeNull();
  });

  it('shows any other failure under the view’s title with the cluster’s own words', () => {
    renderStatus(failed(500, 'the broker is on fire'));
    expect(screen.getByText('Could not load the task.')).toBeInTheDocument();
    expect(screen.getByText('X: the broker is on fire')).toBeInTheDocument();
    expect(screen.queryByTestId('forbidden-callout')).toBeNull();
  });

  it('stays silent about an error the view explains itself', () => {
    renderStatus(failed(404, 'not found'), idleCancel, (e) => e instanceof ApiError && e.status === 404);
    expect(screen.queryByText('Could not load the task.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('after Cancel offers Retry, which forgets the cancellation and asks again', async () => {
    const query: QueryState = {
      isFetching: false,
      failureCount: 0,
      failureReason: null,
      error: null,
      refetch: vi.fn(),
    };
    const cancel: RequestCancel = { cancelled: true, cancel: vi.fn(), resume: vi.fn() };
    renderStatus(query, cancel);
    expect(screen.getByText('Request cancelled.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(cancel.resume).toHaveBeenCalledTimes(1);
    expect(query.refetch).toHaveBeenCalledTimes(1);
  });
});
