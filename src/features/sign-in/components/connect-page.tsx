import { Button, InlineLoading, InlineNotification, RadioButton, RadioButtonGroup } from '@carbon/react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { clearRequestLog } from '../../../lib/api/request-log.ts';
import { describeCaller } from '../../../lib/auth/caller.ts';
import { useCluster } from '../../../lib/clusters/cluster-queries.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { clusterVersionQueries } from '../../../lib/clusters/cluster-version.ts';
import {
  candidateBasic,
  candidateClientCredentials,
  candidateNone,
  candidateToken,
  clearSignInNotice,
  connectionMethodLabel,
  getConnection,
  type CandidateConnection,
  signOut,
  useConnection,
} from '../../../lib/connection/connection-store.ts';
import { primeCurrentUser } from '../../../lib/connection/current-user.ts';
import { safeReturnTo } from '../../../lib/connection/return-to.ts';
import { hasStoredOidcUser, IdentityProviderUnreachableError } from '../../../lib/auth/oidc-session.ts';
import { msg, type Message } from '../../../lib/i18n/message.ts';
import { useT, type Translate } from '../../../lib/i18n/use-t.ts';
import {
  describeSessionError,
  endClientCredentialsSession,
  startClientCredentialsSession,
} from '../client-credentials.ts';
import { initialStages, runConnectionCheck, type CheckResult, type Stage } from '../connection-check.ts';
import { BasicSignInForm } from './basic-sign-in-form.tsx';
import { ClientCredentialsForm } from './client-credentials-form.tsx';
import { ConnectionStages } from './connection-stages.tsx';
import type { SignInFailure } from './sign-in-failure.tsx';
import './connect-page.scss';
import { TokenSignInForm } from './token-sign-in-form.tsx';

type OidcMethod = 'pkce' | 'client-credentials' | 'token';

/** A client-credentials exchange that failed, with its reason as a message. */
class SessionError extends Error {
  constructor(readonly reason: Message) {
    super(reason.id);
  }
}

/** /c/:clusterId — the staged connection check and the sign-in for the cluster's auth method. */
export function ConnectPage() {
  const { clusterId = '' } = useParams();
  const { cluster, isPending, notFound, error } = useCluster(clusterId);
  const t = useT();
  if (isPending) return <InlineLoading description={t('signIn.loadingClusters')} className="lantern-page" />;
  if (notFound || error || !cluster) {
    return (
      <section className="lantern-page" aria-labelledby="connect-title">
        <h1 id="connect-title" className="lantern-page__title">
          {t('signIn.unknownCluster.title')}
        </h1>
        <p>
          {t.rich('signIn.unknownCluster.body', {
            clusterId,
            link: (chunks) => <Link to="/">{chunks}</Link>,
          })}
        </p>
      </section>
    );
  }
  return <ConnectCluster key={cluster.id} cluster={cluster} />;
}

/** Why a sign-in attempt failed: the failing stage's reason, with the server's words when it gave any. */
function failureOf(result: CheckResult): SignInFailure {
  const failed = result.stages.find((s) => s.verdict === 'fail' || (s.id === 'auth' && s.verdict === 'warn'));
  if (!failed?.reason) return { reason: msg('signIn.failure.notAccepted'), detail: null };
  return { reason: failed.reason, detail: failed.detail };
}

function describeLoginFailure(t: Translate, error: unknown): { title: string; text: string } {
  if (error instanceof IdentityProviderUnreachableError) {
    return {
      title: t('signIn.pkce.unreachable.title', { issuer: error.issuer }),
      text: t('signIn.pkce.unreachable.text', { discoveryUrl: error.discoveryUrl, reason: error.reason }),
    };
  }
  return { title: t('signIn.pkce.failed'), text: error instanceof Error ? error.message : String(error) };
}

