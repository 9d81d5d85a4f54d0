import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-time.ts';

describe('formatDuration', () => {
  const en = createIntl({ locale: 'en' });
  const de = createIntl({ locale: 'de' });

  it('says milliseconds under a second and seconds after, in the UI language', () => {
    expect(formatDuration(en, 840.4)).toBe('840 ms');
    expect(formatDuration(en, 1250)).toBe('1.25 s');
    expect(formatDuration(en, 12_340)).toBe('12.3 s');
    expect(formatDuration(de, 1250)).toBe('1,25 s');
    expect(formatDuration(de, 12_340)).toBe('12,3 s');
  });
});
