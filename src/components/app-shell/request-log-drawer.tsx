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
import { formatClock, formatDuration } from '../../lib/format/format-time.ts';
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
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async (requestId: string) => {
    const entry = getRequestLogEntry(requestId);
    if (!entry) return;
    const secretHeaders = reveal ? await getCredentialHeaders(entry.clusterId) : undefined;
    const text = toCurl(entry, { revealSecrets: reveal, ...(secretHeaders ? { secretHeaders } : {}) });
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied ${entry.method} ${entry.path} as curl${reveal ? ' (with the secret)' : ' (secret masked)'}.`);
    } catch {
      setCopied('The browser refused clipboard access.');
    }
  };

  return (
    <SideDrawer title="Request log" open={open} onClose={onClose} wide>
      <label className="lantern-checkbox">
        <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} />
        <span>Include the secret in copied curl commands</span>
      </label>
      <p className="lantern-muted" role="status" aria-live="polite">
        {copied ?? `${entries.length} request${entries.length === 1 ? '' : 's'} in this tab (newest first).`}
      </p>
      {entries.length === 0 ? (
        <p>No requests yet.</p>
      ) : (
        <ol className="lantern-request-log" aria-label="Requests, newest first">
          {[...entries].reverse().map((entry) => (
            <li key={entry.requestId} className="lantern-request-log__item">
              <div className="lantern-request-log__line">
                <span className="lantern-request-log__method">{entry.method}</span>
                <span className="lantern-request-log__path" title={requestUrl(entry)}>
                  <ClusterText text={entry.path} />
                </span>
                <span className={`lantern-status lantern-status--${statusClass(entry)}`}>
                  {entry.status === null ? '…' : entry.status === 0 ? 'no answer' : entry.status}
                </span>
              </div>
              <div className="lantern-request-log__meta">
                <span>{entry.clusterId}</span>
                <span>{formatClock(entry.startedAt)}</span>
                <span>{formatDuration(entry.durationMs)}</span>
                {(entry.problem?.detail ?? entry.errorMessage) ? (
                  <span className="lantern-request-log__detail">
                    <ClusterText text={entry.problem?.detail ?? entry.errorMessage ?? ''} />
                  </span>
                ) : null}
              </div>
              <div className="lantern-request-log__actions">
                <button type="button" className="lantern-link-button" onClick={() => void copy(entry.requestId)}>
                  Copy as curl
                </button>
                {entry.status === 403 ? (
                  <Link to={`/c/${encodeURIComponent(entry.clusterId)}/access/requests/${entry.requestId}`}>
                    Why was this forbidden?
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
