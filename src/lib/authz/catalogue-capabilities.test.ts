import { describe, expect, it } from 'vitest';
import { findOperation } from '../catalogue/find-operation.ts';
import { OPERATION_CATALOGUE } from '../catalogue/operation-catalogue.ts';
import { API_VERSIONS } from '../catalogue/types.ts';
import { accessCheckCapabilities, isCatalogueRead, operationLabel } from './catalogue-capabilities.ts';
import { evaluateCapability, probeRequest } from './capabilities.ts';
import { computeEffectivePermissions } from './effective-permissions.ts';

// The access check lists every catalogue operation that can be checked without writing; it probes
// the ones that need no key and keeps the default run small.

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

  it('probes only reads, at most 40, each as a GET or a one-item search', () => {
    const probed = list.filter((c) => c.probe !== null);
    expect(probed.length).toBeGreaterThan(20);
    expect(probed.length).toBeLessThanOrEqual(40);
    for (const capability of probed.filter((c) => !c.probe?.needs)) {
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

  it('lists reads by key unprobed, with the permission the catalogue names', () => {
    const byKey = list.filter((c) => c.notProbed);
    expect(byKey.length).toBeGreaterThan(30);
    for (const capability of byKey) expect(probeRequest(capability)).toBeNull();
  });
});

describe('catalogue rows of the access check', () => {
  const list = accessCheckCapabilities(OPERATION_CATALOGUE, '8.9');

  it('probes the job search and names READ_PROCESS_INSTANCE, filtered', () => {
    const jobs = list.find((c) => c.operationId === 'searchJobs');
    expect(jobs?.label).toBe('Search jobs');
    expect(jobs?.probe).toEqual({ kind: 'search' });
    expect(jobs?.requirement('8.9')).toEqual({
      kind: 'any-of',
      enforcement: 'filter',
      alternatives: [{ permission: 'READ_PROCESS_INSTANCE', resourceType: 'PROCESS_DEFINITION', scope: 'any' }],
    });
  });

  it('judges an unprobed read by key from the authorization data', () => {
    const instance = list.find((c) => c.operationId === 'getProcessInstance');
    expect(instance?.probe).toBeNull();
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
    expect(verdict.reason).toContain('invoice-approval');
  });

  it('adds nothing before the catalogue has loaded', () => {
    expect(accessCheckCapabilities(null, '8.9').some((c) => c.operationId)).toBe(false);
  });

  it('reads operation ids as labels', () => {
    expect(operationLabel('getProcessDefinitionXml')).toBe('Get process definition xml');
    expect(operationLabel('searchUsersForTenant')).toBe('Search users for tenant');
  });
});
