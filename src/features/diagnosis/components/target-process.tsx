import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { TargetFactsState } from '../lib/use-target-facts.ts';

/** The "Process" line of what was attempted: the target's process as looked up, or why it is not known. */
export function TargetProcess({ state }: { state: TargetFactsState }) {
  if (state.kind === 'not-needed') return null;
  const what = `${state.lookup.noun} ${state.lookup.key}`;
  return (
    <>
      <dt>Process</dt>
      <dd data-testid="target-process">
        {state.kind === 'pending' ? (
          `Looking up the process of ${what}…`
        ) : state.kind === 'found' ? (
          <>
            <code>{state.processDefinitionId}</code>
            {state.tenantId ? (
              <>
                {' '}
                in tenant <code>{state.tenantId}</code>
              </>
            ) : null}{' '}
            (the process of {what}, read with your view)
          </>
        ) : (
          <CodeText text={state.reason} />
        )}
      </dd>
    </>
  );
}
