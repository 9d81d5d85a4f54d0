import { Button, InlineLoading, InlineNotification, RadioButton, RadioButtonGroup } from '@carbon/react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { clearRequestLog } from '../../../lib/api/request-log.ts';
import { describeCaller } from '../../../lib/auth/caller.ts';
import { useCluster } from '../../../lib/clusters/cluster-queries.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { authMethodLabel, clusterVersionQueries } from '../../../lib/clusters/cluster-version.ts';
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
import {
  describeSessionError,
  endClientCredentialsSession,
  startClientCredentialsSession,
} from '../client-credentials.ts';
import { initialStages, runConnectionCheck, type CheckResult, type Stage } from '../connection-check.ts';
import { BasicSignInForm } from './basic-sign-in-form.tsx';
import { ClientCredentialsForm } from './client-credentials-form.tsx';
import { ConnectionStages } from './connection-stages.tsx';
import { TokenSignInForm } from './token-sign-in-form.tsx';

type OidcMethod = 'pkce' | 'client-credentials' | 'token';

/** /c/:clusterId — the staged connection check and the sign-in for the cluster's auth method. */
export function ConnectPage() {
  const { clusterId = '' } = useParams();
  const { cluster, isPending, notFound, error } = useCluster(clusterId);
  if (isPending) return <InlineLoading description="Loading the cluster list…" className="lantern-page" />;
  if (notFound || error || !cluster) {
    return (
      <section className="lantern-page" aria-labelledby="connect-title">
        <h1 id="connect-title" className="lantern-page__title">
          Unknown cluster
        </h1>
        <p>
          This Lantern server has no cluster “{clusterId}”. <Link to="/">Choose one of the configured clusters</Link>.
        </p>
      </section>
    );
  }
  return <ConnectCluster key={cluster.id} cluster={cluster} />;
}

function failureMessage(result: CheckResult): string {
  const failed = result.stages.find((s) => s.verdict === 'fail' || (s.id === 'auth' && s.verdict === 'warn'));
  if (!failed) return 'The cluster did not accept the connection.';
  return failed.detail ? `${failed.reason} (${failed.detail})` : failed.reason;
}

function describeLoginFailure(error: unknown): { title: string; text: string } {
  if (error instanceof IdentityProviderUnreachableError) {
    return {
      title: `The identity provider at ${error.issuer} could not be reached.`,
      text: `Discovery failed: Lantern asked ${error.discoveryUrl} and got ${error.reason}. Try again once the provider is up; no reload is needed.`,
    };
  }
  return { title: 'Could not start the login:', text: error instanceof Error ? error.message : String(error) };
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
  const [oidcError, setOidcError] = useState<{ title: string; text: string } | null>(null);
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
  ): Promise<string | null> => {
    clearSignInNotice(cluster.id);
    let candidate: CandidateConnection;
    try {
      candidate = await prepare();
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
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
    return failureMessage(result);
  };

  const startPkce = async () => {
    setOidcError(null);
    try {
      const { startOidcLogin } = await import('../../../lib/auth/oidc-session.ts');
      await startOidcLogin(cluster, returnTo);
    } catch (e) {
      setOidcError(describeLoginFailure(e));
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
        <span className="lantern-cluster-card__address">{cluster.restAddress}</span> · {authMethodLabel(cluster)}
        {cluster.oidc ? ` · issuer ${cluster.oidc.issuer}` : ''}
      </p>
      {notice ? (
        <InlineNotification
          kind="warning"
          title="Please sign in again."
          subtitle={notice.detail ? `${notice.reason} The cluster said: ${notice.detail}` : notice.reason}
          onCloseButtonClick={() => clearSignInNotice(cluster.id)}
          lowContrast
          role="alert"
        />
      ) : null}
      <div className="lantern-connect">
        <section className="lantern-panel" aria-labelledby="check-title">
          <h2 id="check-title" className="lantern-panel__title">
            Connection check
          </h2>
          <ConnectionStages stages={stages} />
          <div className="lantern-form__actions">
            <Button kind="tertiary" size="md" onClick={() => void check()} disabled={running || restoring}>
              {running ? 'Checking…' : 'Run the check again'}
            </Button>
          </div>
        </section>
        <section className="lantern-panel" aria-labelledby="signin-title">
          <h2 id="signin-title" className="lantern-panel__title">
            {connection ? 'Connected' : 'Sign in'}
          </h2>
          {restoring ? <InlineLoading description="Restoring your OIDC session…" /> : null}
          {connection ? (
            <>
              <p>
                {connectionMethodLabel(connection.method)}
                {connection.caller.type === 'ANONYMOUS'
                  ? ' — anonymous caller.'
                  : ` — signed in as ${describeCaller(connection.caller)}.`}
              </p>
              <div className="lantern-form__actions">
                <Button onClick={() => void navigate(returnTo)} disabled={lastResult !== null && !lastResult.usable}>
                  Continue
                </Button>
                {connection.method !== 'none' ? (
                  <Button kind="secondary" onClick={() => void doSignOut()}>
                    Sign out
                  </Button>
                ) : null}
              </div>
            </>
          ) : restoring ? null : cluster.auth === 'none' ? (
            <>
              <p>This cluster’s API is unprotected: no credentials are needed.</p>
              <div className="lantern-form__actions">
                <Button onClick={() => void attempt(() => candidateNone(cluster))}>Continue without credentials</Button>
              </div>
            </>
          ) : cluster.auth === 'basic' ? (
            <BasicSignInForm onSubmit={(u, p) => attempt(() => candidateBasic(cluster, u, p))} />
          ) : (
            <>
              <RadioButtonGroup
                legendText="How do you want to authenticate?"
                name="oidc-method"
                orientation="vertical"
                valueSelected={oidcMethod}
                onChange={(value) => setOidcMethod(value as OidcMethod)}
              >
                {cluster.oidc?.clientId ? (
                  <RadioButton id="oidc-method-pkce" value="pkce" labelText="User login at the identity provider" />
                ) : null}
                {offersClientCredentials ? (
                  <RadioButton
                    id="oidc-method-cc"
                    value="client-credentials"
                    labelText="Client credentials (a machine client)"
                  />
                ) : null}
                <RadioButton id="oidc-method-token" value="token" labelText="Paste an access token" />
              </RadioButtonGroup>
              {oidcMethod === 'pkce' ? (
                <div className="lantern-form">
                  <p>
                    You will be sent to <strong>{cluster.oidc?.issuer}</strong> to sign in and brought back to{' '}
                    <code>{returnTo}</code>. The token is renewed before it expires and kept in this tab’s session
                    storage only.
                  </p>
                  {oidcError ? (
                    <InlineNotification
                      kind="error"
                      title={oidcError.title}
                      subtitle={oidcError.text}
                      hideCloseButton
                      lowContrast
                      role="alert"
                    />
                  ) : null}
                  <div className="lantern-form__actions">
                    <Button onClick={() => void startPkce()}>Sign in with the identity provider</Button>
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
                          throw new Error(describeSessionError(e, id || cluster.serverClientCredentials?.clientId));
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
            Deep link to this cluster: <code>{`${window.location.origin}/c/${cluster.id}`}</code>
          </p>
        </section>
      </div>
    </section>
  );
}
