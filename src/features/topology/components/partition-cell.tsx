import type { PartitionInfo } from '../api/topology-api.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { healthWord, roleWord, stateWord } from '../lib/topology-summary.ts';
import { useWording } from '../lib/use-wording.ts';

// Role and health each get a glyph of a different shape and a word, so the grid reads without
// colour (and in either theme); colour only reinforces it.
const ROLE_GLYPHS: Record<string, string> = { leader: '★', follower: '●', inactive: '○' };
const HEALTH_GLYPHS: Record<string, string> = { healthy: '✓', unhealthy: '!', dead: '✕' };

export const roleGlyph = (role: string) => ROLE_GLYPHS[role] ?? '?';
export const healthGlyph = (health: string) => HEALTH_GLYPHS[health] ?? '?';
const stateGlyph = (state: string) => (state === 'active' ? '▸' : '…');

/** A cell line starts with a capital in both languages ("Leader", "Gesund"). */
export const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

interface PartitionCellProps {
  partition: PartitionInfo | undefined;
  nodeId: number;
}

export function PartitionCell({ partition, nodeId }: PartitionCellProps) {
  const t = useT();
  const w = useWording();
  if (!partition) {
    return (
      <td className="topology-cell topology-cell--empty">
        <span className="topology-cell__line">{t('topology.cell.noReplica')}</span>
      </td>
    );
  }
  const { role, health, state } = partition;
  const classes = ['topology-cell', `topology-cell--${role}`];
  if (health !== 'healthy') classes.push(health === 'dead' ? 'topology-cell--dead' : 'topology-cell--unhealthy');
  return (
    <td
      className={classes.join(' ')}
      data-partition={partition.partitionId}
      data-broker={nodeId}
      aria-label={t('topology.cell.label', {
        partition: String(partition.partitionId),
        broker: String(nodeId),
        details: [roleWord(w, role), healthWord(w, health), ...(state ? [stateWord(w, state)] : [])].join(', '),
      })}
    >
      <span className="topology-cell__line topology-cell__role">
        <span className="topology-cell__glyph" aria-hidden="true">
          {roleGlyph(role)}
        </span>
        {capitalize(roleWord(w, role))}
      </span>
      <span className={`topology-cell__line topology-cell__health--${health}`}>
        <span className="topology-cell__glyph" aria-hidden="true">
          {healthGlyph(health)}
        </span>
        {capitalize(healthWord(w, health))}
      </span>
      {state ? (
        <span className="topology-cell__line">
          <span className="topology-cell__glyph" aria-hidden="true">
            {stateGlyph(state)}
          </span>
          {capitalize(stateWord(w, state))}
        </span>
      ) : null}
    </td>
  );
}
