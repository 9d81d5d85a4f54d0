import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api/api-error.ts';
import { RequestProgress } from './request-progress.tsx';

const request = { requestId: 'r1', method: 'POST', path: '/v2/user-tasks/search', clusterId: 'c8run' };

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('RequestProgress', () => {
  it('stays quiet for the first second, then counts the seconds waited in a status region with Cancel', () => {
    vi.useFakeTimers();
    const onCancel = vi.fn();
    render(
      <RequestProgress request={{ isFetching: true, failureCount: 0, failureReason: null }} onCancel={onCancel} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1_100);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the cluster… 1 s');
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the cluster… 3 s');
    act(() => screen.getByRole('button', { name: 'Cancel' }).click());
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('while waiting for a Retry-After, says why and counts down to the next attempt', () => {
    vi.useFakeTimers();
    const busy = new ApiError({
      kind: 'http',
      status: 503,
      problem: { title: 'RESOURCE_EXHAUSTED' },
      request,
      retryAfterSeconds: 5,
    });
    render(<RequestProgress request={{ isFetching: true, failureCount: 1, failureReason: busy }} onCancel={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'The cluster is overloaded or not ready (503). Retrying in 5 s (attempt 1 of 3).',
    );
    act(() => {
      vi.advanceTimersByTime(2_100);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Retrying in 3 s (attempt 1 of 3).');
  });

  it('says nothing about retrying an error the client does not retry', () => {
    const forbidden = new ApiError({ kind: 'http', status: 403, problem: null, request });
    render(
      <RequestProgress request={{ isFetching: false, failureCount: 1, failureReason: forbidden }} onCancel={vi.fn()} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

describe('RequestProgress with a user', () => {
  it('offers Cancel to the keyboard', async () => {
    const onCancel = vi.fn();
    const busy = new ApiError({ kind: 'http', status: 429, problem: null, request, retryAfterSeconds: 1 });
    render(
      <RequestProgress request={{ isFetching: true, failureCount: 2, failureReason: busy }} onCancel={onCancel} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/Too many requests \(429\).*attempt 2 of 3/);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
