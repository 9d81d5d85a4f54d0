import { Link } from 'react-router';
import { CodeText } from '../../../../components/forbidden/code-text.tsx';
import {
  type EffectivePermissions,
  grantTargetMessage,
  ownerMessage,
} from '../../../../lib/authz/effective-permissions.ts';
import { useT } from '../../../../lib/i18n/use-t.ts';
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
  const t = useT();
  const { decisive, nearestMiss } = simulation;
  // What was assumed about the principal itself (no token, mapping rules) is listed by the picker.
  const notes = [...new Set([...effective.warnings, ...simulation.notes].map((note) => t.message(note)))];
  return (
    <div className="simulator-result" data-testid="simulation-result" role="status">
      <p className="diagnosis-sentence">
        <SimulationVerdictTag verdict={simulation.verdict} /> <CodeText text={t.message(simulation.sentence)} />
      </p>
      {decisive ? (
        <p>
          <CodeText
            text={t('simulator.result.deciding', {
              permission: decisive.requirement.permission,
              target: grantTargetMessage(decisive.grant.authorization),
              owner: ownerMessage({ type: decisive.grant.owner.type, id: `\`${decisive.grant.owner.id}\`` }),
            })}
          />
          <span className="simulator-result__chip">
            <ProvenanceChip provenance={decisive.grant.provenance} />
          </span>
        </p>
      ) : null}
      {nearestMiss ? (
        <p>
          <CodeText text={t('simulator.result.nearestMiss', { sentence: nearestMiss.sentence })} />
        </p>
      ) : simulation.verdict === 'denied' || simulation.verdict === 'filtered' ? (
        <p>{t('simulator.result.noNearMiss')}</p>
      ) : null}
      {notes.length > 0 ? (
        <ul className="diagnosis-muted" aria-label={t('simulator.result.assumed')}>
          {notes.map((note) => (
            <li key={note}>
              <CodeText text={note} />
            </li>
          ))}
        </ul>
      ) : null}
      {explainHref ? (
        <p>
          <Link to={explainHref}>{t('simulator.result.explain')}</Link>
        </p>
      ) : null}
    </div>
  );
}
