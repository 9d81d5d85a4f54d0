import { parseTaskFilter, serializeTaskFilter } from './task-filter.ts';

/**
 * "My views": named task-queue filters, kept per cluster in localStorage so they survive a
 * reload. A view is only a name and the queue's URL query (the same text a shared link carries),
 * never anything from the cluster's answers or a credential (docs/decisions.md).
 */
export interface SavedView {
  name: string;
  /** The filter and sort as `serializeTaskFilter` writes them, without the leading `?`. */
  query: string;
}

export const MAX_SAVED_VIEWS = 50;
export const MAX_VIEW_NAME_LENGTH = 80;

const KEY_PREFIX = 'lantern.taskViews.';

export function storageKeyOf(clusterId: string): string {
  return `${KEY_PREFIX}${clusterId}`;
}

/** The query a view stores: parsed and written again, so unknown or malformed parameters fall away. */
export function normalizeViewQuery(query: string): string {
  return serializeTaskFilter(parseTaskFilter(new URLSearchParams(query))).toString();
}

export function normalizeViewName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_VIEW_NAME_LENGTH);
}

/** Reads what is stored, dropping anything that is not a well-formed view (hand-edited, older format). */
export function parseSavedViews(raw: string | null): SavedView[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const views: SavedView[] = [];
  const names = new Set<string>();
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, query } = item as Record<string, unknown>;
    if (typeof name !== 'string' || typeof query !== 'string') continue;
    const cleanName = normalizeViewName(name);
    if (cleanName === '' || names.has(cleanName)) continue;
    names.add(cleanName);
    views.push({ name: cleanName, query: normalizeViewQuery(query) });
    if (views.length === MAX_SAVED_VIEWS) break;
  }
  return views;
}

/** Adds a view, or replaces the one of the same name in place; the list stays sorted by name. */
export function withView(views: readonly SavedView[], name: string, query: string): SavedView[] {
  const view = { name: normalizeViewName(name), query: normalizeViewQuery(query) };
  if (view.name === '') return [...views];
  const rest = views.filter((v) => v.name !== view.name);
  if (rest.length >= MAX_SAVED_VIEWS) return [...views];
  return [...rest, view].sort((a, b) => a.name.localeCompare(b.name));
}

export function withoutView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}

/** The saved view whose filter is the one in the URL, if any. */
export function viewMatching(views: readonly SavedView[], query: string): SavedView | undefined {
  const normalized = normalizeViewQuery(query);
  return views.find((v) => v.query === normalized);
}

function storage(): Storage | null {
  try {
    // Allowed next to the theme choice (docs/decisions.md): view names and filter queries only.
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadSavedViews(clusterId: string): SavedView[] {
  return parseSavedViews(storage()?.getItem(storageKeyOf(clusterId)) ?? null);
}

/** Writes the list; false when the browser refuses (private mode, quota), so the UI can say so. */
export function storeSavedViews(clusterId: string, views: readonly SavedView[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (views.length === 0) store.removeItem(storageKeyOf(clusterId));
    else store.setItem(storageKeyOf(clusterId), JSON.stringify(views));
    return true;
  } catch {
    return false;
  }
}
