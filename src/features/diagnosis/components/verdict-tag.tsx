import { Tag } from '@carbon/react';
import { type Verdict, verdictLabel } from '../../../lib/authz/capabilities.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

const TYPE: Record<Verdict | 'pending', 'green' | 'red' | 'warm-gray' | 'purple' | 'gray'> = {
  allowed: 'green',
  denied: 'red',
  'filtered-empty': 'purple',
  unknown: 'warm-gray',
  pending: 'gray',
};

export function VerdictTag({ verdict, scope }: { verdict: Verdict | 'pending'; scope?: 'all' | 'some' | undefined }) {
  const t = useT();
  return (
    <Tag type={TYPE[verdict]} size="sm" data-verdict={verdict}>
      {t.message(verdictLabel(verdict, scope))}
    </Tag>
  );
}
