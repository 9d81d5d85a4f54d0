import { InlineNotification } from '@carbon/react';
import { useT } from '../../../lib/i18n/use-t.ts';

/**
 * Said wherever a page is about authorizations and the cluster (`auth: none`) checks none: the fact
 * is the same everywhere, `consequence` is what it means for the page at hand.
 */
export function UnprotectedNotice({ consequence, testId }: { consequence: string; testId: string }) {
  const t = useT();
  return (
    <InlineNotification
      kind="info"
      lowContrast
      hideCloseButton
      title={t('diagnosis.unprotected.title')}
      subtitle={t('diagnosis.unprotected.subtitle', { consequence })}
      data-testid={testId}
    />
  );
}
