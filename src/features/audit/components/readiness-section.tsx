import { InlineNotification, ProgressBar, Select, SelectItem } from '@carbon/react';
import { useEffect, useMemo, useState } from 'react';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterAuthKind } from '../../../lib/authz/fix-drafts.ts';
import { CLUSTER_VERSIONS, type ClusterVersion } from '../../../lib/authz/model.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { fixScripts } from '../lib/grant-fix.ts';
import { type OperationChange, readinessSteps } from '../lib/upgrade-readiness.ts';
import { useSlicedRun } from '../lib/use-sliced-run.ts';

function Changes({ title, changes }: { title: string; changes: OperationChange[] }) {
  if (changes.length === 0) return null;
  return (
    <div>
      <h5>{title}</h5>
      <ul>
        {changes.map((change) => (
          <li key={`${change.operationId}-${change.rule}`}>
            <code>{change.operationId}</code> ({change.method} {change.path}) on {change.scopes.join(', ')}{' '}
            <span className="audit-muted">[{change.rule}]</span>
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
    return <p>This cluster runs {version}, the newest version Lantern models: there is nothing to upgrade to.</p>;
  }
  return (
    <div className="audit-readiness">
      <Select
        id="audit-readiness-target"
        labelText="Target version"
        value={to ?? ''}
        onChange={(event) => setTo(event.target.value as ClusterVersion)}
      >
        {targets.map((v) => (
          <SelectItem key={v} value={v} text={`${version} → ${v}`} />
        ))}
      </Select>
      {run.state === 'running' || (run.state === 'idle' && !catalogue) ? (
        <ProgressBar
          label="Comparing every principal"
          helperText={
            run.state === 'running' && run.progress
              ? `${run.progress.done} of ${run.progress.total}`
              : 'Loading the catalogue…'
          }
          {...(run.state === 'running' && run.progress ? { value: run.progress.done, max: run.progress.total } : {})}
        />
      ) : null}
      {run.state === 'failed' ? (
        <InlineNotification
          kind="error"
          lowContrast
          hideCloseButton
          title="The comparison failed."
          subtitle={run.error.message}
        />
      ) : null}
      {run.state === 'done' ? (
        <div data-testid="audit-readiness-result">
          <p role="status">
            {run.result.principals.length === 0
              ? `Nobody changes from ${run.result.from} to ${run.result.to} with today's grants (${run.result.unchanged} principals compared).`
              : `${run.result.principals.length} principal${run.result.principals.length === 1 ? '' : 's'} change from ${run.result.from} to ${run.result.to}; ${run.result.unchanged} stay the same.`}
          </p>
          {run.result.principals.map((p) => (
            <article
              key={`${p.subject.type}:${p.subject.id}`}
              className="audit-finding"
              data-testid="audit-readiness-principal"
            >
              <h4>
                {p.subject.type === 'USER' ? 'user' : 'client'} {p.subject.id}
              </h4>
              <Changes title="Gains" changes={p.gains} />
              <Changes title="Loses" changes={p.losses} />
            </article>
          ))}
          {run.result.principals.length > 0 ? (
            <section aria-label="Keep behaviour the same">
              <h4>Keep behaviour the same</h4>
              {run.result.keepSame.note ? <p>{run.result.keepSame.note}</p> : null}
              {(() => {
                // A role's default grants only exist after the upgrade: then the note is the whole fix.
                const { remove, add } = run.result.keepSame;
                if (remove.length === 0 && add.length === 0) return null;
                const scripts = fixScripts([run.result.keepSame], target);
                return (
                  <>
                    <pre className="audit-code" aria-label="curl script">
                      {scripts.curl}
                    </pre>
                    <pre className="audit-code" aria-label="c8ctl script">
                      {scripts.c8ctl}
                    </pre>
                    <pre className="audit-code" aria-label="identity-as-code YAML">
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
                {run.result.newOperations.length} operations only {run.result.to} offers
              </summary>
              <ul>
                {run.result.newOperations.map((op) => (
                  <li key={op.operationId}>
                    <code>{op.operationId}</code> ({op.method} {op.path}): {op.holders} principal
                    {op.holders === 1 ? '' : 's'} may use it
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <details>
            <summary>Version rules applied</summary>
            <p>The rules and their sources are in docs/upgrade-rules.md of the Lantern repository.</p>
            <ul>
              {run.result.rules.map((rule) => (
                <li key={rule.id}>
                  <strong>{rule.id}</strong>: {rule.summary}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </div>
  );
}
