import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatRelative, fromDateInput, toDateInput } from './format-date.ts';

describe('date formatting', () => {
  const now = Date.parse('2025-06-10T12:00:00Z');

  it('says how far away a date is, in the past or future', () => {
    expect(formatRelative('2025-06-10T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelative('2025-06-12T12:00:00Z', 'en', now)).toBe('in 2 days');
    expect(formatRelative('2025-06-10T12:00:00Z', 'en', now)).toBe('now');
  });

  it('words dates in the UI language it is given, not the browser’s', () => {
    expect(formatRelative('2025-06-10T09:00:00Z', 'de', now)).toBe('vor 3 Stunden');
    expect(formatRelative('2025-06-12T12:00:00Z', 'de', now)).toBe('übermorgen');
    expect(formatAbsolute('2025-06-10T12:00:00Z', 'de', 'Europe/Berlin')).toBe('10.06.2025, 14:00');
  });

  it('renders absolute dates in the given time zone', () => {
    expect(formatAbsolute('2025-06-10T12:00:00Z', 'en-GB', 'Europe/Berlin')).toBe('10 Jun 2025, 14:00');
    expect(formatAbsolute('2025-06-10T12:00:00Z', 'en-GB', 'America/New_York')).toBe('10 Jun 2025, 08:00');
  });

  it('keeps text that is not a date as it is', () => {
    expect(formatAbsolute('soon', 'en')).toBe('soon');
    expect(formatRelative('soon', 'en')).toBe('soon');
  });

  it('round-trips a calendar day through the date input', () => {
    expect(toDateInput(fromDateInput('2025-12-31'))).toBe('2025-12-31');
    expect(toDateInput(null)).toBe('');
  });
});
