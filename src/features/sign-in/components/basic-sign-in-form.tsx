import { Button, InlineNotification, PasswordInput, TextInput } from '@carbon/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { SignInFailureText, type SignInFailure } from './sign-in-failure.tsx';

interface BasicSignInFormProps {
  /** Resolves to why the sign-in failed, shown inline, or null when signed in. */
  onSubmit: (username: string, password: string) => Promise<SignInFailure | null>;
}

export function BasicSignInForm({ onSubmit }: BasicSignInFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const t = useT();
  const [error, setError] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const failure = await onSubmit(username, password);
    setBusy(false);
    if (failure) {
      setError(failure);
      setPassword('');
    }
  };

  return (
    <form className="lantern-form" onSubmit={(e) => void submit(e)} aria-label={t('signIn.basic.form')} noValidate>
      <TextInput
        id="basic-username"
        labelText={t('signIn.basic.username')}
        autoComplete="username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        required
      />
      <PasswordInput
        id="basic-password"
        labelText={t('signIn.basic.password')}
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
      />
      {error ? (
        <InlineNotification kind="error" title={t('signIn.basic.failed')} hideCloseButton lowContrast role="alert">
          <SignInFailureText failure={error} />
        </InlineNotification>
      ) : null}
      <div className="lantern-form__actions">
        <Button type="submit" disabled={busy || username === ''}>
          {busy ? t('signIn.checking') : t('signIn.signIn')}
        </Button>
      </div>
      <p className="lantern-note">{t('signIn.basic.note')}</p>
    </form>
  );
}
