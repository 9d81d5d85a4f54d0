import type { IntlShape } from 'react-intl';

/**
 * A request's duration with the UI language's digits: "840 ms", "1.25 s" / "1,25 s". The unit
 * symbols are SI, the same in every language (Intl's short unit names differ: "sec").
 * Milliseconds under a second, then seconds with two decimals below ten, one above.
 */
export function formatDuration(intl: Pick<IntlShape, 'formatNumber'>, ms: number): string {
  if (ms < 1000) return `${intl.formatNumber(Math.round(ms))} ms`;
  const digits = ms < 10_000 ? 2 : 1;
  return `${intl.formatNumber(ms / 1000, { minimumFractionDigits: digits, maximumFractionDigits: digits })} s`;
}
