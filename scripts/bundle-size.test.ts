import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  type BundleReport,
  CATALOGUE_MODULES,
  VIEW_MODULES,
  analyzeBundle,
  buildWithManifest,
  kb,
} from './bundle-size.ts';

// The byte budgets of docs/benchmark.md, on a real production build: what an operator downloads before
// the cluster picker shows, and that every other view waits until it is opened.
describe('production bundle budgets', () => {
  let outDir = '';
  let report: BundleReport;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'lantern-bundle-'));
    await buildWithManifest(outDir);
    report = analyzeBundle(outDir);
  }, 300_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it(`the first screen loads at most ${kb(BUDGETS.firstScreenJsGzip)} of JS and ${kb(BUDGETS.firstScreenCssGzip)} of CSS (gzip)`, () => {
    expect(report.firstScreen.js.length).toBeGreaterThan(0);
    expect(report.firstScreen.css.length).toBeGreaterThan(0);
    expect(report.firstScreen.jsGzip).toBeLessThanOrEqual(BUDGETS.firstScreenJsGzip);
    expect(report.firstScreen.cssGzip).toBeLessThanOrEqual(BUDGETS.firstScreenCssGzip);
  });

  it.each(VIEW_MODULES.map((v) => [v.view, v.module]))(
    'the %s view is its own lazy chunk that the first screen does not load',
    (view) => {
      const v = report.views.find((r) => r.view === view)!;
      expect(v.chunk, `${v.module} is not in the build`).not.toBeNull();
      expect(v.lazy).toBe(true);
      expect(v.inFirstScreen).toBe(false);
      expect(v.js.map((a) => a.file)).toContain(v.chunk);
    },
  );

  it.each(CATALOGUE_MODULES.map((c) => [c.language, c.part] as const))(
    "the %s catalogue's %s part is a lazy chunk of its own, and that language's first screen loads no other part",
    (language, part) => {
      const catalogue = report.catalogues.find((c) => c.language === language && c.part === part);
      expect(catalogue, `${language} ${part} catalogue is not in the build`).toBeDefined();
      expect(catalogue!.lazy).toBe(true);
      expect(catalogue!.othersInFirstScreen).toEqual([]);
      // Its chunk holds nothing of another part or language: the parts are different files.
      const others = report.catalogues.filter((c) => c !== catalogue).map((c) => c.file);
      expect(others).not.toContain(catalogue!.file);
    },
  );

  it("the first screen counted against the budget (FIRST_SCREEN_MODULES) loads German's first-screen part only", () => {
    const files = report.firstScreen.js.map((a) => a.file);
    const fileOf = (language: string, part: string) =>
      report.catalogues.find((c) => c.language === language && c.part === part)?.file;
    expect(files).toContain(fileOf('de', 'first screen'));
    for (const [language, part] of [
      ['de', 'views'],
      ['en', 'first screen'],
      ['en', 'views'],
    ]) {
      expect(files).not.toContain(fileOf(language!, part!));
    }
  });
});
