import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import de from '../../../locales/de/index.ts';
import en from '../../../locales/en/index.ts';
import { translateWith } from '../../../lib/i18n/translate.ts';
import type { BrokerInfo, Topology } from '../api/topology-api.ts';
import {
  describeLastChange,
  healthySentence,
  partitionList,
  summarizeTopology,
  type Wording,
} from './topology-summary.ts';

function wordingFor(locale: 'en' | 'de', messages: Record<string, string>): Wording {
  const intl = createIntl({ locale, messages, defaultLocale: 'en' });
  return {
    t: translateWith(intl),
    list: (items) => intl.formatList(items, { type: 'conjunction' }),
  };
}
const english = wordingFor('en', en);
const german = wordingFor('de', de);

function broker(nodeId: number, roles: string[], overrides: Partial<BrokerInfo> = {}): BrokerInfo {
  return {
    nodeId,
    host: `zeebe-${nodeId}`,
    port: 26501,
    version: '8.9.0',
    partitions: roles.map((role, i) => ({ partitionId: i + 1, role, health: 'healthy' })),
    ...overrides,
  };
}

const healthy: Topology = {
  brokers: [
    broker(0, ['leader', 'follower', 'follower']),
    broker(1, ['follower', 'leader', 'follower']),
    broker(2, ['follower', 'follower', 'leader']),
  ],
  clusterId: 'c-1',
  clusterSize: 3,
  partitionsCount: 3,
  replicationFactor: 3,
  gatewayVersion: '8.9.0',
  lastCompletedChangeId: '-1',
};

describe('summarizeTopology', () => {
  it('reports no problems for a healthy 3x3 cluster', () => {
    const summary = summarizeTopology(healthy, english);
    expect(summary.problems).toEqual([]);
    expect(summary.brokersPresent).toBe(3);
    expect(summary.missingBrokerIds).toEqual([]);
    expect(summary.partitions.map((p) => p.healthyReplicas)).toEqual([3, 3, 3]);
    expect(summary.hasCompletedChange).toBe(false);
    expect(summary.clusterId).toBe('c-1');
  });

  it('names the missing broker and the under-replicated partitions (the degraded reference scenario)', () => {
    // docs/camunda-api/endpoints.md §4: broker 2 missing, partition 3 led by broker 0, broker 1 reports it unhealthy.
    const b0 = broker(0, ['leader', 'follower', 'leader']);
    const b1 = broker(1, ['follower', 'leader', 'follower']);
    b1.partitions[2] = { partitionId: 3, role: 'follower', health: 'unhealthy' };
    const summary = summarizeTopology({ ...healthy, brokers: [b0, b1] }, english);

    expect(summary.missingBrokerIds).toEqual([2]);
    expect(summary.partitionsWithoutHealthyLeader).toEqual([]);
    expect(summary.underReplicatedPartitions).toEqual([1, 2, 3]);
    expect(summary.problems[0]).toEqual({
      severity: 'error',
      message: '2 of 3 brokers present: broker 2 not reported.',
    });
    expect(summary.problems.map((p) => p.message)).toContain(
      'Partition 3 has 1 of 3 healthy replicas (broker 1 unhealthy, 1 replica not reported).',
    );
  });

  it('says which partition has no healthy leader and why, before any warning', () => {
    const b0 = broker(0, ['leader', 'follower', 'follower']);
    b0.partitions[2] = { partitionId: 3, role: 'leader', health: 'unhealthy' };
    const b1 = broker(1, ['follower', 'leader', 'follower'], { version: '8.9.1' });
    const b2 = broker(2, ['follower', 'follower', 'follower']);
    const summary = summarizeTopology({ ...healthy, brokers: [b2, b1, b0] }, english);

    expect(summary.partitionsWithoutHealthyLeader).toEqual([3]);
    expect(summary.problems[0]?.message).toBe(
      'Partition 3 has no healthy leader (the leader on broker 0 is unhealthy); it processes nothing until a leader is elected.',
    );
    expect(summary.problems.map((p) => p.severity)).toEqual(['error', 'warning', 'warning']);
    expect(summary.problems.map((p) => p.message)).toContain('Broker 1 runs 8.9.1, the gateway 8.9.0.');
    expect(summary.versionSkew).toEqual([{ nodeId: 1, version: '8.9.1' }]);
  });

  it('flags a partition no broker leads and one no broker reports at all', () => {
    const summary = summarizeTopology(
      {
        ...healthy,
        partitionsCount: 4,
        brokers: [
          broker(0, ['follower', 'leader', 'leader']),
          broker(1, ['follower', 'follower', 'follower']),
          broker(2, ['follower', 'follower', 'follower']),
        ],
      },
      english,
    );
    const messages = summary.problems.map((p) => p.message);
    expect(messages).toContain(
      'Partition 1 has no healthy leader (no broker reports a leader); it processes nothing until a leader is elected.',
    );
    expect(messages).toContain(
      'Partition 4 has no healthy leader (no broker reports it); it processes nothing until a leader is elected.',
    );
    expect(messages).toContain('Partition 4 has 0 of 3 healthy replicas (3 replicas not reported).');
  });

  it('warns about split leadership and 8.10 partition states other than active', () => {
    const b0 = broker(0, ['leader']);
    const b1 = broker(1, ['leader']);
    b1.partitions[0] = { partitionId: 1, role: 'leader', health: 'healthy', state: 'recovering' };
    const summary = summarizeTopology(
      {
        ...healthy,
        clusterSize: 2,
        partitionsCount: 1,
        replicationFactor: 2,
        brokers: [b0, b1],
      },
      english,
    );
    const messages = summary.problems.map((p) => p.message);
    expect(messages).toContain(
      'Partition 1 reports 2 leaders (brokers 0 and 1); a leader election may be in progress.',
    );
    expect(messages).toContain('Partition 1 on broker 1 is recovering.');
  });

  it('tolerates 8.8 payloads without clusterId and numeric change ids', () => {
    const { clusterId: _omit, ...v88 } = healthy;
    const summary = summarizeTopology({ ...v88, lastCompletedChangeId: 7 }, english);
    expect(summary.clusterId).toBeNull();
    expect(summary.lastCompletedChangeId).toBe('7');
    expect(summary.hasCompletedChange).toBe(true);
  });
});

