import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addRequestLogEntry, clearRequestLog } from '../../../lib/api/request-log.ts';
import { decodeJwt } from '../../../lib/auth/decode-jwt.ts';
import { recordClusterDate } from '../../../lib/connection/clock-skew.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import type { Connection } from '../../../lib/connection/connection-types.ts';
import { fakeJwt, saasCluster } from '../../../testing/cluster-fixtures.ts';
import { WhoAmIPanel } from './who-am-i-panel.tsx';

const T0 = Date.parse('2026-11-28T10:00:00.000Z');

function workerConnection(): Connection {
  const iat = Math.floor(T0 / 1000);
  return {
    clusterId: 'saas',
    method: 'client-credentials',
    caller: { type: 'CLIENT', id: 'worker-client' },
    expiresAt: (iat + 300) * 1000,
    token: decodeJwt(
      fakeJwt({
        client_id: 'worker-client',
        iss: 'http://localhost:18080',
        aud: 'orchestration-api',
        iat,
        exp: iat + 300,
      }),
    ),
    connectedAt: T0,
  };
}

const me = { data: undefined, isPending: true, error: null };

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  resetConnectionsForTests();
  clearRequestLog();
});

describe('WhoAmIPanel clock skew', () => {
  it('shows the skew measured when the answer arrived, not the age of the last answer', () => {
    vi.useFakeTimers({ now: T0 });
    // An answer at T0 whose Date header agrees with the browser: no skew.
    recordClusterDate('saas', new Date(T0).toUTCString(), T0 + 400);
    addRequestLogEntry({
      requestId: 'r1',
      clusterId: 'saas',
      method: 'GET',
      path: '/v2/topology',
      query: {},
      requestBody: null,
      status: 200,
      durationMs: 5,
      startedAt: T0,
      requestHeaders: {},
      problem: null,
      errorKind: null,
      errorMessage: null,
      responseDate: new Date(T0).toUTCString(),
    });
    // Two minutes later, without any new answer, the clocks still agree.
    vi.setSystemTime(T0 + 120_000);
    render(<WhoAmIPanel cluster={saasCluster} connection={workerConnection()} me={me} />);
    expect(screen.getByText("0 s (your clock minus the cluster's)")).toBeInTheDocument();
  });

  it('shows a browser clock ten minutes ahead as +600 s', () => {
    vi.useFakeTimers({ now: T0 + 600_000 });
    recordClusterDate('saas', new Date(T0).toUTCString(), T0 + 600_000);
    render(<WhoAmIPanel cluster={saasCluster} connection={workerConnection()} me={me} />);
    expect(screen.getByText("600 s (your clock minus the cluster's)")).toBeInTheDocument();
  });
});
