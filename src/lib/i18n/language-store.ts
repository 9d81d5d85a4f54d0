import { useSyncExternalStore } from 'react';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { loadCatalogue, type Catalogue } from './catalogues.ts';
import { isLanguage, languageFromBrowser, type Language } from './languages.ts';

// The chosen language is kept in localStorage (docs/decisions.md); without a choice Lantern
// follows the browser.
const STORAGE_KEY = 'lantern.language';

export interface LanguageState {
  language: Language;
  messages: Catalogue;
  /** Formats messages, numbers and dates in `language`; rebuilt only when the language changes. */
  intl: IntlShape;
}

const cache = createIntlCache();

const listeners = new Set<() => void>();
let state: LanguageState | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function initialLanguage(): Language {
  const saved = storage()?.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  return languageFromBrowser(typeof navigator === 'undefined' ? [] : navigator.languages);
}

function publish(language: Language, messages: Catalogue): void {
  state = { language, messages, intl: createIntl({ locale: language, messages, defaultLocale: 'en' }, cache) };
  // Node-environment tests share the SPA's setup file and have no document.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

/** Loads the catalogue before the first render, so no view ever shows a message id. */
export async function startLanguage(language: Language = initialLanguage()): Promise<void> {
  publish(language, await loadCatalogue(language));
}

/** Switches the UI language in place: the page and its state stay, only the texts change. */
export async function setLanguage(language: Language): Promise<void> {
  storage()?.setItem(STORAGE_KEY, language);
  publish(language, await loadCatalogue(language));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLanguageState(): LanguageState {
  if (!state) throw new Error('startLanguage() must finish before the first render');
  return state;
}

export function useLanguageState(): LanguageState {
  return useSyncExternalStore(subscribe, getLanguageState);
}
