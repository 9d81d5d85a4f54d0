import { Button, InlineNotification, Modal } from '@carbon/react';
import { useState } from 'react';
import { ApiError } from '../../../lib/api/api-error.ts';
import { describeApiError } from '../../../lib/api/describe-api-error.ts';
import { fixRequests } from '../api/audit-api.ts';
import { useApplyAuditFix } from '../api/audit-mutations.ts';
import type { GrantFix } from '../lib/grant-fix.ts';

/** Applies one finding's fix after a confirmation that shows every request Lantern will send. */
export function ApplyFixButton({ clusterId, fix }: { clusterId: string; fix: GrantFix }) {
  const [open, setOpen] = useState(false);
  const apply = useApplyAuditFix(clusterId);
  const requests = fixRequests(fix);
  if (requests.length === 0) return null;
  const text = requests
    .map((r) => `${r.method} ${r.path}${r.body ? `\n${JSON.stringify(r.body, null, 2)}` : ''}`)
    .join('\n\n');
  return (
    <div>
      <Button kind="secondary" size="sm" onClick={() => setOpen(true)} disabled={apply.isPending}>
        Apply fix…
      </Button>
      {apply.isSuccess ? (
        <p role="status">
          Applied ({apply.data} request{apply.data === 1 ? '' : 's'}); reading the directory again.
        </p>
      ) : null}
      {apply.isError ? (
        <InlineNotification
          kind="error"
          lowContrast
          hideCloseButton
          title="The fix was not (fully) applied."
          subtitle={apply.error instanceof ApiError ? describeApiError(apply.error).summary : apply.error.message}
        />
      ) : null}
      <Modal
        open={open}
        modalHeading="Apply this fix?"
        primaryButtonText={apply.isPending ? 'Applying…' : 'Send these requests'}
        secondaryButtonText="Cancel"
        primaryButtonDisabled={apply.isPending}
        onRequestClose={() => setOpen(false)}
        onRequestSubmit={() => {
          setOpen(false);
          apply.mutate(fix);
        }}
        size="md"
      >
        <p>Lantern will send these requests to the cluster as you, in this order, and stop at the first failure:</p>
        <pre className="audit-code" aria-label="Requests">
          {text}
        </pre>
      </Modal>
    </div>
  );
}
