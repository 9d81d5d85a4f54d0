import { describe, expect, it } from 'vitest';
import { groupsOfUser, loadScenarioFile, parseScenario } from './load-scenario.ts';

const minimal = {
  version: '8.9',
  displayName: 'Mini',
  auth: { method: 'basic' },
  topology: { clusterSize: 1, partitionsCount: 1, replicationFactor: 1, gatewayVersion: '8.9.0', brokers: [] },
};

describe('scenario files', () => {
  it('loads every bundled scenario with the demo principals', async () => {
    for (const name of ['c8run', 'helm', 'saas', 'scale']) {
      const s = await loadScenarioFile(`demo/scenarios/${name}.json`);
      expect(s.users.map((u) => u.username)).toEqual(expect.arrayContaining(['demo', 'anna', 'ron', 'nina']));
      expect(s.clients.map((c) => c.clientId)).toEqual(['worker-client', 'ops-client']);
      expect(groupsOfUser(s, 'anna')).toEqual(['accounting']);
    }
  });

  it('names the file and the JSON path of a bad field', () => {
    expect(() =>
      parseScenario({ ...minimal, users: [{ username: 'a', password: 'a' }, {}, { password: 'x' }] }, 'x.json'),
    ).toThrow('x.json: users[1].username: required');
    expect(() => parseScenario({ ...minimal, version: '9.0' }, 'x.json')).toThrow(
      'x.json: version: must be one of 8.8, 8.9, 8.10',
    );
    expect(() =>
      parseScenario({ ...minimal, groups: [{ groupId: 'g', name: 'G', users: ['ghost'] }] }, 'x.json'),
    ).toThrow("x.json: groups[0].users[0]: unknown user 'ghost'");
    expect(() =>
      parseScenario(
        {
          ...minimal,
          authorizations: [{ ownerType: 'USER', ownerId: 'x', resourceType: 'USER_TASK', permissionTypes: ['READ'] }],
        },
        'x.json',
      ),
    ).toThrow('x.json: authorizations[0]: exactly one of resourceId and resourcePropertyName is required');
  });

  it('reports unreadable files and invalid JSON with the file name', async () => {
    await expect(loadScenarioFile('demo/scenarios/missing.json')).rejects.toThrow(
      /^demo\/scenarios\/missing\.json: \$: cannot read file/,
    );
  });
});
