import type { Evaluation } from '../../../lib/authz/effective-permissions.ts';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { ProvenanceChip } from './provenance-chip.tsx';

/** Verdict of one check from the authorization data: decisive grants, or the near misses. */
export function EvaluationSummary({ evaluation }: { evaluation: Evaluation }) {
  return (
    <div className="diagnosis-evaluation">
      <p className={evaluation.allowed ? 'diagnosis-result--ok' : 'diagnosis-result--fail'}>
        <CodeText text={evaluation.sentence} />
      </p>
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
      ) : !evaluation.allowed ? (
        <p className="diagnosis-muted">
          No near misses: nothing close to this permission is granted. Camunda has no deny rules — nothing matches.
        </p>
      ) : null}
    </div>
  );
}
