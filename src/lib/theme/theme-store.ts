import { useEffect, useSyncExternalStore } from 'react';

// Light (Carbon g10) / dark (g100) / follow the system. The choice is kept in localStorage
// (docs/decisions.md), which otherwise holds only the task queue's saved views.
export type ThemeChoice = 'light' | 'dark' | 'system';
export type CarbonTheme = 'g10' | 'g100';

const STORAGE_KEY = 'lantern.theme';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    // One of the two allowed localStorage uses (docs/decisions.md).
    return window.localStorage;
  } catch {
    return null;
  }
}

function readChoice(): ThemeChoice {
  const value = storage()?.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' || value === 'system' ? value : 'system';
}

let choice: ThemeChoice = typeof window === 'undefined' ? 'system' : readChoice();

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;
}

export function resolveTheme(value: ThemeChoice, prefersDark = systemPrefersDark()): CarbonTheme {
  if (value === 'system') return prefersDark ? 'g100' : 'g10';
  return value === 'dark' ? 'g100' : 'g10';
}

export function getThemeChoice(): ThemeChoice {
  return choice;
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  storage()?.setItem(STORAGE_KEY, next);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  media?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
  };
}

export function applyTheme(theme: CarbonTheme): void {
  const root = document.documentElement;
  root.classList.remove('cds--g10', 'cds--g100');
  root.classList.add(`cds--${theme}`);
  root.style.colorScheme = theme === 'g100' ? 'dark' : 'light';
}

export function useTheme(): { choice: ThemeChoice; theme: CarbonTheme; setChoice: (c: ThemeChoice) => void } {
  const current = useSyncExternalStore(subscribe, getThemeChoice);
  const prefersDark = useSyncExternalStore(subscribe, systemPrefersDark);
  const theme = resolveTheme(current, prefersDark);
  useEffect(() => applyTheme(theme), [theme]);
  return { choice: current, theme, setChoice: setThemeChoice };
}
