import { Outlet, ScrollRestoration, type Location } from 'react-router';
import { AppShell } from '../components/app-shell/app-shell.tsx';
import { useTheme } from '../lib/theme/theme-store.ts';
import { usePageTitle } from './page-title.ts';

/**
 * Scroll positions are kept per page (path), not per history entry: going to another page starts
 * at its own last position (the top the first time) instead of keeping the previous page's scroll,
 * which left a page's title under the fixed header (e.g. the queue after completing a long form);
 * a filter or sort change on the same page does not jump.
 */
function scrollKeyOf(location: Location): string {
  return location.pathname;
}

export function RootLayout() {
  // Applies the theme class to <html> for every page, including the error pages.
  useTheme();
  usePageTitle();
  return (
    <AppShell>
      <Outlet />
      <ScrollRestoration getKey={scrollKeyOf} />
    </AppShell>
  );
}
