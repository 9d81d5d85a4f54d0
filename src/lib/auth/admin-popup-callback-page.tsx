import { InlineNotification } from '@carbon/react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t.ts';

/** The popup's landing page after an administrator signs in for one change; it closes itself. */
export function AdminPopupCallbackPage() {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // StrictMode runs effects twice; the answer must be relayed once.
    if (started.current) return;
    started.current = true;
    void import('./admin-popup-sign-in.ts')
      .then(({ completeAdministratorPopup }) => completeAdministratorPopup())
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) {
    return (
      <InlineNotification
        kind="error"
        title={t('shell.adminPopup.failed')}
        subtitle={t('shell.adminPopup.retry', { error })}
        hideCloseButton
        lowContrast
      />
    );
  }
  return (
    <p role="status" className="lantern-page">
      {t('shell.adminPopup.returning')}
    </p>
  );
}
