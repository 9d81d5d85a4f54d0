import type { Topology } from '../api/topology-api.ts';
import { missingBrokerIds, partitionIds, type TopologySummary } from '../lib/topology-summary.ts';
import { PartitionCell, healthGlyph, roleGlyph } from './partition-cell.tsx';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

interface TopologyGridProps {
  topology: Topology;
  summary: TopologySummary;
}

export function TopologyGrid({ topology, summary }: TopologyGridProps) {
  const partitions = partitionIds(topology);
  const brokers = [...topology.brokers].sort((a, b) => a.nodeId - b.nodeId);
  const missing = missingBrokerIds(topology);
  const leaderless = new Set(summary.partitionsWithoutHealthyLeader);
  const hasStates = brokers.some((b) => b.partitions.some((p) => p.state != null));

  return (
    <>
      <div className="topology-grid-wrapper">
        <table className="topology-grid" aria-label="Brokers and partitions">
          <thead>
            <tr>
              <th scope="col">Broker</th>
              {partitions.map((id) => (
                <th scope="col" key={id}>
                  Partition {id}
                  {leaderless.has(id) ? (
                    <span className="topology-grid__partition-flag">✕ no healthy leader</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {brokers.map((broker) => (
              <tr key={`b-${broker.nodeId}`}>
                <th scope="row">
                  <span className="topology-grid__broker-name">Broker {broker.brokerId ?? broker.nodeId}</span>
                  <span className="topology-grid__broker-meta">
                    <ClusterText text={`${broker.host}:${broker.port}`} />
                  </span>
                  <span className="topology-grid__broker-meta">
                    Version <ClusterText text={broker.version} />
                  </span>
                </th>
                {partitions.map((id) => (
                  <PartitionCell
                    key={id}
                    nodeId={broker.nodeId}
                    partition={broker.partitions.find((p) => p.partitionId === id)}
                  />
                ))}
              </tr>
            ))}
            {missing.map((nodeId) => (
              <tr key={`m-${nodeId}`}>
                <th scope="row">
                  <span className="topology-grid__broker-name">Broker {nodeId}</span>
                  <span className="topology-grid__broker-meta">not reported by the gateway</span>
                </th>
                <td className="topology-cell topology-cell--missing" colSpan={partitions.length}>
                  ✕ Missing: the cluster is configured for {topology.clusterSize} brokers, this one is not in the
                  topology.
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="topology-legend">
        <span>
          {roleGlyph('leader')} Leader · {roleGlyph('follower')} Follower · {roleGlyph('inactive')} Inactive
        </span>
        <span>
          {healthGlyph('healthy')} Healthy · {healthGlyph('unhealthy')} Unhealthy · {healthGlyph('dead')} Dead
        </span>
        {hasStates ? <span>Third line: partition state (8.10)</span> : null}
      </p>
    </>
  );
}
