import { useMemo } from 'react';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { formatAbsolute, formatRelative, userTimeZone } from './format-date.ts';

export interface TaskDates {
  /** "10 Jun 2025, 14:00" / "10.06.2025, 14:00" in the user's time zone. */
  absolute: (iso: string) => string;
  /** "3 hours ago" / "vor 3 Stunden". */
  relative: (iso: string) => string;
  timeZone: string;
}

/**
 * The task views' dates in the UI language. The formatters behind it are built once per language
 * (format-date.ts), so a queue of 200 rows formats without building any.
 */
export function useTaskDates(): TaskDates {
  const { language } = useLanguageState();
  return useMemo(
    () => ({
      absolute: (iso) => formatAbsolute(iso, language),
      relative: (iso) => formatRelative(iso, language),
      timeZone: userTimeZone(language),
    }),
    [language],
  );
}
