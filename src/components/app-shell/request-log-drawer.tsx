import { useState } from 'react';
import { Link } from 'react-router';
import {
  getRequestLogEntry,
  requestUrl,
  toCurl,
  useRequestLog,
  type RequestLogEntry,
} from '../../lib/api/request-log.ts';
import { getCredentialHeaders } from '../../lib/connection/connection-store.ts';
import { formatDuration } from '../../lib/format/format-time.ts';
import { useLanguageState } from '../../lib/i18n/language-store.ts';
import { msg, type Message } from '../../lib/i18n/message.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { SideDrawer } from './side-drawer.tsx';
import { ClusterText } from '../cluster-text/cluster-text.tsx';

interface RequestLogDrawerProps {
  open: boolean;
  onClose: () => void;
}

function statusClass(entry: RequestLogEntry): string {
  if (entry.status === null) return 'pending';
  if (entry.status === 0 || entry.status >= 500) return 'error';
  if (entry.status >= 400) return 'warning';
  return 'ok';
}

export function RequestLogDrawer({ open, onClose }: RequestLogDrawerProps) {
  const entries = useRequestLog();
  const [reveal, setReveal] = useState(false);
  // A message, worded at render: the status line follows a language switch.
  const [copied, setCopied] = useState<Message | null>(null);
  const t = useT();
  const { intl } = useLanguageState();

  const copy = async (requestId: string) => {
    const entry = getRequestLogEntry(requestId);
    if (!entry) return;
    const secretHeaders = reveal ? await getCredentialHeaders(entry.clusterId) : undefined;
    const text = toCurl(entry, { revealSecrets: reveal, ...(secretHeaders ? { secretHeaders } : {}) });
    try {
      await navigator.clipboard.writeText(text);
      setCopied(
        msg('shell.requestLog.copied', { method: entry.method, path: entry.path, secret: reveal ? 'shown' : 'masked' }),
      );
    } catch {
      setCopied(msg('shell.requestLog.clipboardRefused'));
    }
  };

  return (
    <SideDrawer title={t('shell.requestLog')} open={open} onClose={onClose} wide>
      <label className="lantern-checkbox">
        <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} />
        <span>{t('shell.requestLog.reveal')}</span>
      </label>
      <p className="lantern-muted" role="status" aria-live="polite">
        {copied ? t.message(copied) : t('shell.requestLog.count', { count: entries.length })}
      </p>
      {entries.length === 0 ? (
        <p>{t('shell.requestLog.empty')}</p>
      ) : (
        <ol className="lantern-request-log" aria-label={t('shell.requestLog.list')}>
          {[...entries].reverse().map((entry) => (
            <li key={entry.requestId} className="lantern-request-log__item">
              <div className="lantern-request-log__line">
                <span className="lantern-request-log__method">{entry.method}</span>
                <span className="lantern-request-log__path" title={requestUrl(entry)}>
                  <ClusterText text={entry.path} />
                </span>
                <span className={`lantern-status lantern-status--${statusClass(entry)}`}>
                  {entry.status === null
                    ? t('shell.requestLog.pending')
                    : entry.status === 0
                      ? t('shell.requestLog.noAnswer')
                      : entry.status}
                </span>
              </div>
              <div className="lantern-request-log__meta">
                <span>{entry.clusterId}</span>
                <span>
                  {intl.formatTime(entry.startedAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                </span>
                <span>
                  {entry.durationMs === null ? t('shell.requestLog.pending') : formatDuration(intl, entry.durationMs)}
                </span>
                {(entry.problem?.detail ?? entry.errorMessage) ? (
                  <span className="lantern-request-log__detail">
                    <span lang="en">
                      <ClusterText text={entry.problem?.detail ?? entry.errorMessage ?? ''} />
                    </span>
                  </span>
                ) : null}
              </div>
              <div className="lantern-request-log__actions">
                <button type="button" className="lantern-link-button" onClick={() => void copy(entry.requestId)}>
                  {t('shell.requestLog.copy')}
                </button>
                {entry.status === 403 ? (
                  <Link to={`/c/${encodeURIComponent(entry.clusterId)}/access/requests/${entry.requestId}`}>
                    {t('shell.requestLog.why')}
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </SideDrawer>
  );
}
