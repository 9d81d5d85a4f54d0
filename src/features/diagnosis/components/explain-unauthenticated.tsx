import type { PastedError } from '../../../lib/authz/error-text/parse-error-text.ts';
import { configurationCausesFromText } from '../../../lib/authz/token-inspection.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { DiagnosisFindings } from './evaluation-summary.tsx';

/** Whether the paste is a refused sign-in: a 401, or a token-check sentence that only a 401 carries. */
export function isUnauthenticatedPaste(pasted: Pick<PastedError, 'status' | 'detail'>): boolean {
  return pasted.status === 401 || tokenCheckWords(pasted.detail);
}

function tokenCheckWords(detail: string | null): boolean {
  return detail !== null && configurationCausesFromText(detail, null).length > 0;
}

/**
 * A 401 is decided before any operation is looked at (the credentials are checked first), so its
 * causes are shown straight from the text, without the operation picker.
 */
export function ExplainUnauthenticated({
  cluster,
  pasted,
}: {
  cluster: Pick<ClusterSummary, 'auth' | 'oidc'>;
  pasted: Pick<PastedError, 'status' | 'detail'>;
}) {
  if (!isUnauthenticatedPaste(pasted) || cluster.auth === 'none') return null;
  const detail = pasted.detail ?? '';
  const aboutToken = tokenCheckWords(detail);
  if (cluster.auth === 'basic') {
    return (
      <section className="diagnosis-section" aria-labelledby="signin-title" data-testid="explain-unauthenticated">
        <h2 id="signin-title">Why the sign-in was refused</h2>
        <p>
          A 401 means the cluster did not accept the credentials, before any permission or operation was checked.
          {aboutToken ? (
            <>
              {' '}
              This cluster uses Basic authentication: it takes a username and password and never a token, so its sign-in
              checks no audience, issuer or token claim. This text cannot come from this cluster's sign-in: it came from
              another cluster (one that signs in with OIDC) or from an OIDC login in front of it. Explain it on that
              cluster.
            </>
          ) : (
            <> This cluster uses Basic authentication: check the username and password the caller sends.</>
          )}
        </p>
      </section>
    );
  }
  const configuration = configurationCausesFromText(detail, cluster.oidc ?? null);
  return (
    <section className="diagnosis-section" aria-labelledby="signin-title" data-testid="explain-unauthenticated">
      <h2 id="signin-title">Why the sign-in was refused</h2>
      <p>
        A 401 means the cluster did not accept the token, before any permission or operation was checked: the cause is
        in the token or the cluster's token settings, whichever call it was.
      </p>
      {configuration.length > 0 ? (
        <DiagnosisFindings
          findings={{ tenant: null, candidateGroups: null, configuration, principalAssumptions: [] }}
        />
      ) : (
        <p className="diagnosis-muted">
          The text names no token claim. Paste the caller's token under For whom to compare its claims with the
          cluster's settings, or check that it has not expired.
        </p>
      )}
    </section>
  );
}
