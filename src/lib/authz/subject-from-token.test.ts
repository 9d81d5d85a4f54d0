import { describe, expect, it } from 'vitest';
import { computeEffectivePermissions, type DirectorySnapshot, evaluate } from './effective-permissions.ts';
import { subjectFromToken, subjectWithoutToken } from './subject-from-token.ts';
import type { ClaimSettings } from './token-inspection.ts';
import { englishT, germanT } from '../../testing/translate.ts';

// An administrator diagnoses someone else: by their token, or by their id alone.

const settings: ClaimSettings = {
  issuer: 'http://localhost:18080',
  audience: 'orchestration-api',
  usernameClaim: 'preferred_username',
  clientIdClaim: 'client_id',
  groupsClaim: null,
  preferUsernameClaim: false,
};

const TASK = { userTaskKey: '42', processDefinitionId: 'invoice', candidateGroups: [], candidateUsers: [] };

const directory: DirectorySnapshot = {
  authorizations: [
    {
      ownerType: 'MAPPING_RULE',
      ownerId: 'anna-rule',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice',
      permissionTypes: ['READ_USER_TASK'],
    },
    {
      ownerType: 'MAPPING_RULE',
      ownerId: 'eng-rule',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: '*',
      permissionTypes: ['READ_PROCESS_DEFINITION'],
    },
  ],
  users: [{ username: 'anna' }],
  clients: [],
  groups: [],
  roles: [],
  tenants: [],
  mappingRules: [
    { mappingRuleId: 'anna-rule', claimName: 'preferred_username', claimValue: 'anna' },
    { mappingRuleId: 'eng-rule', claimName: '$.department', claimValue: 'engineering' },
  ],
  memberships: [],
};

describe('subjectFromToken', () => {
  it('resolves a user token by the claim settings and lists the mapping rules it matches', () => {
    const resolved = subjectFromToken(
      { preferred_username: 'anna', department: 'engineering', iss: settings.issuer },
      settings,
      directory,
    );
    expect(resolved.subject).toMatchObject({ type: 'USER', id: 'anna', groupsFromToken: null });
    expect(englishT.message(resolved.description)).toBe('user anna');
    expect(germanT.message(resolved.description)).toBe('Benutzer anna');
    expect(resolved.mappingRules.map((r) => r.mappingRuleId)).toEqual(['anna-rule', 'eng-rule']);
    expect(resolved.groupsSource).toBe('directory');
    expect(resolved.assumptions).toEqual([]);
  });

  it('a token with the client-id claim is a CLIENT unless prefer-username-claim is set, and says so', () => {
    const claims = { preferred_username: 'anna', client_id: 'tasklist-app' };
    const asClient = subjectFromToken(claims, settings, directory);
    expect(asClient.subject).toMatchObject({ type: 'CLIENT', id: 'tasklist-app' });
    expect(asClient.assumptions.map(englishT.message).join(' ')).toContain('prefer-username-claim');
    const asUser = subjectFromToken(claims, { ...settings, preferUsernameClaim: true }, directory);
    expect(asUser.subject).toMatchObject({ type: 'USER', id: 'anna' });
  });

  it('takes the groups from the groups claim when the cluster has one', () => {
    const resolved = subjectFromToken(
      { preferred_username: 'anna', groups: ['accounting'] },
      { ...settings, groupsClaim: 'groups' },
      directory,
    );
    expect(resolved.subject).toMatchObject({ groupsFromToken: ['accounting'] });
    expect(resolved.groupsSource).toBe('token');
  });

  it('a token the cluster rejects gives no subject and the 401 text', () => {
    const resolved = subjectFromToken({ sub: 'x' }, settings, directory);
    expect(resolved.subject).toBeNull();
    expect(resolved.error).toContain('Neither username claim (preferred_username)');
  });

  it('without claim settings, assumes Camunda’s defaults and says so', () => {
    const resolved = subjectFromToken({ sub: 'anna' }, null, directory);
    expect(resolved.subject).toMatchObject({ type: 'USER', id: 'anna' });
    expect(resolved.assumptions.map(englishT.message)[0]).toContain('Camunda’s defaults are assumed');
  });
});

describe('subjectWithoutToken: simulate a user whose access comes through a mapping rule', () => {
  it('applies the rules keyed on the user’s own username claim, so anna reads the task', () => {
    const resolved = subjectWithoutToken({ type: 'USER', id: 'anna' }, settings, directory);
    expect(resolved.mappingRules.map((r) => r.mappingRuleId)).toEqual(['anna-rule']);
    const effective = computeEffectivePermissions(directory, resolved.subject!, '8.9');
    expect(effective.warnings).toEqual([]);
    expect(evaluate(effective, { kind: 'user-task', operation: 'read', task: TASK }).allowed).toBe(true);
  });

  it('says exactly what it assumed and which rules a token would still have to prove', () => {
    const resolved = subjectWithoutToken({ type: 'USER', id: 'anna' }, settings, directory);
    expect(resolved.assumptions.map(englishT.message)).toEqual([
      'No token was given: its `preferred_username` claim is assumed to be `anna`, so mapping rules on that claim with that value apply (anna-rule).',
      'Not applied without a token (paste one to check), with the claim each needs: eng-rule (`$.department` = `engineering`).',
    ]);
    expect(resolved.assumptions.map(germanT.message)).toEqual([
      'Es wurde kein Token angegeben: Für den Claim `preferred_username` wird `anna` angenommen, daher greifen Mapping-Regeln auf diesen Claim mit diesem Wert (anna-rule).',
      'Ohne Token nicht angewendet (fügen Sie eines ein, um das zu prüfen), jeweils mit dem Claim, den die Regel verlangt: eng-rule (`$.department` = `engineering`).',
    ]);
  });

  it('says when no rule on the assumed claim matches', () => {
    const resolved = subjectWithoutToken({ type: 'USER', id: 'nina' }, settings, directory);
    expect(englishT.message(resolved.assumptions[0]!)).toContain(
      'so mapping rules on that claim with that value apply (none does).',
    );
    expect(germanT.message(resolved.assumptions[0]!)).toContain('(keine trifft zu).');
  });

  it('a nested username claim is assumed in the same shape a token would carry it', () => {
    const nested: DirectorySnapshot = {
      ...directory,
      mappingRules: [{ mappingRuleId: 'nested', claimName: '$.user.name', claimValue: 'anna' }],
    };
    const resolved = subjectWithoutToken(
      { type: 'USER', id: 'anna' },
      { ...settings, usernameClaim: '$.user.name' },
      nested,
    );
    expect(resolved.mappingRules.map((r) => r.mappingRuleId)).toEqual(['nested']);
  });

  it('a client on a cluster without a client-id claim gets no rule, and that is said', () => {
    const resolved = subjectWithoutToken(
      { type: 'CLIENT', id: 'worker' },
      { ...settings, clientIdClaim: null },
      directory,
    );
    expect(resolved.mappingRules).toEqual([]);
    expect(resolved.assumptions.map(englishT.message)[0]).toBe(
      'No token was given and the cluster has no client-id claim, so no mapping rule is applied.',
    );
  });

  it('a group, role or mapping rule is evaluated as itself, with nothing assumed', () => {
    const resolved = subjectWithoutToken({ type: 'MAPPING_RULE', id: 'anna-rule' }, settings, directory);
    expect(resolved.subject).toEqual({ type: 'MAPPING_RULE', id: 'anna-rule' });
    expect(resolved.assumptions).toEqual([]);
  });
});
