import { Fragment } from 'react';
import type { ResourceHints } from '../lib/diagnosis-facts.ts';
import { PRINCIPAL_LABEL } from './principal-picker.tsx';

const HINT_LABELS: Record<keyof ResourceHints, string> = {
  processDefinitionId: 'Process id',
  userTaskKey: 'User task key',
  tenantId: 'Tenant',
  processInstanceKey: 'Process instance key',
  jobKey: 'Job key',
  jobType: 'Job type',
};

export interface ExtractedFacts {
  /** "Java client", "curl -v", "shared link", … */
  source: string;
  status: number | null;
  title: string | null;
  detail: string | null;
  method: string | null;
  path: string | null;
  operationId: string | null;
  principal: { type: keyof typeof PRINCIPAL_LABEL; id: string } | null;
  /** A pasted text names the caller; a link names the principal its sender chose. */
  principalFrom: 'text' | 'link';
  hints: ResourceHints;
  at: string | null;
}

/** What Lantern read out of the pasted text or the link. Everything is rendered as text. */
export function ExplainExtracted({ facts }: { facts: ExtractedFacts }) {
  const hints = (Object.keys(HINT_LABELS) as (keyof ResourceHints)[]).filter((name) => facts.hints[name]);
  return (
    <dl className="lantern-facts" data-testid="explain-extracted">
      <dt>Source</dt>
      <dd>{facts.source}</dd>
      <dt>Status</dt>
      <dd>{facts.status ?? <span className="diagnosis-muted">not in the text</span>}</dd>
      <dt>Title</dt>
      <dd>{facts.title ?? <span className="diagnosis-muted">not in the text</span>}</dd>
      <dt>Detail</dt>
      <dd>{facts.detail ?? <span className="diagnosis-muted">not in the text</span>}</dd>
      <dt>Request</dt>
      <dd>
        {facts.method && facts.path ? (
          <code>
            {facts.method} {facts.path}
          </code>
        ) : facts.operationId ? (
          <>
            operation <code>{facts.operationId}</code>
          </>
        ) : (
          <span className="diagnosis-muted">not in the text</span>
        )}
      </dd>
      {facts.principal ? (
        <>
          <dt>{facts.principalFrom === 'link' ? 'Principal' : 'Caller named in the text'}</dt>
          <dd>
            {PRINCIPAL_LABEL[facts.principal.type]} <code>{facts.principal.id}</code>
          </dd>
        </>
      ) : null}
      {hints.map((name) => (
        <Fragment key={name}>
          <dt>{HINT_LABELS[name]}</dt>
          <dd>
            <code>{facts.hints[name]}</code>
          </dd>
        </Fragment>
      ))}
      {facts.at ? (
        <>
          <dt>When</dt>
          <dd>{new Date(facts.at).toLocaleString()}</dd>
        </>
      ) : null}
    </dl>
  );
}
