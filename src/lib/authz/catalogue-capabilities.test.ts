import { describe, expect, it } from 'vitest';
import { findOperation } from '../catalogue/find-operation.ts';
import { OPERATION_CATALOGUE } from '../catalogue/operation-catalogue.ts';
import { API_VERSIONS } from '../catalogue/types.ts';
import { accessCheckCapabilities, isCatalogueRead, operationLabel } from './catalogue-capabilities.ts';
import { CAPABILITIES, evaluateCapability, probeRequest, requirementFromFacts } from './capabilities.ts';
import { computeEffectivePermissions } from './effective-permissions.ts';
import { englishT, germanT } from '../../testing/translate.ts';

// The access check lists every catalogue operation that can be checked without writing; it probes
// the ones that need no key in a first wave, and each read by key with a key its search returned.

describe.each(API_VERSIONS)('the access check on %s', (version) => {
  const list = accessCheckCapabilities(OPERATION_CATALOGUE, version);
  const reads = OPERATION_CATALOGUE.filter(
    (entry) => isCatalogueRead(entry) && entry.versions[version] && entry.versions[version].behaviour !== 'unprotected',
  );

  it('lists every protected catalogue read of the version, each once', () => {
    const listed = new Set(
      list.map((c) => {
        const match = findOperation(OPERATION_CATALOGUE, c.method, c.path);
        return match ? match.entry.operationId : `${c.method} ${c.path}`;
      }),
    );
    const missing = reads.filter((entry) => !listed.has(entry.operationId)).map((e) => e.operationId);
    expect(missing).toEqual([]);
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
  });

  it('probes only reads, at most 40 in the first wave, each as a GET or a one-item search', () => {
    const firstWave = list.filter((c) => c.probe !== null && !c.probe.needs);
    expect(firstWave.length).toBeGreaterThan(20);
    expect(firstWave.length).toBeLessThanOrEqual(40);
    for (const capability of firstWave) {
      const request = probeRequest(capability);
      expect(request, capability.id).not.toBeNull();
      if (request?.method === 'POST') {
        expect(request.path).toMatch(/\/search$/);
        expect(request.body).toEqual({ page: { from: 0, limit: 1 } });
      } else {
        expect(request?.method).toBe('GET');
      }
    }
  });

  it('probes every read by key whose collection has a search, with the key that search lists', () => {
    const byKey = list.filter((c) => c.probe?.needs);
    expect(byKey.length).toBeGreaterThan(30);
    const firstWaveIds = new Set(list.filter((c) => c.probe !== null && !c.probe.needs).map((c) => c.id));
    for (const capability of byKey) {
      const needs = capability.probe?.needs;
      expect(firstWaveIds.has(needs?.from ?? ''), capability.id).toBe(true);
      // Without a key nothing is sent; with one, a read of exactly that key.
      expect(probeRequest(capability)).toBeNull();
      const request = probeRequest(capability, { [needs?.param ?? '']: 'k 1' });
      expect(request?.path, capability.id).toContain('/k%201');
      expect(request?.method === 'GET' || request?.path.endsWith('/search'), capability.id).toBe(true);
    }
    // What stays unprobed says why: no search lists its key.
    for (const capability of list.filter((c) => c.notProbed)) {
      expect(englishT.message(capability.notProbed ?? { id: 'capabilities.list.nothing' })).toMatch(/search/);
    }
  });
});

describe('catalogue rows of the access check', () => {
  const list = accessCheckCapabilities(OPERATION_CATALOGUE, '8.9');

  it('probes the job search and names READ_PROCESS_INSTANCE, filtered', () => {
    const jobs = list.find((c) => c.operationId === 'searchJobs');
    expect(jobs && englishT.message(jobs.label)).toBe('Search jobs');
    expect(jobs?.probe).toEqual({ kind: 'search' });
    expect(jobs?.requirement('8.9')).toEqual({
      kind: 'any-of',
      enforcement: 'filter',
      alternatives: [{ permission: 'READ_PROCESS_INSTANCE', resourceType: 'PROCESS_DEFINITION', scope: 'any' }],
    });
  });

  it('probes a process instance by key with a key from the instance search, and judges it from the grants too', () => {
    const instance = list.find((c) => c.operationId === 'getProcessInstance');
    expect(instance?.probe).toMatchObject({
      kind: 'get',
      needs: { param: 'processInstanceKey', from: 'search-process-instances' },
    });
    // The key's noun: words in English, the parameter as the API names it in German.
    const noun = instance?.probe?.needs?.noun;
    expect(noun && englishT.message(noun)).toBe('process instance');
    expect(noun && germanT.message(noun)).toBe('`processInstanceKey`');
    const effective = computeEffectivePermissions(
      {
        authorizations: [
          {
            ownerType: 'CLIENT',
            ownerId: 'worker-client',
            resourceType: 'PROCESS_DEFINITION',
            resourceId: 'invoice-approval',
            permissionTypes: ['READ_PROCESS_INSTANCE'],
          },
        ],
        users: [],
        clients: [],
        groups: [],
        roles: [],
        tenants: [],
        mappingRules: [],
        memberships: [],
      },
      { type: 'CLIENT', id: 'worker-client' },
      '8.9',
    );
    const verdict = evaluateCapability(instance as NonNullable<typeof instance>, effective);
    expect(verdict).toMatchObject({ verdict: 'allowed', scope: 'some' });
    expect(englishT.message(verdict.reason)).toContain('invoice-approval');
  });

  it('adds nothing before the catalogue has loaded', () => {
    expect(accessCheckCapabilities(null, '8.9').some((c) => c.operationId)).toBe(false);
  });

  it('reads operation ids as labels', () => {
    expect(operationLabel('getProcessDefinitionXml')).toBe('Get process definition xml');
    expect(operationLabel('searchUsersForTenant')).toBe('Search users for tenant');
  });
});

// The hand-written rows stay for the first screen (the catalogue is a lazy chunk); they must say what
// the catalogue says, apart from the refinements named here.
describe('the hand-written capabilities against the catalogue', () => {
  it('need what their catalogue operation needs, except claiming (assigning oneself) and the identity search scopes', () => {
    const deviations: string[] = [];
    for (const capability of CAPABILITIES) {
      const match = findOperation(OPERATION_CATALOGUE, capability.method, capability.path);
      for (const version of API_VERSIONS) {
        const facts = match?.entry.versions[version];
        expect(facts, `${capability.id} on ${version}`).toBeDefined();
        if (!facts) continue;
        if (JSON.stringify(requirementFromFacts(facts)) !== JSON.stringify(capability.requirement(version))) {
          deviations.push(`${capability.id}@${version}`);
        }
      }
    }
    const identitySearches = ['authorizations', 'users', 'groups', 'roles', 'tenants', 'mapping-rules'];
    expect(deviations.sort()).toEqual(
      [
        // The same call as an assignment; the engine checks CLAIM when the assignee is the caller (8.9+).
        'claim-user-task@8.9',
        'claim-user-task@8.10',
        // The catalogue marks these searches `*`-only; the row counts a grant on one id as "some" (filtered).
        ...identitySearches.flatMap((id) => API_VERSIONS.map((v) => `read-${id}@${v}`)),
      ].sort(),
    );
  });
});
