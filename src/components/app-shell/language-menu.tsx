import { useId } from 'react';
import { setLanguage, useLanguageState } from '../../lib/i18n/language-store.ts';
import { isLanguage } from '../../lib/i18n/languages.ts';
import { useT } from '../../lib/i18n/use-t.ts';

// Each language is named in itself, so a reader who cannot read the current one still finds theirs.
const NATIVE_NAMES = { en: 'English', de: 'Deutsch' } as const;

export function LanguageMenu() {
  const { language } = useLanguageState();
  const t = useT();
  const id = useId();
  return (
    <div className="lantern-theme-menu">
      <label htmlFor={id} className="lantern-visually-hidden">
        {t('shell.language')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
      >
        {Object.entries(NATIVE_NAMES).map(([value, name]) => (
          <option key={value} value={value} lang={value}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
