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

  it.each(Object.keys(CATALOGUE_MODULES))(
    "the %s catalogue is a lazy chunk of its own, and that language's first screen loads no other language's",
    (language) => {
      const catalogue = report.catalogues.find((c) => c.language === language);
      expect(catalogue, `${language} catalogue is not in the build`).toBeDefined();
      expect(catalogue!.lazy).toBe(true);
      expect(catalogue!.othersInFirstScreen).toEqual([]);
      // Its chunk holds no other language: the catalogues are different files.
      const others = report.catalogues.filter((c) => c.language !== language).map((c) => c.file);
      expect(others).not.toContain(catalogue!.file);
    },
  );

  it('the first screen counted against the budget (FIRST_SCREEN_MODULES) loads the German catalogue and not the English', () => {
    const byLanguage = Object.fromEntries(report.catalogues.map((c) => [c.language, c]));
    const files = report.firstScreen.js.map((a) => a.file);
    expect(files).toContain(byLanguage.de?.file);
    expect(files).not.toContain(byLanguage.en?.file);
  });
});
