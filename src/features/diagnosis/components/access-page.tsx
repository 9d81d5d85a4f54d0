import { InlineLoading } from '@carbon/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { computeEffectivePermissions } from '../../../lib/authz/effective-permissions.ts';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import { subjectFor } from '../lib/principal.ts';
import { useDiagnosisContext } from '../lib/use-diagnosis-context.ts';
import { AccessMatrix } from './access-matrix.tsx';
import { SimulatePanel } from './simulate-panel.tsx';
import { TaskAccessPanel } from './task-access-panel.tsx';
import { UnprotectedNotice } from './unprotected-notice.tsx';
import { WhoAmIPanel } from './who-am-i-panel.tsx';
import './diagnosis.scss';

const SECTIONS = [
  { id: 'who-am-i', title: 'Who am I' },
  { id: 'access-check', title: 'Access check' },
  { id: 'simulate', title: 'Can they…?' },
  { id: 'task-access', title: 'Who may work on a task' },
] as const;

/** `/c/:clusterId/access`: who am I, what may I do (can-i as a matrix), and simulate as anyone. */
export function AccessPage() {
  const { clusterId = '' } = useParams();
  // The full directory is dozens of reads; it waits until the access check has been timed.
  const [checkFinished, setCheckFinished] = useState(false);
  const onCheckFinished = useCallback(() => setCheckFinished(true), []);
  const context = useDiagnosisContext(clusterId, { directory: checkFinished });
  const directoryCancel = useRequestCancel(diagnosisQueries.directory(clusterId, false).queryKey);
  const { cluster, connection, principal, readableDirectory, callerSnapshot } = context;
  const version = context.version ?? '8.8';
  const subject = subjectFor(principal, connection, cluster);
  const effective = callerSnapshot && subject ? computeEffectivePermissions(callerSnapshot, subject, version) : null;
  if (!cluster || !connection || context.versionPending) {
    return <InlineLoading description="Loading…" className="lantern-page" />;
  }
  // No authentication means no principal and no authorization checks: everything is allowed.
  const unprotected = cluster.auth === 'none';
  const sections = unprotected ? SECTIONS.slice(0, 2) : SECTIONS;
  return (
    <section className="diagnosis-page" aria-labelledby="access-title">
      <div>
        <h1 id="access-title" className="lantern-page__title">
          Access
        </h1>
        <p className="lantern-page__lead">
          {cluster.name} · Camunda {context.version ?? 'version unknown (assuming 8.8)'}
        </p>
        {unprotected ? null : (
          <p>
            A 403 from a worker's log, an app or a colleague?{' '}
            <Link to={`/c/${encodeURIComponent(clusterId)}/access/explain`}>Explain an error</Link>: paste it and see
            why, for whom, and the fix.
          </p>
        )}
      </div>
      {unprotected ? (
        <UnprotectedNotice
          testId="unprotected-notice"
          consequence="Every caller is anonymous and may do everything: there is nothing to grant, simulate or diagnose here."
        />
      ) : null}
      <nav className="diagnosis-toc" aria-label="On this page">
        {sections.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {section.title}
          </a>
        ))}
      </nav>
      <section id="who-am-i" className="diagnosis-section" aria-labelledby="who-am-i-title">
        <h2 id="who-am-i-title">Who am I</h2>
        {unprotected ? (
          <p>Anonymous: Lantern sends no credentials to this cluster.</p>
        ) : (
          <WhoAmIPanel cluster={cluster} connection={connection} me={context.me} />
        )}
      </section>
      <section id="access-check" className="diagnosis-section" aria-labelledby="access-check-title">
        <h2 id="access-check-title">Access check</h2>
        <AccessMatrix
          clusterId={clusterId}
          version={version}
          effective={effective}
          unprotected={unprotected}
          onFinished={onCheckFinished}
        />
      </section>
      {unprotected ? null : (
        <>
          <section id="simulate" className="diagnosis-section" aria-labelledby="simulate-title">
            <h2 id="simulate-title">Can they…?</h2>
            <QueryStatus
              query={context.directory}
              cancel={directoryCancel}
              clusterId={clusterId}
              failedTitle="Could not read the authorization data."
              hasPreviousAnswer={context.directory.data !== undefined}
            />
            {readableDirectory ? (
              <SimulatePanel snapshot={readableDirectory} version={version} />
            ) : context.directory.data ? (
              <p className="diagnosis-muted">
                Needs READ on authorizations (and the identity entities). As this caller the searches came back empty —
                they filter silently — so there is nothing to simulate from.
              </p>
            ) : context.directory.isError || directoryCancel.cancelled ? null : (
              <InlineLoading description="Reading authorizations, users, groups, roles, tenants and mapping rules…" />
            )}
          </section>
          <section id="task-access" className="diagnosis-section" aria-labelledby="task-access-title">
            <h2 id="task-access-title">Who may work on a task</h2>
            {readableDirectory ? (
              <TaskAccessPanel clusterId={clusterId} snapshot={readableDirectory} version={version} />
            ) : (
              <p className="diagnosis-muted">Needs the same authorization data as “Can they…?”.</p>
            )}
          </section>
        </>
      )}
    </section>
  );
}
