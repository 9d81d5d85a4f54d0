import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getLanguageState, startLanguage, whenCatalogueComplete } from '../../lib/i18n/language-store.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { ViewsCatalogueGate } from './views-catalogue-gate.tsx';

function TopologyWord() {
  const t = useT();
  return <p>{t('topology.refreshing')}</p>;
}

afterEach(async () => {
  await act(() => startLanguage('en', { complete: true }));
});

describe('the views part of the catalogue', () => {
  it('is not needed for the first render, and a view waits for it instead of showing its message ids', async () => {
    await act(() => startLanguage('de'));
    // The first screen's part is there; the views part is still on its way.
    expect(getLanguageState().complete).toBe(false);
    expect(getLanguageState().messages).not.toHaveProperty('topology.refreshing');

    // Awaited: a component that suspends on `use` needs an async act scope (React 19).
    await act(async () => {
      render(
        <ViewsCatalogueGate>
          <TopologyWord />
        </ViewsCatalogueGate>,
      );
      await Promise.resolve();
    });
    expect(screen.getByRole('status')).toHaveTextContent('Lantern wird geladen …');
    expect(screen.queryByText('topology.refreshing')).not.toBeInTheDocument();

    await act(() => whenCatalogueComplete('de'));
    expect(screen.getByText('Wird aktualisiert …')).toBeInTheDocument();
    expect(getLanguageState().complete).toBe(true);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
