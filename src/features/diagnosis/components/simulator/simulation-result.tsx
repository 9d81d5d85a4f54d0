import { Link } from 'react-router';
import { CodeText } from '../../../../components/forbidden/code-text.tsx';
import { describeGrantTarget, type EffectivePermissions } from '../../../../lib/authz/effective-permissions.ts';
import { ProvenanceChip } from '../provenance-chip.tsx';
import type { Simulation } from '../../lib/simulate.ts';
import { SimulationVerdictTag } from './simulation-verdict-tag.tsx';

/** The answer to one "Can they…?": verdict, sentence, deciding grant or nearest miss, assumptions. */
export function SimulationResult({
  simulation,
  effective,
  explainHref,
}: {
  simulation: Simulation;
  effective: EffectivePermissions;
  /** The Explain page for this principal and request; shown unless allowed. */
  explainHref: string | null;
}) {
  const { decisive, nearestMiss } = simulation;
  // What was assumed about the principal itself (no token, mapping rules) is listed by the picker.
  const notes = [...new Set([...effective.warnings, ...simulation.notes])];
  return (
    <div className="simulator-result" data-testid="simulation-result" role="status">
      <p className="diagnosis-sentence">
        <SimulationVerdictTag verdict={simulation.verdict} /> <CodeText text={simulation.sentence} />
      </p>
      {decisive ? (
        <p>
          Deciding grant: <code>{decisive.requirement.permission}</code> on{' '}
          <CodeText text={describeGrantTarget(decisive.grant.authorization)} />, owned by{' '}
          {decisive.grant.owner.type.toLowerCase().replace('_', ' ')} <code>{decisive.grant.owner.id}</code>{' '}
          <ProvenanceChip provenance={decisive.grant.provenance} />
        </p>
      ) : null}
      {nearestMiss ? (
        <p>
          Nearest miss: <CodeText text={nearestMiss.sentence} />
        </p>
      ) : simulation.verdict === 'denied' || simulation.verdict === 'filtered' ? (
        <p>No grant of this principal comes close: none names this permission or this resource.</p>
      ) : null}
      {notes.length > 0 ? (
        <ul className="diagnosis-muted" aria-label="What the simulation assumed">
          {notes.map((note) => (
            <li key={note}>
              <CodeText text={note} />
            </li>
          ))}
        </ul>
      ) : null}
      {explainHref ? (
        <p>
          <Link to={explainHref}>Explain and fix this</Link>
        </p>
      ) : null}
    </div>
  );
}
