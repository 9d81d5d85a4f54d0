import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, stubFetch } from '../../testing/fetch-stub.ts';
import { probeCluster } from './cluster-reachability.ts';

afterEach(() => vi.unstubAllGlobals());

describe('probeCluster', () => {
  it('counts any answer of the cluster as up, the 401 of a protected cluster included, and sends no credentials', async () => {
    const { calls } = stubFetch({
      'GET /clusters/helm/v2/topology': () => problemResponse(401, { title: 'Unauthorized', status: 401 }),
    });
    expect(await probeCluster('helm')).toEqual({ state: 'up' });
    expect(calls[0]?.headers.authorization).toBeUndefined();
    expect(calls[0]?.headers['x-lantern-session']).toBeUndefined();
  });

  it('counts the proxy’s own failure as down, with the reason in words', async () => {
    stubFetch({
      'GET /clusters/offline/v2/topology': () =>
        new Response('{}', {
          status: 502,
          headers: { 'Content-Type': 'application/problem+json', 'X-Lantern-Proxy-Error': 'refused' },
        }),
    });
    expect(await probeCluster('offline')).toEqual({ state: 'down', reason: 'connection refused' });
  });

  it('knows nothing about the cluster when the Lantern server itself does not answer', async () => {
    stubFetch({});
    expect(await probeCluster('helm')).toEqual({ state: 'unknown' });
  });
});
