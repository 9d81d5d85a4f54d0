import type { ReactNode } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { ForbiddenExplanation } from '../../../lib/authz/parse-forbidden.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
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
  const t = useT();
  return (
    <section className="diagnosis-section" aria-labelledby="required-title" data-testid="diagnosis-explanation">
      <h2 id="required-title">{t('diagnosis.required.title')}</h2>
      {children}
      <p className="diagnosis-sentence">
        <CodeText text={t.message(explanation.sentence)} />
      </p>
      <RequirementTable alternatives={explanation.alternatives} />
      {explanation.userTaskRule ? (
        <p>
          <strong>{t('diagnosis.required.userTasks')} </strong>
          <CodeText text={t.message(explanation.userTaskRule.sentence)} />
        </p>
      ) : null}
    </section>
  );
}
