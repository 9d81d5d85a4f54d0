import { Button } from '@carbon/react';
import { useId } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';

interface PanelErrorProps {
  /** The view's name, as in the navigation. */
  view: string;
  /** The error's own text; rendered as text, never as markup. */
  message: string;
  onRetry: () => void;
}

/** What a view that crashed leaves behind: the header and navigation stay, this replaces the view only. */
export function PanelError({ view, message, onRetry }: PanelErrorProps) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="lantern-page lantern-panel-error" role="alert" aria-labelledby={titleId}>
      <h1 id={titleId} className="lantern-page__title">
        {t('panelError.title', { view })}
      </h1>
      <p>{t('panelError.body', { view })}</p>
      <p className="lantern-panel-error__detail">
        {t('panelError.detail')} <code>{message}</code>
      </p>
      <Button kind="primary" size="md" onClick={onRetry}>
        {t('panelError.retry')}
      </Button>
    </section>
  );
}
