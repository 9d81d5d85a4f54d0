import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from '../../lib/api/api-client.ts';
import { CancelledRequest } from './cancelled-request.tsx';
import { useRequestCancel } from './use-request-cancel.ts';

vi.mock('../../lib/connection/connection-store.ts', () => ({
  getCredentialHeaders: () => Promise.resolve({}),
  renewCredentials: () => Promise.resolve(false),
  signInAgain: () => undefined,
}));

const key = ['clusters', 'c8run', 'topology'] as const;

function Probe() {
  const cancel = useRequestCancel(key);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiRequest<unknown>('c8run', { path: '/v2/topology', signal }),
    retry: false,
  });
  return (
    <>
      <p>{query.isSuccess ? 'loaded' : query.fetchStatus}</p>
      <button type="button" onClick={cancel.cancel}>
        Cancel
      </button>
      {cancel.cancelled ? (
        <CancelledRequest
          hasPreviousAnswer={false}
          onRetry={() => {
            cancel.resume();
            void query.refetch();
          }}
        />
      ) : null}
    </>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useRequestCancel', () => {
  it('aborts the request in flight through its AbortSignal, then Retry asks again', async () => {
    const signals: AbortSignal[] = [];
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        calls += 1;
        if (calls === 2) {
          return Promise.resolve(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
        }
        const signal = init.signal as AbortSignal;
        signals.push(signal);
        return new Promise<Response>((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }),
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Probe />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(signals).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(signals[0]?.aborted).toBe(true);
    expect(await screen.findByText('Request cancelled.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(screen.queryByText('Request cancelled.')).toBeNull();
    expect(calls).toBe(2);
  });
});
