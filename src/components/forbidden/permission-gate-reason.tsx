import { Link } from 'react-router';
import type { PermissionGate } from '../../lib/authz/permission-gate.ts';
import { useT } from '../../lib/i18n/use-t.ts';
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
  /** What the control does, e.g. "Assign" (already in the UI language): the first words of the note. */
  action: string;
  /**
   * Re-enables the controls: the prediction comes from Lantern's reading of the grants, and only
   * the cluster's own answer (a 403 with its full diagnosis, fix and retry) is the last word.
   */
  onTryAnyway?: () => void;
}) {
  const t = useT();
  return (
    <p id={id} className="lantern-permission-gate" data-testid="permission-gate-reason">
      {t.rich('common.gate.note', {
        action,
        tryAnyway: onTryAnyway ? 'yes' : 'no',
        reason: <CodeText text={t.message(gate.reason)} />,
        title: (chunks) => <span className="lantern-permission-gate__title">{chunks}</span>,
        explain: (chunks) => <Link to={gate.explainHref}>{chunks}</Link>,
        try: (chunks) => (
          <button type="button" className="lantern-permission-gate__try" onClick={onTryAnyway}>
            {chunks}
          </button>
        ),
      })}
    </p>
  );
}
