import { useLanguageState } from './language-store.ts';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/**
 * Dates, relative times and numbers in the UI language — never the browser's language inside
 * another language's sentence ("Created vor 1 Stunde").
 */
export function useFormat() {
  const { intl } = useLanguageState();
  return {
    number: (value: number) => intl.formatNumber(value),
    dateTime: (epochMs: number) => intl.formatDate(epochMs, { dateStyle: 'medium', timeStyle: 'short' }),
    relative: (epochMs: number, now = Date.now()) => {
      const seconds = Math.round((epochMs - now) / 1000);
      const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
      return intl.formatRelativeTime(Math.round(seconds / size), unit, { numeric: 'auto' });
    },
  };
}
