import { Button, InlineNotification, TextArea } from '@carbon/react';
import { useMemo, useState, type FormEvent } from 'react';
import { audiencesOf, decodeJwt, expiresAtOf } from '../../../lib/auth/decode-jwt.ts';
import { formatRelative } from '../../../lib/format/format-time.ts';

interface TokenSignInFormProps {
  expectedAudience: string | null;
  onSubmit: (token: string) => Promise<string | null>;
}

export function TokenSignInForm({ expectedAudience, onSubmit }: TokenSignInFormProps) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const decoded = useMemo(() => {
    if (token.trim() === '') return null;
    try {
      return { ok: true as const, jwt: decodeJwt(token) };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decoded?.ok) return;
    setBusy(true);
    setError(null);
    const message = await onSubmit(token.trim());
    setBusy(false);
    if (message) setError(message);
  };

  const claims = decoded?.ok ? decoded.jwt.claims : null;
  const exp = claims ? expiresAtOf(claims) : null;
  const audiences = claims ? audiencesOf(claims) : [];
  return (
    <form className="lantern-form" onSubmit={(e) => void submit(e)} aria-label="Pasted bearer token">
      <TextArea
        id="pasted-token"
        labelText="Access token (JWT)"
        helperText="Decoded here in the browser; sent only to this cluster, kept in memory only."
        rows={4}
        value={token}
        onChange={(e) => setToken(e.target.value)}
        invalid={decoded !== null && !decoded.ok}
        invalidText={decoded !== null && !decoded.ok ? decoded.message : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {claims ? (
        <dl className="lantern-facts lantern-token-facts" aria-label="Decoded token">
          <dt>Subject</dt>
          <dd>{typeof claims.sub === 'string' ? claims.sub : '—'}</dd>
          <dt>Issuer</dt>
          <dd>{typeof claims.iss === 'string' ? claims.iss : '—'}</dd>
          <dt>Audience</dt>
          <dd>
            {audiences.join(', ') || 'none'}
            {expectedAudience && !audiences.includes(expectedAudience) ? (
              <span className="lantern-error-text"> (the cluster expects {expectedAudience})</span>
            ) : null}
          </dd>
          <dt>Expires</dt>
          <dd>
            {exp === null ? 'never (no exp claim)' : `${new Date(exp).toLocaleString()} (${formatRelative(exp)})`}
          </dd>
        </dl>
      ) : null}
      {error ? (
        <InlineNotification
          kind="error"
          title="The cluster did not accept the token:"
          subtitle={error}
          hideCloseButton
          lowContrast
          role="alert"
        />
      ) : null}
      <div className="lantern-form__actions">
        <Button type="submit" disabled={busy || !decoded?.ok}>
          {busy ? 'Checking…' : 'Use this token'}
        </Button>
      </div>
    </form>
  );
}