describe('wording', () => {
  it('counts one broker and one replica in the singular', () => {
    expect(healthySentence(english, 1, 1)).toBe(
      'The one broker is present; every partition has a healthy leader and its one replica is healthy.',
    );
    expect(healthySentence(english, 3, 3)).toBe(
      'All 3 brokers are present; every partition has a healthy leader and all 3 replicas are healthy.',
    );
  });

  it('names partitions as partitions, never as a bare number', () => {
    expect(partitionList(english, [3])).toBe('partition 3');
    expect(partitionList(english, [2, 3])).toBe('partitions 2 and 3');
    expect(partitionList(english, [1, 2, 3])).toBe('partitions 1, 2, and 3');
    expect(partitionList(english, [])).toBe('none');
  });

  it('says "none yet" for the -1 of a cluster that never changed', () => {
    expect(describeLastChange(english, { lastCompletedChangeId: '-1', hasCompletedChange: false })).toBe('none yet');
    expect(describeLastChange(english, { lastCompletedChangeId: '12', hasCompletedChange: true })).toBe('12');
    expect(describeLastChange(english, { lastCompletedChangeId: null, hasCompletedChange: false })).toBe(
      'not reported',
    );
  });
});

describe('German', () => {
  it('writes the degraded scenario as a German operator reads it', () => {
    const b0 = broker(0, ['leader', 'follower', 'leader']);
    const b1 = broker(1, ['follower', 'leader', 'follower'], { version: '8.9.1' });
    b1.partitions[2] = { partitionId: 3, role: 'follower', health: 'unhealthy', state: 'recovering' };
    const messages = summarizeTopology({ ...healthy, brokers: [b0, b1] }, german).problems.map((p) => p.message);
    expect(messages[0]).toBe('2 von 3 Brokern vorhanden: Broker 2 nicht gemeldet.');
    expect(messages).toContain(
      'Partition 3 hat 1 von 3 gesunden Replikaten (Broker 1 nicht gesund, 1 Replikat nicht gemeldet).',
    );
    expect(messages).toContain('Partition 3 auf Broker 1 ist in Wiederherstellung.');
    expect(messages).toContain('Broker 1 läuft mit 8.9.1, das Gateway mit 8.9.0.');
  });

  it('says why a partition has no leader, and lists split leaders with "und"', () => {
    const b0 = broker(0, ['leader', 'leader']);
    b0.partitions[1] = { partitionId: 2, role: 'leader', health: 'dead' };
    const b1 = broker(1, ['leader', 'follower']);
    const messages = summarizeTopology(
      { ...healthy, clusterSize: 2, partitionsCount: 2, replicationFactor: 2, brokers: [b0, b1] },
      german,
    ).problems.map((p) => p.message);
    expect(messages).toContain(
      'Partition 2 hat keinen gesunden Leader (der Leader auf Broker 0 ist ausgefallen); sie verarbeitet nichts, bis ein Leader gewählt ist.',
    );
    expect(messages).toContain(
      'Partition 1 meldet 2 Leader (Broker 0 und 1); möglicherweise läuft gerade eine Leader-Wahl.',
    );
  });

  it('counts in German singular and plural', () => {
    expect(healthySentence(german, 1, 1)).toBe(
      'Der eine Broker ist vorhanden; jede Partition hat einen gesunden Leader und ihr einziges Replikat ist gesund.',
    );
    expect(healthySentence(german, 3, 3)).toBe(
      'Alle 3 Broker sind vorhanden; jede Partition hat einen gesunden Leader und alle 3 Replikate sind gesund.',
    );
    expect(partitionList(german, [3])).toBe('Partition 3');
    expect(partitionList(german, [1, 2, 3])).toBe('Partitionen 1, 2 und 3');
    expect(partitionList(german, [])).toBe('keine');
    expect(describeLastChange(german, { lastCompletedChangeId: '-1', hasCompletedChange: false })).toBe('noch keine');
  });
});
