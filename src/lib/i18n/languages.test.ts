import { describe, expect, it } from 'vitest';
import { languageFromBrowser } from './languages.ts';

describe('languageFromBrowser', () => {
  it('takes the first browser language Lantern speaks, regional variants included', () => {
    expect(languageFromBrowser(['de-AT', 'en-US'])).toBe('de');
    expect(languageFromBrowser(['fr-FR', 'de'])).toBe('de');
    expect(languageFromBrowser(['en-GB', 'de'])).toBe('en');
  });

  it('falls back to English when no browser language is one of Lantern’s', () => {
    expect(languageFromBrowser(['fr-FR', 'es'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });
});
