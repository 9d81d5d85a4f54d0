import { useId } from 'react';
import type { MessageId } from '../../lib/i18n/catalogues.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { useTheme, type ThemeChoice } from '../../lib/theme/theme-store.ts';
import { ContrastIcon } from '../icons/shell-icons.tsx';

const OPTIONS: { value: ThemeChoice; label: MessageId }[] = [
  { value: 'system', label: 'shell.theme.system' },
  { value: 'light', label: 'shell.theme.light' },
  { value: 'dark', label: 'shell.theme.dark' },
];

// A native select: keyboard and screen-reader behaviour for free, styled to sit in the header.
export function ThemeMenu() {
  const { choice, setChoice } = useTheme();
  const t = useT();
  const id = useId();
  return (
    <div className="lantern-theme-menu">
      <label htmlFor={id} className="lantern-visually-hidden">
        {t('shell.theme')}
      </label>
      <ContrastIcon size={16} />
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value as ThemeChoice)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {t(o.label)}
          </option>
        ))}
      </select>
    </div>
  );
}
