import { Button, InlineNotification } from '@carbon/react';
import './request-status.scss';

interface CancelledRequestProps {
  /** True when an earlier answer is still on screen. */
  hasPreviousAnswer: boolean;
  onRetry: () => void;
}

/** After Cancel: says that nothing more is being waited for, and offers to ask again. */
export function CancelledRequest({ hasPreviousAnswer, onRetry }: CancelledRequestProps) {
  return (
    <div className="cancelled-request">
      <InlineNotification
        kind="info"
        lowContrast
        hideCloseButton
        title="Request cancelled."
        subtitle={
          hasPreviousAnswer
            ? 'Lantern stopped waiting for the cluster; the previous answer stays on screen, and nothing is asked again until you retry.'
            : 'Lantern stopped waiting for the cluster. Nothing was changed.'
        }
      />
      <Button kind="tertiary" size="md" onClick={onRetry}>
        Retry
      </Button>
    </div>
  );
}
