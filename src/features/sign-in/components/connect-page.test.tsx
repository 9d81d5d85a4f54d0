import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../lib/api/query-client.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { saasCluster } from '../../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch, type RecordedCall } from '../../../testing/fetch-stub.ts';
import { ConnectPage } from './connect-page.tsx';

const discoveryUrl = 'http://localhost:18080/.well-known/openid-configuration';

function renderConnect(cluster: ClusterSummary, extra: Parameters<typeof stubFetch>[0] = {}) {
  const stub = stubFetch({
    '/api/clusters': () => jsonResponse(200, { clusters: [cluster] }),
    '/api/health': () => jsonResponse(200, { status: 'ok' }),
    [`/clusters/${cluster.id}/v2/topology`]: () =>
      problemResponse(401, { title: 'Unauthorized', status: 401, detail: 'Full authentication is required' }),
    ...extra,
  });
  const router = createMemoryRouter([{ path: '/c/:clusterId', Component: ConnectPage }], {
    initialEntries: [`/c/${cluster.id}`],
  });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return stub;
}

beforeAll(async () => {
  // oidc-client-ts is loaded on demand; compile it outside the timed tests.
  await import('oidc-client-ts');
}, 60_000);
beforeEach(() => {
  resetConnectionsForTests();
  window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OIDC user login when the identity provider is down', { timeout: 20_000 }, () => {
  it('names the provider and the discovery URL it tried, and works again without a reload', async () => {
    const user = userEvent.setup();
    let providerUp = false;
    const stub = renderConnect(saasCluster, {
      [discoveryUrl]: () => {
        if (!providerUp) throw new TypeError('Failed to fetch');
        return jsonResponse(200, {
          issuer: 'http://localhost:18080',
          authorization_endpoint: 'http://localhost:18080/authorize',
          token_endpoint: 'http://localhost:18080/token',
          jwks_uri: 'http://localhost:18080/jwks',
        });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Sign in with the identity provider' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The identity provider at http://localhost:18080 could not be reached.');
    expect(alert).toHaveTextContent(`Discovery failed: Lantern asked ${discoveryUrl}`);
    expect(alert).not.toHaveTextContent('Failed to fetch');
    expect(window.sessionStorage.getItem('lantern.oidc.pending-cluster')).toBeNull();

    providerUp = true;
    await user.click(screen.getByRole('button', { name: 'Sign in with the identity provider' }));
    // The login now proceeds to the redirect: the pending login is recorded and the error is gone.
    await waitFor(() => expect(window.sessionStorage.getItem('lantern.oidc.pending-cluster')).toBe('saas'));
    expect(screen.queryByText(/could not be reached/)).not.toBeInTheDocument();
    expect(stub.calls.filter((c: RecordedCall) => c.url === discoveryUrl)).toHaveLength(2);
  });
});

describe('client credentials', { timeout: 20_000 }, () => {
  it('explain in words that the server could not reach the identity provider (502)', async () => {
    const user = userEvent.setup();
    renderConnect(saasCluster, {
      'POST /api/clusters/saas/client-credentials': () =>
        problemResponse(502, {
          type: 'identity-provider-unreachable',
          title: 'Identity provider unreachable',
          status: 502,
          detail: 'the identity provider at http://localhost:18080 did not answer (ECONNREFUSED).',
        }),
    });
    await user.click(await screen.findByText('Client credentials (a machine client)'));
    const form = screen.getByRole('form', { name: 'OIDC client credentials' });
    await user.type(within(form).getByLabelText('Client secret'), 'typed-secret');
    await user.click(within(form).getByRole('button', { name: 'Get a token' }));
    const alert = await within(form).findByText(/could not reach/);
    expect(alert).toHaveTextContent('The Lantern server could not reach the identity provider');
    expect(alert).toHaveTextContent(
      'The Lantern server could not reach the identity provider at http://localhost:18080 to exchange the client credentials (connection refused).',
    );
    expect(alert).not.toHaveTextContent('ECONNREFUSED');
  });

  it('offer typed credentials when the server allows them', async () => {
    const user = userEvent.setup();
    renderConnect({ ...saasCluster, typedClientCredentials: true });
    await user.click(await screen.findByText('Client credentials (a machine client)'));
    const form = screen.getByRole('form', { name: 'OIDC client credentials' });
    expect(within(form).getByLabelText('Client ID')).not.toHaveAttribute('readonly');
    expect(within(form).getByLabelText('Client secret')).toBeInTheDocument();
  });

  it('offer only the server-configured client when typed credentials are not allowed', async () => {
    const user = userEvent.setup();
    const stub = renderConnect(
      { ...saasCluster, typedClientCredentials: false },
      {
        'POST /api/clusters/saas/client-credentials': () =>
          problemResponse(401, {
            title: 'invalid_client',
            status: 401,
            // The server's wording around the identity provider's own error.
            detail:
              "The identity provider did not accept client 'ops-client': the identity provider refused the client (invalid_client: client authentication failed).",
          }),
      },
    );
    await user.click(await screen.findByText('Client credentials (a machine client)'));
    const form = screen.getByRole('form', { name: 'OIDC client credentials' });
    const clientId = within(form).getByLabelText('Client ID');
    expect(clientId).toHaveValue('ops-client');
    expect(clientId).toHaveAttribute('readonly');
    expect(within(form).queryByLabelText('Client secret')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Get a token' }));
    await within(form).findByText(/did not accept/);
    const alert = form.querySelector('.cds--inline-notification');
    // The refusal is said once, with the identity provider's own words.
    expect(alert).toHaveTextContent(
      'The identity provider did not accept client “ops-client” or its secret: invalid_client: client authentication failed.',
    );
    expect(alert?.textContent?.match(/refused|did not accept|rejected/g)).toHaveLength(1);
    const post = stub.calls.find((c) => c.method === 'POST');
    expect(JSON.parse(post?.body ?? '{}')).toEqual({ clientId: 'ops-client' });
  });

  it('are not offered when typed credentials are not allowed and the server holds no client', async () => {
    renderConnect({ ...saasCluster, typedClientCredentials: false, serverClientCredentials: null });
    expect(await screen.findByText('User login at the identity provider')).toBeInTheDocument();
    expect(screen.getByText('Paste an access token')).toBeInTheDocument();
    expect(screen.queryByText('Client credentials (a machine client)')).not.toBeInTheDocument();
  });
});
