import type { BrokerInfo, PartitionInfo, Topology } from '../api/topology-api.ts';

export type ProblemSeverity = 'error' | 'warning';

export interface TopologyProblem {
  severity: ProblemSeverity;
  message: string;
}

export interface PartitionSummary {
  partitionId: number;
  /** Node ids of every broker reporting itself as leader, healthy or not. */
  leaderNodeIds: number[];
  hasHealthyLeader: boolean;
  healthyReplicas: number;
  reportedReplicas: number;
}

export interface TopologySummary {
  /** Problems first: errors before warnings, each a sentence an operator can act on. */
  problems: TopologyProblem[];
  brokersPresent: number;
  clusterSize: number;
  missingBrokerIds: number[];
  partitions: PartitionSummary[];
  partitionsWithoutHealthyLeader: number[];
  underReplicatedPartitions: number[];
  gatewayVersion: string;
  /** Broker versions that differ from the gateway's, by node id. */
  versionSkew: { nodeId: number; version: string }[];
  lastCompletedChangeId: string | null;
  /** "-1" is what a cluster that never changed reports. */
  hasCompletedChange: boolean;
  clusterId: string | null;
}

const isHealthy = (p: PartitionInfo) => p.health === 'healthy';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWords(items: (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "partition 3", "partitions 2 and 3", "none": a bare "3" next to counts reads like a number. */
export function partitionList(ids: number[]): string {
  if (ids.length === 0) return 'none';
  return `${ids.length === 1 ? 'partition' : 'partitions'} ${listWords(ids)}`;
}

/** The sentence for a cluster without problems, in the right number for one broker or replica. */
export function healthySentence(clusterSize: number, replicationFactor: number): string {
  const brokers = clusterSize === 1 ? 'The one broker is present' : `All ${clusterSize} brokers are present`;
  const replicas =
    replicationFactor === 1 ? 'its one replica is healthy' : `all ${replicationFactor} replicas are healthy`;
  return `${brokers}; every partition has a healthy leader and ${replicas}.`;
}

/** The last completed change as shown: a cluster that never changed reports -1, which says "none yet". */
export function describeLastChange(
  summary: Pick<TopologySummary, 'lastCompletedChangeId' | 'hasCompletedChange'>,
): string {
  if (summary.lastCompletedChangeId === null) return 'not reported';
  return summary.hasCompletedChange ? summary.lastCompletedChangeId : 'none yet';
}

/** Partition ids the cluster should have: 1..partitionsCount plus any id a broker reports beyond that. */
export function partitionIds(topology: Topology): number[] {
  const ids = new Set<number>();
  for (let id = 1; id <= topology.partitionsCount; id++) ids.add(id);
  for (const broker of topology.brokers) for (const p of broker.partitions) ids.add(p.partitionId);
  return [...ids].sort((a, b) => a - b);
}

/** Node ids expected from clusterSize (Zeebe numbers brokers 0..clusterSize-1) that no broker reports. */
export function missingBrokerIds(topology: Topology): number[] {
  const present = new Set(topology.brokers.map((b) => b.nodeId));
  const missing: number[] = [];
  for (let id = 0; id < topology.clusterSize; id++) if (!present.has(id)) missing.push(id);
  return missing;
}

function replicasOf(brokers: BrokerInfo[], partitionId: number) {
  return brokers.flatMap((broker) =>
    broker.partitions
      .filter((p) => p.partitionId === partitionId)
      .map((partition) => ({ nodeId: broker.nodeId, partition })),
  );
}

export function summarizeTopology(topology: Topology): TopologySummary {
  const errors: TopologyProblem[] = [];
  const warnings: TopologyProblem[] = [];
  const brokers = [...topology.brokers].sort((a, b) => a.nodeId - b.nodeId);
  const missing = missingBrokerIds(topology);

  if (brokers.length < topology.clusterSize) {
    const which = missing.length > 0 ? `: broker ${listWords(missing)} not reported` : '';
    errors.push({
      severity: 'error',
      message: `${brokers.length} of ${topology.clusterSize} brokers present${which}.`,
    });
  }

  const partitions: PartitionSummary[] = partitionIds(topology).map((partitionId) => {
    const replicas = replicasOf(brokers, partitionId);
    const leaders = replicas.filter((r) => r.partition.role === 'leader');
    const healthyReplicas = replicas.filter((r) => isHealthy(r.partition)).length;
    return {
      partitionId,
      leaderNodeIds: leaders.map((l) => l.nodeId),
      hasHealthyLeader: leaders.some((l) => isHealthy(l.partition)),
      healthyReplicas,
      reportedReplicas: replicas.length,
    };
  });

  for (const p of partitions) {
    if (p.hasHealthyLeader) continue;
    let why: string;
    if (p.reportedReplicas === 0) why = ' (no broker reports it)';
    else if (p.leaderNodeIds.length === 0) why = ' (no broker reports a leader)';
    else {
      const leader = brokers.find((b) => b.nodeId === p.leaderNodeIds[0]);
      const health = leader?.partitions.find((x) => x.partitionId === p.partitionId)?.health ?? 'unknown';
      why = ` (the leader on broker ${p.leaderNodeIds[0]} is ${health})`;
    }
    errors.push({
      severity: 'error',
      message: `Partition ${p.partitionId} has no healthy leader${why}; it processes nothing until a leader is elected.`,
    });
  }

  for (const p of partitions) {
    if (p.leaderNodeIds.length > 1) {
      warnings.push({
        severity: 'warning',
        message: `Partition ${p.partitionId} reports ${p.leaderNodeIds.length} leaders (brokers ${listWords(p.leaderNodeIds)}); a leader election may be in progress.`,
      });
    }
  }

  const underReplicated = partitions.filter((p) => p.healthyReplicas < topology.replicationFactor);
  for (const p of underReplicated) {
    const unhealthy = replicasOf(brokers, p.partitionId)
      .filter((r) => !isHealthy(r.partition))
      .map((r) => `broker ${r.nodeId} ${r.partition.health}`);
    const absent = topology.replicationFactor - p.reportedReplicas;
    const reasons = [...unhealthy, ...(absent > 0 ? [`${plural(absent, 'replica', 'replicas')} not reported`] : [])];
    warnings.push({
      severity: 'warning',
      message: `Partition ${p.partitionId} has ${p.healthyReplicas} of ${topology.replicationFactor} healthy replicas${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}.`,
    });
  }

  for (const broker of brokers) {
    for (const partition of broker.partitions) {
      if (partition.state != null && partition.state !== 'active') {
        warnings.push({
          severity: 'warning',
          message: `Partition ${partition.partitionId} on broker ${broker.nodeId} is ${partition.state}.`,
        });
      }
    }
  }

  const versionSkew = brokers
    .filter((b) => b.version !== topology.gatewayVersion)
    .map((b) => ({ nodeId: b.nodeId, version: b.version }));
  for (const skew of versionSkew) {
    warnings.push({
      severity: 'warning',
      message: `Broker ${skew.nodeId} runs ${skew.version}, the gateway ${topology.gatewayVersion}.`,
    });
  }

  const changeId = topology.lastCompletedChangeId == null ? null : String(topology.lastCompletedChangeId);
  return {
    problems: [...errors, ...warnings],
    brokersPresent: brokers.length,
    clusterSize: topology.clusterSize,
    missingBrokerIds: missing,
    partitions,
    partitionsWithoutHealthyLeader: partitions.filter((p) => !p.hasHealthyLeader).map((p) => p.partitionId),
    underReplicatedPartitions: underReplicated.map((p) => p.partitionId),
    gatewayVersion: topology.gatewayVersion,
    versionSkew,
    lastCompletedChangeId: changeId,
    hasCompletedChange: changeId !== null && changeId !== '-1',
    clusterId: topology.clusterId ?? null,
  };
}
