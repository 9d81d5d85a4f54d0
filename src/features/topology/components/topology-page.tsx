import { Button, InlineLoading, InlineNotification, SkeletonText } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { TOPOLOGY_REFRESH_MS, topologyKeys, topologyQueries } from '../api/topology-queries.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { summarizeTopology } from '../lib/topology-summary.ts';
import { useWording } from '../lib/use-wording.ts';
import { formatZbctlStatus } from '../lib/zbctl-status.ts';
import { TopologyGrid } from './topology-grid.tsx';
import { TopologySummaryPanel } from './topology-summary-panel.tsx';
import './topology.scss';

export function TopologyPage() {
  const { clusterId = '' } = useParams();
  const t = useT();
  const { intl } = useLanguageState();
  const wording = useWording();
  const cancel = useRequestCancel(topologyKeys.all(clusterId));
  // After Cancel the view stops polling until the user asks again.
  const query = useQuery({
    ...topologyQueries.current(clusterId),
    ...(cancel.cancelled ? { refetchInterval: false } : {}),
  });
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [showText, setShowText] = useState(false);
  const topology = query.data;
  // The wording object is new on every render; the language (intl) is what the sentences depend on.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const summary = useMemo(() => (topology ? summarizeTopology(topology, wording) : null), [topology, intl]);
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
          <h1 className="topology-page__title">{t('topology.title')}</h1>
          <div className="topology-page__refresh">
            {query.dataUpdatedAt > 0 ? (
              <span data-testid="topology-updated">
                {t('topology.updated', {
                  time: intl.formatTime(query.dataUpdatedAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
                  seconds: TOPOLOGY_REFRESH_MS / 1000,
                })}
              </span>
            ) : null}
            {query.isFetching ? <InlineLoading description={t('topology.refreshing')} /> : null}
          </div>
        </div>
        <div className="topology-page__refresh">
          <Button kind="tertiary" size="md" disabled={query.isFetching} onClick={refresh}>
            {t('topology.refreshNow')}
          </Button>
          <Button kind="secondary" size="md" disabled={!topology} onClick={() => void copy()}>
            {copyState === 'copied' ? t('topology.copied') : t('topology.copy')}
          </Button>
          <Button kind="ghost" size="md" disabled={!topology} onClick={() => setShowText((v) => !v)}>
            {showText ? t('topology.hideText') : t('topology.showText')}
          </Button>
        </div>
      </header>

      <QueryStatus
        query={query}
        cancel={cancel}
        clusterId={clusterId}
        hasPreviousAnswer={topology !== undefined}
        failedTitle={topology ? t('topology.failed.previous') : t('topology.failed.none')}
      />
      {copyState === 'failed' ? (
        <InlineNotification
          kind="info"
          lowContrast
          hideCloseButton
          title={t('topology.clipboard.title')}
          subtitle={t('topology.clipboard.subtitle')}
        />
      ) : null}

      {query.isPending && !cancel.cancelled ? <SkeletonText paragraph lineCount={6} /> : null}

      {topology && summary ? (
        <>
          {showText ? (
            <pre className="topology-text" aria-label={t('topology.textLabel')}>
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
              {t('topology.gridTitle')}
            </h2>
            <TopologyGrid topology={topology} summary={summary} />
          </section>
        </>
      ) : null}
    </div>
  );
}
