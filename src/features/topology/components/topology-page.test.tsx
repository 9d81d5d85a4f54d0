import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { setLanguage } from '../../../lib/i18n/language-store.ts';
import { TopologyPage } from './topology-page.tsx';

const partition = (partitionId: number, role: string, health = 'healthy', state = 'active') => ({
  partitionId,
  role,
  health,
  state,
});

// The saas demo shape: partition 3 has no leader, two replicas are unhealthy.
const degraded = {
  clusterId: 'b7fd7aa3',
  clusterSize: 3,
  partitionsCount: 3,
  replicationFactor: 3,
  gatewayVersion: '8.10.0',
  lastCompletedChangeId: '12',
  brokers: [
    {
      nodeId: 0,
      brokerId: '0',
      host: 'zeebe-0',
      port: 26501,
      version: '8.10.0',
      partitions: [partition(1, 'leader'), partition(2, 'follower', 'unhealthy'), partition(3, 'follower')],
    },
    {
      nodeId: 1,
      brokerId: '1',
      host: 'zeebe-1',
      port: 26501,
      version: '8.10.0',
      partitions: [partition(1, 'follower'), partition(2, 'leader'), partition(3, 'follower')],
    },
    {
      nodeId: 2,
      brokerId: '2',
      host: 'zeebe-2',
      port: 26501,
      version: '8.10.0',
      partitions: [
        partition(1, 'follower'),
        partition(2, 'follower'),
        partition(3, 'inactive', 'unhealthy', 'recovering'),
      ],
    },
  ],
};

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/c/saas/topology']}>
        <Routes>
          <Route path="/c/:clusterId/topology" element={<TopologyPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(async () => {
  await act(() => setLanguage('en'));
  cleanup();
  vi.unstubAllGlobals();
});

describe('TopologyPage', () => {
  it('puts the leaderless partition first and shows role, health and state in words', async () => {
    stubFetch({ 'GET /clusters/saas/v2/topology': () => jsonResponse(200, degraded) });
    renderPage();
    const problems = within(await screen.findByRole('list', { name: 'Problems' })).getAllByRole('listitem');
    expect(problems[0]).toHaveTextContent(
      'Partition 3 has no healthy leader (no broker reports a leader); it processes nothing until a leader is elected.',
    );
    expect(
      problems.some((p) => p.textContent?.endsWith('Partition 2 has 2 of 3 healthy replicas (broker 0 unhealthy).')),
    ).toBe(true);
    const cell = screen.getByLabelText('Partition 3 on broker 2: inactive, unhealthy, recovering');
    expect(cell).toHaveTextContent('Inactive');
    expect(cell).toHaveTextContent('Unhealthy');
    expect(cell).toHaveTextContent('Recovering');
    expect(screen.getByTestId('topology-updated')).toHaveTextContent('Last updated');
  });

  it('names the leaderless partition in the facts as "partition 3", marked as a problem in words', async () => {
    stubFetch({ 'GET /clusters/saas/v2/topology': () => jsonResponse(200, degraded) });
    renderPage();
    const fact = (await screen.findByText('Partitions without a healthy leader')).closest('div');
    expect(fact).toHaveTextContent('Problem: partition 3');
    const underReplicated = screen.getByText('Partitions under 3 healthy replicas').closest('div');
    expect(underReplicated).toHaveTextContent('Problem: partitions 2 and 3');
  });

  it('copies the zbctl status text', async () => {
    stubFetch({ 'GET /clusters/saas/v2/topology': () => jsonResponse(200, degraded) });
    const writeText = vi.fn(() => Promise.resolve());
    renderPage();
    const user = userEvent.setup();
    // userEvent installs its own clipboard; replace it after setup so the page writes into ours.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(await screen.findByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Cluster size: 3\nPartitions count: 3\n/));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('    Partition 3 : Inactive, Unhealthy\n'));
  });

  it('explains a 403 with the diagnosis link instead of an endless spinner', async () => {
    stubFetch({
      'GET /clusters/saas/v2/topology': () =>
        problemResponse(403, {
          title: 'FORBIDDEN',
          status: 403,
          detail: "Unauthorized to perform operation 'READ' on resource 'SYSTEM'",
        }),
    });
    renderPage();
    expect(await screen.findByTestId('forbidden-callout')).toHaveTextContent('Forbidden (403)');
    expect(screen.getByRole('link', { name: 'Explain this 403' })).toBeInTheDocument();
  });

  it('speaks German when German is chosen, and keeps the zbctl text as zbctl prints it', async () => {
    await act(() => setLanguage('de'));
    stubFetch({ 'GET /clusters/saas/v2/topology': () => jsonResponse(200, degraded) });
    const writeText = vi.fn(() => Promise.resolve());
    renderPage();
    const problems = within(await screen.findByRole('list', { name: 'Probleme' })).getAllByRole('listitem');
    expect(problems[0]).toHaveTextContent(
      'Partition 3 hat keinen gesunden Leader (kein Broker meldet einen Leader); sie verarbeitet nichts, bis ein Leader gewählt ist.',
    );
    expect(screen.getByText('Partitionen ohne gesunden Leader').closest('div')).toHaveTextContent(
      'Problem: Partition 3',
    );
    expect(
      screen.getByLabelText('Partition 3 auf Broker 2: inaktiv, nicht gesund, in Wiederherstellung'),
    ).toBeVisible();
    expect(screen.getByTestId('topology-updated')).toHaveTextContent('Zuletzt aktualisiert');
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Als Text kopieren' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Cluster size: 3\n/));
  });
});
