import { Tag } from '@carbon/react';
import type { Provenance } from '../../../lib/authz/effective-permissions.ts';

const TYPE: Record<Provenance['kind'], 'blue' | 'teal' | 'cyan' | 'magenta' | 'purple'> = {
  direct: 'blue',
  group: 'teal',
  role: 'cyan',
  'group-role': 'cyan',
  'mapping-rule': 'magenta',
  'mapping-rule-role': 'magenta',
  'mapping-rule-group': 'magenta',
  'mapping-rule-group-role': 'magenta',
};

/** "direct", "via group accounting", "via mapping rule m's role r" as a chip. */
export function ProvenanceChip({ provenance }: { provenance: Provenance }) {
  return (
    <Tag type={TYPE[provenance.kind]} size="sm" data-provenance={provenance.kind}>
      {provenance.label}
    </Tag>
  );
}
