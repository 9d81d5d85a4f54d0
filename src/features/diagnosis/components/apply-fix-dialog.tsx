import { Button, Modal, PasswordInput, RadioButton, RadioButtonGroup, TextInput } from '@carbon/react';
import { useEffect, useRef, useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { clusterRequestOf, type FixAction, type FixActor, serverAdminClient } from '../api/fix-actions.ts';

interface ApplyFixDialogProps {
  open: boolean;
  cluster: Pick<ClusterSummary, 'id' | 'auth' | 'oidc'>;
  /** Exactly what will be sent (last, when `before` is given). */
  action: FixAction;
  /** Changes sent first, in order (a candidate group's membership before the group's grant). */
  before?: readonly FixAction[];
  /** The signed-in caller's id, for "as you". */
  callerId: string | null;
  /** Why the signed-in principal cannot apply it itself, when it cannot. */
  principalCannotApply: string | null;
  /** Whether the failed request is re-run afterwards (the caller is the refused principal). */
  replay: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (actor: FixActor) => void;
}

type Way = 'caller' | 'popup-admin' | 'server-admin';

/** Confirmation before Lantern writes anything: the exact request, and with whose rights it goes. */
export function ApplyFixDialog(props: ApplyFixDialogProps) {
  const {
    open,
    cluster,
    action,
    before = [],
    callerId,
    principalCannotApply,
    replay,
    busy,
    onCancel,
    onConfirm,
  } = props;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const oidc = cluster.auth === 'oidc';
  const popupOffered = oidc && Boolean(cluster.oidc?.clientId);
  const [way, setWay] = useState<Way>(principalCannotApply && popupOffered ? 'popup-admin' : 'caller');
  const [popup, setPopup] = useState<{ username: string; accessToken: string } | null>(null);
  const [popupState, setPopupState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [serverAdmin, setServerAdmin] = useState<{ clientId: string } | null>(null);
  // The sign-in window in progress, if any: a new attempt or closing the dialog gives it up.
  const popupAttempt = useRef<AbortController | null>(null);
  useEffect(() => () => popupAttempt.current?.abort(), []);
  useEffect(() => {
    if (!open || !oidc) return;
    let live = true;
    void serverAdminClient(cluster.id).then((found) => {
      if (!live) return;
      setServerAdmin(found);
      if (found && principalCannotApply) setWay('server-admin');
    });
    // Loaded now, so the popup opens within the click that asks for it.
    void import('../../../lib/auth/admin-popup-sign-in.ts');
    return () => {
      live = false;
    };
  }, [open, oidc, cluster.id, principalCannotApply]);

  // Someone who may not create authorizations must name someone who may (Basic clusters).
  const otherLoginRequired = principalCannotApply !== null && cluster.auth === 'basic';
  const otherLoginGiven = username.trim() !== '' && password !== '';
  const canSubmit =
    !busy &&
    (cluster.auth === 'basic'
      ? !otherLoginRequired || otherLoginGiven
      : way === 'caller'
        ? true
        : way === 'popup-admin'
          ? popup !== null
          : serverAdmin !== null);

  const forget = () => {
    // The typed password and the popup's token live only for this one change.
    setPassword('');
    setPopup(null);
  };
  const submit = () => {
    if (!canSubmit) return;
    let actor: FixActor = { kind: 'caller' };
    if (cluster.auth === 'basic' && otherLoginGiven) {
      actor = { kind: 'basic-admin', username: username.trim(), password };
    } else if (oidc && way === 'popup-admin' && popup) {
      actor = { kind: 'popup-admin', username: popup.username, accessToken: popup.accessToken };
    } else if (oidc && way === 'server-admin') {
      actor = { kind: 'server-admin' };
    }
    forget();
    onConfirm(actor);
  };
  const signInPopup = async () => {
    popupAttempt.current?.abort();
    const attempt = new AbortController();
    popupAttempt.current = attempt;
    setPopupState({ busy: true, error: null });
    try {
      const { signInAdministratorInPopup } = await import('../../../lib/auth/admin-popup-sign-in.ts');
      const signedIn = await signInAdministratorInPopup(cluster, attempt.signal);
      if (attempt.signal.aborted) return;
      setPopup(signedIn);
      setPopupState({ busy: false, error: null });
    } catch (error) {
      if (attempt.signal.aborted) return;
      setPopupState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  const requests = [...before, action].map(clusterRequestOf);
  const isGrant = action.kind === 'authorization';
  const several = requests.length > 1;
  const verb = several ? `Send all ${requests.length}` : isGrant ? 'Create authorization' : 'Add membership';
  return (
    <Modal
      open={open}
      modalHeading={
        several
          ? `Send these ${requests.length} changes?`
          : isGrant
            ? 'Create this authorization?'
            : 'Add this membership?'
      }
      primaryButtonText={busy ? 'Applying…' : `${verb} and ${replay ? 'retry' : 'verify'}`}
      secondaryButtonText="Cancel"
      primaryButtonDisabled={!canSubmit}
      onRequestClose={() => {
        forget();
        onCancel();
      }}
      onRequestSubmit={submit}
      size="md"
    >
      <p>
        {several
          ? 'Lantern will send these requests to the cluster in this order, stopping at the first that fails, then re-read its authorizations to verify the changes'
          : 'Lantern will send this request to the cluster, re-read its authorizations to verify the change'}
        {replay ? ', then re-run the failed request as you' : ''}:
      </p>
      {requests.map((request, index) => (
        <pre
          key={index}
          className="diagnosis-code diagnosis-code--wrap"
          aria-label={several ? `Request ${index + 1} of ${requests.length}` : 'Request body'}
        >
          {`${request.method} ${request.path}${request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}`}
        </pre>
      ))}
      {principalCannotApply ? (
        <p className="diagnosis-muted">
          <CodeText text={principalCannotApply} />
        </p>
      ) : null}
      {cluster.auth === 'basic' ? (
        <div className="lantern-form">
          <p>
            {otherLoginRequired
              ? 'Sign in for this one request as someone who may make this change (nothing is kept):'
              : 'Optionally, make it as someone else — for this one request, nothing is kept:'}
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
      {oidc ? (
        <div className="lantern-form">
          <RadioButtonGroup
            legendText="Make the change"
            name="apply-fix-way"
            orientation="vertical"
            valueSelected={way}
            onChange={(value) => setWay(value as Way)}
          >
            <RadioButton id="apply-fix-way-caller" value="caller" labelText={`As you (${callerId ?? 'signed in'})`} />
            {popupOffered ? (
              <RadioButton
                id="apply-fix-way-popup"
                value="popup-admin"
                labelText="As an administrator who signs in for this change"
              />
            ) : null}
            {serverAdmin ? (
              <RadioButton
                id="apply-fix-way-server"
                value="server-admin"
                labelText={`With Lantern's administrative client ${serverAdmin.clientId} (you are one of its administrators)`}
              />
            ) : null}
          </RadioButtonGroup>
          {way === 'popup-admin' && popupOffered ? (
            <div className="diagnosis-row">
              <Button kind="tertiary" size="sm" onClick={() => void signInPopup()}>
                {popupState.busy
                  ? 'Open the sign-in window again'
                  : popup
                    ? 'Sign in as someone else'
                    : 'Sign in as an administrator for this change'}
              </Button>
              <span role="status" className="diagnosis-muted" data-testid="admin-popup-status">
                {popupState.busy
                  ? 'Waiting for the sign-in window (closed it? open it again)…'
                  : popup
                    ? `Signed in as ${popup.username} for this change only; the token is dropped afterwards.`
                    : popupState.error
                      ? `The sign-in did not complete: ${popupState.error}`
                      : 'A window of the identity provider opens. This tab stays signed in as you, but the provider keeps one sign-in per browser: when your current token expires, Lantern asks you to sign in again.'}
              </span>
            </div>
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
