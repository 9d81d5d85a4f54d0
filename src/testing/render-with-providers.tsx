import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

/** A client that fails a query at once, so a test sees the error instead of waiting for retries. */
export const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** Renders `ui` with a query client and a router, as the app would; returns the client to inspect its cache. */
export function renderWithProviders(ui: ReactNode, client: QueryClient = testQueryClient()): QueryClient {
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return client;
}
