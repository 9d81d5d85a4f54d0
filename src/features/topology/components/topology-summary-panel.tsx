import { useT } from '../../../lib/i18n/use-t.ts';
import { useFormat } from '../../../lib/i18n/format.ts';
import { describeLastChange, healthySentence, partitionList, type TopologySummary } from '../lib/topology-summary.ts';
import { useWording } from '../lib/use-wording.ts';

/** A glyph, not a word: screen readers get the word from the hidden prefix next to it. */
const PROBLEM_FLAG = '!';

interface TopologySummaryPanelProps {
  summary: TopologySummary;
  replicationFactor: number;
  partitionsCount: number;
}

export function TopologySummaryPanel({ summary, replicationFactor, partitionsCount }: TopologySummaryPanelProps) {
  const t = useT();
  const w = useWording();
  const format = useFormat();
  const versions = [...new Set([summary.gatewayVersion, ...summary.versionSkew.map((s) => s.version)])];
  const facts: { label: string; value: string; problem?: boolean }[] = [
    {
      label: t('topology.fact.brokers'),
      value: t('topology.fact.brokersValue', { present: summary.brokersPresent, size: summary.clusterSize }),
      problem: summary.brokersPresent < summary.clusterSize,
    },
    { label: t('topology.fact.partitions'), value: format.number(partitionsCount) },
    { label: t('topology.fact.replicationFactor'), value: format.number(replicationFactor) },
    {
      label: t('topology.fact.leaderless'),
      value: partitionList(w, summary.partitionsWithoutHealthyLeader),
      problem: summary.partitionsWithoutHealthyLeader.length > 0,
    },
    {
      label: t('topology.fact.underReplicated', { factor: replicationFactor }),
      value: partitionList(w, summary.underReplicatedPartitions),
      problem: summary.underReplicatedPartitions.length > 0,
    },
    {
      label: t('topology.fact.gateway'),
      value:
        summary.versionSkew.length === 0
          ? t('topology.fact.gatewayMatch', { version: summary.gatewayVersion })
          : versions.join(' / '),
      problem: summary.versionSkew.length > 0,
    },
    {
      label: t('topology.fact.lastChange'),
      value: describeLastChange(w, summary),
    },
    { label: t('topology.fact.clusterId'), value: summary.clusterId ?? t('topology.fact.clusterIdMissing') },
  ];

  return (
    <section aria-labelledby="topology-summary-title">
      <h2 id="topology-summary-title" className="topology-page__section-title">
        {t('topology.summaryTitle')}
      </h2>
      <ul className="topology-problems" aria-label={t('topology.problemsLabel')}>
        {summary.problems.length === 0 ? (
          <li className="topology-problem topology-problem--ok">
            <span className="topology-problem__badge">{t('topology.badge.ok')}</span>
            <span>{healthySentence(w, summary.clusterSize, replicationFactor)}</span>
          </li>
        ) : (
          summary.problems.map((problem) => (
            <li key={problem.message} className={`topology-problem topology-problem--${problem.severity}`}>
              <span className="topology-problem__badge">
                {problem.severity === 'error' ? t('topology.badge.error') : t('topology.badge.warning')}
              </span>
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
                    {PROBLEM_FLAG}
                  </span>
                  <span className="lantern-visually-hidden">{t('topology.problemPrefix')}</span>
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
