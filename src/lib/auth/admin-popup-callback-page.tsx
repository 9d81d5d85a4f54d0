import { InlineNotification } from '@carbon/react';
import { useEffect, useRef, useState } from 'react';

/** The popup's landing page after an administrator signs in for one change; it closes itself. */
export function AdminPopupCallbackPage() {
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
        title="The administrator sign-in did not complete:"
        subtitle={`${error} Close this window and try again from the fix.`}
        hideCloseButton
        lowContrast
      />
    );
  }
  return (
    <p role="status" className="lantern-page">
      Signed in; returning to Lantern…
    </p>
  );
}
