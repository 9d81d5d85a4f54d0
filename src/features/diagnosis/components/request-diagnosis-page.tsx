import { InlineLoading, InlineNotification } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { useRequestLog } from '../../../lib/api/request-log.ts';
import { useOperationCatalogue } from '../../../lib/catalogue/use-operation-catalogue.ts';
import { findOperation } from '../../../lib/catalogue/find-operation.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { RequestTargetText } from '../../../lib/catalogue/operation-summary.tsx';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import { verificationSnapshot } from '../api/fix-verification.ts';
import { factsFromLogEntry } from '../lib/diagnosis-facts.ts';
import { diagnoseRequest, userTaskKeyOf } from '../lib/diagnose-request.ts';
import { subjectFor } from '../lib/principal.ts';
import { useDiagnosisContext } from '../lib/use-diagnosis-context.ts';
import { targetHints, useTargetFacts } from '../lib/use-target-facts.ts';
import { EvaluationSummary } from './evaluation-summary.tsx';
import { FixPanel } from './fix-panel.tsx';
import { ReportExport } from './report-export.tsx';
import { RequiredSection } from './required-section.tsx';
import { ShareDiagnosis } from './share-diagnosis.tsx';
import { TargetProcess } from './target-process.tsx';
import './diagnosis.scss';

/** `/c/:clusterId/access/requests/:requestId`: why one request failed, and the grant that fixes it. */
export function RequestDiagnosisPage() {
  const { clusterId = '', requestId = '' } = useParams();
  // Another request is another diagnosis: nothing of this one (an apply result, a chosen fix) carries over.
  return <RequestDiagnosis key={`${clusterId}/${requestId}`} clusterId={clusterId} requestId={requestId} />;
}

