import { InlineNotification } from '@carbon/react';

/**
 * Said wherever a page is about authorizations and the cluster (`auth: none`) checks none: the fact
 * is the same everywhere, `consequence` is what it means for the page at hand.
 */
export function UnprotectedNotice({ consequence, testId }: { consequence: string; testId: string }) {
  return (
    <InlineNotification
      kind="info"
      lowContrast
      hideCloseButton
      title="This cluster's API is unprotected."
      subtitle={`It asks for no credentials and checks no authorizations. ${consequence}`}
      data-testid={testId}
    />
  );
}
