import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link, Outlet, RouterProvider, createBrowserRouter, useParams } from 'react-router';

// The floor of `npm run bench` (docs/benchmark.md, "Floor page"): the least a page built on
// Lantern's libraries — React, React Router, TanStack Query — does to show a cluster's topology.
// One fetch through the same Lantern proxy, one table, no design system, no auth, no validation.
// Lantern's cold and in-app topology times are reported as a ratio to this page's.

interface Partition {
  partitionId: number;
  role: string;
  health: string;
}

interface Topology {
  brokers: { nodeId: number; host: string; partitions: Partition[] }[];
}

async function fetchTopology(clusterId: string): Promise<Topology> {
  const response = await fetch(`/clusters/${encodeURIComponent(clusterId)}/v2/topology`);
  if (!response.ok) throw new Error(`topology answered ${response.status}`);
  return (await response.json()) as Topology;
}

function TopologyTable() {
  const clusterId = useParams().clusterId ?? '';
  const { data, error } = useQuery({
    queryKey: ['clusters', clusterId, 'topology'],
    queryFn: () => fetchTopology(clusterId),
  });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Broker</th>
          <th>Partition</th>
          <th>Role</th>
          <th>Health</th>
        </tr>
      </thead>
      <tbody>
        {data.brokers.flatMap((broker) =>
          broker.partitions.map((partition) => (
            <tr key={`${broker.nodeId}-${partition.partitionId}`}>
              <td>{broker.host}</td>
              <td data-partition={partition.partitionId}>{partition.partitionId}</td>
              <td>{partition.role}</td>
              <td>{partition.health}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

function Layout() {
  return (
    <>
      <header>
        <Link to="/c/c8run/start">Start</Link> <Link to="/c/c8run/topology">Topology</Link>
      </header>
      <main>
        <Outlet />
      </main>
    </>
  );
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { path: 'c/:clusterId/topology', element: <TopologyTable /> },
      { path: '*', element: <p>Floor page</p> },
    ],
  },
]);

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
