import { Button, InlineNotification, PasswordInput, TextInput } from '@carbon/react';
import { useState, type FormEvent } from 'react';

interface BasicSignInFormProps {
  /** Resolves to an error message to show inline, or null when signed in. */
  onSubmit: (username: string, password: string) => Promise<string | null>;
}

export function BasicSignInForm({ onSubmit }: BasicSignInFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const message = await onSubmit(username, password);
    setBusy(false);
    if (message) {
      setError(message);
      setPassword('');
    }
  };

  return (
    <form className="lantern-form" onSubmit={(e) => void submit(e)} aria-label="Basic authentication" noValidate>
      <TextInput
        id="basic-username"
        labelText="Username"
        autoComplete="username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        required
      />
      <PasswordInput
        id="basic-password"
        labelText="Password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
      />
      {error ? (
        <InlineNotification
          kind="error"
          title="Sign-in failed:"
          subtitle={error}
          hideCloseButton
          lowContrast
          role="alert"
        />
      ) : null}
      <div className="lantern-form__actions">
        <Button type="submit" disabled={busy || username === ''}>
          {busy ? 'Checking…' : 'Sign in'}
        </Button>
      </div>
      <p className="lantern-note">
        The password stays in this tab’s memory only: a reload asks again. Basic authentication costs the cluster a
        password check on every request, so prefer OIDC for heavy use.
      </p>
    </form>
  );
}
