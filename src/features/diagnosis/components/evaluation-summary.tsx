import type { ReactNode } from 'react';
import type { Evaluation } from '../../../lib/authz/effective-permissions.ts';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { isMessage, type Message } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { RequestDiagnosis } from '../lib/diagnose-request.ts';
import { ProvenanceChip } from './provenance-chip.tsx';

/** The causes beyond the grants: optional, so a bare evaluation (the simulator's) renders as before. */
export type EvaluationFindings = Pick<
  RequestDiagnosis,
  'tenant' | 'candidateGroups' | 'configuration' | 'principalAssumptions'
>;

/** Verdict of one check from the authorization data: the deciding rule, decisive grants, or the near misses. */
export function EvaluationSummary({
  evaluation,
  findings,
}: {
  evaluation: Evaluation;
  findings?: EvaluationFindings | null;
}) {
  const t = useT();
  return (
    <div className="diagnosis-evaluation" data-decided-by={evaluation.decidedBy ?? 'nothing'}>
      <p className={evaluation.allowed ? 'diagnosis-result--ok' : 'diagnosis-result--fail'}>
        <CodeText text={t.message(evaluation.sentence)} />
      </p>
      {evaluation.rule !== evaluation.sentence ? (
        <p data-testid="deciding-rule">
          <strong>{t('diagnosis.evaluation.rule')} </strong>
          <CodeText text={t.message(evaluation.rule)} />
        </p>
      ) : null}
      {evaluation.decisive.length > 0 ? (
        <ul className="diagnosis-chip-list" aria-label={t('diagnosis.evaluation.decisive')}>
          {evaluation.decisive.map((match, index) => (
            <li key={index}>
              <ProvenanceChip provenance={match.grant.provenance} />
            </li>
          ))}
        </ul>
      ) : null}
      {evaluation.nearMisses.length > 0 ? (
        <>
          <h3>{t('diagnosis.evaluation.nearMisses')}</h3>
          <ul aria-label={t('diagnosis.evaluation.nearMisses')}>
            {evaluation.nearMisses.map((miss, index) => (
              <li key={index}>
                <CodeText text={t.message(miss.sentence)} />
              </li>
            ))}
          </ul>
        </>
      ) : !evaluation.allowed && evaluation.decidedBy !== 'tenant' ? (
        <p className="diagnosis-muted">{t('diagnosis.evaluation.noNearMisses')}</p>
      ) : null}
      {findings ? <DiagnosisFindings findings={findings} /> : null}
    </div>
  );
}

/** The tenant, candidate-group and configuration causes with their drafted fixes; also usable without an evaluation. */
export function DiagnosisFindings({ findings }: { findings: EvaluationFindings }) {
  const t = useT();
  const { tenant, candidateGroups, configuration, principalAssumptions } = findings;
  const code = (chunks: ReactNode[]) => <code>{chunks}</code>;
  // Configuration causes come worded or as messages, depending on their producer.
  const words = (text: Message | string) => (isMessage(text) ? t.message(text) : text);
  return (
    <>
      {tenant ? (
        <section aria-labelledby="tenant-finding-title" data-testid="tenant-finding">
          <h3 id="tenant-finding-title">
            {tenant.tenantId
              ? t('diagnosis.findings.tenant', { tenant: tenant.tenantId })
              : t('diagnosis.findings.tenantMaybe')}
          </h3>
          <p>
            <CodeText text={t.message(tenant.sentence)} />
          </p>
          {tenant.fixes.length > 0 ? (
            // The fix panel applies these; here they only say what each assignment means.
            <ul aria-label={t('diagnosis.findings.tenantFixes')}>
              {tenant.fixes.map((fix) => (
                <li key={fix.path} data-recommended={fix.proposal.recommended}>
                  {t.rich('diagnosis.findings.assignment', {
                    request: `${fix.method} ${fix.path}`,
                    rationale: <CodeText text={t.message(fix.proposal.rationale)} />,
                    code,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {candidateGroups ? (
        <section aria-labelledby="candidate-finding-title" data-testid="candidate-group-finding">
          <h3 id="candidate-finding-title">{t('diagnosis.findings.candidates')}</h3>
          <p>
            <CodeText text={t.message(candidateGroups.sentence)} />
          </p>
          {candidateGroups.options.length > 0 ? (
            <ol aria-label={t('diagnosis.findings.candidateFixes')}>
              {candidateGroups.options.map((option, index) => (
                <li key={index} data-verified={option.verified}>
                  {t.rich('diagnosis.findings.option', {
                    title: t.message(option.title),
                    verified: option.verified ? 'yes' : 'no',
                    detail: <CodeText text={t.message(option.external ?? option.rationale)} />,
                    strong: (chunks) => <strong>{chunks}</strong>,
                  })}
                  {option.memberships.map((m) => (
                    <div key={m.path}>
                      <code>
                        {m.method} {m.path}
                      </code>
                    </div>
                  ))}
                  {option.grants.map((g, index) => (
                    // Focusable, so a keyboard user can scroll a long command (axe: scrollable-region-focusable).
                    <pre key={index} className="diagnosis-code" aria-label={t('diagnosis.findings.curl')} tabIndex={0}>
                      {g.formats.curl}
                    </pre>
                  ))}
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      ) : null}
      {configuration.length > 0 ? (
        <section aria-labelledby="configuration-finding-title" data-testid="configuration-finding">
          <h3 id="configuration-finding-title">{t('diagnosis.findings.configuration')}</h3>
          <ul>
            {configuration.map((cause) => (
              <li key={cause.kind} data-cause={cause.kind}>
                {t.rich('diagnosis.findings.setting', {
                  sentence: <CodeText text={words(cause.sentence)} />,
                  setting: cause.setting,
                  env: cause.env,
                  value: cause.value,
                  alternative: cause.alternative ? 'yes' : 'no',
                  other: cause.alternative ? <CodeText text={words(cause.alternative)} /> : null,
                  code,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {principalAssumptions.length > 0 ? (
        <details className="diagnosis-details diagnosis-muted" data-testid="principal-assumptions">
          <summary>{t('diagnosis.findings.assumptions', { count: principalAssumptions.length })}</summary>
          <ul>
            {principalAssumptions.map((assumption, index) => (
              <li key={index}>
                <CodeText text={t.message(assumption)} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
