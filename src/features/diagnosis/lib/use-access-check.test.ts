import { describe, expect, it } from 'vitest';
import { accessCheckCapabilities } from '../../../lib/authz/catalogue-capabilities.ts';
import { capabilityById, type Capability } from '../../../lib/authz/capabilities.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { verdictFor } from './use-access-check.ts';

function cap(id: string): Capability {
  const found = capabilityById(id);
  if (!found) throw new Error(id);
  return found;
}

describe('verdictFor (one cell of the access matrix)', () => {
  it('never probes writes: without authorization data they stay unknown, with it they are evaluated', () => {
    const write = cap('assign-user-task');
    expect(verdictFor(write, '8.9', undefined, null, false)).toEqual({
      verdict: 'unknown',
      reason: 'Writes are never probed, and this caller cannot read the authorizations to evaluate it.',
      source: 'authorizations',
    });
    const evaluated = { verdict: 'denied' as const, reason: 'Nothing grants it.', source: 'authorizations' as const };
    expect(verdictFor(write, '8.9', undefined, evaluated, false)).toBe(evaluated);
  });

  it('shows a probe as pending while the check runs, and its interpretation once answered', () => {
    const search = cap('search-user-tasks');
    expect(verdictFor(search, '8.9', undefined, null, true)).toBe('pending');
    const answered = verdictFor(
      search,
      '8.9',
      {
        capability: search,
        outcome: { kind: 'response', status: 200, body: { items: [] } },
        requestId: 'r',
        durationMs: 5,
      },
      null,
      false,
    );
    expect(answered !== 'pending' && answered.verdict).toBe('filtered-empty');
  });

  it('on an unprotected API: writes are allowed without probing, and /me answering 401 is not a sign-in failure', () => {
    const write = cap('create-authorizations');
    expect(verdictFor(write, '8.8', undefined, null, false, true)).toMatchObject({ verdict: 'allowed' });
    const me = cap('read-own-identity');
    const row = {
      capability: me,
      outcome: { kind: 'response' as const, status: 401 },
      requestId: 'r',
      durationMs: 3,
    };
    const cell = verdictFor(me, '8.8', row, null, false, true);
    expect(cell !== 'pending' && cell.reason).toBe(
      'No identity to read: callers of an unprotected API are anonymous, so this answers 401.',
    );
    // A protected cluster's 401 still reads as a rejected credential.
    const signedOut = verdictFor(me, '8.8', row, null, false, false);
    expect(signedOut !== 'pending' && signedOut.reason).toContain('did not accept the credentials');
  });

  it('on an unprotected API an empty search is allowed: nothing filters there', () => {
    const search = cap('search-user-tasks');
    const row = {
      capability: search,
      outcome: { kind: 'response' as const, status: 200, body: { items: [] } },
      requestId: 'r',
      durationMs: 4,
    };
    expect(verdictFor(search, '8.8', row, null, false, true)).toMatchObject({ verdict: 'allowed' });
  });

  it('a catalogue read by key says it was not probed, then what the authorization data says', () => {
    const byKey = accessCheckCapabilities(OPERATION_CATALOGUE, '8.9').find((c) => c.operationId === 'getIncident');
    if (!byKey) throw new Error('getIncident');
    const evaluated = { verdict: 'denied' as const, reason: 'Nothing grants it.', source: 'authorizations' as const };
    const cell = verdictFor(byKey, '8.9', undefined, evaluated, false);
    expect(cell !== 'pending' && cell.verdict).toBe('denied');
    expect(cell !== 'pending' && cell.reason).toMatch(/^Not probed: it reads one entity by key.*Nothing grants it\.$/);
    const unknown = verdictFor(byKey, '8.9', undefined, null, false);
    expect(unknown !== 'pending' && unknown.reason).not.toContain('Writes');
  });
});
