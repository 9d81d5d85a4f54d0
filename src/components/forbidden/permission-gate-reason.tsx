import { Link } from 'react-router';
import type { PermissionGate } from '../../lib/authz/permission-gate.ts';
import { CodeText } from './code-text.tsx';
import './forbidden-callout.scss';

/**
 * Why an action is disabled: the missing permission in words and the way to its explanation.
 * Give the disabled control `aria-describedby={id}` so a screen reader hears the reason with it.
 */
export function PermissionGateReason({
  gate,
  id,
  action,
  onTryAnyway,
}: {
  gate: Extract<PermissionGate, { state: 'denied' }>;
  id: string;
  /** What the control does, e.g. "Assign": the first words of the note. */
  action: string;
  /**
   * Re-enables the controls: the prediction comes from Lantern's reading of the grants, and only
   * the cluster's own answer (a 403 with its full diagnosis, fix and retry) is the last word.
   */
  onTryAnyway?: () => void;
}) {
  return (
    <p id={id} className="lantern-permission-gate" data-testid="permission-gate-reason">
      <span className="lantern-permission-gate__title">{action}: not permitted.</span> <CodeText text={gate.reason} />{' '}
      <Link to={gate.explainHref}>Explain this</Link>
      {onTryAnyway ? (
        <>
          {' · '}
          <button type="button" className="lantern-permission-gate__try" onClick={onTryAnyway}>
            Try anyway
          </button>
        </>
      ) : null}
    </p>
  );
}
