import type en from '../../locales/en/index.ts';
import type { Language } from './languages.ts';

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;

// One literal import() per language, so the bundler makes one chunk each and only the active
// language's catalogue is fetched.
export function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'de':
      return import('../../locales/de/index.ts').then((m) => m.default);
    case 'en':
      return import('../../locales/en/index.ts').then((m) => m.default);
  }
}
