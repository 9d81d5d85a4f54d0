import { useId } from 'react';
import { useTheme, type ThemeChoice } from '../../lib/theme/theme-store.ts';
import { ContrastIcon } from '../icons/shell-icons.tsx';

const OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light theme' },
  { value: 'dark', label: 'Dark theme' },
];

// A native select: keyboard and screen-reader behaviour for free, styled to sit in the header.
export function ThemeMenu() {
  const { choice, setChoice } = useTheme();
  const id = useId();
  return (
    <div className="lantern-theme-menu">
      <label htmlFor={id} className="lantern-visually-hidden">
        Theme
      </label>
      <ContrastIcon size={16} />
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value as ThemeChoice)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
