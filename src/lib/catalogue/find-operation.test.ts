import { describe, expect, it } from 'vitest';
import { findOperation } from './find-operation.ts';
import { OPERATION_CATALOGUE } from './operation-catalogue.ts';
import type { CatalogueEntry } from './types.ts';

function concrete(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => `v-${name}`);
}

describe('findOperation', () => {
  it('finds every catalogue operation from a concrete request to it', () => {
    const wrong: string[] = [];
    for (const entry of OPERATION_CATALOGUE) {
      const found = findOperation(OPERATION_CATALOGUE, entry.method, `/v2${concrete(entry.path)}`);
      if (found?.entry.operationId !== entry.operationId) {
        wrong.push(`${entry.method} ${entry.path} → ${found?.entry.operationId ?? 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads path parameters, ignoring the origin and the query', () => {
    const found = findOperation(
      OPERATION_CATALOGUE,
      'post',
      'https://cluster.example/v2/jobs/2251799813685249/completion?x=1',
    );
    expect(found?.entry.operationId).toBe('completeJob');
    expect(found?.params).toEqual({ jobKey: '2251799813685249' });
    expect(findOperation(OPERATION_CATALOGUE, 'PUT', '/v2/groups/sales%20team/users/anna')?.params).toEqual({
      groupId: 'sales team',
      username: 'anna',
    });
  });

  it('prefers a literal segment over a parameter, whatever the order of the entries', () => {
    const byKey: CatalogueEntry = {
      operationId: 'getThing',
      method: 'GET',
      path: '/things/{thingKey}',
      versions: {},
      sources: [],
    };
    const latest: CatalogueEntry = {
      operationId: 'getLatestThing',
      method: 'GET',
      path: '/things/latest',
      versions: {},
      sources: [],
    };
    for (const catalogue of [
      [byKey, latest],
      [latest, byKey],
    ]) {
      expect(findOperation(catalogue, 'GET', '/v2/things/latest')?.entry.operationId).toBe('getLatestThing');
      expect(findOperation(catalogue, 'GET', '/v2/things/42')?.entry.operationId).toBe('getThing');
    }
  });

  it('finds nothing for an unknown path or method', () => {
    expect(findOperation(OPERATION_CATALOGUE, 'GET', '/v2/no-such-thing')).toBeNull();
    expect(findOperation(OPERATION_CATALOGUE, 'DELETE', '/v2/topology')).toBeNull();
  });
});
