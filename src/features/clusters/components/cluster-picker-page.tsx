import { InlineLoading, InlineNotification } from '@carbon/react';
import { useClusters } from '../../../lib/clusters/cluster-queries.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ClusterCard } from './cluster-card.tsx';

/** The start page: the clusters this Lantern server is configured for. */
export function ClusterPickerPage() {
  const t = useT();
  const clusters = useClusters();
  return (
    <section className="lantern-page" aria-labelledby="picker-title">
      <h1 id="picker-title" className="lantern-page__title">
        {t('clusters.title')}
      </h1>
      <p className="lantern-page__lead">{t('clusters.lead')}</p>
      {clusters.isPending ? <InlineLoading description={t('clusters.loading')} /> : null}
      {clusters.isError ? (
        <InlineNotification
          kind="error"
          title={t('clusters.listFailed')}
          subtitle={clusters.error.message}
          hideCloseButton
          lowContrast
        />
      ) : null}
      {clusters.data && clusters.data.clusters.length === 0 ? <p>{t('clusters.none')}</p> : null}
      {clusters.data ? (
        <ul className="lantern-cluster-grid" aria-label={t('clusters.listLabel')}>
          {clusters.data.clusters.map((cluster) => (
            <li key={cluster.id}>
              <ClusterCard cluster={cluster} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
