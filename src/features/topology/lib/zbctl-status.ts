import type { Topology } from '../api/topology-api.ts';

function capitalize(word: string): string {
  if (word.length === 0) return word;
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The topology as `zbctl status` printed it, so it can be pasted into a support ticket or
 * compared with an old runbook. Brokers and partitions are sorted by id, like zbctl does.
 */
export function formatZbctlStatus(topology: Topology): string {
  const lines = [
    `Cluster size: ${topology.clusterSize}`,
    `Partitions count: ${topology.partitionsCount}`,
    `Replication factor: ${topology.replicationFactor}`,
    `Gateway version: ${topology.gatewayVersion}`,
    'Brokers:',
  ];
  const brokers = [...topology.brokers].sort((a, b) => a.nodeId - b.nodeId);
  for (const broker of brokers) {
    lines.push(`  Broker ${broker.nodeId} - ${broker.host}:${broker.port}`);
    lines.push(`    Version: ${broker.version}`);
    const partitions = [...broker.partitions].sort((a, b) => a.partitionId - b.partitionId);
    for (const p of partitions) {
      lines.push(`    Partition ${p.partitionId} : ${capitalize(p.role)}, ${capitalize(p.health)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
