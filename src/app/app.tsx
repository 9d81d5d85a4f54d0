import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/api/query-client.ts';
import { clusterKeys } from '../lib/clusters/cluster-keys.ts';
import { clusterQueries } from '../lib/clusters/cluster-queries.ts';
import { onPrincipalChange } from '../lib/connection/connection-store.ts';
import { createAppRouter } from './router.tsx';

function createBootQueryClient() {
  const client = createQueryClient();
  // Every screen starts from the cluster list: the query picks up the request boot-start.ts sent
  // before React was evaluated, so the first view finds it answered or on its way.
  void client.prefetchQuery(clusterQueries.list());
  return client;
}

export function App() {
  const [queryClient] = useState(createBootQueryClient);
  const [router] = useState(createAppRouter);
  // Data fetched as one principal is never shown to the next one.
  useEffect(
    () => onPrincipalChange((clusterId) => queryClient.removeQueries({ queryKey: clusterKeys.cluster(clusterId) })),
    [queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
