import { Button, InlineNotification, PasswordInput, TextInput } from '@carbon/react';
import { useState, type FormEvent } from 'react';

interface ClientCredentialsFormProps {
  serverClientId: string | null;
  /** The server accepts a typed client id and secret; otherwise only its configured client is offered. */
  typedAllowed: boolean;
  onSubmit: (clientId: string, clientSecret: string) => Promise<string | null>;
}

export function ClientCredentialsForm({ serverClientId, typedAllowed, onSubmit }: ClientCredentialsFormProps) {
  const [typedClientId, setClientId] = useState(serverClientId ?? '');
  const clientId = typedAllowed ? typedClientId : (serverClientId ?? '');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const usesServerSecret = serverClientId !== null && clientId === serverClientId && secret === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const message = await onSubmit(clientId.trim(), secret);
    setBusy(false);
    setSecret('');
    if (message) setError(message);
  };

  return (
    <form className="lantern-form" onSubmit={(e) => void submit(e)} aria-label="OIDC client credentials">
      {typedAllowed ? (
        <>
          <TextInput
            id="cc-client-id"
            labelText="Client ID"
            autoComplete="off"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
          />
          <PasswordInput
            id="cc-client-secret"
            labelText="Client secret"
            autoComplete="off"
            helperText={
              serverClientId !== null
                ? `Leave empty to use the secret configured on the server for ${serverClientId}.`
                : undefined
            }
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        </>
      ) : (
        <TextInput
          id="cc-client-id"
          labelText="Client ID"
          helperText="This server only uses the client it is configured with; its secret stays on the server."
          value={clientId}
          readOnly
        />
      )}
      {error ? (
        <InlineNotification
          kind="error"
          title="No token for this client:"
          subtitle={error}
          hideCloseButton
          lowContrast
          role="alert"
        />
      ) : null}
      <div className="lantern-form__actions">
        <Button type="submit" disabled={busy || clientId.trim() === '' || (secret === '' && !usesServerSecret)}>
          {busy ? 'Requesting a token…' : 'Get a token'}
        </Button>
      </div>
      <p className="lantern-note">
        The Lantern server exchanges the credentials at the token endpoint and keeps the secret and the token in its
        memory; this tab only holds a session handle. Use it to triage what a machine client may do.
      </p>
    </form>
  );
}
