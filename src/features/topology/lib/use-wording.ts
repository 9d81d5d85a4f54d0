import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { Wording } from './topology-summary.ts';

/** The summary's wording in the UI language: messages plus that language's "and" list. */
export function useWording(): Wording {
  const t = useT();
  const { intl } = useLanguageState();
  return { t, list: (items) => intl.formatList(items, { type: 'conjunction' }) };
}
