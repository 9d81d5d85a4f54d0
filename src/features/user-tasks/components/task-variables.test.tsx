import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { TaskVariables } from './task-variables.tsx';

const path = 'POST /clusters/helm/v2/user-tasks/42/variables/search';
const full = JSON.stringify({ note: 'x'.repeat(40) });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TaskVariables', () => {
  it('searches by name and expands a truncated value with truncateValues=false', async () => {
    const { calls } = stubFetch({
      [path]: (call) => {
        const body = JSON.parse(call.body ?? '{}') as { filter: { name?: unknown } };
        if (call.url.includes('truncateValues=false')) {
          return jsonResponse(200, {
            items: [{ name: 'doc', value: full, isTruncated: false }],
            page: { totalItems: 1 },
          });
        }
        if (body.filter.name) {
          return jsonResponse(200, { items: [], page: { totalItems: 0 } });
        }
        return jsonResponse(200, {
          items: [{ name: 'doc', value: full.slice(0, 12), isTruncated: true, variableKey: 'v1' }],
          page: { totalItems: 1 },
        });
      },
    });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <TaskVariables clusterId="helm" userTaskKey="42" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText(`${full.slice(0, 12)}…`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show full value' }));
    expect(await screen.findByText(/"note": "x{40}"/)).toBeInTheDocument();
    const expand = calls.find((c) => c.url.includes('truncateValues=false'));
    expect(JSON.parse(expand?.body ?? '{}')).toMatchObject({ filter: { name: 'doc' } });

    await userEvent.type(screen.getByRole('searchbox'), 'inv*{Enter}');
    expect(await screen.findByText('No variable name contains “inv*”.')).toBeInTheDocument();
    const search = calls.at(-1);
    expect(JSON.parse(search?.body ?? '{}')).toMatchObject({ filter: { name: { $like: '*inv\\**' } } });
  });
});
