import { Modal, PasswordInput, TextInput } from '@carbon/react';
import { useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';

export interface ApplyCredentials {
  username: string;
  password: string;
}

interface ApplyFixDialogProps {
  open: boolean;
  /** The exact body that will be posted. */
  body: Record<string, unknown>;
  /** Why the signed-in principal cannot apply it itself, when it cannot. */
  principalCannotApply: string | null;
  /** Basic clusters can take an administrator's login for this one request. */
  offerOtherLogin: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (credentials: ApplyCredentials | null) => void;
}

/** Confirmation before Lantern writes anything: shows the exact body it will send. */
export function ApplyFixDialog({
  open,
  body,
  principalCannotApply,
  offerOtherLogin,
  busy,
  onCancel,
  onConfirm,
}: ApplyFixDialogProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // Someone who may not create authorizations must name someone who may; others may do so optionally.
  const otherLoginRequired = principalCannotApply !== null && offerOtherLogin;
  const otherLoginGiven = username.trim() !== '' && password !== '';
  const canSubmit = !busy && (!otherLoginRequired || otherLoginGiven);
  const submit = () => {
    if (!canSubmit) return;
    const credentials = offerOtherLogin && otherLoginGiven ? { username: username.trim(), password } : null;
    // The typed password lives only for this one request.
    setPassword('');
    onConfirm(credentials);
  };
  return (
    <Modal
      open={open}
      modalHeading="Create this authorization?"
      primaryButtonText={busy ? 'Applying…' : 'Create authorization and retry'}
      secondaryButtonText="Cancel"
      primaryButtonDisabled={!canSubmit}
      onRequestClose={onCancel}
      onRequestSubmit={submit}
      size="md"
    >
      <p>Lantern will send this request to the cluster, then re-run the failed request as you:</p>
      <pre className="diagnosis-code diagnosis-code--wrap" aria-label="Request body">
        {`POST /v2/authorizations\n${JSON.stringify(body, null, 2)}`}
      </pre>
      {principalCannotApply ? (
        <p className="diagnosis-muted">
          <CodeText text={principalCannotApply} />
        </p>
      ) : null}
      {offerOtherLogin ? (
        <div className="lantern-form">
          <p>
            {otherLoginRequired
              ? 'Sign in for this one request as someone who may create authorizations (nothing is kept):'
              : 'Optionally, create it as someone else — for this one request, nothing is kept:'}
          </p>
          <TextInput
            id="apply-fix-username"
            labelText="Administrator username"
            autoComplete="off"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <PasswordInput
            id="apply-fix-password"
            labelText="Administrator password"
            autoComplete="off"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
      ) : null}
    </Modal>
  );
}
