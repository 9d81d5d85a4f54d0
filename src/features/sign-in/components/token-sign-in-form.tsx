import { Button, InlineNotification, TextArea } from '@carbon/react';
import { useMemo, useState, type FormEvent } from 'react';
import { audiencesOf, decodeJwt, expiresAtOf, JwtDecodeError } from '../../../lib/auth/decode-jwt.ts';
import { useFormat } from '../../../lib/i18n/format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { SignInFailureText, type SignInFailure } from './sign-in-failure.tsx';

interface TokenSignInFormProps {
  expectedAudience: string | null;
  onSubmit: (token: string) => Promise<SignInFailure | null>;
}

/** Why the pasted text is not a readable JWT, in the UI language. */
function useDecodeFailure() {
  const t = useT();
  return (error: unknown) =>
    error instanceof JwtDecodeError ? t.message(error.reason) : error instanceof Error ? error.message : String(error);
}

export function TokenSignInForm({ expectedAudience, onSubmit }: TokenSignInFormProps) {
  const t = useT();
  const format = useFormat();
  const decodeFailure = useDecodeFailure();
  const [token, setToken] = useState('');
  const [error, setError] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const decoded = useMemo(() => {
    if (token.trim() === '') return null;
    try {
      return { ok: true as const, jwt: decodeJwt(token) };
    } catch (e) {
      return { ok: false as const, error: e };
    }
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decoded?.ok) return;
    setBusy(true);
    setError(null);
    const failure = await onSubmit(token.trim());
    setBusy(false);
    if (failure) setError(failure);
  };

  const claims = decoded?.ok ? decoded.jwt.claims : null;
  const exp = claims ? expiresAtOf(claims) : null;
  const audiences = claims ? audiencesOf(claims) : [];
  return (
    <form className="lantern-form" onSubmit={(e) => void submit(e)} aria-label={t('signIn.token.form')}>
      <TextArea
        id="pasted-token"
        labelText={t('signIn.token.label')}
        helperText={t('signIn.token.helper')}
        rows={4}
        value={token}
        onChange={(e) => setToken(e.target.value)}
        invalid={decoded !== null && !decoded.ok}
        invalidText={decoded !== null && !decoded.ok ? decodeFailure(decoded.error) : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {claims ? (
        <dl className="lantern-facts lantern-token-facts" aria-label={t('signIn.token.decoded')}>
          <dt>{t('signIn.token.subject')}</dt>
          <dd>{typeof claims.sub === 'string' ? claims.sub : t('common.missing')}</dd>
          <dt>{t('signIn.token.issuer')}</dt>
          <dd>{typeof claims.iss === 'string' ? claims.iss : t('common.missing')}</dd>
          <dt>{t('signIn.token.audience')}</dt>
          <dd>
            {audiences.join(', ') || t('common.none')}
            {expectedAudience && !audiences.includes(expectedAudience) ? (
              <span className="lantern-error-text" style={{ marginInlineStart: '0.25em' }}>
                {t('signIn.token.expectedAudience', { audience: expectedAudience })}
              </span>
            ) : null}
          </dd>
          <dt>{t('signIn.token.expires')}</dt>
          <dd>
            {exp === null
              ? t('signIn.token.neverExpires')
              : t('common.timeWithRelative', { time: format.dateTime(exp), relative: format.relative(exp) })}
          </dd>
        </dl>
      ) : null}
      {error ? (
        <InlineNotification kind="error" title={t('signIn.token.failed')} hideCloseButton lowContrast role="alert">
          <SignInFailureText failure={error} />
        </InlineNotification>
      ) : null}
      <div className="lantern-form__actions">
        <Button type="submit" disabled={busy || !decoded?.ok}>
          {busy ? t('signIn.checking') : t('signIn.token.submit')}
        </Button>
      </div>
    </form>
  );
}
