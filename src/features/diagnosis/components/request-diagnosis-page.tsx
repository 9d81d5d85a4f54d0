import { InlineLoading, InlineNotification } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { useRequestLog } from '../../../lib/api/request-log.ts';
import { computeEffectivePermissions, evaluate } from '../../../lib/authz/effective-permissions.ts';
import { fixFormats, proposeFixes } from '../../../lib/authz/fix-drafts.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { parseForbidden } from '../../../lib/authz/parse-forbidden.ts';
import { describeRequestTarget } from '../../../lib/authz/request-target.ts';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import { subjectFor } from '../lib/principal.ts';
import { useDiagnosisContext } from '../lib/use-diagnosis-context.ts';
import { EvaluationSummary } from './evaluation-summary.tsx';
import { FixPanel } from './fix-panel.tsx';
import { ReportExport } from './report-export.tsx';
import { RequirementTable } from './requirement-table.tsx';
import './diagnosis.scss';

/** `/c/:clusterId/access/requests/:requestId`: why one request failed, and the grant that fixes it. */
export function RequestDiagnosisPage() {
  const { clusterId = '', requestId = '' } = useParams();
  const log = useRequestLog();
  const entry = log.find((e) => e.requestId === requestId && e.clusterId === clusterId);
  const context = useDiagnosisContext(clusterId, { directory: false });
  const target = entry ? describeRequestTarget(entry.method, entry.path) : null;
  const task = useQuery({
    ...diagnosisQueries.task(clusterId, target?.userTaskKey ?? ''),
    enabled: Boolean(target?.userTaskKey) && context.connection !== null,
  });

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
          <Link to={`/c/${encodeURIComponent(clusterId)}/access`}>Open the access check instead</Link>
        </p>
      </section>
    );
  }
  if (!context.cluster || (context.versionPending && context.connection)) {
    return <InlineLoading description="Loading the diagnosis…" className="lantern-page" />;
  }
  const cluster = context.cluster;
  const explanationProbe = parseForbidden(entry.problem ?? (entry.status ? { status: entry.status } : null), {
    method: entry.method,
    path: entry.path,
  });
  const hasTaskLayer = explanationProbe.alternatives.some((a) => a.resourceType === 'USER_TASK');
  const version: ClusterVersion = context.version ?? (hasTaskLayer ? '8.9' : '8.8');
  const taskFacts = task.data ?? null;
  const explanation = parseForbidden(entry.problem ?? (entry.status ? { status: entry.status } : null), {
    method: entry.method,
    path: entry.path,
    version,
    ...(taskFacts?.processDefinitionId ? { resolvedIds: { PROCESS_DEFINITION: taskFacts.processDefinitionId } } : {}),
  });
  const principal = context.principal;
  const subject = subjectFor(principal, context.connection, cluster);
  const directory = context.callerSnapshot;
  const effective = directory && subject ? computeEffectivePermissions(directory, subject, version) : null;
  const evaluation =
    effective && taskFacts && target?.userTaskOperation
      ? evaluate(effective, {
          kind: 'user-task',
          operation:
            target.userTaskOperation === 'assign' && explanation.intent === 'CLAIM'
              ? 'claim'
              : target.userTaskOperation,
          task: taskFacts,
        })
      : effective && explanation.alternatives.length > 0
        ? evaluate(effective, {
            kind: 'permission',
            anyOf: explanation.alternatives.map((a) => ({
              permission: a.permission,
              resourceType: a.resourceType,
              resourceId: a.resourceIds[0] ?? null,
            })),
          })
        : null;
  const mayCreate = effective
    ? evaluate(effective, {
        kind: 'permission',
        anyOf: [{ permission: 'CREATE', resourceType: 'AUTHORIZATION', resourceId: null }],
      })
    : null;
  const principalCannotApply =
    mayCreate && !mayCreate.allowed
      ? `${principal.id ?? 'You'} may not create authorizations (nothing grants CREATE on AUTHORIZATION \`*\`).`
      : null;
  const owner =
    principal.id && principal.type !== 'ANONYMOUS' ? { ownerType: principal.type, ownerId: principal.id } : null;
  const fixes = owner
    ? proposeFixes(explanation, owner, {
        version,
        task: taskFacts,
        username: principal.type === 'USER' ? principal.id : null,
        groups: principal.groups,
      }).map((proposal) => ({
        proposal,
        formats: fixFormats(proposal.draft, { baseUrl: cluster.restAddress, auth: cluster.auth }),
      }))
    : [];

  return (
    <section className="diagnosis-page" aria-labelledby="diagnosis-title">
      <div>
        <h1 id="diagnosis-title" className="lantern-page__title">
          Why {entry.method} {entry.path} answered {entry.status ?? 'nothing'}
        </h1>
        <p className="lantern-page__lead">
          <Link to={`/c/${encodeURIComponent(clusterId)}/access`}>Access check</Link> · {cluster.name} · Camunda{' '}
          {context.version ?? `${version} (assumed)`}
        </p>
      </div>

      <section className="diagnosis-section" aria-labelledby="required-title" data-testid="diagnosis-explanation">
        <h2 id="required-title">What was required</h2>
        <p className="diagnosis-sentence">
          <CodeText text={explanation.sentence} />
        </p>
        <RequirementTable alternatives={explanation.alternatives} />
        {explanation.userTaskRule ? (
          <p>
            <strong>User tasks: </strong>
            <CodeText text={explanation.userTaskRule.sentence} />
          </p>
        ) : null}
      </section>

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
            <dd>{target?.description ?? '—'}</dd>
            {taskFacts ? (
              <>
                <dt>Task</dt>
                <dd>
                  {taskFacts.name ?? taskFacts.userTaskKey} in process <code>{taskFacts.processDefinitionId}</code>
                </dd>
              </>
            ) : null}
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
        {evaluation ? (
          <EvaluationSummary evaluation={evaluation} />
        ) : (context.me.isPending || context.caller.isFetching) && context.connection ? (
          <InlineLoading description="Reading authorizations…" />
        ) : (
          <p className="diagnosis-muted">
            Lantern could not read the cluster's authorizations as this caller (searches filter silently), so it cannot
            say which grants you hold. An administrator can open this diagnosis to see them.
          </p>
        )}
      </section>

      <section className="diagnosis-section" aria-labelledby="fix-title" data-testid="diagnosis-fix">
        <h2 id="fix-title">The fix</h2>
        <FixPanel
          cluster={cluster}
          version={version}
          entry={entry}
          explanation={explanation}
          principal={principal}
          task={taskFacts}
          principalCannotApply={principalCannotApply}
        />
      </section>

      <section className="diagnosis-section" aria-labelledby="share-title">
        <h2 id="share-title">Share</h2>
        <ReportExport
          input={{
            cluster: { id: cluster.id, name: cluster.name, version: context.version, auth: cluster.auth },
            principal,
            request: {
              requestId: entry.requestId,
              method: entry.method,
              path: entry.path,
              status: entry.status,
              problem: entry.problem,
              headers: entry.requestHeaders,
              ...(entry.requestBody !== undefined ? { body: entry.requestBody } : {}),
            },
            explanation,
            grants: effective?.grants ?? null,
            evaluation,
            fixes,
          }}
        />
      </section>
    </section>
  );
}
