import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  capabilityById,
  evaluateCapability,
  interpretProbe,
  probeRequest,
  type Capability,
} from './capabilities.ts';
import { computeEffectivePermissions, type DirectorySnapshot, type Subject } from './effective-permissions.ts';
import type { Authorization } from './model.ts';
import { msg } from '../i18n/message.ts';
import { englishT, germanT } from '../../testing/translate.ts';

function cap(id: string): Capability {
  const found = capabilityById(id);
  if (!found) throw new Error(`no capability ${id}`);
  return found;
}

function snapshot(authorizations: Authorization[]): DirectorySnapshot {
  return {
    authorizations,
    users: [{ username: 'anna' }],
    clients: [],
    groups: [],
    roles: [],
    tenants: [],
    mappingRules: [],
    memberships: [],
  };
}

const grant = (
  ownerType: string,
  ownerId: string,
  resourceType: string,
  resourceId: string,
  permissionTypes: string[],
) => ({
  ownerType,
  ownerId,
  resourceType,
  resourceId,
  permissionTypes,
});

describe('capability registry', () => {
  it('has at least 20 capabilities with unique ids', () => {
    expect(CAPABILITIES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CAPABILITIES.map((c) => c.id)).size).toBe(CAPABILITIES.length);
  });

  it('never probes a write', () => {
    for (const capability of CAPABILITIES) {
      const request = probeRequest(capability, { userTaskKey: '1' });
      if (request === null) continue;
      const isSearch = request.method === 'POST' && request.path.endsWith('/search');
      expect(request.method === 'GET' || isSearch, `${capability.id} probes ${request.method} ${request.path}`).toBe(
        true,
      );
    }
    expect(probeRequest(cap('assign-user-task'), { userTaskKey: '1' })).toBeNull();
    expect(probeRequest(cap('create-authorizations'))).toBeNull();
  });

  it('fills the task key into GET-by-key probes and skips them without one', () => {
    expect(probeRequest(cap('read-user-task'), { userTaskKey: '2251799813685281' })).toEqual({
      method: 'GET',
      path: '/v2/user-tasks/2251799813685281',
    });
    expect(probeRequest(cap('read-user-task'))).toBeNull();
    expect(probeRequest(cap('search-user-tasks'))).toEqual({
      method: 'POST',
      path: '/v2/user-tasks/search',
      body: { page: { from: 0, limit: 1 } },
    });
  });

  it('lists the permissions per version as alternatives', () => {
    expect(cap('complete-user-task').requirement('8.8')).toEqual({
      kind: 'any-of',
      enforcement: 'reject',
      alternatives: [{ permission: 'UPDATE_USER_TASK', resourceType: 'PROCESS_DEFINITION', scope: 'target' }],
    });
    const on89 = cap('complete-user-task').requirement('8.9');
    expect(on89.kind === 'any-of' && on89.alternatives.map((a) => `${a.resourceType}:${a.permission}`)).toEqual([
      'PROCESS_DEFINITION:UPDATE_USER_TASK',
      'PROCESS_DEFINITION:COMPLETE_USER_TASK',
      'USER_TASK:UPDATE',
      'USER_TASK:COMPLETE',
    ]);
    expect(cap('view-topology').requirement('8.10')).toEqual({ kind: 'authenticated' });
  });
});

describe('interpretProbe', () => {
  it('a search with items is allowed', () => {
    const result = interpretProbe(cap('search-user-tasks'), '8.9', {
      kind: 'response',
      status: 200,
      body: { items: [{}], page: { totalItems: 12 } },
    });
    expect(result.verdict).toBe('allowed');
    expect(englishT.message(result.reason)).toBe('HTTP 200, 1 item visible.');
    expect(germanT.message(result.reason)).toBe('HTTP 200, 1 Eintrag sichtbar.');
    const many = interpretProbe(cap('search-user-tasks'), '8.9', {
      kind: 'response',
      status: 200,
      body: { items: [{}, {}] },
    });
    expect(englishT.message(many.reason)).toBe('HTTP 200, 2 items visible.');
    expect(germanT.message(many.reason)).toBe('HTTP 200, 2 Einträge sichtbar.');
  });

  it('an empty search is filtered-empty, sharpened when the authorizations say why', () => {
    const outcome = { kind: 'response' as const, status: 200, body: { items: [], page: { totalItems: 0 } } };
    const plain = interpretProbe(cap('search-user-tasks'), '8.8', outcome);
    expect(plain.verdict).toBe('filtered-empty');
    expect(englishT.message(plain.reason)).toBe(
      'Empty. Searches filter silently: either there is nothing, or you lack READ_USER_TASK on every process.',
    );
    const sharp = interpretProbe(cap('search-user-tasks'), '8.9', outcome, {
      verdict: 'filtered-empty',
      reason: msg('access.verdict.notCheckedYet'),
      source: 'authorizations',
    });
    expect(englishT.message(sharp.reason)).toBe(
      'Empty, and you lack READ_USER_TASK on every process or READ on every user task (searches filter silently instead of answering 403).',
    );
  });

  it('a 403 is denied with the parsed sentence', () => {
    const result = interpretProbe(cap('read-groups'), '8.9', {
      kind: 'response',
      status: 403,
      problem: { status: 403, detail: "Unauthorized to perform operation 'READ' on resource 'GROUP'" },
    });
    expect(result.verdict).toBe('denied');
    expect(englishT.message(result.reason)).toBe('You need READ on the group in question (or on every group).');
  });

  it('401, 404, 5xx, network errors and skipped probes are unknown', () => {
    expect(interpretProbe(cap('view-topology'), '8.9', { kind: 'response', status: 401 }).verdict).toBe('unknown');
    expect(
      englishT.message(interpretProbe(cap('read-user-task'), '8.9', { kind: 'response', status: 404 }).reason),
    ).toContain('tenant');
    expect(interpretProbe(cap('view-topology'), '8.9', { kind: 'response', status: 503 }).verdict).toBe('unknown');
    expect(interpretProbe(cap('view-topology'), '8.9', { kind: 'network-error', message: 'refused' }).verdict).toBe(
      'unknown',
    );
    expect(
      interpretProbe(cap('read-user-task'), '8.9', { kind: 'skipped', reason: msg('capabilities.skipped.noKey') }),
    ).toEqual({ verdict: 'unknown', reason: msg('capabilities.skipped.noKey'), source: 'probe' });
  });
});

