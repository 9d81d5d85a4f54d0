import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeBootClusterList } from '../lib/clusters/boot-cluster-list.ts';
import { getConnection, resetConnectionsForTests } from '../lib/connection/connection-store.ts';
import { c8runCluster, helmCluster } from '../testing/cluster-fixtures.ts';
import { jsonResponse, stubFetch } from '../testing/fetch-stub.ts';
import { startBoot } from './boot.ts';

beforeEach(() => {
  resetConnectionsForTests();
  stubFetch({ '/api/clusters': () => jsonResponse(200, { clusters: [c8runCluster, helmCluster] }) });
});
afterEach(() => {
  void takeBootClusterList();
  vi.unstubAllGlobals();
});

describe('the boot, before React renders', () => {
  it('connects to a cluster without authentication when the URL opens one of its views', async () => {
    await startBoot('/c/c8run/topology');
    expect(getConnection('c8run')?.method).toBe('none');
  });

  it('leaves the connect page and clusters that need credentials to the user', async () => {
    await startBoot('/c/c8run');
    expect(getConnection('c8run')).toBeNull();
    await startBoot('/c/helm/tasks');
    expect(getConnection('helm')).toBeNull();
  });

  it('hands its cluster list request to the cluster-list query: one request, not two', async () => {
    const { calls } = stubFetch({ '/api/clusters': () => jsonResponse(200, { clusters: [c8runCluster] }) });
    await startBoot('/');
    const taken = takeBootClusterList();
    expect(await taken).toEqual({ clusters: [c8runCluster] });
    expect(takeBootClusterList()).toBeNull();
    expect(calls.filter((c) => c.url === '/api/clusters')).toHaveLength(1);
  });
});
