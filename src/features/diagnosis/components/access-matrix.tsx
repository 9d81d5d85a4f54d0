import { Button, ProgressBar } from '@carbon/react';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { accessCheckCapabilities } from '../../../lib/authz/catalogue-capabilities.ts';
import {
  type CapabilityRequirement,
  evaluateCapability,
  type CapabilityVerdict,
} from '../../../lib/authz/capabilities.ts';
import type { EffectivePermissions } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { useOperationCatalogue } from '../../../lib/catalogue/use-operation-catalogue.ts';
import { useT, type Translate } from '../../../lib/i18n/use-t.ts';
import { OperationSummary } from '../../../lib/catalogue/operation-summary.tsx';
import { useAccessCheck, verdictFor } from '../lib/use-access-check.ts';
import { BreakableName } from './breakable-name.tsx';
import { VerdictTag } from './verdict-tag.tsx';

/**
 * What a capability needs, one alternative per line (any one suffices): `RESOURCE:PERMISSION` as
 * the API spells them, in code; Lantern's own words ("nothing", "or") around them.
 */
function Needs({ requirement, t }: { requirement: CapabilityRequirement; t: Translate }) {
  switch (requirement.kind) {
    case 'none':
      return <div>{t('access.matrix.needsNothing')}</div>;
    case 'authenticated':
      return <div>{t('access.matrix.needsSignIn')}</div>;
    case 'unavailable':
      return <div>{t.message(requirement.reason)}</div>;
    case 'any-of':
      return requirement.alternatives.map((a, index) => {
        const api = (
          <code>
            <BreakableName text={`${a.resourceType}:${a.permission}`} />
          </code>
        );
        return (
          <div key={`${a.resourceType}:${a.permission}`}>
            {index > 0 ? t.rich('access.matrix.needsOr', { alternative: api }) : api}
          </div>
        );
      });
  }
}

interface AccessMatrixProps {
  clusterId: string;
  version: ClusterVersion;
  /** Effective permissions of the caller, when the authorizations are readable. */
  effective: EffectivePermissions | null;
  /** The API checks nothing (no authentication): writes are allowed, /me has nobody to describe. */
  unprotected: boolean;
  /** Called when a run has finished, so heavier reads can wait until the probes are timed. */
  onFinished?: () => void;
}

/** can-i as a matrix: read-only probes run concurrently; writes come from the authorization data. */
export function AccessMatrix({ clusterId, version, effective, unprotected, onFinished }: AccessMatrixProps) {
  const t = useT();
  // Every read of the catalogue is listed; the run waits for the catalogue's lazy chunk so that one
  // run probes them all (starting before it would send the hand-written probes twice).
  const catalogue = useOperationCatalogue();
  const capabilities = useMemo(() => accessCheckCapabilities(catalogue, version), [catalogue, version]);
  const { state, run } = useAccessCheck(clusterId, capabilities);
  useEffect(() => {
    if (!catalogue) return;
    void run().then(() => onFinished?.());
  }, [catalogue, run, onFinished]);
  const evaluated = useMemo(() => {
    const out: Record<string, CapabilityVerdict> = {};
    if (!effective) return out;
    for (const capability of capabilities) out[capability.id] = evaluateCapability(capability, effective);
    return out;
  }, [capabilities, effective]);

  return (
    <div className="diagnosis-matrix">
      <div className="diagnosis-row">
        <Button kind="tertiary" size="sm" onClick={() => void run()} disabled={state.running || !catalogue}>
          {t('access.matrix.runAgain')}
        </Button>
        {state.running ? (
          <ProgressBar
            label={t('access.matrix.probing')}
            helperText={t('access.matrix.progress', { done: state.done, total: state.total })}
            value={state.done}
            max={state.total}
            size="small"
          />
        ) : state.totalMs !== null ? (
          <span className="diagnosis-muted" data-testid="access-check-timing">
            {t('access.matrix.timing', {
              total: state.total,
              totalMs: state.totalMs,
              slowestMs: state.slowestMs ?? 0,
            })}
          </span>
        ) : null}
      </div>
      <div className="diagnosis-matrix__scroll" role="region" aria-label={t('access.matrix.label')} tabIndex={0}>
        <table className="diagnosis-table diagnosis-table--matrix" aria-label={t('access.matrix.label')}>
          {/* Widths in diagnosis.scss: a phone gets fixed widths that fit German compounds. */}
          <colgroup>
            <col className="diagnosis-matrix__col-capability" />
            <col className="diagnosis-matrix__col-verdict" />
            <col />
            <col className="diagnosis-matrix__col-endpoint" />
            <col className="diagnosis-matrix__col-needs" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('access.matrix.capability')}</th>
              <th scope="col">{t('access.matrix.verdict')}</th>
              <th scope="col">{t('access.matrix.why')}</th>
              <th scope="col">{t('access.matrix.endpoint')}</th>
              <th scope="col">
                {t(unprotected ? 'access.matrix.needsOnceProtected' : 'access.matrix.needs', { version })}
              </th>
            </tr>
          </thead>
          <tbody>
            {capabilities.map((capability) => {
              const row = state.rows[capability.id];
              const cell = verdictFor(
                capability,
                version,
                row,
                evaluated[capability.id] ?? null,
                state.running,
                unprotected,
                catalogue,
              );
              return (
                <tr key={capability.id} data-capability={capability.id}>
                  <th scope="row">
                    {capability.operationId ? (
                      <OperationSummary operationId={capability.operationId} />
                    ) : (
                      t.message(capability.label)
                    )}
                  </th>
                  <td>
                    {cell === 'pending' ? (
                      <VerdictTag verdict="pending" />
                    ) : (
                      <VerdictTag verdict={cell.verdict} scope={cell.scope} />
                    )}
                  </td>
                  <td>
                    {cell === 'pending' ? null : <CodeText text={t.message(cell.reason)} />}
                    {/* A search filtered to empty is explained (and fixed) from the catalogue like a 403. */}
                    {cell !== 'pending' &&
                    (cell.verdict === 'denied' || cell.verdict === 'filtered-empty') &&
                    row?.requestId ? (
                      <>
                        {' '}
                        <Link
                          to={`/c/${encodeURIComponent(clusterId)}/access/requests/${encodeURIComponent(row.requestId)}`}
                        >
                          {t('access.matrix.explain')}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <code>
                      {capability.method} <BreakableName text={capability.path} />
                    </code>
                    {capability.probe === null ? (
                      <span className="diagnosis-muted diagnosis-aside">
                        {t(capability.notProbed ? 'access.matrix.notProbedRead' : 'access.matrix.write')}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <Needs requirement={capability.requirement(version)} t={t} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
