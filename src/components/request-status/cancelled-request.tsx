import { Button, InlineNotification } from '@carbon/react';
import { useT } from '../../lib/i18n/use-t.ts';
import './request-status.scss';

interface CancelledRequestProps {
  /** True when an earlier answer is still on screen. */
  hasPreviousAnswer: boolean;
  onRetry: () => void;
}

/** After Cancel: says that nothing more is being waited for, and offers to ask again. */
export function CancelledRequest({ hasPreviousAnswer, onRetry }: CancelledRequestProps) {
  const t = useT();
  return (
    <div className="cancelled-request">
      <InlineNotification
        kind="info"
        lowContrast
        hideCloseButton
        title={t('common.request.cancelled')}
        subtitle={hasPreviousAnswer ? t('common.request.cancelledKept') : t('common.request.cancelledNothing')}
      />
      <Button kind="tertiary" size="md" onClick={onRetry}>
        {t('common.request.retry')}
      </Button>
    </div>
  );
}
