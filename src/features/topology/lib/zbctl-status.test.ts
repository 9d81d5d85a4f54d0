import { describe, expect, it } from 'vitest';
import type { Topology } from '../api/topology-api.ts';
import { formatZbctlStatus } from './zbctl-status.ts';

const healthy88: Topology = {
  brokers: [
    {
      nodeId: 1,
      host: 'camunda-zeebe-1.camunda-zeebe',
      port: 26501,
      version: '8.8.0',
      partitions: [
        { partitionId: 2, role: 'leader', health: 'healthy' },
        { partitionId: 1, role: 'follower', health: 'healthy' },
      ],
    },
    {
      nodeId: 0,
      host: 'camunda-zeebe-0.camunda-zeebe',
      port: 26501,
      version: '8.8.0',
      partitions: [
        { partitionId: 1, role: 'leader', health: 'healthy' },
        { partitionId: 2, role: 'inactive', health: 'dead' },
      ],
    },
  ],
  clusterSize: 2,
  partitionsCount: 2,
  replicationFactor: 2,
  gatewayVersion: '8.8.0',
  lastCompletedChangeId: '-1',
};

describe('formatZbctlStatus', () => {
  it('prints the zbctl status layout with brokers and partitions sorted by id', () => {
    expect(formatZbctlStatus(healthy88)).toBe(
      [
        'Cluster size: 2',
        'Partitions count: 2',
        'Replication factor: 2',
        'Gateway version: 8.8.0',
        'Brokers:',
        '  Broker 0 - camunda-zeebe-0.camunda-zeebe:26501',
        '    Version: 8.8.0',
        '    Partition 1 : Leader, Healthy',
        '    Partition 2 : Inactive, Dead',
        '  Broker 1 - camunda-zeebe-1.camunda-zeebe:26501',
        '    Version: 8.8.0',
        '    Partition 1 : Follower, Healthy',
        '    Partition 2 : Leader, Healthy',
        '',
      ].join('\n'),
    );
  });

  it('keeps values a newer cluster invents, capitalized like the known ones', () => {
    const topology: Topology = {
      ...healthy88,
      brokers: [{ ...healthy88.brokers[1]!, partitions: [{ partitionId: 1, role: 'CANDIDATE', health: 'unhealthy' }] }],
    };
    expect(formatZbctlStatus(topology)).toContain('    Partition 1 : Candidate, Unhealthy\n');
  });

  it('prints no broker lines when the gateway knows no broker', () => {
    const text = formatZbctlStatus({ ...healthy88, brokers: [] });
    expect(text.endsWith('Brokers:\n')).toBe(true);
  });
});
