import { describe, expect, it } from 'vitest';
import type { DirectoryMembership, DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';
import { PERMISSION_MATRIX } from '../../../lib/catalogue/permission-matrix.ts';
// The demo's helm cluster is the fixture: a test only, never part of the browser bundle.
// eslint-disable-next-line import-x/no-restricted-paths
import helm from '../../../../demo/scenarios/helm.json';
import { comparePrincipals } from './compare-principals.ts';

interface Members {
  users?: string[];
  clients?: string[];
  groups?: string[];
  mappingRules?: string[];
}

function memberships(containerType: DirectoryMembership['containerType'], id: string, m: Members) {
  const rows: DirectoryMembership[] = [];
  const add = (memberType: DirectoryMembership['memberType'], ids: string[] | undefined) =>
    ids?.forEach((memberId) => rows.push({ containerType, containerId: id, memberType, memberId }));
  add('USER', m.users);
  add('CLIENT', m.clients);
  add('GROUP', m.groups);
  add('MAPPING_RULE', m.mappingRules);
  return rows;
}

/** Camunda's default roles as docs/camunda-api/authorization-model.md §7 describes them (8.9). */
function defaultRoleGrants(): Authorization[] {
  const every = (roleId: string, keep: (p: string) => boolean) =>
    Object.entries(PERMISSION_MATRIX['8.9']).flatMap(([resourceType, permissions]) => {
      const kept = (permissions ?? []).filter(keep);
      return kept.length > 0
        ? [{ ownerType: 'ROLE', ownerId: roleId, resourceType, resourceId: '*', permissionTypes: kept }]
        : [];
    });
  return [
    ...every('admin', () => true),
    ...every('readonly-admin', (p) => p === 'READ' || p.startsWith('READ_') || p === 'ACCESS'),
    ...['assignee', 'candidateUsers', 'candidateGroups'].map((property) => ({
      ownerType: 'ROLE',
      ownerId: 'task-worker',
      resourceType: 'USER_TASK',
      resourceId: null,
      resourcePropertyName: property,
      permissionTypes: ['READ', 'CLAIM', 'COMPLETE'],
    })),
  ];
}

const snapshot: DirectorySnapshot = {
  authorizations: [...(helm.authorizations as Authorization[]), ...defaultRoleGrants()],
  users: helm.users.map(({ username }) => ({ username })),
  clients: helm.clients.map(({ clientId }) => ({ clientId })),
  groups: helm.groups.map(({ groupId }) => ({ groupId })),
  roles: helm.roles.map(({ roleId }) => ({ roleId })),
  tenants: helm.tenants.map(({ tenantId }) => ({ tenantId })),
  mappingRules: helm.mappingRules,
  memberships: [
    ...helm.groups.flatMap((g) => memberships('GROUP', g.groupId, g)),
    ...helm.roles.flatMap((r) => memberships('ROLE', r.roleId, r)),
    ...helm.tenants.flatMap((t) => memberships('TENANT', t.tenantId, t)),
  ],
};

const anna = { type: 'USER', id: 'anna' } as const;

describe('comparing two principals of the helm demo cluster', () => {
  it('anna vs nina: everything is anna’s, each with where it comes from', () => {
    const result = comparePrincipals(snapshot, anna, { type: 'USER', id: 'nina' }, '8.9');
    expect(result.b.permissions).toEqual([]);
    expect(result.onlyB).toEqual([]);
    expect(result.both).toEqual([]);
    expect(
      result.onlyA.map((e) => `${e.resourceType}:${e.permission}:${e.target} ${e.sources[0]?.provenance.label}`),
    ).toEqual([
      'PROCESS_DEFINITION:READ_USER_TASK:invoice-approval direct',
      'USER_TASK:CLAIM:@assignee via role task-worker',
      'USER_TASK:CLAIM:@candidateGroups via role task-worker',
      'USER_TASK:CLAIM:@candidateUsers via role task-worker',
      'USER_TASK:COMPLETE:@assignee via role task-worker',
      'USER_TASK:COMPLETE:@candidateGroups via role task-worker',
      'USER_TASK:COMPLETE:@candidateUsers via role task-worker',
      'USER_TASK:READ:@assignee via role task-worker',
      'USER_TASK:READ:@candidateGroups via role task-worker',
      'USER_TASK:READ:@candidateUsers via role task-worker',
    ]);
    const claim = result.capabilities.find((c) => c.capabilityId === 'claim-user-task');
    expect(claim).toMatchObject({ differs: true, a: { verdict: 'allowed', scope: 'some' }, b: { verdict: 'denied' } });
    const topology = result.capabilities.find((c) => c.capabilityId === 'view-topology');
    expect(topology?.differs).toBe(false);
  });

  it('anna vs ron: ron reads everything through readonly-admin, only anna may claim and complete', () => {
    const result = comparePrincipals(snapshot, anna, { type: 'USER', id: 'ron' }, '8.9');
    // anna's READ_USER_TASK on invoice-approval is covered by ron's READ_USER_TASK on every process.
    expect(
      result.both.map(({ a, b }) => `${a.permission}:${a.target}→${b.target} ${b.sources[0]?.provenance.label}`),
    ).toEqual([
      'READ_USER_TASK:invoice-approval→* via role readonly-admin',
      'READ:@assignee→* via role readonly-admin',
      'READ:@candidateGroups→* via role readonly-admin',
      'READ:@candidateUsers→* via role readonly-admin',
    ]);
    expect([...new Set(result.onlyA.map((e) => e.permission))]).toEqual(['CLAIM', 'COMPLETE']);
    expect(
      result.onlyB.every((e) => e.target === '*' && e.sources[0]?.provenance.label === 'via role readonly-admin'),
    ).toBe(true);
    expect(result.onlyB.some((e) => e.resourceType === 'AUTHORIZATION' && e.permission === 'READ')).toBe(true);
    const differs = result.capabilities.filter((c) => c.differs).map((c) => c.capabilityId);
    expect(differs).toContain('claim-user-task');
    expect(differs).toContain('read-authorizations');
    expect(differs).not.toContain('create-authorizations');
  });

  it('the same principal on both sides differs in nothing', () => {
    const result = comparePrincipals(snapshot, anna, anna, '8.9');
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB).toEqual([]);
    expect(result.capabilities.some((c) => c.differs)).toBe(false);
  });
});
