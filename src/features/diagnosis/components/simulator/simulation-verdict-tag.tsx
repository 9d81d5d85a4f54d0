import { Tag } from '@carbon/react';
import type { SimulationVerdict } from '../../lib/simulate.ts';
import { useT } from '../../../../lib/i18n/use-t.ts';

const TYPE: Record<SimulationVerdict, 'green' | 'red' | 'purple' | 'gray'> = {
  allowed: 'green',
  denied: 'red',
  filtered: 'purple',
  unavailable: 'gray',
};

export function SimulationVerdictTag({ verdict }: { verdict: SimulationVerdict }) {
  const t = useT();
  return (
    <Tag type={TYPE[verdict]} size="sm" data-verdict={verdict}>
      {t('simulator.verdict', { verdict })}
    </Tag>
  );
}
