import { Tag } from '@carbon/react';
import type { SimulationVerdict } from '../../lib/simulate.ts';
import { verdictWord } from '../../lib/simulate-matrix.ts';

const TYPE: Record<SimulationVerdict, 'green' | 'red' | 'purple' | 'gray'> = {
  allowed: 'green',
  denied: 'red',
  filtered: 'purple',
  unavailable: 'gray',
};

export function SimulationVerdictTag({ verdict }: { verdict: SimulationVerdict }) {
  return (
    <Tag type={TYPE[verdict]} size="sm" data-verdict={verdict}>
      {verdictWord(verdict)}
    </Tag>
  );
}
