import { Button, Modal, PasswordInput, RadioButton, RadioButtonGroup, TextInput } from '@carbon/react';
import { useEffect, useRef, useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { Message } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
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
  principalCannotApply: Message | null;
  /** Whether the failed request is re-run afterwards (the caller is the refused principal). */
  replay: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (actor: FixActor) => void;
}

type Way = 'caller' | 'popup-admin' | 'server-admin';

/** The request exactly as it goes to the cluster: the line, then the JSON body if it has one. */
function requestText(request: ReturnType<typeof clusterRequestOf>): string {
  const line = `${request.method} ${request.path}`;
  return request.body === undefined ? line : `${line}\n${JSON.stringify(request.body, null, 2)}`;
}

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
  const t = useT();
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
  const kind = several ? 'several' : isGrant ? 'grant' : 'membership';
  const count = requests.length;
  return (
    <Modal
      open={open}
      modalHeading={t('fix.apply.heading', { kind, count })}
      primaryButtonText={
        busy ? t('fix.apply.busy') : t('fix.apply.submit', { kind, count, replay: replay ? 'yes' : 'no' })
      }
      secondaryButtonText={t('fix.apply.cancel')}
      primaryButtonDisabled={!canSubmit}
      onRequestClose={() => {
        forget();
        onCancel();
      }}
      onRequestSubmit={submit}
      size="md"
    >
      <p>{t('fix.apply.intro', { several: several ? 'yes' : 'no', replay: replay ? 'yes' : 'no' })}</p>
      {requests.map((request, index) => (
        <pre
          key={index}
          className="diagnosis-code diagnosis-code--wrap"
          aria-label={several ? t('fix.apply.requestOf', { index: index + 1, count }) : t('fix.apply.requestBody')}
        >
          {requestText(request)}
        </pre>
      ))}
      {principalCannotApply ? (
        <p className="diagnosis-muted">
          <CodeText text={t.message(principalCannotApply)} />
        </p>
      ) : null}
      {cluster.auth === 'basic' ? (
        <div className="lantern-form">
          <p>{t(otherLoginRequired ? 'fix.apply.basicRequired' : 'fix.apply.basicOptional')}</p>
          <TextInput
            id="apply-fix-username"
            labelText={t('fix.apply.username')}
            autoComplete="off"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <PasswordInput
            id="apply-fix-password"
            labelText={t('fix.apply.password')}
            autoComplete="off"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
      ) : null}
      {oidc ? (
        <div className="lantern-form">
          <RadioButtonGroup
            legendText={t('fix.apply.way')}
            name="apply-fix-way"
            orientation="vertical"
            valueSelected={way}
            onChange={(value) => setWay(value as Way)}
          >
            <RadioButton
              id="apply-fix-way-caller"
              value="caller"
              labelText={callerId ? t('fix.apply.asYou', { id: callerId }) : t('fix.apply.asYouSignedIn')}
            />
            {popupOffered ? (
              <RadioButton id="apply-fix-way-popup" value="popup-admin" labelText={t('fix.apply.asPopupAdmin')} />
            ) : null}
            {serverAdmin ? (
              <RadioButton
                id="apply-fix-way-server"
                value="server-admin"
                labelText={t('fix.apply.asServerClient', { clientId: serverAdmin.clientId })}
              />
            ) : null}
          </RadioButtonGroup>
          {way === 'popup-admin' && popupOffered ? (
            <div className="diagnosis-row">
              <Button kind="tertiary" size="sm" onClick={() => void signInPopup()}>
                {t(
                  popupState.busy
                    ? 'fix.apply.popupAgain'
                    : popup
                      ? 'fix.apply.popupSomeoneElse'
                      : 'fix.apply.popupSignIn',
                )}
              </Button>
              <span role="status" className="diagnosis-muted" data-testid="admin-popup-status">
                {popupState.busy
                  ? t('fix.apply.popupWaiting')
                  : popup
                    ? t('fix.apply.popupSignedIn', { username: popup.username })
                    : popupState.error
                      ? t.rich('fix.apply.popupFailed', {
                          // The identity provider's or the OIDC library's own words, quoted as they came.
                          quote: () => <span lang="en">{popupState.error}</span>,
                        })
                      : t('fix.apply.popupHint')}
              </span>
            </div>
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
