import { Outlet } from 'react-router';
import { AppShell } from '../components/app-shell/app-shell.tsx';
import { useTheme } from '../lib/theme/theme-store.ts';

export function RootLayout() {
  // Applies the theme class to <html> for every page, including the error pages.
  useTheme();
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}
