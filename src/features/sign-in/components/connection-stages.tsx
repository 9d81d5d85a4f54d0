import type { Stage, Verdict } from '../connection-check.ts';

const MARKS: Record<Verdict, string> = {
  pending: '',
  running: '…',
  pass: '✓',
  warn: '!',
  fail: '✕',
  skipped: '–',
};

const VERDICT_TEXT: Record<Verdict, string> = {
  pending: 'waiting',
  running: 'checking',
  pass: 'passed',
  warn: 'attention',
  fail: 'failed',
  skipped: 'skipped',
};

export function ConnectionStages({ stages }: { stages: Stage[] }) {
  return (
    <ol className="lantern-stages" aria-label="Connection check stages">
      {stages.map((stage) => (
        <li
          key={stage.id}
          className={`lantern-stage lantern-stage--${stage.verdict}`}
          data-stage={stage.id}
          data-verdict={stage.verdict}
        >
          <span className="lantern-stage__mark" aria-hidden="true">
            {MARKS[stage.verdict]}
          </span>
          <span className="lantern-stage__label">
            {stage.label}
            <span className="lantern-stage__verdict">— {VERDICT_TEXT[stage.verdict]}</span>
          </span>
          {stage.reason ? <span className="lantern-stage__reason">{stage.reason}</span> : null}
          {stage.detail ? (
            <span className="lantern-stage__detail">
              <span className="lantern-stage__detail-label">The server said:</span>
              {stage.detail}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
