import type { ReactNode } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { ForbiddenExplanation } from '../../../lib/authz/parse-forbidden.ts';
import { RequirementTable } from './requirement-table.tsx';

/**
 * "What was required": the request diagnosis and the explain page show the same section, so a
 * user who knows one reads the other the same way. `children` go above the sentence (the explain
 * page names the request there; the diagnosis page has its own "What was attempted").
 */
export function RequiredSection({
  explanation,
  children,
}: {
  explanation: ForbiddenExplanation;
  children?: ReactNode;
}) {
  return (
    <section className="diagnosis-section" aria-labelledby="required-title" data-testid="diagnosis-explanation">
      <h2 id="required-title">What was required</h2>
      {children}
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
  );
}
