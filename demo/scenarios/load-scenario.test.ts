import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      expect(s.clients.map((c) => c.clientId)).toEqual(expect.arrayContaining(['worker-client', 'ops-client']));
      expect(groupsOfUser(s, 'anna')).toEqual(['accounting']);
    }
  });

  it('reads a BPMN file next to the scenario and refuses one that does not define the process', async () => {
    const helm = await loadScenarioFile('demo/scenarios/helm.json');
    const invoice = helm.processDefinitions.find((p) => p.processDefinitionId === 'invoice-approval')!;
    expect(invoice.bpmn?.model.elements.get('check-invoice')).toMatchObject({
      type: 'SERVICE_TASK',
      jobType: 'check-invoice',
    });
    const dir = await mkdtemp(join(tmpdir(), 'scenario-'));
    await copyFile('demo/scenarios/bpmn/invoice-approval.bpmn', join(dir, 'other.bpmn'));
    const scenario = {
      ...minimal,
      processDefinitions: [{ processDefinitionId: 'claims', name: 'Claims', bpmnFile: 'other.bpmn' }],
    };
    await writeFile(join(dir, 's.json'), JSON.stringify(scenario));
    await expect(loadScenarioFile(join(dir, 's.json'))).rejects.toThrow(
      "processDefinitions[0].bpmnFile: defines no process 'claims'",
    );
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

  it('refuses a grant of an unknown owner unless it is marked as missing on purpose', () => {
    const grant = { resourceType: 'PROCESS_DEFINITION', resourceId: '*', permissionTypes: ['READ_USER_TASK'] };
    const withGrant = (extra: object) => ({
      ...minimal,
      users: [{ username: 'anna', password: 'anna' }],
      authorizations: [{ ownerType: 'USER', ownerId: 'anna@example.com', ...grant, ...extra }],
    });
    expect(() => parseScenario(withGrant({}), 'x.json')).toThrow(
      "x.json: authorizations[0].ownerId: unknown USER 'anna@example.com'",
    );
    const s = parseScenario(withGrant({ ownerMissing: true }), 'x.json');
    expect(s.authorizations[0]).toMatchObject({ ownerId: 'anna@example.com', ownerMissing: true });
    expect(() => parseScenario(withGrant({ ownerId: 'anna', ownerMissing: true }), 'x.json')).toThrow(
      "x.json: authorizations[0].ownerMissing: USER 'anna' exists",
    );
  });

  it('reports unreadable files and invalid JSON with the file name', async () => {
    await expect(loadScenarioFile('demo/scenarios/missing.json')).rejects.toThrow(
      /^demo\/scenarios\/missing\.json: \$: cannot read file/,
    );
  });
});
