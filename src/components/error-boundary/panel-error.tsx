import { Button } from '@carbon/react';
import { useId } from 'react';

interface PanelErrorProps {
  /** The view's name, as in the navigation. */
  view: string;
  /** The error's own text; rendered as text, never as markup. */
  message: string;
  onRetry: () => void;
}

/** What a view that crashed leaves behind: the header and navigation stay, this replaces the view only. */
export function PanelError({ view, message, onRetry }: PanelErrorProps) {
  const titleId = useId();
  return (
    <section className="lantern-page lantern-panel-error" role="alert" aria-labelledby={titleId}>
      <h1 id={titleId} className="lantern-page__title">
        {view} could not be shown
      </h1>
      <p>
        Something went wrong while showing {view}. The rest of Lantern still works: use the navigation, or try this view
        again.
      </p>
      <p className="lantern-panel-error__detail">
        The error: <code>{message}</code>
      </p>
      <Button kind="primary" size="md" onClick={onRetry}>
        Try again
      </Button>
    </section>
  );
}
