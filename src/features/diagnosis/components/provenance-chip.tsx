import { Tag } from '@carbon/react';
import { type Provenance, provenanceMessage } from '../../../lib/authz/effective-permissions.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

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
  const t = useT();
  return (
    <Tag type={TYPE[provenance.kind]} size="sm" data-provenance={provenance.kind}>
      {t.message(provenanceMessage(provenance))}
    </Tag>
  );
}
