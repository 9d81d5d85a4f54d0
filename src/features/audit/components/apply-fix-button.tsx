import { Button, InlineNotification, Modal } from '@carbon/react';
import { useState } from 'react';
import { ApiError } from '../../../lib/api/api-error.ts';
import { describeApiError } from '../../../lib/api/describe-api-error.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { fixRequests } from '../api/audit-api.ts';
import { useApplyAuditFix } from '../api/audit-mutations.ts';
import type { GrantFix } from '../lib/grant-fix.ts';

/** Applies one finding's fix after a confirmation that shows every request Lantern will send. */
export function ApplyFixButton({ clusterId, fix }: { clusterId: string; fix: GrantFix }) {
  const t = useT();
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
        {t('audit.apply.button')}
      </Button>
      {apply.isSuccess ? <p role="status">{t('audit.apply.applied', { count: apply.data })}</p> : null}
      {apply.isError ? (
        <InlineNotification
          kind="error"
          lowContrast
          hideCloseButton
          title={t('audit.apply.failed')}
          subtitle={
            apply.error instanceof ApiError ? t.message(describeApiError(apply.error).summary) : apply.error.message
          }
        />
      ) : null}
      <Modal
        open={open}
        modalHeading={t('audit.apply.heading')}
        primaryButtonText={apply.isPending ? t('audit.apply.applying') : t('audit.apply.send')}
        secondaryButtonText={t('audit.apply.cancel')}
        closeButtonLabel={t('audit.apply.close')}
        primaryButtonDisabled={apply.isPending}
        onRequestClose={() => setOpen(false)}
        onRequestSubmit={() => {
          setOpen(false);
          apply.mutate(fix);
        }}
        size="md"
      >
        <p>{t('audit.apply.explain')}</p>
        <pre className="audit-code" tabIndex={0} aria-label={t('audit.apply.requests')}>
          {text}
        </pre>
      </Modal>
    </div>
  );
}
