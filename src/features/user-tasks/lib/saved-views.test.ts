import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_SAVED_VIEWS,
  loadSavedViews,
  normalizeViewQuery,
  parseSavedViews,
  storageKeyOf,
  storeSavedViews,
  viewMatching,
  withView,
  withoutView,
} from './saved-views.ts';

afterEach(() => window.localStorage.clear());

describe('saved task views', () => {
  it('keep a view per cluster across a reload, as a name and the queue query only', () => {
    const views = withView([], '  Accounting   backlog ', 'candidateGroup=accounting&sort=priority%3Aasc');
    expect(storeSavedViews('helm', views)).toBe(true);

    expect(loadSavedViews('helm')).toEqual([
      { name: 'Accounting backlog', query: 'candidateGroup=accounting&sort=priority%3Aasc' },
    ]);
    expect(loadSavedViews('saas')).toEqual([]);
    expect(JSON.parse(window.localStorage.getItem(storageKeyOf('helm')) ?? '[]')).toEqual([
      { name: 'Accounting backlog', query: 'candidateGroup=accounting&sort=priority%3Aasc' },
    ]);
  });

  it('store only what the filter understands: other parameters of a pasted query fall away', () => {
    expect(normalizeViewQuery('token=secret&candidateGroup=accounting&state=any&utm=x')).toBe(
      'state=any&candidateGroup=accounting',
    );
  });

  it('replace a view of the same name instead of adding a second one, sorted by name', () => {
    let views = withView([], 'Mine', 'assignee=%40me');
    views = withView(views, 'All open', '');
    views = withView(views, 'Mine', 'assignee=%40me&sort=dueDate%3Aasc');
    expect(views).toEqual([
      { name: 'All open', query: '' },
      { name: 'Mine', query: 'assignee=%40me&sort=dueDate%3Aasc' },
    ]);
    expect(withoutView(views, 'Mine')).toEqual([{ name: 'All open', query: '' }]);
  });

  it('refuse a nameless view and a view past the limit', () => {
    expect(withView([], '   ', 'state=any')).toEqual([]);
    const full = Array.from({ length: MAX_SAVED_VIEWS }, (_, i) => ({
      name: `v${String(i).padStart(2, '0')}`,
      query: '',
    }));
    expect(withView(full, 'one more', '')).toHaveLength(MAX_SAVED_VIEWS);
    expect(withView(full, 'v07', 'state=any').find((v) => v.name === 'v07')?.query).toBe('state=any');
  });

  it('find the saved view the URL shows, whatever the parameter order', () => {
    const views = withView([], 'Accounting', 'candidateGroup=accounting&state=any');
    expect(viewMatching(views, 'state=any&candidateGroup=accounting')?.name).toBe('Accounting');
    expect(viewMatching(views, 'state=any')).toBeUndefined();
  });

  it('ignore stored data that is not a list of views (hand-edited, another format)', () => {
    expect(parseSavedViews('not json')).toEqual([]);
    expect(parseSavedViews('{"name":"x"}')).toEqual([]);
    expect(
      parseSavedViews(
        JSON.stringify([{ name: 'ok', query: 'state=any' }, { name: 3 }, null, { name: 'ok', query: '' }]),
      ),
    ).toEqual([{ name: 'ok', query: 'state=any' }]);
  });

  it('save nothing and say so when the browser refuses storage', () => {
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(storeSavedViews('helm', withView([], 'x', ''))).toBe(false);
      expect(refuse).toHaveBeenCalled();
    } finally {
      refuse.mockRestore();
    }
  });
});
