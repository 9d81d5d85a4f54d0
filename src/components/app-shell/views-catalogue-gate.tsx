import { Suspense, type ReactNode } from 'react';
import { useCompleteCatalogue } from '../../lib/i18n/language-store.ts';
import { useT } from '../../lib/i18n/use-t.ts';

function WhenComplete({ children }: { children: ReactNode }) {
  useCompleteCatalogue();
  return children;
}

/** Until a view's code or texts have arrived: announced, nothing drawn (it takes a few ms). */
export function LoadingLantern() {
  const t = useT();
  return (
    <p role="status" className="lantern-visually-hidden">
      {t('shell.loading')}
    </p>
  );
}

/**
 * Shows `children` once every view's messages are loaded (the first screen's part is loaded before the
 * first render, the rest right after: docs/decisions.md › UI languages). Until then a status for screen
 * readers; in practice the views part is in before the first click.
 */
export function ViewsCatalogueGate({ children, quiet = false }: { children: ReactNode; quiet?: boolean }) {
  return (
    <Suspense fallback={quiet ? null : <LoadingLantern />}>
      <WhenComplete>{children}</WhenComplete>
    </Suspense>
  );
}
