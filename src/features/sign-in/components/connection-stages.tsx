import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { STAGE_LABELS, type Stage, type Verdict } from '../connection-check.ts';

const MARKS: Record<Verdict, string> = {
  pending: '',
  running: '…',
  pass: '✓',
  warn: '!',
  fail: '✕',
  skipped: '–',
};

const VERDICT_TEXT: Record<Verdict, MessageId> = {
  pending: 'signIn.verdict.pending',
  running: 'signIn.verdict.running',
  pass: 'signIn.verdict.pass',
  warn: 'signIn.verdict.warn',
  fail: 'signIn.verdict.fail',
  skipped: 'signIn.verdict.skipped',
};

export function ConnectionStages({ stages }: { stages: Stage[] }) {
  const t = useT();
  return (
    <ol className="lantern-stages" aria-label={t('signIn.stages')}>
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
            {t.rich(STAGE_LABELS[stage.id], { code: (chunks) => <code>{chunks}</code> })}
            <span className="lantern-stage__verdict">{t(VERDICT_TEXT[stage.verdict])}</span>
          </span>
          {stage.reason ? <span className="lantern-stage__reason">{t.message(stage.reason)}</span> : null}
          {stage.detail ? (
            <span className="lantern-stage__detail">
              <span className="lantern-stage__detail-label">{t('signIn.serverSaid')}</span>
              {/* The server's own words, quoted as they are. */}
              <span lang="en">{stage.detail}</span>
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
