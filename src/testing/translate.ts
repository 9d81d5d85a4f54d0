import { createIntl } from 'react-intl';
import de from '../locales/de/index.ts';
import en from '../locales/en/index.ts';
import { translateWith, type Translate } from '../lib/i18n/translate.ts';

/** Word logic's messages in tests without rendering: `englishT.message(finding)`. */
export const englishT: Translate = translateWith(createIntl({ locale: 'en', messages: en, defaultLocale: 'en' }));
export const germanT: Translate = translateWith(createIntl({ locale: 'de', messages: de, defaultLocale: 'en' }));
