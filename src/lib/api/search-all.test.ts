import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { clearRequestLog } from './request-log.ts';
import { resetConnectionsForTests } from '../connection/connection-store.ts';
import { helmCluster } from '../../testing/cluster-fixtures.ts';
import { connectBasic } from '../../testing/connect.ts';
import { jsonResponse, stubFetch } from '../../testing/fetch-stub.ts';
import { searchAll } from './search-all.ts';

const SEARCH = 'POST /clusters/helm/v2/authorizations/search';
const item = z.looseObject({ ownerId: z.string() });
const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ ownerId: `u${from + i}` }));

beforeEach(() => {
  resetConnectionsForTests();
  clearRequestLog();
  connectBasic(helmCluster, 'demo', 'demo');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading every page of a search', () => {
  it('follows endCursor page after page and stops at the short page', async () => {
    const { calls } = stubFetch({
      [SEARCH]: [
        () => jsonResponse(200, { items: page(0, 1000), page: { totalItems: 2500, endCursor: 'c1' } }),
        () => jsonResponse(200, { items: page(1000, 1000), page: { totalItems: 2500, endCursor: 'c2' } }),
        () => jsonResponse(200, { items: page(2000, 500), page: { totalItems: 2500, endCursor: 'c3' } }),
      ],
    });
    const progress: number[] = [];
    const all = await searchAll('helm', '/v2/authorizations/search', item, {
      onPage: (p) => progress.push(p.read),
    });
    expect(all).toHaveLength(2500);
    expect(all.at(-1)).toEqual({ ownerId: 'u2499' });
    expect(calls.map((c) => JSON.parse(c.body ?? '{}') as unknown)).toEqual([
      { page: { limit: 1000 } },
      { page: { limit: 1000, after: 'c1' } },
      { page: { limit: 1000, after: 'c2' } },
    ]);
    expect(progress).toEqual([1000, 2000, 2500]);
  });

  it('continues with offsets when a full page comes without a cursor (8.8 may leave it out)', async () => {
    const { calls } = stubFetch({
      [SEARCH]: [
        () => jsonResponse(200, { items: page(0, 1000), page: { totalItems: 1200 } }),
        () => jsonResponse(200, { items: page(1000, 200), page: { totalItems: 1200 } }),
      ],
    });
    const all = await searchAll('helm', '/v2/authorizations/search', item);
    expect(all).toHaveLength(1200);
    expect(JSON.parse(calls[1]?.body ?? '{}')).toEqual({ page: { from: 1000, limit: 1000 } });
  });

  it('stops at the page cap even when the cluster reports more', async () => {
    const { calls } = stubFetch({
      [SEARCH]: [
        () => jsonResponse(200, { items: page(0, 1000), page: { totalItems: 5000, endCursor: 'c1' } }),
        () => jsonResponse(200, { items: page(1000, 1000), page: { totalItems: 5000, endCursor: 'c2' } }),
        () => jsonResponse(200, { items: page(2000, 1000), page: { totalItems: 5000, endCursor: 'c3' } }),
      ],
    });
    const all = await searchAll('helm', '/v2/authorizations/search', item, { maxPages: 2 });
    expect(all).toHaveLength(2000);
    expect(calls).toHaveLength(2);
  });

  it('stops once totalItems are read, without asking for an empty page', async () => {
    const { calls } = stubFetch({
      [SEARCH]: [() => jsonResponse(200, { items: page(0, 1000), page: { totalItems: 1000, endCursor: 'c1' } })],
    });
    const progress: (number | null)[] = [];
    const all = await searchAll('helm', '/v2/authorizations/search', item, { onPage: (p) => progress.push(p.total) });
    expect(all).toHaveLength(1000);
    expect(calls).toHaveLength(1);
    expect(progress).toEqual([1000]);
  });

  it('skips items the schema rejects and keeps the rest', async () => {
    stubFetch({
      [SEARCH]: [() => jsonResponse(200, { items: [{ ownerId: 'a' }, { name: 'no owner' }, { ownerId: 'b' }] })],
    });
    expect(await searchAll('helm', '/v2/authorizations/search', item)).toEqual([{ ownerId: 'a' }, { ownerId: 'b' }]);
  });
});
