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
}: {
  gate: Extract<PermissionGate, { state: 'denied' }>;
  id: string;
  /** What the control does, e.g. "Assign": the first words of the note. */
  action: string;
}) {
  return (
    <p id={id} className="lantern-permission-gate" data-testid="permission-gate-reason">
      <span className="lantern-permission-gate__title">{action}: not permitted.</span> <CodeText text={gate.reason} />{' '}
      <Link to={gate.explainHref}>Explain this</Link>
    </p>
  );
}