function ConnectCluster({ cluster }: { cluster: ClusterSummary }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'), cluster.id);
  const { connection, notice } = useConnection(cluster.id);
  const [stages, setStages] = useState<Stage[]>(initialStages);
  const [running, setRunning] = useState(false);
  const [lastResult, setLastResult] = useState<CheckResult | null>(null);
  // Client credentials are offered when the browser may type them or the server holds a client.
  const offersClientCredentials = cluster.typedClientCredentials || cluster.serverClientCredentials !== null;
  const [oidcMethod, setOidcMethod] = useState<OidcMethod>(
    cluster.oidc?.clientId ? 'pkce' : offersClientCredentials ? 'client-credentials' : 'token',
  );
  // The error itself, worded at render so a language switch re-words it.
  const [oidcError, setOidcError] = useState<{ error: unknown } | null>(null);
  const t = useT();
  const runId = useRef(0);

  const check = useCallback(
    async (attempt?: CandidateConnection): Promise<CheckResult> => {
      runId.current += 1;
      const mine = runId.current;
      const result = await runConnectionCheck({
        cluster,
        connection: attempt ? attempt.connection : getConnection(cluster.id),
        ...(attempt ? { credentials: attempt.headers } : {}),
        onProgress: (next) => {
          if (runId.current !== mine) return;
          setRunning(true);
          setStages(next);
        },
      });
      if (runId.current === mine) {
        setRunning(false);
        setLastResult(result);
      }
      if (result.gatewayVersion) {
        queryClient.setQueryData(clusterVersionQueries.version(cluster.id).queryKey, result.gatewayVersion);
      }
      return result;
    },
    [cluster, queryClient],
  );

  const [restoring, setRestoring] = useState(
    () => cluster.auth === 'oidc' && !getConnection(cluster.id) && hasStoredOidcUser(cluster.id),
  );
  useEffect(() => {
    if (!restoring) {
      void check();
      return;
    }
    void import('../../../lib/auth/oidc-session.ts')
      .then(({ restoreOidcLogin }) => restoreOidcLogin(cluster))
      .catch(() => false)
      .finally(() => setRestoring(false));
  }, [check, cluster, restoring]);

  /** Checks candidate credentials; only an accepted candidate becomes the connection. */
  const attempt = async (
    prepare: () => CandidateConnection | Promise<CandidateConnection>,
    onRejected?: () => Promise<void>,
  ): Promise<SignInFailure | null> => {
    clearSignInNotice(cluster.id);
    let candidate: CandidateConnection;
    try {
      candidate = await prepare();
    } catch (e) {
      if (e instanceof SessionError) return { reason: e.reason, detail: null };
      return {
        reason: msg('signIn.error.unexpected', { text: e instanceof Error ? e.message : String(e) }),
        detail: null,
      };
    }
    const result = await check(candidate);
    if (result.usable) {
      const connection = candidate.commit();
      // The check has just read /me with these credentials: the first view must not ask again.
      if (result.currentUser) primeCurrentUser(queryClient, connection, result.currentUser);
      await navigate(returnTo, { replace: true });
      return null;
    }
    await onRejected?.();
    return failureOf(result);
  };

  const startPkce = async () => {
    setOidcError(null);
    try {
      const { startOidcLogin } = await import('../../../lib/auth/oidc-session.ts');
      await startOidcLogin(cluster, returnTo);
    } catch (e) {
      setOidcError({ error: e });
    }
  };

  const doSignOut = async () => {
    clearRequestLog(cluster.id);
    await signOut(cluster.id);
    void check();
  };

  return (
    <section className="lantern-page" aria-labelledby="connect-title">
      <h1 id="connect-title" className="lantern-page__title">
        {cluster.name}
      </h1>
      <p className="lantern-page__lead">
        {t.rich('signIn.lead', {
          address: cluster.restAddress,
          auth: cluster.auth,
          issuer: cluster.oidc?.issuer ?? 'none',
          addr: (chunks) => <span className="lantern-cluster-card__address">{chunks}</span>,
        })}
      </p>
      {notice ? (
        <InlineNotification
          kind="warning"
          title={t('signIn.notice.title')}
          onCloseButtonClick={() => clearSignInNotice(cluster.id)}
          lowContrast
          role="alert"
        >
          <div className="cds--inline-notification__subtitle">
            {notice.detail
              ? t.rich('signIn.notice.withDetail', {
                  reason: t.message(notice.reason),
                  detail: notice.detail,
                  quote: (chunks) => <q lang="en">{chunks}</q>,
                })
              : t.message(notice.reason)}
          </div>
        </InlineNotification>
      ) : null}
      <div className="lantern-connect">
        <section className="lantern-panel" aria-labelledby="check-title">
          <h2 id="check-title" className="lantern-panel__title">
            {t('signIn.check.title')}
          </h2>
          <ConnectionStages stages={stages} />
          <div className="lantern-form__actions">
            <Button kind="tertiary" size="md" onClick={() => void check()} disabled={running || restoring}>
              {running ? t('signIn.checking') : t('signIn.check.again')}
            </Button>
          </div>
        </section>
        <section className="lantern-panel" aria-labelledby="signin-title">
          <h2 id="signin-title" className="lantern-panel__title">
            {connection ? t('signIn.connected') : t('signIn.signIn')}
          </h2>
          {restoring ? <InlineLoading description={t('signIn.restoring')} /> : null}
          {connection ? (
            <>
              <p>
                {connection.caller.type === 'ANONYMOUS'
                  ? t('signIn.connectedAnonymous', { method: connectionMethodLabel(connection.method) })
                  : t('signIn.connectedAs', {
                      method: connectionMethodLabel(connection.method),
                      caller: describeCaller(connection.caller),
                    })}
              </p>
              <div className="lantern-form__actions">
                <Button onClick={() => void navigate(returnTo)} disabled={lastResult !== null && !lastResult.usable}>
                  {t('signIn.continue')}
                </Button>
                {connection.method !== 'none' ? (
                  <Button kind="secondary" onClick={() => void doSignOut()}>
                    {t('common.signOut')}
                  </Button>
                ) : null}
              </div>
            </>
          ) : restoring ? null : cluster.auth === 'none' ? (
            <>
              <p>{t('signIn.unprotected')}</p>
              <div className="lantern-form__actions">
                <Button onClick={() => void attempt(() => candidateNone(cluster))}>
                  {t('signIn.continueWithout')}
                </Button>
              </div>
            </>
          ) : cluster.auth === 'basic' ? (
            <BasicSignInForm onSubmit={(u, p) => attempt(() => candidateBasic(cluster, u, p))} />
          ) : (
            <>
              <RadioButtonGroup
                legendText={t('signIn.method.question')}
                name="oidc-method"
                orientation="vertical"
                valueSelected={oidcMethod}
                onChange={(value) => setOidcMethod(value as OidcMethod)}
              >
                {cluster.oidc?.clientId ? (
                  <RadioButton id="oidc-method-pkce" value="pkce" labelText={t('signIn.method.pkceChoice')} />
                ) : null}
                {offersClientCredentials ? (
                  <RadioButton
                    id="oidc-method-cc"
                    value="client-credentials"
                    labelText={t('signIn.method.clientCredentialsChoice')}
                  />
                ) : null}
                <RadioButton id="oidc-method-token" value="token" labelText={t('signIn.method.tokenChoice')} />
              </RadioButtonGroup>
              {oidcMethod === 'pkce' ? (
                <div className="lantern-form">
                  <p>
                    {t.rich('signIn.pkce.explanation', {
                      issuer: cluster.oidc?.issuer ?? '',
                      returnTo,
                      strong: (chunks) => <strong>{chunks}</strong>,
                      code: (chunks) => <code>{chunks}</code>,
                    })}
                  </p>
                  {oidcError ? (
                    <InlineNotification
                      kind="error"
                      title={describeLoginFailure(t, oidcError.error).title}
                      subtitle={describeLoginFailure(t, oidcError.error).text}
                      hideCloseButton
                      lowContrast
                      role="alert"
                    />
                  ) : null}
                  <div className="lantern-form__actions">
                    <Button onClick={() => void startPkce()}>{t('signIn.pkce.start')}</Button>
                  </div>
                </div>
              ) : oidcMethod === 'client-credentials' && offersClientCredentials ? (
                <ClientCredentialsForm
                  serverClientId={cluster.serverClientCredentials?.clientId ?? null}
                  typedAllowed={cluster.typedClientCredentials}
                  onSubmit={async (id, secret) => {
                    let sessionId: string | null = null;
                    return attempt(
                      async () => {
                        try {
                          const session = await startClientCredentialsSession(cluster.id, id, secret);
                          sessionId = session.sessionId;
                          return candidateClientCredentials(cluster, session);
                        } catch (e) {
                          throw new SessionError(
                            describeSessionError(e, id || cluster.serverClientCredentials?.clientId),
                          );
                        }
                      },
                      () => (sessionId ? endClientCredentialsSession(sessionId) : Promise.resolve()),
                    );
                  }}
                />
              ) : (
                <TokenSignInForm
                  expectedAudience={cluster.oidc?.audience ?? null}
                  onSubmit={(token) => attempt(() => candidateToken(cluster, token))}
                />
              )}
            </>
          )}
          <p className="lantern-note">
            {t.rich('signIn.deepLink', {
              url: `${window.location.origin}/c/${cluster.id}`,
              code: (chunks) => <code>{chunks}</code>,
            })}
          </p>
        </section>
      </div>
    </section>
  );
}
