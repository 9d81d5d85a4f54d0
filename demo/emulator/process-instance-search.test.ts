import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { resolveAccess } from './authorization-engine.ts';
import { ClusterState, hashPasswords } from './cluster-state.ts';
import { ApiProblem } from './problems.ts';
import { searchProcessInstances } from './process-instance-service.ts';
import type { ServiceContext } from './service-context.ts';

// Process-instance search on the scale scenario (100,002 instances): silent filtering by
// READ_PROCESS_INSTANCE, and the shortcuts that keep a page fast give the same answers as a full sort.

type Page = {
  items: { processInstanceKey: string; processDefinitionId: string; startDate: string }[];
  page: { totalItems: number };
};

describe('process-instance search at scale', () => {
  let state: ClusterState;
  const as = (username: string): ServiceContext => ({
    state,
    version: state.scenario.version,
    access: resolveAccess(
      state,
      { kind: 'user', id: username, username },
      { authorizationsEnabled: true, multiTenancyChecksEnabled: false },
    ),
    now: () => new Date().toISOString(),
    bcryptCost: 4,
  });
  const search = (username: string, body: unknown) => searchProcessInstances(as(username), body).body as Page;

  beforeAll(async () => {
    const scenario = await loadScenarioFile('demo/scenarios/scale.json');
    state = new ClusterState(scenario, await hashPasswords(scenario));
  });

  it('holds 100,002 instances: one per seeded task and 90,002 generated', () => {
    expect(state.runtime.instances.size).toBe(100_002);
    expect(search('demo', { page: { limit: 1 } }).page.totalItems).toBe(100_002);
  });

  it('shows a user only the instances of processes they may read, without an error', () => {
    const paul = search('paul', { filter: { state: 'ACTIVE' }, page: { limit: 50 } });
    expect(paul.page.totalItems).toBeGreaterThan(0);
    expect(new Set(paul.items.map((p) => p.processDefinitionId))).toEqual(new Set(['claims-handling']));
    expect(search('nina', {}).page.totalItems).toBe(0);
  });

  it('gives the first sorted page the same items as a full sort', () => {
    const body = (limit: number) => ({
      filter: { state: 'ACTIVE' },
      sort: [{ field: 'startDate', order: 'DESC' }, { field: 'processDefinitionVersion' }],
      page: { from: 0, limit },
    });
    const first = search('demo', body(50));
    const full = search('demo', body(5000));
    expect(first.items.map((p) => p.processInstanceKey)).toEqual(
      full.items.slice(0, 50).map((p) => p.processInstanceKey),
    );
    expect(first.page.totalItems).toBe(full.page.totalItems);
  });

  it('still refuses an invalid filter value when nothing would match', () => {
    expect(() => search('nina', { filter: { state: 'RUNNING' } })).toThrow(ApiProblem);
  });
});
