import { Button, InlineNotification, PasswordInput, TextInput } from '@carbon/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { SignInFailureText, type SignInFailure } from './sign-in-failure.tsx';

interface ClientCredentialsFormProps {
  serverClientId: string | null;
  /** The server accepts a typed client id and secret; otherwise only its configured client is offered. */
  typedAllowed: boolean;
  onSubmit: (clientId: string, clientSecret: string) => Promise<SignInFailure | null>;
}

export function ClientCredentialsForm({ serverClientId, typedAllowed, onSubmit }: ClientCredentialsFormProps) {
  const [typedClientId, setClientId] = useState(serverClientId ?? '');
  const clientId = typedAllowed ? typedClientId : (serverClientId ?? '');
  const [secret, setSecret] = useState('');
  const t = useT();
  const [error, setError] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const usesServerSecret = serverClientId !== null && clientId === serverClientId && secret === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const failure = await onSubmit(clientId.trim(), secret);
    setBusy(false);
    setSecret('');
    if (failure) setError(failure);
  };

  return (
    <form className="lantern-form" onSubmit={(e) => void submit(e)} aria-label={t('signIn.clientCredentials.form')}>
      {typedAllowed ? (
        <>
          <TextInput
            id="cc-client-id"
            labelText={t('signIn.clientCredentials.clientId')}
            autoComplete="off"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
          />
          <PasswordInput
            id="cc-client-secret"
            labelText={t('signIn.clientCredentials.secret')}
            autoComplete="off"
            helperText={
              serverClientId !== null
                ? t('signIn.clientCredentials.serverSecret', { clientId: serverClientId })
                : undefined
            }
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        </>
      ) : (
        <TextInput
          id="cc-client-id"
          labelText={t('signIn.clientCredentials.clientId')}
          helperText={t('signIn.clientCredentials.serverOnly')}
          value={clientId}
          readOnly
        />
      )}
      {error ? (
        <InlineNotification
          kind="error"
          title={t('signIn.clientCredentials.failed')}
          hideCloseButton
          lowContrast
          role="alert"
        >
          <SignInFailureText failure={error} />
        </InlineNotification>
      ) : null}
      <div className="lantern-form__actions">
        <Button type="submit" disabled={busy || clientId.trim() === '' || (secret === '' && !usesServerSecret)}>
          {busy ? t('signIn.clientCredentials.requesting') : t('signIn.clientCredentials.submit')}
        </Button>
      </div>
      <p className="lantern-note">{t('signIn.clientCredentials.note')}</p>
    </form>
  );
}
