import type { Evaluation } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { RequestTargetAside } from '../../../lib/catalogue/operation-summary.tsx';
import type { AdminRead } from '../api/fix-actions.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { principalName, type PrincipalRef } from '../lib/diagnosis-facts.ts';
import type { Explained } from '../lib/use-explain.ts';
import { DiagnosisFindings, EvaluationSummary } from './evaluation-summary.tsx';
import { FixPanel } from './fix-panel.tsx';
import { RequiredSection } from './required-section.tsx';

/**
 * The explanation of a pasted or shared error for one principal: the same sections as the request
 * diagnosis. Key it by the diagnosis identity (facts, operation, principal) so nothing of a
 * previous one — an apply result, a chosen format — is shown on the next.
 */
export function ExplainResult({
  explained,
  cluster,
  principal,
  visibility,
  reevaluate,
}: {
  explained: Explained;
  cluster: ClusterSummary;
  principal: PrincipalRef | null;
  /** 'none': the signed-in user could read no authorization, so nothing can be said about grants. */
  visibility: 'directory' | 'loading' | 'none';
  /** The diagnosis evaluated again on the administrator's re-read after a fix. */
  reevaluate?: ((read: AdminRead) => Evaluation | null) | undefined;
}) {
  const t = useT();
  const { diagnosis, entry } = explained;
  const { explanation, evaluation } = diagnosis;
  const who = principal ? t.message(principalName(principal)) : null;
  // A tenant, candidate-group or configuration cause stands without an evaluation: a tenant text with
  // no readable directory, a 401 whose token names the wrong audience.
  const findingsAlone =
    !evaluation &&
    (diagnosis.tenant !== null || diagnosis.candidateGroups !== null || diagnosis.configuration.length > 0);
  return (
    <>
      <RequiredSection explanation={explanation}>
        <p className="diagnosis-muted">
          <code>
            {entry.method} {entry.path}
          </code>
          <RequestTargetAside target={diagnosis.target} />
        </p>
      </RequiredSection>

      <section className="diagnosis-section" aria-labelledby="have-title" data-testid="diagnosis-have">
        <h2 id="have-title">
          {who ? t('explain.result.haveTitle', { principal: who }) : t('explain.result.haveNobody')}
        </h2>
        {!principal ? (
          <p className="diagnosis-muted">{t('explain.result.pickPrincipal')}</p>
        ) : evaluation ? (
          <EvaluationSummary evaluation={evaluation} findings={diagnosis} />
        ) : visibility === 'loading' ? (
          <p className="diagnosis-muted">{t('explain.result.reading')}</p>
        ) : visibility === 'none' ? (
          <p data-testid="explain-no-visibility">{t('explain.result.noVisibility', { principal: who })}</p>
        ) : (
          <p className="diagnosis-muted">{t('explain.result.noPermission')}</p>
        )}
        {findingsAlone ? <DiagnosisFindings findings={diagnosis} /> : null}
      </section>

      <section className="diagnosis-section" aria-labelledby="fix-title" data-testid="diagnosis-fix">
        <h2 id="fix-title">{t('explain.result.fixTitle')}</h2>
        {principal ? (
          <FixPanel
            cluster={cluster}
            entry={entry}
            diagnosis={diagnosis}
            principalName={who}
            {...(reevaluate ? { reevaluate } : {})}
          />
        ) : (
          <p className="diagnosis-muted">{t('explain.result.fixNeedsPrincipal')}</p>
        )}
      </section>
    </>
  );
}
