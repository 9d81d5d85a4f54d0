import { describe, expect, it } from 'vitest';
import de, { areas as deAreas } from '../../locales/de/index.ts';
import deFirst from '../../locales/de/first.ts';
import deViews from '../../locales/de/views.ts';
import en, { areas as enAreas } from '../../locales/en/index.ts';
import enFirst from '../../locales/en/first.ts';
import enViews from '../../locales/en/views.ts';

const files = import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}', '!../../locales/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = Object.entries(files).map(([path, text]) => ({ path: path.replace('../../', ''), text }));

/** Every id passed to `t(…)`, `t.rich(…)` or `msg(…)` in the code, with the file it is used in. */
function idsUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  for (const { path, text } of sources) {
    for (const [, id = ''] of text.matchAll(/\b(?:t(?:\.rich)?|msg)\(\s*'([^']+)'/g)) used.set(id, path);
  }
  return used;
}

/** Every quoted string in the code, which covers ids kept in typed tables (`MessageId`) too. */
const quotedInCode = new Set(
  sources.flatMap(({ text }) => [...text.matchAll(/'([^'\n]+)'/g)].map(([, quoted = '']) => quoted)),
);

describe('message catalogues', () => {
  const catalogues: Record<string, Record<string, string>> = { en, de };

  it.each(Object.keys(catalogues))('%s holds every id the code uses', (language) => {
    const missing = [...idsUsedInCode()]
      .filter(([id]) => !(id in (catalogues[language] ?? {})))
      .map(([id, path]) => `${id} (${path})`);
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s holds no id the code does not use', (language) => {
    const unused = Object.keys(catalogues[language] ?? {}).filter((id) => !quotedInCode.has(id));
    expect(unused).toEqual([]);
  });

  it('German has exactly the English ids, each with a text of its own', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    expect(Object.values(de).filter((text) => text.trim() === '')).toEqual([]);
  });

  it.each([
    ['en', enAreas],
    ['de', deAreas],
  ] as const)('%s: each id lives in exactly one area file, the same one in both languages', (_, areas) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, messages] of Object.entries(areas)) {
      for (const id of Object.keys(messages)) {
        if (seen.has(id)) twice.push(`${id} (${seen.get(id)} and ${area})`);
        seen.set(id, area);
      }
    }
    expect(twice).toEqual([]);
    const englishArea = new Map(Object.entries(enAreas).flatMap(([area, m]) => Object.keys(m).map((id) => [id, area])));
    expect([...seen].filter(([id, area]) => englishArea.get(id) !== area)).toEqual([]);
  });

  it.each([
    ['en', en, enFirst, enViews],
    ['de', de, deFirst, deViews],
  ] as const)('%s: the first-screen and views parts together hold every area, each id once', (_, all, first, views) => {
    expect([...Object.keys(first), ...Object.keys(views)].sort()).toEqual(Object.keys(all).sort());
    expect(Object.keys(first).filter((id) => id in views)).toEqual([]);
  });

  it('the first screen and the shell around every view word only ids of the first-screen part', () => {
    // Everything the entry imports statically renders before the views part has arrived (the shell
    // gates the views and the principal drawer: src/components/app-shell/views-catalogue-gate.tsx).
    const gated = new Set(['components/app-shell/principal-drawer.tsx']);
    const byPath = new Map(sources.map((source) => [source.path, source.text]));
    const roots = ['main.tsx', 'features/clusters/components/cluster-picker-page.tsx', 'app/not-found-page.tsx'];
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const path = queue.pop() ?? '';
      if (seen.has(path) || gated.has(path) || !byPath.has(path)) continue;
      seen.add(path);
      const dir = path.split('/').slice(0, -1);
      for (const [, spec = ''] of (byPath.get(path) ?? '').matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)'/gms)) {
        const parts = [...dir];
        for (const part of spec.split('/')) {
          if (part === '..') parts.pop();
          else if (part !== '.') parts.push(part);
        }
        queue.push(parts.join('/'));
      }
    }
    expect(seen.has('components/app-shell/app-shell.tsx')).toBe(true);
    const outside = [...seen].flatMap((path) =>
      [...(byPath.get(path) ?? '').matchAll(/\bt(?:\.rich)?\(\s*'([^']+)'/g)]
        .map(([, id = '']) => id)
        .filter((id) => !(id in enFirst))
        .map((id) => `${id} (${path})`),
    );
    expect(outside).toEqual([]);
  });

  it('finds the ids the shell uses, so the scan cannot pass by finding nothing', () => {
    expect(idsUsedInCode().get('shell.nav.topology')).toBe('components/app-shell/app-shell.tsx');
  });
});
