import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/api/query-client.ts';
import { onPrincipalChange } from '../lib/connection/connection-store.ts';
import { createAppRouter } from './router.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  // Data fetched as one principal is never shown to the next one.
  useEffect(
    () => onPrincipalChange((clusterId) => queryClient.removeQueries({ queryKey: ['clusters', clusterId] })),
    [queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
