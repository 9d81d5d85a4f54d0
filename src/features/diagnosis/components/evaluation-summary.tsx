import type { Evaluation } from '../../../lib/authz/effective-permissions.ts';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
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
  return (
    <div className="diagnosis-evaluation" data-decided-by={evaluation.decidedBy ?? 'nothing'}>
      <p className={evaluation.allowed ? 'diagnosis-result--ok' : 'diagnosis-result--fail'}>
        <CodeText text={evaluation.sentence} />
      </p>
      {evaluation.rule && evaluation.rule !== evaluation.sentence ? (
        <p data-testid="deciding-rule">
          <strong>Deciding rule: </strong>
          <CodeText text={evaluation.rule} />
        </p>
      ) : null}
      {evaluation.decisive.length > 0 ? (
        <ul className="diagnosis-chip-list" aria-label="Decisive grants">
          {evaluation.decisive.map((match, index) => (
            <li key={index}>
              <ProvenanceChip provenance={match.grant.provenance} />
            </li>
          ))}
        </ul>
      ) : null}
      {evaluation.nearMisses.length > 0 ? (
        <>
          <h3>Near misses</h3>
          <ul aria-label="Near misses">
            {evaluation.nearMisses.map((miss, index) => (
              <li key={index}>
                <CodeText text={miss.sentence} />
              </li>
            ))}
          </ul>
        </>
      ) : !evaluation.allowed && evaluation.decidedBy !== 'tenant' ? (
        <p className="diagnosis-muted">
          No near misses: nothing close to this permission is granted. Camunda has no deny rules — nothing matches.
        </p>
      ) : null}
      {findings ? <DiagnosisFindings findings={findings} /> : null}
    </div>
  );
}

/** The tenant, candidate-group and configuration causes with their drafted fixes; also usable without an evaluation. */
export function DiagnosisFindings({ findings }: { findings: EvaluationFindings }) {
  const { tenant, candidateGroups, configuration, principalAssumptions } = findings;
  return (
    <>
      {tenant ? (
        <section aria-labelledby="tenant-finding-title" data-testid="tenant-finding">
          <h3 id="tenant-finding-title">{tenant.tenantId ? `Tenant ${tenant.tenantId}` : 'A tenant may hide it'}</h3>
          <p>
            <CodeText text={tenant.sentence} />
          </p>
          {tenant.fixes.length > 0 ? (
            // The fix panel applies these; here they only say what each assignment means.
            <ul aria-label="Tenant assignments, narrowest first">
              {tenant.fixes.map((fix) => (
                <li key={fix.path} data-recommended={fix.proposal.recommended}>
                  <code>
                    {fix.method} {fix.path}
                  </code>{' '}
                  — <CodeText text={fix.proposal.rationale} />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {candidateGroups ? (
        <section aria-labelledby="candidate-finding-title" data-testid="candidate-group-finding">
          <h3 id="candidate-finding-title">Candidate groups</h3>
          <p>
            <CodeText text={candidateGroups.sentence} />
          </p>
          {candidateGroups.options.length > 0 ? (
            <ol aria-label="Candidate-group fixes, narrowest first">
              {candidateGroups.options.map((option) => (
                <li key={option.title} data-verified={option.verified}>
                  <strong>{option.title}</strong>
                  {option.verified ? ' — re-evaluated: then allowed' : ''}.{' '}
                  <CodeText text={option.external ?? option.rationale} />
                  {option.memberships.map((m) => (
                    <div key={m.path}>
                      <code>
                        {m.method} {m.path}
                      </code>
                    </div>
                  ))}
                  {option.grants.map((g, index) => (
                    // Focusable, so a keyboard user can scroll a long command (axe: scrollable-region-focusable).
                    <pre key={index} className="diagnosis-code" aria-label="The grant, as curl" tabIndex={0}>
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
          <h3 id="configuration-finding-title">Configuration, not an authorization</h3>
          <ul>
            {configuration.map((cause) => (
              <li key={cause.kind} data-cause={cause.kind}>
                <CodeText text={cause.sentence} /> Set <code>{cause.setting}</code> (environment{' '}
                <code>{cause.env}</code>) to <code>{cause.value}</code>.
                {cause.alternative ? (
                  <>
                    {' '}
                    <CodeText text={cause.alternative} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {principalAssumptions.length > 0 ? (
        <details className="diagnosis-details diagnosis-muted" data-testid="principal-assumptions">
          <summary>Assumed about the principal ({principalAssumptions.length})</summary>
          <ul>
            {principalAssumptions.map((text) => (
              <li key={text}>
                <CodeText text={text} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
