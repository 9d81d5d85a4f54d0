import { describeLastChange, healthySentence, partitionList, type TopologySummary } from '../lib/topology-summary.ts';

interface TopologySummaryPanelProps {
  summary: TopologySummary;
  replicationFactor: number;
  partitionsCount: number;
}

export function TopologySummaryPanel({ summary, replicationFactor, partitionsCount }: TopologySummaryPanelProps) {
  const versions = [...new Set([summary.gatewayVersion, ...summary.versionSkew.map((s) => s.version)])];
  const facts: { label: string; value: string; problem?: boolean }[] = [
    {
      label: 'Brokers present',
      value: `${summary.brokersPresent} of ${summary.clusterSize}`,
      problem: summary.brokersPresent < summary.clusterSize,
    },
    { label: 'Partitions', value: String(partitionsCount) },
    { label: 'Replication factor', value: String(replicationFactor) },
    {
      label: 'Partitions without a healthy leader',
      value: partitionList(summary.partitionsWithoutHealthyLeader),
      problem: summary.partitionsWithoutHealthyLeader.length > 0,
    },
    {
      label: `Partitions under ${replicationFactor} healthy replicas`,
      value: partitionList(summary.underReplicatedPartitions),
      problem: summary.underReplicatedPartitions.length > 0,
    },
    {
      label: 'Gateway version',
      value: summary.versionSkew.length === 0 ? `${summary.gatewayVersion} (brokers match)` : versions.join(' / '),
      problem: summary.versionSkew.length > 0,
    },
    {
      label: 'Last completed change',
      value: describeLastChange(summary),
    },
    { label: 'Cluster id', value: summary.clusterId ?? 'not reported (8.8, or unset)' },
  ];

  return (
    <section aria-labelledby="topology-summary-title">
      <h2 id="topology-summary-title" className="topology-page__section-title">
        Summary
      </h2>
      <ul className="topology-problems" aria-label="Problems">
        {summary.problems.length === 0 ? (
          <li className="topology-problem topology-problem--ok">
            <span className="topology-problem__badge">✓ OK</span>
            <span>{healthySentence(summary.clusterSize, replicationFactor)}</span>
          </li>
        ) : (
          summary.problems.map((problem) => (
            <li key={problem.message} className={`topology-problem topology-problem--${problem.severity}`}>
              <span className="topology-problem__badge">{problem.severity === 'error' ? '✕ Error' : '! Warning'}</span>
              <span>{problem.message}</span>
            </li>
          ))
        )}
      </ul>
      <dl className="topology-facts" style={{ marginTop: '1rem' }}>
        {facts.map((fact) => (
          <div key={fact.label} className={`topology-fact${fact.problem ? ' topology-fact--problem' : ''}`}>
            <dt>{fact.label}</dt>
            <dd>
              {/* Not by colour alone: a problem fact is also marked in words for screen readers. */}
              {fact.problem ? (
                <>
                  <span aria-hidden="true" className="topology-fact__flag">
                    !
                  </span>
                  <span className="lantern-visually-hidden">Problem: </span>
                </>
              ) : null}
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
