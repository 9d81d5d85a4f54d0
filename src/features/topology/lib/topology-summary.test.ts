import { describe, expect, it } from 'vitest';
import type { BrokerInfo, Topology } from '../api/topology-api.ts';
import { describeLastChange, healthySentence, partitionList, summarizeTopology } from './topology-summary.ts';

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
    const summary = summarizeTopology(healthy);
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
    const summary = summarizeTopology({ ...healthy, brokers: [b0, b1] });

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
    const summary = summarizeTopology({ ...healthy, brokers: [b2, b1, b0] });

    expect(summary.partitionsWithoutHealthyLeader).toEqual([3]);
    expect(summary.problems[0]?.message).toBe(
      'Partition 3 has no healthy leader (the leader on broker 0 is unhealthy); it processes nothing until a leader is elected.',
    );
    expect(summary.problems.map((p) => p.severity)).toEqual(['error', 'warning', 'warning']);
    expect(summary.problems.map((p) => p.message)).toContain('Broker 1 runs 8.9.1, the gateway 8.9.0.');
    expect(summary.versionSkew).toEqual([{ nodeId: 1, version: '8.9.1' }]);
  });

  it('flags a partition no broker leads and one no broker reports at all', () => {
    const summary = summarizeTopology({
      ...healthy,
      partitionsCount: 4,
      brokers: [
        broker(0, ['follower', 'leader', 'leader']),
        broker(1, ['follower', 'follower', 'follower']),
        broker(2, ['follower', 'follower', 'follower']),
      ],
    });
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
    const summary = summarizeTopology({
      ...healthy,
      clusterSize: 2,
      partitionsCount: 1,
      replicationFactor: 2,
      brokers: [b0, b1],
    });
    const messages = summary.problems.map((p) => p.message);
    expect(messages).toContain(
      'Partition 1 reports 2 leaders (brokers 0 and 1); a leader election may be in progress.',
    );
    expect(messages).toContain('Partition 1 on broker 1 is recovering.');
  });

  it('tolerates 8.8 payloads without clusterId and numeric change ids', () => {
    const { clusterId: _omit, ...v88 } = healthy;
    const summary = summarizeTopology({ ...v88, lastCompletedChangeId: 7 });
    expect(summary.clusterId).toBeNull();
    expect(summary.lastCompletedChangeId).toBe('7');
    expect(summary.hasCompletedChange).toBe(true);
  });
});

describe('wording', () => {
  it('counts one broker and one replica in the singular', () => {
    expect(healthySentence(1, 1)).toBe(
      'The one broker is present; every partition has a healthy leader and its one replica is healthy.',
    );
    expect(healthySentence(3, 3)).toBe(
      'All 3 brokers are present; every partition has a healthy leader and all 3 replicas are healthy.',
    );
  });

  it('names partitions as partitions, never as a bare number', () => {
    expect(partitionList([3])).toBe('partition 3');
    expect(partitionList([2, 3])).toBe('partitions 2 and 3');
    expect(partitionList([1, 2, 3])).toBe('partitions 1, 2 and 3');
    expect(partitionList([])).toBe('none');
  });

  it('says "none yet" for the -1 of a cluster that never changed', () => {
    expect(describeLastChange({ lastCompletedChangeId: '-1', hasCompletedChange: false })).toBe('none yet');
    expect(describeLastChange({ lastCompletedChangeId: '12', hasCompletedChange: true })).toBe('12');
    expect(describeLastChange({ lastCompletedChangeId: null, hasCompletedChange: false })).toBe('not reported');
  });
});
