import { Tag } from '@carbon/react';
import type { ReactNode } from 'react';
import type { PrimitiveType } from 'react-intl';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { ClaimCheck, TokenInspection } from '../../../lib/authz/token-inspection.ts';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { useFormat } from '../../../lib/i18n/format.ts';
import { isMessage, type Message } from '../../../lib/i18n/message.ts';
import { useT, type Translate } from '../../../lib/i18n/use-t.ts';

// The cluster's setting, named as Camunda spells it.
const PREFER_USERNAME_CLAIM = 'preferUsernameClaim';

/**
 * A finding whose message marks API names (`<code>`) and texts quoted verbatim from the cluster
 * (`<en>`, pronounced and checked as English in every UI language).
 */
function richMessage(t: Translate, message: Message): ReactNode {
  const values: Record<string, PrimitiveType> = {};
  for (const [key, value] of Object.entries(message.values ?? {})) {
    values[key] = isMessage(value) ? t.message(value) : value;
  }
  return t.rich(message.id, {
    ...values,
    code: (chunks) => <code>{chunks}</code>,
    en: (chunks) => <span lang="en">{chunks}</span>,
  });
}

function Check({ label, check, t }: { label: ReactNode; check: ClaimCheck; t: Translate }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {check.actual.length > 0 ? (
          <code>{check.actual.join(', ')}</code>
        ) : (
          <span className="diagnosis-muted">{t('access.token.absent')}</span>
        )}
        {check.ok === true ? (
          <Tag type="green" size="sm" className="diagnosis-aside">
            {t('access.token.matches')}
          </Tag>
        ) : check.ok === false ? (
          <Tag type="red" size="sm" className="diagnosis-aside">
            {t('access.token.mismatch')}
          </Tag>
        ) : null}
        <div className="diagnosis-muted">{richMessage(t, check.message)}</div>
      </dd>
    </>
  );
}

/** The decoded token as the cluster reads it. Decoded here, in the browser; the signature is not checked. */
export function TokenInspector({ inspection, cluster }: { inspection: TokenInspection; cluster: ClusterSummary }) {
  const t = useT();
  const format = useFormat();
  const principal = inspection.caller;
  const code = (chunks: ReactNode[]) => <code>{chunks}</code>;
  const absent = <span className="diagnosis-muted">{t('access.token.absent')}</span>;
  return (
    <div className="diagnosis-token" data-testid="token-inspector">
      <p className="diagnosis-muted">{t('access.token.intro')}</p>
      <dl className="lantern-facts">
        <dt>{t('access.token.resolvedAs')}</dt>
        <dd data-testid="token-principal">
          {principal.error ? (
            <span className="diagnosis-result--fail">
              {/* Camunda's own 401 text, quoted as the cluster words it. */}
              {t.rich('access.token.rejected', { error: <span lang="en">{principal.error}</span> })}
            </span>
          ) : (
            <>
              <strong>{principal.caller?.type}</strong> <code>{principal.caller?.id}</code>
            </>
          )}
        </dd>
        <dt>{t('access.token.usernameClaim')}</dt>
        <dd>
          {t.rich('access.token.claimValue', {
            claim: <code>{principal.username.claim}</code>,
            value: principal.username.value ?? absent,
          })}
        </dd>
        <dt>{t('access.token.clientIdClaim')}</dt>
        <dd>
          {t.rich('access.token.claimValue', {
            claim: principal.clientId.claim ? <code>{principal.clientId.claim}</code> : t('access.token.notConfigured'),
            value: principal.clientId.value ?? absent,
          })}
        </dd>
        <dt>{t('access.token.groups')}</dt>
        <dd>
          {principal.groups
            ? t.rich('access.token.claimValue', {
                claim: <code>{principal.groups.claim}</code>,
                value: principal.groups.values.join(', ') || t('common.none'),
              })
            : t('access.token.noGroupsClaim')}
        </dd>
        <dt>
          <code>{PREFER_USERNAME_CLAIM}</code>
        </dt>
        <dd>
          <code>{String(cluster.oidc?.preferUsernameClaim ?? false)}</code>
        </dd>
        <Check label={t.rich('access.token.issuer', { code })} check={inspection.issuer} t={t} />
        <Check label={t.rich('access.token.audience', { code })} check={inspection.audience} t={t} />
        {inspection.times.map((time) => {
          const ms = time.epochSeconds * 1000;
          return (
            <div key={time.name} style={{ display: 'contents' }}>
              <dt>
                <code>{time.name}</code>
              </dt>
              <dd>
                {/* Relative to the clock that validates the token: the cluster's, when known. */}
                {t('common.timeWithRelative', {
                  time: format.dateTime(ms),
                  relative: format.relative(ms, inspection.referenceMs),
                })}
                {time.problem ? <div className="diagnosis-result--fail">{richMessage(t, time.problem)}</div> : null}
              </dd>
            </div>
          );
        })}
        <dt>{t('access.token.clockSkew')}</dt>
        <dd>
          {inspection.clockSkewSeconds === null
            ? t.rich('access.token.skewUnknown', { code })
            : t('access.token.skew', { seconds: inspection.clockSkewSeconds })}
          {inspection.clockWarning ? (
            <div className="diagnosis-result--fail">{t.message(inspection.clockWarning)}</div>
          ) : null}
        </dd>
      </dl>
      {principal.notes.length > 0 ? (
        <ul aria-label={t('access.token.notes')}>
          {principal.notes.map((note) => (
            // Normal facts (a machine client without groups) are not set in alarm red.
            <li
              key={JSON.stringify(note.text)}
              className={note.severity === 'warning' ? 'diagnosis-result--fail' : 'diagnosis-muted'}
            >
              <CodeText
                text={t(note.severity === 'warning' ? 'access.token.warning' : 'access.token.note', {
                  note: note.text,
                })}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <details className="diagnosis-details">
        <summary>{t('access.token.raw')}</summary>
        {/* Long claims scroll sideways inside the block; focusable so the keyboard can scroll it. */}
        <h3 id="token-raw-header">{t('access.token.header')}</h3>
        <pre className="diagnosis-code" tabIndex={0} aria-labelledby="token-raw-header">
          {JSON.stringify(inspection.header, null, 2)}
        </pre>
        <h3 id="token-raw-claims">{t('access.token.claims')}</h3>
        <pre className="diagnosis-code" tabIndex={0} aria-labelledby="token-raw-claims">
          {JSON.stringify(inspection.claims, null, 2)}
        </pre>
      </details>
    </div>
  );
}
