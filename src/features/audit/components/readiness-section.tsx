import { InlineNotification, ProgressBar, Select, SelectItem } from '@carbon/react';
import { useEffect, useMemo, useState } from 'react';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterAuthKind } from '../../../lib/authz/fix-drafts.ts';
import { CLUSTER_VERSIONS, type ClusterVersion } from '../../../lib/authz/model.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ownerMessage } from '../lib/audit-words.ts';
import { fixScripts } from '../lib/grant-fix.ts';
import { type OperationChange, readinessSteps } from '../lib/upgrade-readiness.ts';
import { useSlicedRun } from '../lib/use-sliced-run.ts';
import { useNotes } from './findings-section.tsx';

function Changes({ title, changes }: { title: string; changes: OperationChange[] }) {
  const t = useT();
  if (changes.length === 0) return null;
  return (
    <div>
      <h5>{title}</h5>
      <ul>
        {changes.map((change) => (
          <li key={`${change.operationId}-${change.rule}`}>
            {t.rich('audit.readiness.change', {
              operationId: change.operationId,
              method: change.method,
              path: change.path,
              scopes: change.scopes.join(', '),
              rule: change.rule,
              code: (chunks) => <code>{chunks}</code>,
              muted: (chunks) => <span className="audit-muted">{chunks}</span>,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ReadinessSectionProps {
  snapshot: DirectorySnapshot;
  version: ClusterVersion;
  target: { baseUrl: string; auth: ClusterAuthKind };
}

/** Choose a target version; every user and client is compared in slices, with progress. */
export function ReadinessSection({ snapshot, version, target }: ReadinessSectionProps) {
  const t = useT();
  const { language } = useLanguageState();
  const notesOf = useNotes();
  const targets = CLUSTER_VERSIONS.filter((v) => CLUSTER_VERSIONS.indexOf(v) > CLUSTER_VERSIONS.indexOf(version));
  const [to, setTo] = useState<ClusterVersion | null>(targets[0] ?? null);
  const [catalogue, setCatalogue] = useState<readonly CatalogueEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    // The catalogue is a large module of its own; it loads only when the readiness is asked for.
    void import('../../../lib/catalogue/operation-catalogue.ts').then((module) => {
      if (live) setCatalogue(module.OPERATION_CATALOGUE);
    });
    return () => {
      live = false;
    };
  }, []);
  const start = useMemo(
    () => (catalogue && to ? () => readinessSteps({ snapshot, from: version, to, catalogue }) : null),
    [catalogue, snapshot, to, version],
  );
  const run = useSlicedRun(start);
  if (targets.length === 0) {
    return <p>{t('audit.readiness.newest', { version })}</p>;
  }
  return (
    <div className="audit-readiness">
      <Select
        // Carbon keeps the chosen option's text as the select's title: a new language remounts it.
        key={language}
        id="audit-readiness-target"
        labelText={t('audit.readiness.target')}
        value={to ?? ''}
        onChange={(event) => setTo(event.target.value as ClusterVersion)}
      >
        {targets.map((v) => (
          <SelectItem key={v} value={v} text={t('audit.readiness.step', { from: version, to: v })} />
        ))}
      </Select>
      {run.state === 'running' || (run.state === 'idle' && !catalogue) ? (
        <ProgressBar
          label={t('audit.readiness.comparing')}
          helperText={
            run.state === 'running' && run.progress
              ? t('audit.readiness.progress', { done: run.progress.done, total: run.progress.total })
              : t('audit.readiness.loadingCatalogue')
          }
          {...(run.state === 'running' && run.progress ? { value: run.progress.done, max: run.progress.total } : {})}
        />
      ) : null}
      {run.state === 'failed' ? (
        <InlineNotification
          kind="error"
          lowContrast
          hideCloseButton
          title={t('audit.readiness.failed')}
          subtitle={run.error.message}
        />
      ) : null}
      {run.state === 'done' ? (
        <div data-testid="audit-readiness-result">
          <p role="status">
            {run.result.principals.length === 0
              ? t('audit.readiness.nobody', {
                  from: run.result.from,
                  to: run.result.to,
                  count: run.result.unchanged,
                })
              : t('audit.readiness.changed', {
                  from: run.result.from,
                  to: run.result.to,
                  count: run.result.principals.length,
                  unchanged: run.result.unchanged,
                })}
          </p>
          {run.result.principals.map((p) => (
            <article
              key={`${p.subject.type}:${p.subject.id}`}
              className="audit-finding"
              data-testid="audit-readiness-principal"
            >
              <h4>{t.message(ownerMessage(p.subject.type, p.subject.id))}</h4>
              <Changes title={t('audit.readiness.gains')} changes={p.gains} />
              <Changes title={t('audit.readiness.losses')} changes={p.losses} />
            </article>
          ))}
          {run.result.principals.length > 0 ? (
            <section aria-label={t('audit.readiness.keepSame')}>
              <h4>{t('audit.readiness.keepSame')}</h4>
              {run.result.keepSame.notes ? <p>{notesOf(run.result.keepSame)}</p> : null}
              {(() => {
                // A role's default grants only exist after the upgrade: then the note is the whole fix.
                const { remove, add } = run.result.keepSame;
                if (remove.length === 0 && add.length === 0) return null;
                const scripts = fixScripts([run.result.keepSame], target);
                return (
                  <>
                    <pre className="audit-code" tabIndex={0} aria-label={t('audit.script.curl')}>
                      {scripts.curl}
                    </pre>
                    <pre className="audit-code" tabIndex={0} aria-label={t('audit.script.c8ctl')}>
                      {scripts.c8ctl}
                    </pre>
                    <pre className="audit-code" tabIndex={0} aria-label={t('audit.script.yaml')}>
                      {scripts.yaml}
                    </pre>
                  </>
                );
              })()}
            </section>
          ) : null}
          {run.result.newOperations.length > 0 ? (
            <details>
              <summary>
                {t('audit.readiness.newOperations', { count: run.result.newOperations.length, to: run.result.to })}
              </summary>
              <ul>
                {run.result.newOperations.map((op) => (
                  <li key={op.operationId}>
                    {t.rich('audit.readiness.newOperation', {
                      operationId: op.operationId,
                      method: op.method,
                      path: op.path,
                      count: op.holders,
                      code: (chunks) => <code>{chunks}</code>,
                    })}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <details>
            <summary>{t('audit.readiness.rules')}</summary>
            <p>{t.rich('audit.readiness.rulesSource', { code: (chunks) => <code>{chunks}</code> })}</p>
            <ul>
              {run.result.rules.map((rule) => (
                <li key={rule.id}>
                  {t.rich('audit.readiness.rule', {
                    id: rule.id,
                    summary: t.message(rule.summary),
                    strong: (chunks) => <strong>{chunks}</strong>,
                  })}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </div>
  );
}
