import { InlineLoading, InlineNotification } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { useRequestLog } from '../../../lib/api/request-log.ts';
import { useOperationCatalogue } from '../../../lib/catalogue/use-operation-catalogue.ts';
import { findOperation } from '../../../lib/catalogue/find-operation.ts';
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
          Request diagnosis
        </h1>
        <InlineNotification
          kind="info"
          lowContrast
          hideCloseButton
          title="This request is not in this tab's request log."
          subtitle="The log lives in memory only: a reload or a sign-out clears it. Repeat the action, then follow its “Explain” link again."
        />
        <p>
          Have the error text?{' '}
          <Link to={`/c/${encodeURIComponent(clusterId)}/access/explain`}>Paste it on Explain</Link>. Or{' '}
          <Link to={`/c/${encodeURIComponent(clusterId)}/access`}>open the access check</Link>.
        </p>
      </section>
    );
  }
  if (!context.cluster || (context.versionPending && context.connection)) {
    return <InlineLoading description="Loading the diagnosis…" className="lantern-page" />;
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
          Why {entry.method} {entry.path} answered {entry.status ?? 'nothing'}
        </h1>
        <p className="lantern-page__lead">
          <Link to={`/c/${encodeURIComponent(clusterId)}/access`}>Access check</Link> ·{' '}
          <Link to={`/c/${encodeURIComponent(clusterId)}/access/explain`}>Explain another error</Link> · {cluster.name}{' '}
          · Camunda {diagnosis.versionAssumed ? `${version} (assumed)` : version}
        </p>
      </div>

      <RequiredSection explanation={explanation} />

      <div className="diagnosis-columns">
        <section className="diagnosis-section" aria-labelledby="attempt-title">
          <h2 id="attempt-title">What was attempted</h2>
          <dl className="lantern-facts">
            <dt>Request</dt>
            <dd>
              <code>
                {entry.method} {entry.path}
              </code>
            </dd>
            <dt>Meaning</dt>
            <dd>
              <RequestTargetText target={target} />
            </dd>
            {taskFacts ? (
              <>
                <dt>Task</dt>
                <dd>
                  {taskFacts.name ?? taskFacts.userTaskKey} in process <code>{taskFacts.processDefinitionId}</code>
                </dd>
              </>
            ) : null}
            <TargetProcess state={targetFacts} />
            <dt>Engine intent</dt>
            <dd>{explanation.intent ?? '— (checked by the read side, not the engine)'}</dd>
            <dt>Status</dt>
            <dd>{entry.status ?? 'no answer'}</dd>
            <dt>Request id</dt>
            <dd>{entry.requestId}</dd>
          </dl>
        </section>
        <section className="diagnosis-section" aria-labelledby="caller-title">
          <h2 id="caller-title">The caller, as the cluster sees it</h2>
          <dl className="lantern-facts">
            <dt>Principal</dt>
            <dd>
              {principal.type} {principal.id ?? ''}
            </dd>
            <dt>Groups</dt>
            <dd>{principal.groups.join(', ') || 'none'}</dd>
            <dt>Roles</dt>
            <dd>{principal.roles.join(', ') || 'none'}</dd>
            <dt>Tenants</dt>
            <dd>{principal.tenants.join(', ') || 'none'}</dd>
          </dl>
        </section>
      </div>

      <section className="diagnosis-section" aria-labelledby="raw-title">
        <h2 id="raw-title">What the cluster said</h2>
        <pre className="diagnosis-code diagnosis-code--wrap" data-testid="raw-detail">
          {explanation.rawDetail}
        </pre>
      </section>

      <section className="diagnosis-section" aria-labelledby="have-title" data-testid="diagnosis-have">
        <h2 id="have-title">What you have</h2>
        <QueryStatus
          query={context.caller}
          cancel={callerCancel}
          clusterId={clusterId}
          failedTitle="Could not read your authorizations."
          hasPreviousAnswer={context.caller.data !== undefined}
        />
        {evaluation ? (
          <EvaluationSummary evaluation={evaluation} findings={diagnosis} />
        ) : context.me.isPending && context.connection ? (
          <InlineLoading description="Reading authorizations…" />
        ) : context.caller.data ? (
          <p className="diagnosis-muted" data-testid="diagnosis-no-visibility">
            Lantern could not read the cluster's authorizations as this caller (searches filter silently), so it cannot
            say which grants you hold. Send the link under “Share” to an administrator: opening it shows them the
            grants, the near misses and the fix.
          </p>
        ) : null}
      </section>

      <section className="diagnosis-section" aria-labelledby="fix-title" data-testid="diagnosis-fix">
        <h2 id="fix-title">The fix</h2>
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
        <h2 id="share-title">Share</h2>
        <ShareDiagnosis
          // The link names the task's process, which the task read brings: a link copied before would lack it.
          pending={task.isLoading ? "Reading the task's process for the link…" : undefined}
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
