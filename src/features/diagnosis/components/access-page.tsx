import { InlineLoading } from '@carbon/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { computeEffectivePermissions } from '../../../lib/authz/effective-permissions.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import { subjectFor } from '../lib/principal.ts';
import { useDiagnosisContext } from '../lib/use-diagnosis-context.ts';
import { AccessMatrix } from './access-matrix.tsx';
import { SimulatePanel } from './simulate-panel.tsx';
import { TaskAccessPanel } from './task-access-panel.tsx';
import { UnprotectedNotice } from './unprotected-notice.tsx';
import { WhoAmIPanel } from './who-am-i-panel.tsx';
import './diagnosis.scss';

const SECTIONS: readonly { id: string; title: MessageId }[] = [
  { id: 'who-am-i', title: 'access.section.whoAmI' },
  { id: 'access-check', title: 'access.section.accessCheck' },
  { id: 'simulate', title: 'access.section.simulate' },
  { id: 'task-access', title: 'access.section.taskAccess' },
];

/** `/c/:clusterId/access`: who am I, what may I do (can-i as a matrix), and simulate as anyone. */
export function AccessPage() {
  const t = useT();
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
    return <InlineLoading description={t('access.page.loading')} className="lantern-page" />;
  }
  // No authentication means no principal and no authorization checks: everything is allowed.
  const unprotected = cluster.auth === 'none';
  const sections = unprotected ? SECTIONS.slice(0, 2) : SECTIONS;
  return (
    <section className="diagnosis-page" aria-labelledby="access-title">
      <div>
        <h1 id="access-title" className="lantern-page__title">
          {t('access.page.title')}
        </h1>
        <p className="lantern-page__lead">
          {t('access.page.lead', {
            cluster: cluster.name,
            version: context.version ?? t('access.page.versionUnknown'),
          })}
        </p>
        {unprotected ? null : (
          <p>
            {t.rich('access.page.explainHint', {
              link: (chunks) => <Link to={`/c/${encodeURIComponent(clusterId)}/access/explain`}>{chunks}</Link>,
            })}
          </p>
        )}
      </div>
      {unprotected ? (
        <UnprotectedNotice testId="unprotected-notice" consequence={t('access.page.unprotectedConsequence')} />
      ) : null}
      <nav className="diagnosis-toc" aria-label={t('access.page.toc')}>
        {sections.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {t(section.title)}
          </a>
        ))}
      </nav>
      <section id="who-am-i" className="diagnosis-section" aria-labelledby="who-am-i-title">
        <h2 id="who-am-i-title">{t('access.section.whoAmI')}</h2>
        {unprotected ? (
          <p>{t('access.page.anonymous')}</p>
        ) : (
          <WhoAmIPanel cluster={cluster} connection={connection} me={context.me} />
        )}
      </section>
      <section id="access-check" className="diagnosis-section" aria-labelledby="access-check-title">
        <h2 id="access-check-title">{t('access.section.accessCheck')}</h2>
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
            <h2 id="simulate-title">{t('access.section.simulate')}</h2>
            <QueryStatus
              query={context.directory}
              cancel={directoryCancel}
              clusterId={clusterId}
              failedTitle={t('access.page.directoryFailed')}
              hasPreviousAnswer={context.directory.data !== undefined}
            />
            {readableDirectory ? (
              <SimulatePanel snapshot={readableDirectory} version={version} />
            ) : context.directory.data ? (
              <p className="diagnosis-muted">
                {t.rich('access.page.directoryEmpty', { code: (chunks) => <code>{chunks}</code> })}
              </p>
            ) : context.directory.isError || directoryCancel.cancelled ? null : (
              <InlineLoading description={t('access.page.directoryLoading')} />
            )}
          </section>
          <section id="task-access" className="diagnosis-section" aria-labelledby="task-access-title">
            <h2 id="task-access-title">{t('access.section.taskAccess')}</h2>
            {readableDirectory ? (
              <TaskAccessPanel clusterId={clusterId} snapshot={readableDirectory} version={version} />
            ) : (
              <p className="diagnosis-muted">{t('access.page.taskAccessNeeds')}</p>
            )}
          </section>
        </>
      )}
    </section>
  );
}
