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
import { OperationSummary } from '../../../lib/catalogue/operation-summary.tsx';
import { useAccessCheck, verdictFor } from '../lib/use-access-check.ts';
import { BreakableName } from './breakable-name.tsx';
import { VerdictTag } from './verdict-tag.tsx';

/** What a capability needs, one alternative per line (any one suffices). */
function needs(requirement: CapabilityRequirement): string[] {
  switch (requirement.kind) {
    case 'none':
      return ['nothing'];
    case 'authenticated':
      return ['a signed-in caller'];
    case 'unavailable':
      return [requirement.reason];
    case 'any-of':
      return requirement.alternatives.map((a, index) => `${index > 0 ? 'or ' : ''}${a.resourceType}:${a.permission}`);
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
          Run the access check again
        </Button>
        {state.running ? (
          <ProgressBar
            label="Probing"
            helperText={`${state.done} of ${state.total} read-only probes answered`}
            value={state.done}
            max={state.total}
            size="small"
          />
        ) : state.totalMs !== null ? (
          <span className="diagnosis-muted" data-testid="access-check-timing">
            {state.total} probes in {state.totalMs} ms (slowest probe {state.slowestMs ?? 0} ms). Writes are never
            probed.
          </span>
        ) : null}
      </div>
      <table className="diagnosis-table diagnosis-table--matrix" aria-label="Access check">
        {/* The verdict column fits its widest tag ("filtered to empty"); Why takes what is left. */}
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '9rem' }} />
          <col />
          <col style={{ width: '21%' }} />
          <col style={{ width: '25%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Capability</th>
            <th scope="col">Verdict</th>
            <th scope="col">Why</th>
            <th scope="col">Endpoint</th>
            <th scope="col">{unprotected ? `Needs once protected (${version})` : `Needs (${version})`}</th>
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
                    capability.label
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
                  {cell === 'pending' ? null : <CodeText text={cell.reason} />}
                  {/* A search filtered to empty is explained (and fixed) from the catalogue like a 403. */}
                  {cell !== 'pending' &&
                  (cell.verdict === 'denied' || cell.verdict === 'filtered-empty') &&
                  row?.requestId ? (
                    <>
                      {' '}
                      <Link
                        to={`/c/${encodeURIComponent(clusterId)}/access/requests/${encodeURIComponent(row.requestId)}`}
                      >
                        Explain
                      </Link>
                    </>
                  ) : null}
                </td>
                <td>
                  <code>
                    {capability.method} <BreakableName text={capability.path} />
                  </code>
                  {capability.probe === null ? (
                    <span className="diagnosis-muted">
                      {capability.notProbed ? ' (read by key, not probed)' : ' (write)'}
                    </span>
                  ) : null}
                </td>
                <td>
                  {needs(capability.requirement(version)).map((line) => (
                    <div key={line}>
                      <code>
                        <BreakableName text={line} />
                      </code>
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
