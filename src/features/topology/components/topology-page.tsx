import { Button, InlineLoading, InlineNotification, SkeletonText } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { TOPOLOGY_REFRESH_MS, topologyKeys, topologyQueries } from '../api/topology-queries.ts';
import { summarizeTopology } from '../lib/topology-summary.ts';
import { formatZbctlStatus } from '../lib/zbctl-status.ts';
import { TopologyGrid } from './topology-grid.tsx';
import { TopologySummaryPanel } from './topology-summary-panel.tsx';
import './topology.scss';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function TopologyPage() {
  const { clusterId = '' } = useParams();
  const cancel = useRequestCancel(topologyKeys.all(clusterId));
  // After Cancel the view stops polling until the user asks again.
  const query = useQuery({
    ...topologyQueries.current(clusterId),
    ...(cancel.cancelled ? { refetchInterval: false } : {}),
  });
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [showText, setShowText] = useState(false);
  const topology = query.data;
  const summary = useMemo(() => (topology ? summarizeTopology(topology) : null), [topology]);
  const text = useMemo(() => (topology ? formatZbctlStatus(topology) : ''), [topology]);

  useEffect(() => {
    if (copyState !== 'copied') return;
    const timer = setTimeout(() => setCopyState('idle'), 3000);
    return () => clearTimeout(timer);
  }, [copyState]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): show the text instead.
      setCopyState('failed');
      setShowText(true);
    }
  };

  const refresh = () => {
    cancel.resume();
    void query.refetch();
  };

  return (
    <div className="topology-page">
      <header className="topology-page__header">
        <div>
          <h1 className="topology-page__title">Topology</h1>
          <div className="topology-page__refresh">
            {query.dataUpdatedAt > 0 ? (
              <span data-testid="topology-updated">
                Last updated {timeFormat.format(query.dataUpdatedAt)} · refreshes every {TOPOLOGY_REFRESH_MS / 1000} s
                while this tab is visible
              </span>
            ) : null}
            {query.isFetching ? <InlineLoading description="Refreshing…" /> : null}
          </div>
        </div>
        <div className="topology-page__refresh">
          <Button kind="tertiary" size="md" disabled={query.isFetching} onClick={refresh}>
            Refresh now
          </Button>
          <Button kind="secondary" size="md" disabled={!topology} onClick={() => void copy()}>
            {copyState === 'copied' ? 'Copied' : 'Copy as text'}
          </Button>
          <Button kind="ghost" size="md" disabled={!topology} onClick={() => setShowText((v) => !v)}>
            {showText ? 'Hide text' : 'Show as text'}
          </Button>
        </div>
      </header>

      <QueryStatus
        query={query}
        cancel={cancel}
        clusterId={clusterId}
        hasPreviousAnswer={topology !== undefined}
        failedTitle={
          topology ? 'The last refresh failed; showing the previous answer.' : 'Could not read the topology.'
        }
      />
      {copyState === 'failed' ? (
        <InlineNotification
          kind="info"
          lowContrast
          hideCloseButton
          title="The browser refused clipboard access."
          subtitle="Select the text below and copy it by hand."
        />
      ) : null}

      {query.isPending && !cancel.cancelled ? <SkeletonText paragraph lineCount={6} /> : null}

      {topology && summary ? (
        <>
          {showText ? (
            <pre className="topology-text" aria-label="zbctl status text">
              {text}
            </pre>
          ) : null}
          <TopologySummaryPanel
            summary={summary}
            replicationFactor={topology.replicationFactor}
            partitionsCount={topology.partitionsCount}
          />
          <section aria-labelledby="topology-grid-title">
            <h2 id="topology-grid-title" className="topology-page__section-title">
              Brokers × partitions
            </h2>
            <TopologyGrid topology={topology} summary={summary} />
          </section>
        </>
      ) : null}
    </div>
  );
}
