import { Tag } from '@carbon/react';
import type { Verdict } from '../../../lib/authz/capabilities.ts';

const LOOK: Record<Verdict | 'pending', { type: 'green' | 'red' | 'warm-gray' | 'purple' | 'gray'; label: string }> = {
  allowed: { type: 'green', label: 'allowed' },
  denied: { type: 'red', label: 'denied' },
  'filtered-empty': { type: 'purple', label: 'filtered to empty' },
  unknown: { type: 'warm-gray', label: 'unknown' },
  pending: { type: 'gray', label: 'checking…' },
};

export function VerdictTag({ verdict, scope }: { verdict: Verdict | 'pending'; scope?: 'all' | 'some' | undefined }) {
  const look = LOOK[verdict];
  return (
    <Tag type={look.type} size="sm" data-verdict={verdict}>
      {look.label}
      {verdict === 'allowed' && scope === 'some' ? ' (some)' : ''}
    </Tag>
  );
}
