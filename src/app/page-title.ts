import { useEffect } from 'react';
import { useMatches, type UIMatch } from 'react-router';
import type { MessageId } from '../lib/i18n/catalogues.ts';
import { useT } from '../lib/i18n/use-t.ts';

/** What a route tells the layout about itself (`handle` in router.tsx). */
export interface RouteHandle {
  /** The view's name in the browser tab and history, e.g. "Tasks". */
  title: MessageId;
}

export function routeHandle(title: MessageId): RouteHandle {
  return { title };
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as { title?: unknown }).title === 'string';
}

/** The deepest matched route's title and the cluster it is about, if any. */
export function pageTitleOf(matches: readonly UIMatch[]): { title: MessageId | null; clusterId: string | null } {
  const match = [...matches].reverse().find((m) => isRouteHandle(m.handle));
  const deepest = matches.at(-1);
  return {
    title: match && isRouteHandle(match.handle) ? match.handle.title : null,
    clusterId: deepest?.params.clusterId ?? null,
  };
}

/**
 * Keeps `document.title` on the current view, in the UI language: "Tasks · helm · Lantern". The
 * cluster's id stays as it is. Runs in the root layout, so views need not set titles themselves;
 * it re-runs on navigation and on a language switch (a new `t`).
 */
export function usePageTitle(): void {
  const matches = useMatches();
  const t = useT();
  const { title, clusterId } = pageTitleOf(matches);
  const text =
    title === null
      ? 'Lantern'
      : clusterId
        ? t('shell.title.withCluster', { view: t(title), cluster: clusterId })
        : t('shell.title.view', { view: t(title) });
  useEffect(() => {
    document.title = text;
  }, [text]);
}
