import type first from '../../locales/en/first.ts';
import type views from '../../locales/en/views.ts';
import type { Language } from './languages.ts';

/** An id of the first screen's part of the catalogue (the shell and the cluster picker). */
export type FirstScreenMessageId = keyof typeof first;
export type MessageId = FirstScreenMessageId | keyof typeof views;
export type Catalogue = Record<MessageId, string>;
export type FirstScreenCatalogue = Record<FirstScreenMessageId, string>;
export type ViewsCatalogue = Record<Exclude<MessageId, FirstScreenMessageId>, string>;

// One literal import() per language and part, so the bundler makes a chunk of each and only the
// active language's parts are fetched. The first screen waits only for the small first part.
export function loadFirstScreenCatalogue(language: Language): Promise<FirstScreenCatalogue> {
  switch (language) {
    case 'de':
      return import('../../locales/de/first.ts').then((m) => m.default);
    case 'en':
      return import('../../locales/en/first.ts').then((m) => m.default);
  }
}

export function loadViewsCatalogue(language: Language): Promise<ViewsCatalogue> {
  switch (language) {
    case 'de':
      return import('../../locales/de/views.ts').then((m) => m.default);
    case 'en':
      return import('../../locales/en/views.ts').then((m) => m.default);
  }
}
