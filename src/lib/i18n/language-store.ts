import { use, useSyncExternalStore } from 'react';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import {
  loadFirstScreenCatalogue,
  loadViewsCatalogue,
  type Catalogue,
  type FirstScreenCatalogue,
  type ViewsCatalogue,
} from './catalogues.ts';
import { isLanguage, languageFromBrowser, type Language } from './languages.ts';

// The chosen language is kept in localStorage (docs/decisions.md); without a choice Lantern
// follows the browser.
const STORAGE_KEY = 'lantern.language';

export interface LanguageState {
  language: Language;
  /** The first screen's messages, and every view's once `complete`. */
  messages: FirstScreenCatalogue | Catalogue;
  /** Whether every view's messages are loaded (the views part arrives after the first render). */
  complete: boolean;
  /** Formats messages, numbers and dates in `language`; rebuilt only when the messages change. */
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

// One load per language and part: the promises double as the Suspense resources of the views gate.
const firstParts = new Map<Language, Promise<FirstScreenCatalogue>>();
const viewParts = new Map<Language, Promise<ViewsCatalogue>>();
const completions = new Map<Language, Promise<void>>();

function firstPart(language: Language): Promise<FirstScreenCatalogue> {
  let loading = firstParts.get(language);
  if (!loading) {
    loading = loadFirstScreenCatalogue(language);
    firstParts.set(language, loading);
    loading.catch(() => firstParts.delete(language));
  }
  return loading;
}

function viewsPart(language: Language): Promise<ViewsCatalogue> {
  let loading = viewParts.get(language);
  if (!loading) {
    loading = loadViewsCatalogue(language);
    viewParts.set(language, loading);
    loading.catch(() => viewParts.delete(language));
  }
  return loading;
}

function publish(language: Language, messages: FirstScreenCatalogue | Catalogue, complete: boolean): void {
  state = {
    language,
    messages,
    complete,
    intl: createIntl({ locale: language, messages, defaultLocale: 'en' }, cache),
  };
  // Node-environment tests share the SPA's setup file and have no document.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

/**
 * Resolves once every view's messages of `language` are loaded and published (if `language` is still
 * the UI language). The same promise each time, so a suspended view waits on one resource.
 */
export function whenCatalogueComplete(language: Language): Promise<void> {
  let completion = completions.get(language);
  if (!completion) {
    completion = Promise.all([firstPart(language), viewsPart(language)]).then(([first, views]) => {
      if (state?.language === language && !state.complete) publish(language, { ...first, ...views }, true);
    });
    completions.set(language, completion);
    completion.catch(() => completions.delete(language));
  }
  return completion;
}

/**
 * Loads the first screen's messages before the first render, so no view ever shows a message id, and
 * every view's messages right after (or before, with `complete`: a deep link or a test).
 */
export async function startLanguage(
  language: Language = initialLanguage(),
  options: { complete?: boolean } = {},
): Promise<void> {
  publish(language, await firstPart(language), false);
  const completion = whenCatalogueComplete(language);
  if (options.complete) await completion;
  // A failed views part is retried by the gate of the first view that needs it.
  else completion.catch(() => undefined);
}

/** Switches the UI language in place: the page and its state stay, only the texts change. */
export async function setLanguage(language: Language): Promise<void> {
  storage()?.setItem(STORAGE_KEY, language);
  // Both parts before the switch: a view on screen must not show ids in between.
  const [first, views] = await Promise.all([firstPart(language), viewsPart(language)]);
  publish(language, { ...first, ...views }, true);
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

/**
 * Suspends (React `use`) until every view's messages are loaded. The shell calls it around every view
 * but the first screen, so a view renders only when its texts are there.
 */
export function useCompleteCatalogue(): void {
  const { language, complete } = useLanguageState();
  if (!complete) use(whenCatalogueComplete(language));
}