function RequestDiagnosis({ clusterId, requestId }: { clusterId: string; requestId: string }) {
  const t = useT();
  const log = useRequestLog();
  const entry = log.find((e) => e.requestId === requestId && e.clusterId === clusterId);
  const context = useDiagnosisContext(clusterId, { directory: false });
  const callerCancel = useRequestCancel(context.callerKey);
  const catalogue = useOperationCatalogue();
  const task = useQuery(
    diagnosisQueries.task(clusterId, entry && context.connection ? userTaskKeyOf(entry, catalogue) : null),
  );
  // A job's, instance's or incident's process, so the drafted grant names it instead of `*`.
  const targetFacts = useTargetFacts(clusterId, entry ?? null, catalogue, Boolean(entry && context.connection));

  if (!entry) {
    return (
      <section className="diagnosis-page" aria-labelledby="diagnosis-title">
        <h1 id="diagnosis-title" className="lantern-page__title">
          {t('diagnosis.missing.title')}
        </h1>
        <InlineNotification
          kind="info"
          lowContrast
          hideCloseButton
          title={t('diagnosis.missing.notInLog')}
          subtitle={t('diagnosis.missing.memoryOnly')}
        />
        <p>
          {t.rich('diagnosis.missing.next', {
            explain: (chunks) => <Link to={`/c/${encodeURIComponent(clusterId)}/access/explain`}>{chunks}</Link>,
            access: (chunks) => <Link to={`/c/${encodeURIComponent(clusterId)}/access`}>{chunks}</Link>,
          })}
        </p>
      </section>
    );
  }
  if (!context.cluster || (context.versionPending && context.connection)) {
    return <InlineLoading description={t('diagnosis.loading')} className="lantern-page" />;
  }
  const { cluster, principal } = context;
  const diagnosisInput = {
    entry,
    cluster,
    version: context.version,
    principal,
    subject: subjectFor(principal, context.connection, cluster),
    callerSnapshot: context.callerSnapshot,
    task: task.data ?? null,
    catalogue,
    hints: targetHints(targetFacts) ?? {},
  };
  const diagnosis = diagnoseRequest(diagnosisInput);
  const { explanation, evaluation, target, version } = diagnosis;
  const taskFacts = task.data ?? null;

  return (
    <section className="diagnosis-page" aria-labelledby="diagnosis-title">
      <div>
        <h1 id="diagnosis-title" className="lantern-page__title">
          {t.rich('diagnosis.page.title', {
            method: entry.method,
            path: entry.path,
            status: entry.status ?? 'none',
            request: (chunks) => <span className="diagnosis-title__request">{chunks}</span>,
          })}
        </h1>
        <p className="lantern-page__lead">
          {t.rich('diagnosis.page.lead', {
            access: (chunks) => <Link to={`/c/${encodeURIComponent(clusterId)}/access`}>{chunks}</Link>,
            explain: (chunks) => <Link to={`/c/${encodeURIComponent(clusterId)}/access/explain`}>{chunks}</Link>,
            // The cluster's name is its administrator's text, not Lantern's.
            cluster: <span lang="en">{cluster.name}</span>,
            version,
            assumed: diagnosis.versionAssumed ? 'yes' : 'no',
          })}
        </p>
      </div>

      <RequiredSection explanation={explanation} />

      <div className="diagnosis-columns">
        <section className="diagnosis-section" aria-labelledby="attempt-title">
          <h2 id="attempt-title">{t('diagnosis.attempt.title')}</h2>
          <dl className="lantern-facts">
            <dt>{t('diagnosis.attempt.request')}</dt>
            <dd>
              <code>
                {entry.method} {entry.path}
              </code>
            </dd>
            <dt>{t('diagnosis.attempt.meaning')}</dt>
            <dd>
              <RequestTargetText target={target} />
            </dd>
            {taskFacts ? (
              <>
                <dt>{t('diagnosis.attempt.task')}</dt>
                <dd>
                  {t.rich('diagnosis.attempt.taskValue', {
                    // The task's name is the process model's text, shown as it came from the cluster.
                    task: <ClusterText text={taskFacts.name ?? taskFacts.userTaskKey} />,
                    process: taskFacts.processDefinitionId,
                    code: (chunks) => <code>{chunks}</code>,
                  })}
                </dd>
              </>
            ) : null}
            <TargetProcess state={targetFacts} />
            <dt>{t('diagnosis.attempt.intent')}</dt>
            <dd>{explanation.intent ? <code>{explanation.intent}</code> : t('diagnosis.attempt.noIntent')}</dd>
            <dt>{t('diagnosis.attempt.status')}</dt>
            <dd>{entry.status ?? t('diagnosis.attempt.noStatus')}</dd>
            <dt>{t('diagnosis.attempt.requestId')}</dt>
            <dd>{entry.requestId}</dd>
          </dl>
        </section>
        <section className="diagnosis-section" aria-labelledby="caller-title">
          <h2 id="caller-title">{t('diagnosis.caller.title')}</h2>
          <dl className="lantern-facts">
            <dt>{t('diagnosis.caller.principal')}</dt>
            <dd>
              <code>{principal.type}</code> {principal.id ?? ''}
            </dd>
            <dt>{t('diagnosis.caller.groups')}</dt>
            <dd>{principal.groups.join(', ') || t('diagnosis.words.none')}</dd>
            <dt>{t('diagnosis.caller.roles')}</dt>
            <dd>{principal.roles.join(', ') || t('diagnosis.words.none')}</dd>
            <dt>{t('diagnosis.caller.tenants')}</dt>
            <dd>{principal.tenants.join(', ') || t('diagnosis.words.none')}</dd>
          </dl>
        </section>
      </div>

      <section className="diagnosis-section" aria-labelledby="raw-title">
        <h2 id="raw-title">{t('diagnosis.said.title')}</h2>
        {explanation.detailAbsent ? (
          <p className="diagnosis-muted" data-testid="raw-detail">
            {t.message(explanation.detailAbsent)}
          </p>
        ) : (
          // The cluster's own words, verbatim: English whatever the UI language.
          <pre className="diagnosis-code diagnosis-code--wrap" data-testid="raw-detail" lang="en">
            {explanation.rawDetail}
          </pre>
        )}
      </section>

      <section className="diagnosis-section" aria-labelledby="have-title" data-testid="diagnosis-have">
        <h2 id="have-title">{t('diagnosis.have.title')}</h2>
        <QueryStatus
          query={context.caller}
          cancel={callerCancel}
          clusterId={clusterId}
          failedTitle={t('diagnosis.have.failed')}
          hasPreviousAnswer={context.caller.data !== undefined}
        />
        {evaluation ? (
          <EvaluationSummary evaluation={evaluation} findings={diagnosis} />
        ) : context.me.isPending && context.connection ? (
          <InlineLoading description={t('diagnosis.have.reading')} />
        ) : context.caller.data ? (
          <p className="diagnosis-muted" data-testid="diagnosis-no-visibility">
            {t('diagnosis.have.noVisibility')}
          </p>
        ) : null}
      </section>

      <section className="diagnosis-section" aria-labelledby="fix-title" data-testid="diagnosis-fix">
        <h2 id="fix-title">{t('diagnosis.fix.title')}</h2>
        <FixPanel
          cluster={cluster}
          entry={entry}
          diagnosis={diagnosis}
          caller={principal}
          // After an apply: the same diagnosis on the administrator's re-read of the authorizations.
          reevaluate={(read) =>
            diagnoseRequest({
              ...diagnosisInput,
              callerSnapshot: verificationSnapshot(context.callerSnapshot, principal, read),
            }).evaluation
          }
        />
      </section>

      <section className="diagnosis-section" aria-labelledby="share-title">
        <h2 id="share-title">{t('diagnosis.share.title')}</h2>
        <ShareDiagnosis
          // The link names the task's process, which the task read brings: a link copied before would lack it.
          pending={task.isLoading ? t('diagnosis.share.pending') : undefined}
          input={factsFromLogEntry(entry, {
            principal: principal.id === null ? null : { type: principal.type, id: principal.id },
            operationId: catalogue
              ? (findOperation(catalogue, entry.method, entry.path)?.entry.operationId ?? null)
              : null,
            hints: {
              ...(taskFacts?.processDefinitionId ? { processDefinitionId: taskFacts.processDefinitionId } : {}),
              ...(taskFacts?.tenantId ? { tenantId: taskFacts.tenantId } : {}),
            },
          })}
        />
        <ReportExport input={diagnosis.report} />
      </section>
    </section>
  );
}
