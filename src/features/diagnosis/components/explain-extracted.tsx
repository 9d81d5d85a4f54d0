import { Fragment, type ReactNode } from 'react';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useFormat } from '../../../lib/i18n/format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { PrincipalType, ResourceHints } from '../lib/diagnosis-facts.ts';

/** The labels of the ids a text or link carries; shared with the read-back of an unrecognised paste. */
export const HINT_LABELS: Record<keyof ResourceHints, MessageId> = {
  processDefinitionId: 'explain.hint.processDefinitionId',
  userTaskKey: 'explain.hint.userTaskKey',
  tenantId: 'explain.hint.tenantId',
  processInstanceKey: 'explain.hint.processInstanceKey',
  jobKey: 'explain.hint.jobKey',
  jobType: 'explain.hint.jobType',
};

export interface ExtractedFacts {
  /** "Java client", "curl -v", "shared link", … as a message id. */
  source: MessageId;
  status: number | null;
  title: string | null;
  detail: string | null;
  method: string | null;
  path: string | null;
  operationId: string | null;
  principal: { type: PrincipalType; id: string } | null;
  /** A pasted text names the caller; a link names the principal its sender chose. */
  principalFrom: 'text' | 'link';
  hints: ResourceHints;
  at: string | null;
}

/**
 * What Lantern read out of the pasted text or the link. Everything is rendered as text; the title
 * and detail are Camunda's own English, marked `lang="en"`.
 */
export function ExplainExtracted({ facts }: { facts: ExtractedFacts }) {
  const t = useT();
  const format = useFormat();
  const hints = (Object.keys(HINT_LABELS) as (keyof ResourceHints)[]).filter((name) => facts.hints[name]);
  const missing = <span className="diagnosis-muted">{t('explain.extracted.missing')}</span>;
  const code = (chunks: ReactNode[]) => <code>{chunks}</code>;
  return (
    <dl className="lantern-facts" data-testid="explain-extracted">
      <dt>{t('explain.field.source')}</dt>
      <dd>{t(facts.source)}</dd>
      <dt>{t('explain.field.status')}</dt>
      <dd>{facts.status ?? missing}</dd>
      <dt>{t('explain.field.title')}</dt>
      <dd>{facts.title !== null ? <span lang="en">{facts.title}</span> : missing}</dd>
      <dt>{t('explain.field.detail')}</dt>
      <dd>{facts.detail !== null ? <span lang="en">{facts.detail}</span> : missing}</dd>
      <dt>{t('explain.field.request')}</dt>
      <dd>
        {facts.method && facts.path ? (
          <code>
            {facts.method} {facts.path}
          </code>
        ) : facts.operationId ? (
          t.rich('explain.extracted.operation', { id: facts.operationId, code })
        ) : (
          missing
        )}
      </dd>
      {facts.principal ? (
        <>
          <dt>{facts.principalFrom === 'link' ? t('explain.field.principal') : t('explain.field.callerNamed')}</dt>
          <dd>{t.rich('explain.extracted.principal', { type: facts.principal.type, id: facts.principal.id, code })}</dd>
        </>
      ) : null}
      {hints.map((name) => (
        <Fragment key={name}>
          <dt>{t(HINT_LABELS[name])}</dt>
          <dd>
            <code>{facts.hints[name]}</code>
          </dd>
        </Fragment>
      ))}
      {facts.at ? (
        <>
          <dt>{t('explain.field.when')}</dt>
          <dd>{format.dateTime(Date.parse(facts.at))}</dd>
        </>
      ) : null}
    </dl>
  );
}
