import { InlineLoading, InlineNotification } from '@carbon/react';
import { useClusters } from '../../../lib/clusters/cluster-queries.ts';
import { ClusterCard } from './cluster-card.tsx';

/** The start page: the clusters this Lantern server is configured for. */
export function ClusterPickerPage() {
  const clusters = useClusters();
  return (
    <section className="lantern-page" aria-labelledby="picker-title">
      <h1 id="picker-title" className="lantern-page__title">
        Clusters
      </h1>
      <p className="lantern-page__lead">
        Choose a Camunda 8 cluster. Lantern checks the connection step by step, signs you in the way the cluster
        expects, and explains every forbidden request.
      </p>
      {clusters.isPending ? <InlineLoading description="Loading the configured clusters…" /> : null}
      {clusters.isError ? (
        <InlineNotification
          kind="error"
          title="The Lantern server did not list its clusters."
          subtitle={clusters.error.message}
          hideCloseButton
          lowContrast
        />
      ) : null}
      {clusters.data && clusters.data.clusters.length === 0 ? (
        <p>No clusters are configured. Set CAMUNDA_REST_ADDRESS or LANTERN_CONFIG on the server (see README).</p>
      ) : null}
      {clusters.data ? (
        <ul className="lantern-cluster-grid" aria-label="Configured clusters">
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