describe('evaluateCapability from authorization data', () => {
  const verdicts = (snap: DirectorySnapshot, subject: Subject, version: '8.8' | '8.9' = '8.9') => {
    const effective = computeEffectivePermissions(snap, subject, version);
    return Object.fromEntries(CAPABILITIES.map((c) => [c.id, evaluateCapability(c, effective)]));
  };

  it('worker-client with only CREATE_PROCESS_INSTANCE: starts processes, lacks everything else', () => {
    const v = verdicts(
      snapshot([grant('CLIENT', 'worker-client', 'PROCESS_DEFINITION', '*', ['CREATE_PROCESS_INSTANCE'])]),
      {
        type: 'CLIENT',
        id: 'worker-client',
      },
    );
    expect(v['create-process-instance']?.verdict).toBe('allowed');
    expect(v['create-process-instance']?.scope).toBe('all');
    expect(v['view-topology']?.verdict).toBe('allowed');
    expect(v['search-user-tasks']?.verdict).toBe('filtered-empty');
    const emptySearch = v['search-user-tasks']?.reason;
    expect(emptySearch && englishT.message(emptySearch)).toBe(
      'Searches come back empty: nothing grants READ_USER_TASK on every process or READ on every user task.',
    );
    // The alternatives are joined in the UI language, each a whole phrase.
    expect(emptySearch && germanT.message(emptySearch)).toMatch(/^Suchen bleiben leer: .*READ_USER_TASK .* oder READ /);
    expect(v['assign-user-task']?.verdict).toBe('denied');
    expect(v['create-authorizations']?.verdict).toBe('denied');
    expect(v['read-authorizations']?.verdict).toBe('filtered-empty');
  });

  it('a grant on one process allows only some', () => {
    const v = verdicts(snapshot([grant('USER', 'anna', 'PROCESS_DEFINITION', 'invoice', ['READ_USER_TASK'])]), {
      type: 'USER',
      id: 'anna',
    });
    const search = v['search-user-tasks'];
    expect(search).toMatchObject({ verdict: 'allowed', scope: 'some', source: 'authorizations' });
    expect(search && englishT.message(search.reason)).toBe(
      'Only some: results are filtered to READ_USER_TASK on process `invoice` (direct).',
    );
  });

  it('checks that are not id-scoped need *, a specific id is not enough', () => {
    const v = verdicts(snapshot([grant('USER', 'anna', 'AUTHORIZATION', 'x', ['CREATE'])]), {
      type: 'USER',
      id: 'anna',
    });
    expect(v['create-authorizations']?.verdict).toBe('denied');
    const denied = v['create-authorizations']?.reason;
    expect(denied && englishT.message(denied)).toBe(
      'Nothing grants CREATE on every authorization (a grant on authorization `x` does not count: this check needs `*`).',
    );
  });

  it('USER_TASK grants do not count on 8.8', () => {
    const snap = snapshot([grant('USER', 'anna', 'USER_TASK', '*', ['READ'])]);
    expect(verdicts(snap, { type: 'USER', id: 'anna' }, '8.8')['search-user-tasks']?.verdict).toBe('filtered-empty');
    expect(verdicts(snap, { type: 'USER', id: 'anna' }, '8.9')['search-user-tasks']?.verdict).toBe('allowed');
  });

  it('a property-based task grant allows claiming some tasks', () => {
    const snap = snapshot([
      {
        ownerType: 'USER',
        ownerId: 'anna',
        resourceType: 'USER_TASK',
        resourceId: null,
        resourcePropertyName: 'candidateGroups',
        permissionTypes: ['READ', 'CLAIM', 'COMPLETE'],
      },
    ]);
    const v = verdicts(snap, { type: 'USER', id: 'anna' });
    expect(v['claim-user-task']?.verdict).toBe('allowed');
    expect(v['claim-user-task']?.scope).toBe('some');
    const claim = v['claim-user-task']?.reason;
    expect(claim && englishT.message(claim)).toBe(
      'Only for CLAIM on user tasks where one of your groups is a candidate group (direct).',
    );
    expect(v['assign-user-task']?.verdict).toBe('denied');
  });
});
