import { Tag } from '@carbon/react';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { ClaimCheck, TokenInspection } from '../../../lib/authz/token-inspection.ts';

function Check({ label, check }: { label: string; check: ClaimCheck }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {check.actual.length > 0 ? (
          <code>{check.actual.join(', ')}</code>
        ) : (
          <span className="diagnosis-muted">absent</span>
        )}{' '}
        {check.ok === true ? (
          <Tag type="green" size="sm">
            matches
          </Tag>
        ) : check.ok === false ? (
          <Tag type="red" size="sm">
            mismatch
          </Tag>
        ) : null}
        <div className="diagnosis-muted">{check.message}</div>
      </dd>
    </>
  );
}

/** The decoded token as the cluster reads it. Decoded here, in the browser; the signature is not checked. */
export function TokenInspector({ inspection, cluster }: { inspection: TokenInspection; cluster: ClusterSummary }) {
  const principal = inspection.caller;
  return (
    <div className="diagnosis-token" data-testid="token-inspector">
      <p className="diagnosis-muted">
        Decoded in your browser and sent nowhere. The signature is not verified here — the cluster does that.
      </p>
      <dl className="lantern-facts">
        <dt>Resolved as</dt>
        <dd data-testid="token-principal">
          {principal.error ? (
            <span className="diagnosis-result--fail">{principal.error}</span>
          ) : (
            <>
              <strong>{principal.caller?.type}</strong> <code>{principal.caller?.id}</code>
            </>
          )}
        </dd>
        <dt>Username claim</dt>
        <dd>
          <code>{principal.username.claim}</code> →{' '}
          {principal.username.value ?? <span className="diagnosis-muted">absent</span>}
        </dd>
        <dt>Client-id claim</dt>
        <dd>
          {principal.clientId.claim ? <code>{principal.clientId.claim}</code> : 'not configured'} →{' '}
          {principal.clientId.value ?? <span className="diagnosis-muted">absent</span>}
        </dd>
        <dt>Groups</dt>
        <dd>
          {principal.groups ? (
            <>
              <code>{principal.groups.claim}</code> → {principal.groups.values.join(', ') || 'none'}
            </>
          ) : (
            'no groups claim configured: group memberships come from the cluster'
          )}
        </dd>
        <dt>preferUsernameClaim</dt>
        <dd>{cluster.oidc?.preferUsernameClaim ? 'true' : 'false'}</dd>
        <Check label="Issuer (iss)" check={inspection.issuer} />
        <Check label="Audience (aud)" check={inspection.audience} />
        {inspection.times.map((time) => (
          <div key={time.name} style={{ display: 'contents' }}>
            <dt>{time.name}</dt>
            <dd>
              {time.iso} ({time.relative})
              {time.problem ? <div className="diagnosis-result--fail">{time.problem}</div> : null}
            </dd>
          </div>
        ))}
        <dt>Clock skew</dt>
        <dd>
          {inspection.clockSkewSeconds === null
            ? 'unknown (no Date header seen yet)'
            : `${inspection.clockSkewSeconds} s (your clock minus the cluster's)`}
          {inspection.clockWarning ? <div className="diagnosis-result--fail">{inspection.clockWarning}</div> : null}
        </dd>
      </dl>
      {principal.notes.length > 0 ? (
        <ul aria-label="Token notes">
          {principal.notes.map((note) => (
            // Normal facts (a machine client without groups) are not set in alarm red.
            <li key={note.text} className={note.severity === 'warning' ? 'diagnosis-result--fail' : 'diagnosis-muted'}>
              {note.severity === 'warning' ? 'Warning: ' : 'Note: '}
              {note.text}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="diagnosis-details">
        <summary>Raw header and claims</summary>
        <h3>Header</h3>
        <pre className="diagnosis-code">{JSON.stringify(inspection.header, null, 2)}</pre>
        <h3>Claims</h3>
        <pre className="diagnosis-code">{JSON.stringify(inspection.claims, null, 2)}</pre>
      </details>
    </div>
  );
}
