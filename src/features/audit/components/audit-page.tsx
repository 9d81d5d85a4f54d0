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
import { auditQueries } from '../api/audit-queries.ts';
import { auditSteps } from '../lib/audit-findings.ts';
import { useSlicedRun } from '../lib/use-sliced-run.ts';
import { AuthorizationsTable } from './authorizations-table.tsx';
import { CompareSection } from './compare-section.tsx';
import { FindingsSection } from './findings-section.tsx';
import { ReadinessSection } from './readiness-section.tsx';
import './audit.scss';

const SECTIONS = [
  { id: 'findings', title: 'Findings' },
  { id: 'authorizations', title: 'Every authorization' },
  { id: 'readiness', title: 'Upgrade readiness' },
  { id: 'compare', title: 'Compare two principals' },
] as const;

/**
 * `/c/:clusterId/audit`: what is wrong with the cluster's grants (with fixes), every authorization in
 * one table, who gains or loses what on an upgrade, and two principals side by side. Needs READ on
 * authorizations and the identity entities; the work runs in slices so a large cluster never
 * freezes the page.
 */
export function AuditPage() {
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
  if (!cluster || versionQuery.isPending) return <InlineLoading description="Loading…" className="lantern-page" />;
  const target = { clusterId, baseUrl: cluster.restAddress, auth: cluster.auth, version };
  return (
    <section className="audit-page" aria-labelledby="audit-title">
      <div>
        <h1 id="audit-title" className="lantern-page__title">
          Authorization audit
        </h1>
        <p className="lantern-page__lead">
          {cluster.name} · Camunda {clusterVersionOf(versionQuery.data ?? null) ?? 'version unknown (assuming 8.8)'}
        </p>
      </div>
      {cluster.auth === 'none' ? (
        <InlineNotification
          kind="info"
          lowContrast
          hideCloseButton
          title="This cluster's API is unprotected."
          subtitle="It checks no authorizations, so there is nothing to audit."
        />
      ) : (
        <>
          <QueryStatus
            query={directory}
            cancel={cancel}
            clusterId={clusterId}
            failedTitle="Could not read the authorizations and the directory."
            hasPreviousAnswer={snapshot !== null}
          />
          {snapshot && snapshot.authorizations.length === 0 ? (
            <InlineNotification
              kind="warning"
              lowContrast
              hideCloseButton
              title="No authorization could be read."
              subtitle="Searches filter silently: the audit needs READ on AUTHORIZATION (and on users, groups, roles, tenants and mapping rules)."
            />
          ) : null}
          {unreadable && unreadable.length > 0 ? (
            <InlineNotification
              kind="warning"
              lowContrast
              hideCloseButton
              title={`The members of ${unreadable.length} group(s), role(s) or tenant(s) could not be read.`}
              subtitle={`Findings about their members are not reliable: ${unreadable.slice(0, 10).join(', ')}`}
            />
          ) : null}
          {snapshot ? (
            <>
              <nav className="audit-toc" aria-label="On this page">
                {SECTIONS.map((section) => (
                  <a key={section.id} href={`#${section.id}`}>
                    {section.title}
                  </a>
                ))}
              </nav>
              <section id="findings" className="audit-section" aria-labelledby="findings-title">
                <h2 id="findings-title">Findings</h2>
                {audit.state === 'running' ? (
                  <ProgressBar
                    label="Auditing"
                    helperText={
                      audit.progress
                        ? `${audit.progress.done} of ${audit.progress.total} grants and principals`
                        : 'Starting…'
                    }
                    {...(audit.progress ? { value: audit.progress.done, max: audit.progress.total } : {})}
                  />
                ) : null}
                {audit.state === 'failed' ? (
                  <InlineNotification
                    kind="error"
                    lowContrast
                    hideCloseButton
                    title="The audit failed."
                    subtitle={audit.error.message}
                  />
                ) : null}
                {audit.state === 'done' ? <FindingsSection audit={audit.result} target={target} /> : null}
              </section>
              <section id="authorizations" className="audit-section" aria-labelledby="authorizations-title">
                <h2 id="authorizations-title">Every authorization</h2>
                <AuthorizationsTable authorizations={snapshot.authorizations} />
              </section>
              <section id="readiness" className="audit-section" aria-labelledby="readiness-title">
                <h2 id="readiness-title">Upgrade readiness</h2>
                <ReadinessSection snapshot={snapshot} version={version} target={target} />
              </section>
              <section id="compare" className="audit-section" aria-labelledby="compare-title">
                <h2 id="compare-title">Compare two principals</h2>
                <CompareSection snapshot={snapshot} version={version} />
              </section>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
