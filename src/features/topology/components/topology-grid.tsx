import type { Topology } from '../api/topology-api.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { missingBrokerIds, partitionIds, roleWord, healthWord, type TopologySummary } from '../lib/topology-summary.ts';
import { useWording } from '../lib/use-wording.ts';
import { PartitionCell, capitalize, healthGlyph, roleGlyph } from './partition-cell.tsx';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

interface TopologyGridProps {
  topology: Topology;
  summary: TopologySummary;
}

export function TopologyGrid({ topology, summary }: TopologyGridProps) {
  const t = useT();
  const w = useWording();
  const partitions = partitionIds(topology);
  const brokers = [...topology.brokers].sort((a, b) => a.nodeId - b.nodeId);
  const missing = missingBrokerIds(topology);
  const leaderless = new Set(summary.partitionsWithoutHealthyLeader);
  const hasStates = brokers.some((b) => b.partitions.some((p) => p.state != null));

  return (
    <>
      {/* On a narrow screen the grid scrolls sideways inside this box; keyboard users need to reach it. */}
      <div className="topology-grid-wrapper" tabIndex={0} role="region" aria-label={t('topology.grid.scrollLabel')}>
        <table className="topology-grid" aria-label={t('topology.grid.label')}>
          <thead>
            <tr>
              <th scope="col">{t('topology.grid.broker')}</th>
              {partitions.map((id) => (
                <th scope="col" key={id}>
                  {t('topology.grid.partition', { id: String(id) })}
                  {leaderless.has(id) ? (
                    <span className="topology-grid__partition-flag">{t('topology.grid.noLeader')}</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {brokers.map((broker) => (
              <tr key={`b-${broker.nodeId}`}>
                <th scope="row">
                  <span className="topology-grid__broker-name">
                    {t('topology.grid.brokerName', { id: broker.brokerId ?? String(broker.nodeId) })}
                  </span>
                  <span className="topology-grid__broker-meta">
                    <ClusterText text={`${broker.host}:${broker.port}`} />
                  </span>
                  <span className="topology-grid__broker-meta">
                    {t('topology.grid.version')} <ClusterText text={broker.version} />
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
                  <span className="topology-grid__broker-name">
                    {t('topology.grid.brokerName', { id: String(nodeId) })}
                  </span>
                  <span className="topology-grid__broker-meta">{t('topology.grid.notReported')}</span>
                </th>
                <td className="topology-cell topology-cell--missing" colSpan={partitions.length}>
                  {t('topology.grid.missing', { size: topology.clusterSize })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="topology-legend">
        <span>
          {(['leader', 'follower', 'inactive'] as const)
            .map((r) => `${roleGlyph(r)} ${capitalize(roleWord(w, r))}`)
            .join(' · ')}
        </span>
        <span>
          {(['healthy', 'unhealthy', 'dead'] as const)
            .map((h) => `${healthGlyph(h)} ${capitalize(healthWord(w, h))}`)
            .join(' · ')}
        </span>
        {hasStates ? <span>{t('topology.grid.legendState')}</span> : null}
      </p>
    </>
  );
}
