import type { PastedError } from '../../../lib/authz/error-text/parse-error-text.ts';
import { configurationCausesFromText } from '../../../lib/authz/token-inspection.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DiagnosisFindings } from './evaluation-summary.tsx';
import './explain-page.scss';

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
  const t = useT();
  if (!isUnauthenticatedPaste(pasted) || cluster.auth === 'none') return null;
  const detail = pasted.detail ?? '';
  const aboutToken = tokenCheckWords(detail);
  if (cluster.auth === 'basic') {
    return (
      <section
        className="diagnosis-section explain-signin"
        aria-labelledby="signin-title"
        data-testid="explain-unauthenticated"
      >
        <h2 id="signin-title">{t('explain.signin.title')}</h2>
        <p>{aboutToken ? t('explain.signin.basicTokenText') : t('explain.signin.basic')}</p>
      </section>
    );
  }
  const configuration = configurationCausesFromText(detail, cluster.oidc ?? null);
  return (
    <section
      className="diagnosis-section explain-signin"
      aria-labelledby="signin-title"
      data-testid="explain-unauthenticated"
    >
      <h2 id="signin-title">{t('explain.signin.title')}</h2>
      <p>{t('explain.signin.token')}</p>
      {configuration.length > 0 ? (
        <DiagnosisFindings
          findings={{ tenant: null, candidateGroups: null, configuration, principalAssumptions: [] }}
        />
      ) : (
        <p className="diagnosis-muted">{t('explain.signin.noClaim')}</p>
      )}
    </section>
  );
}
