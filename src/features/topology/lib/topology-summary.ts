import type { Translate } from '../../../lib/i18n/use-t.ts';
import type { BrokerInfo, PartitionInfo, Topology } from '../api/topology-api.ts';

/**
 * What the summary needs to speak the UI language: the message lookup and the language's own
 * list ("1, 2 and 3" / "1, 2 und 3"). Passed in, so the sentences stay testable outside React.
 */
export interface Wording {
  t: Translate;
  list: (items: readonly string[]) => string;
}

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

/** Role, health and state words in the UI language; a value the API adds later is shown as sent. */
export function roleWord(w: Wording, role: string): string {
  return w.t('topology.role', { role });
}
export function healthWord(w: Wording, health: string): string {
  return w.t('topology.health', { health });
}
export function stateWord(w: Wording, state: string): string {
  return w.t('topology.state', { state });
}

const listIds = (w: Wording, ids: readonly (string | number)[]) => w.list(ids.map(String));

/** "partition 3", "partitions 2 and 3", "none": a bare "3" next to counts reads like a number. */
export function partitionList(w: Wording, ids: number[]): string {
  return w.t('topology.partitionList', { count: ids.length, ids: listIds(w, ids) });
}

/** The sentence for a cluster without problems, in the right number for one broker or replica. */
export function healthySentence(w: Wording, clusterSize: number, replicationFactor: number): string {
  return w.t('topology.healthy', { brokers: clusterSize, replicas: replicationFactor });
}

/** The last completed change as shown: a cluster that never changed reports -1, which says "none yet". */
export function describeLastChange(
  w: Wording,
  summary: Pick<TopologySummary, 'lastCompletedChangeId' | 'hasCompletedChange'>,
): string {
  if (summary.lastCompletedChangeId === null) return w.t('topology.lastChange.notReported');
  return summary.hasCompletedChange ? summary.lastCompletedChangeId : w.t('topology.lastChange.noneYet');
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

export function summarizeTopology(topology: Topology, w: Wording): TopologySummary {
  const errors: TopologyProblem[] = [];
  const warnings: TopologyProblem[] = [];
  const brokers = [...topology.brokers].sort((a, b) => a.nodeId - b.nodeId);
  const missing = missingBrokerIds(topology);

  if (brokers.length < topology.clusterSize) {
    errors.push({
      severity: 'error',
      message: w.t('topology.problem.brokersMissing', {
        present: brokers.length,
        size: topology.clusterSize,
        missing: missing.length,
        ids: listIds(w, missing),
      }),
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
    if (p.reportedReplicas === 0) why = w.t('topology.problem.noLeader.unreported');
    else if (p.leaderNodeIds.length === 0) why = w.t('topology.problem.noLeader.noneReported');
    else {
      const leader = brokers.find((b) => b.nodeId === p.leaderNodeIds[0]);
      const health = leader?.partitions.find((x) => x.partitionId === p.partitionId)?.health ?? 'unknown';
      why = w.t('topology.problem.noLeader.leaderUnhealthy', {
        broker: String(p.leaderNodeIds[0]),
        health: healthWord(w, health),
      });
    }
    errors.push({
      severity: 'error',
      message: w.t('topology.problem.noLeader', { partition: String(p.partitionId), why }),
    });
  }

  for (const p of partitions) {
    if (p.leaderNodeIds.length > 1) {
      warnings.push({
        severity: 'warning',
        message: w.t('topology.problem.splitLeaders', {
          partition: String(p.partitionId),
          count: p.leaderNodeIds.length,
          ids: listIds(w, p.leaderNodeIds),
        }),
      });
    }
  }

  const underReplicated = partitions.filter((p) => p.healthyReplicas < topology.replicationFactor);
  for (const p of underReplicated) {
    const unhealthy = replicasOf(brokers, p.partitionId)
      .filter((r) => !isHealthy(r.partition))
      .map((r) =>
        w.t('topology.problem.replicaHealth', { broker: String(r.nodeId), health: healthWord(w, r.partition.health) }),
      );
    const absent = topology.replicationFactor - p.reportedReplicas;
    const reasons = [
      ...unhealthy,
      ...(absent > 0 ? [w.t('topology.problem.replicasUnreported', { count: absent })] : []),
    ];
    warnings.push({
      severity: 'warning',
      message: w.t('topology.problem.underReplicated', {
        partition: String(p.partitionId),
        healthy: p.healthyReplicas,
        factor: topology.replicationFactor,
        reasons: reasons.join(', '),
      }),
    });
  }

  for (const broker of brokers) {
    for (const partition of broker.partitions) {
      if (partition.state != null && partition.state !== 'active') {
        warnings.push({
          severity: 'warning',
          message: w.t('topology.problem.state', {
            partition: String(partition.partitionId),
            broker: String(broker.nodeId),
            state: stateWord(w, partition.state),
          }),
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
      message: w.t('topology.problem.versionSkew', {
        broker: String(skew.nodeId),
        version: skew.version,
        gateway: topology.gatewayVersion,
      }),
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
