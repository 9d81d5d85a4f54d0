import type { ReactNode } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { isMessage } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { TargetFactsState } from '../lib/use-target-facts.ts';

/** The "Process" line of what was attempted: the target's process as looked up, or why it is not known. */
export function TargetProcess({ state }: { state: TargetFactsState }) {
  const t = useT();
  if (state.kind === 'not-needed') return null;
  const noun = state.lookup.noun;
  const what = { noun: isMessage(noun) ? t.message(noun) : noun, key: state.lookup.key };
  const code = (chunks: ReactNode[]) => <code>{chunks}</code>;
  return (
    <>
      <dt>{t('diagnosis.attempt.process')}</dt>
      <dd data-testid="target-process">
        {state.kind === 'pending' ? (
          t('diagnosis.targetProcess.pending', what)
        ) : state.kind === 'found' ? (
          state.tenantId ? (
            t.rich('diagnosis.targetProcess.foundInTenant', {
              ...what,
              process: state.processDefinitionId,
              tenant: state.tenantId,
              code,
            })
          ) : (
            t.rich('diagnosis.targetProcess.found', { ...what, process: state.processDefinitionId, code })
          )
        ) : (
          <CodeText text={isMessage(state.reason) ? t.message(state.reason) : state.reason} />
        )}
      </dd>
    </>
  );
}
