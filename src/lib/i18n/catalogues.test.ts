import { describe, expect, it } from 'vitest';
import de, { areas as deAreas } from '../../locales/de/index.ts';
import en, { areas as enAreas } from '../../locales/en/index.ts';

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

  it('finds the ids the shell uses, so the scan cannot pass by finding nothing', () => {
    expect(idsUsedInCode().get('shell.nav.topology')).toBe('components/app-shell/app-shell.tsx');
  });
});
