import { InlineLoading, InlineNotification, ProgressBar } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { clusterVersionOf } from '../../../lib/authz/model.ts';
import { useCluster } from '../../../lib/clusters/cluster-queries.ts';
import { clusterVersionQueries } from '../../../lib/clusters/cluster-version.ts';
import { useConnection } from '../../../lib/connection/connection-store.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';
import { auditQueries } from '../api/audit-queries.ts';
import { auditSteps } from '../lib/audit-findings.ts';
import { useSlicedRun } from '../lib/use-sliced-run.ts';
import { AuthorizationsTable } from './authorizations-table.tsx';
import { CompareSection } from './compare-section.tsx';
import { FindingsSection } from './findings-section.tsx';
import { ReadinessSection } from './readiness-section.tsx';
import './audit.scss';

const SECTIONS: { id: string; title: MessageId }[] = [
  { id: 'findings', title: 'audit.section.findings' },
  { id: 'authorizations', title: 'audit.section.authorizations' },
  { id: 'readiness', title: 'audit.section.readiness' },
  { id: 'compare', title: 'audit.section.compare' },
];

/**
 * `/c/:clusterId/audit`: what is wrong with the cluster's grants (with fixes), every authorization in
 * one table, who gains or loses what on an upgrade, and two principals side by side. Needs READ on
 * authorizations and the identity entities; the work runs in slices so a large cluster never
 * freezes the page.
 */
export function AuditPage() {
  const t = useT();
  const { intl } = useLanguageState();
  const { clusterId = '' } = useParams();
  const { cluster } = useCluster(clusterId);
  const { connection } = useConnection(clusterId);
  const versionQuery = useQuery({
    ...clusterVersionQueries.version(clusterId),
    enabled: cluster !== undefined && (cluster.auth === 'none' || connection !== null),
  });
  const version = clusterVersionOf(versionQuery.data ?? null) ?? '8.8';
  const directoryOptions = auditQueries.directory(clusterId, connection !== null && cluster?.auth !== 'none');
  const directory = useQuery(directoryOptions);
  const cancel = useRequestCancel(directoryOptions.queryKey);
  const snapshot = directory.data?.snapshot ?? null;
  const unreadable = directory.data?.unreadableContainers ?? null;
  const start = useMemo(
    () =>
      snapshot && cluster
        ? () =>
            auditSteps({
              snapshot,
              version,
              options: { externalUsers: cluster.auth === 'oidc', multiTenancy: snapshot.tenants.length > 1 },
            })
        : null,
    [snapshot, version, cluster],
  );
  const audit = useSlicedRun(start);
  if (!cluster || versionQuery.isPending)
    return <InlineLoading description={t('audit.page.loading')} className="lantern-page" />;
  const target = { clusterId, baseUrl: cluster.restAddress, auth: cluster.auth, version };
  return (
    <section className="audit-page" aria-labelledby="audit-title">
      <div>
        <h1 id="audit-title" className="lantern-page__title">
          {t('audit.page.title')}
        </h1>
        <p className="lantern-page__lead">
          {t.rich('audit.page.lead', {
            version: clusterVersionOf(versionQuery.data ?? null) ?? 'unknown',
            cluster: () => <ClusterText text={cluster.name} />,
          })}
        </p>
      </div>
      {cluster.auth === 'none' ? (
        <InlineNotification
          kind="info"
          lowContrast
          hideCloseButton
          title={t('audit.page.unprotected')}
          subtitle={t('audit.page.unprotectedDetail')}
        />
      ) : (
        <>
          <QueryStatus
            query={directory}
            cancel={cancel}
            clusterId={clusterId}
            failedTitle={t('audit.page.readFailed')}
            hasPreviousAnswer={snapshot !== null}
          />
          {snapshot && snapshot.authorizations.length === 0 ? (
            <InlineNotification
              kind="warning"
              lowContrast
              hideCloseButton
              title={t('audit.page.noneRead')}
              subtitle={t('audit.page.noneReadDetail')}
            />
          ) : null}
          {unreadable && unreadable.length > 0 ? (
            <InlineNotification
              kind="warning"
              lowContrast
              hideCloseButton
              title={t('audit.page.unreadable', { count: unreadable.length })}
              subtitle={t('audit.page.unreadableDetail', { ids: intl.formatList(unreadable.slice(0, 10)) })}
            />
          ) : null}
          {snapshot ? (
            <>
              <nav className="audit-toc" aria-label={t('audit.page.toc')}>
                {SECTIONS.map((section) => (
                  <a key={section.id} href={`#${section.id}`}>
                    {t(section.title)}
                  </a>
                ))}
              </nav>
              <section id="findings" className="audit-section" aria-labelledby="findings-title">
                <h2 id="findings-title">{t('audit.section.findings')}</h2>
                {audit.state === 'running' ? (
                  <ProgressBar
                    label={t('audit.findings.running')}
                    helperText={
                      audit.progress
                        ? t('audit.findings.progress', { done: audit.progress.done, total: audit.progress.total })
                        : t('audit.findings.starting')
                    }
                    {...(audit.progress ? { value: audit.progress.done, max: audit.progress.total } : {})}
                  />
                ) : null}
                {audit.state === 'failed' ? (
                  <InlineNotification
                    kind="error"
                    lowContrast
                    hideCloseButton
                    title={t('audit.findings.failed')}
                    subtitle={audit.error.message}
                  />
                ) : null}
                {audit.state === 'done' ? <FindingsSection audit={audit.result} target={target} /> : null}
              </section>
              <section id="authorizations" className="audit-section" aria-labelledby="authorizations-title">
                <h2 id="authorizations-title">{t('audit.section.authorizations')}</h2>
                <AuthorizationsTable authorizations={snapshot.authorizations} />
              </section>
              <section id="readiness" className="audit-section" aria-labelledby="readiness-title">
                <h2 id="readiness-title">{t('audit.section.readiness')}</h2>
                <ReadinessSection snapshot={snapshot} version={version} target={target} />
              </section>
              <section id="compare" className="audit-section" aria-labelledby="compare-title">
                <h2 id="compare-title">{t('audit.section.compare')}</h2>
                <CompareSection snapshot={snapshot} version={version} />
              </section>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
