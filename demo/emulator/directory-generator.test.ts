import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { GENERATED_FINDINGS, generateDirectory } from './directory-generator.ts';

const small = { users: 30, clients: 25, groups: 6, roles: 3, authorizations: 200, seed: 5, password: 'pw' };

describe('generated directory', () => {
  it('generates the counts asked for, the same on every call', () => {
    const d = generateDirectory(small);
    expect([d.users.length, d.clients.length, d.groups.length, d.roles.length, d.authorizations.length]).toEqual([
      30, 25, 6, 3, 200,
    ]);
    expect(generateDirectory(small)).toEqual(d);
  });

  it('seeds orphaned, over-broad and redundant grants, clients without grants and empty groups and roles', () => {
    const d = generateDirectory(small);
    expect(d.authorizations.filter((a) => a.ownerMissing)).toHaveLength(GENERATED_FINDINGS.orphaned);
    expect(d.authorizations.filter((a) => a.resourceId === '*')).toHaveLength(GENERATED_FINDINGS.overBroad);
    const granted = new Set(d.authorizations.filter((a) => a.ownerType === 'CLIENT').map((a) => a.ownerId));
    expect(d.clients.filter((c) => !granted.has(c.clientId))).toHaveLength(GENERATED_FINDINGS.clientsWithoutGrants);
    expect(d.groups.filter((g) => g.users?.length === 0)).toHaveLength(GENERATED_FINDINGS.emptyGroups);
    expect(d.roles.filter((r) => r.groups?.length === 0)).toHaveLength(GENERATED_FINDINGS.emptyRoles);
    // A redundant grant: the user's group grants the same decision.
    const redundant = d.authorizations.filter(
      (a) => a.ownerType === 'USER' && a.resourceType === 'DECISION_DEFINITION',
    );
    expect(redundant).toHaveLength(GENERATED_FINDINGS.redundant);
    for (const a of redundant) {
      const groupsOfUser = d.groups.filter((g) => g.users?.includes(a.ownerId)).map((g) => g.groupId);
      expect(
        d.authorizations.some(
          (b) => b.ownerType === 'GROUP' && groupsOfUser.includes(b.ownerId) && b.resourceId === a.resourceId,
        ),
      ).toBe(true);
    }
  });

  it('gives the scale scenario 10,000 generated authorizations and about 1,000 principals', async () => {
    const s = await loadScenarioFile('demo/scenarios/scale.json');
    expect(s.users.length + s.clients.length).toBeGreaterThanOrEqual(1_000);
    expect(s.authorizations.length).toBe(10_000 + 6);
    expect(s.users.map((u) => u.username)).toEqual(expect.arrayContaining(['demo', 'scale-user-0899']));
  });
});
