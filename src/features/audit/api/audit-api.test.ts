import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { clearRequestLog } from '../../../lib/api/request-log.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { jsonResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { searchAllByCursor } from './audit-api.ts';

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

describe('reading every authorization with cursors', () => {
  it('follows endCursor page after page and stops at the short page', async () => {
    const { calls } = stubFetch({
      [SEARCH]: [
        () => jsonResponse(200, { items: page(0, 1000), page: { totalItems: 2500, endCursor: 'c1' } }),
        () => jsonResponse(200, { items: page(1000, 1000), page: { totalItems: 2500, endCursor: 'c2' } }),
        () => jsonResponse(200, { items: page(2000, 500), page: { totalItems: 2500, endCursor: 'c3' } }),
      ],
    });
    const progress: number[] = [];
    const all = await searchAllByCursor('helm', '/v2/authorizations/search', item, {
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
    const all = await searchAllByCursor('helm', '/v2/authorizations/search', item);
    expect(all).toHaveLength(1200);
    expect(JSON.parse(calls[1]?.body ?? '{}')).toEqual({ page: { from: 1000, limit: 1000 } });
  });
});
