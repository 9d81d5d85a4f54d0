import type { PartitionInfo } from '../api/topology-api.ts';

// Role and health each get a glyph of a different shape and a word, so the grid reads without
// colour (and in either theme); colour only reinforces it.
const ROLE_GLYPHS: Record<string, string> = { leader: '★', follower: '●', inactive: '○' };
const HEALTH_GLYPHS: Record<string, string> = { healthy: '✓', unhealthy: '!', dead: '✕' };

export const roleGlyph = (role: string) => ROLE_GLYPHS[role] ?? '?';
export const healthGlyph = (health: string) => HEALTH_GLYPHS[health] ?? '?';

const word = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

interface PartitionCellProps {
  partition: PartitionInfo | undefined;
  nodeId: number;
}

export function PartitionCell({ partition, nodeId }: PartitionCellProps) {
  if (!partition) {
    return (
      <td className="topology-cell topology-cell--empty">
        <span className="topology-cell__line">— no replica</span>
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
      aria-label={`Partition ${partition.partitionId} on broker ${nodeId}: ${role}, ${health}${state ? `, ${state}` : ''}`}
    >
      <span className="topology-cell__line topology-cell__role">
        <span className="topology-cell__glyph" aria-hidden="true">
          {roleGlyph(role)}
        </span>
        {word(role)}
      </span>
      <span className={`topology-cell__line topology-cell__health--${health}`}>
        <span className="topology-cell__glyph" aria-hidden="true">
          {healthGlyph(health)}
        </span>
        {word(health)}
      </span>
      {state ? (
        <span className="topology-cell__line">
          <span className="topology-cell__glyph" aria-hidden="true">
            {state === 'active' ? '▸' : '…'}
          </span>
          {word(state)}
        </span>
      ) : null}
    </td>
  );
}
