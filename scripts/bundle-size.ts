import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Language } from '../src/lib/i18n/languages.ts';

// What the first screen and each lazy view cost in bytes, read from a production build's Vite
// manifest (build with `manifest: true`). Used by the bundle-size test (CI, deterministic) and by
// `npm run bench` (which also measures the same thing from the network).
//
//   node --import tsx scripts/bundle-size.ts [distDir]   prints the report of an existing build

/** Budgets of docs/benchmark.md. 1 KB = 1000 bytes, the stricter reading (Vite prints kB the same way). */
export const BUDGETS = {
  firstScreenJsGzip: 200_000,
  firstScreenCssGzip: 60_000,
} as const;

/**
 * The first screen is the cluster picker at `/`: the entry chunk, the picker's lazy route and the
 * first-screen part of the active language's catalogue, which loads before the first render (German,
 * the larger, is counted). The views part loads after the first render.
 */
export const FIRST_SCREEN_MODULES = [
  'index.html',
  'src/locales/de/first.ts',
  'src/features/clusters/components/cluster-picker-page.tsx',
];

export type CataloguePart = 'first screen' | 'views';

/**
 * Each UI language's message catalogue in two parts (src/lib/i18n/catalogues.ts imports each with its
 * own literal import(), so each is a chunk of its own): only the active language's are fetched, the
 * first-screen part before the first render, the views part after it.
 */
export const CATALOGUE_MODULES: readonly { language: Language; part: CataloguePart; module: string }[] = [
  { language: 'en', part: 'first screen', module: 'src/locales/en/first.ts' },
  { language: 'en', part: 'views', module: 'src/locales/en/views.ts' },
  { language: 'de', part: 'first screen', module: 'src/locales/de/first.ts' },
  { language: 'de', part: 'views', module: 'src/locales/de/views.ts' },
];

/** Every other screen, by the module its lazy route loads (src/app/router.tsx). */
export const VIEW_MODULES: readonly { view: string; route: string; module: string }[] = [
  { view: 'connect', route: '/c/:clusterId', module: 'src/features/sign-in/components/connect-page.tsx' },
  { view: 'topology', route: '/c/:clusterId/topology', module: 'src/features/topology/components/topology-page.tsx' },
  { view: 'tasks', route: '/c/:clusterId/tasks', module: 'src/features/user-tasks/components/user-tasks-page.tsx' },
  {
    view: 'task detail',
    route: '/c/:clusterId/tasks/:userTaskKey',
    module: 'src/features/user-tasks/components/user-task-detail-page.tsx',
  },
  // Not a route: the task detail loads the bpmn.io form viewer as its own chunk while it opens.
  {
    view: 'task form viewer (loaded by the task detail)',
    route: '/c/:clusterId/tasks/:userTaskKey',
    module: 'src/features/user-tasks/components/camunda-form/camunda-form-viewer.tsx',
  },
  { view: 'access', route: '/c/:clusterId/access', module: 'src/features/diagnosis/components/access-page.tsx' },
  {
    view: 'request diagnosis',
    route: '/c/:clusterId/access/requests/:requestId',
    module: 'src/features/diagnosis/components/request-diagnosis-page.tsx',
  },
  {
    view: 'explain an error',
    route: '/c/:clusterId/access/explain',
    module: 'src/features/diagnosis/components/explain-page.tsx',
  },
  { view: 'audit', route: '/c/:clusterId/audit', module: 'src/features/audit/components/audit-page.tsx' },
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface AssetGroup {
  js: AssetSize[];
  css: AssetSize[];
  jsGzip: number;
  cssGzip: number;
  jsBytes: number;
  cssBytes: number;
}

export interface ViewReport extends AssetGroup {
  view: string;
  route: string;
  module: string;
  /** The view's own chunk (null when the module is not in the build). */
  chunk: string | null;
  /** Built as a chunk that only a dynamic import loads. */
  lazy: boolean;
  /** The view's own chunk is among the first screen's files (a budget breach). */
  inFirstScreen: boolean;
}

export interface CatalogueReport extends AssetSize {
  language: Language;
  part: CataloguePart;
  module: string;
  /** Built as a chunk that only a dynamic import loads. */
  lazy: boolean;
  /**
   * Catalogue chunks among this language's first-screen files other than its own first-screen part
   * (must be none: no other language, and not the views part).
   */
  othersInFirstScreen: string[];
}

export interface BundleReport {
  firstScreen: AssetGroup;
  views: ViewReport[];
  /** One line per UI language; a language whose catalogue is not in the build has none. */
  catalogues: CatalogueReport[];
}

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Gzip as a web server would send it (zlib's default level). */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

/** Every manifest key reachable from `roots` through static imports (what loads together). */
export function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = roots.filter((r) => r in manifest);
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) stack.push(next);
  }
  return seen;
}

function filesOf(manifest: Manifest, keys: Iterable<string>): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
  }
  return { js, css };
}

function sizeOf(distDir: string, file: string): AssetSize {
  const content = readFileSync(path.join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSize(content) };
}

function group(distDir: string, js: Iterable<string>, css: Iterable<string>): AssetGroup {
  const jsSizes = [...js].sort().map((file) => sizeOf(distDir, file));
  const cssSizes = [...css].sort().map((file) => sizeOf(distDir, file));
  const sum = (list: AssetSize[], key: 'bytes' | 'gzipBytes') => list.reduce((n, a) => n + a[key], 0);
  return {
    js: jsSizes,
    css: cssSizes,
    jsGzip: sum(jsSizes, 'gzipBytes'),
    cssGzip: sum(cssSizes, 'gzipBytes'),
    jsBytes: sum(jsSizes, 'bytes'),
    cssBytes: sum(cssSizes, 'bytes'),
  };
}

export function analyzeBundle(distDir: string, manifest: Manifest = readManifest(distDir)): BundleReport {
  const first = filesOf(manifest, staticClosure(manifest, FIRST_SCREEN_MODULES));
  const views = VIEW_MODULES.map((v): ViewReport => {
    const chunk = manifest[v.module];
    const own = filesOf(manifest, staticClosure(manifest, [v.module]));
    // A view costs what it loads on top of the first screen.
    const js = [...own.js].filter((f) => !first.js.has(f));
    const css = [...own.css].filter((f) => !first.css.has(f));
    return {
      ...v,
      ...group(distDir, js, css),
      chunk: chunk?.file ?? null,
      lazy: chunk?.isDynamicEntry === true && chunk.isEntry !== true,
      inFirstScreen: chunk !== undefined && first.js.has(chunk.file),
    };
  });
  return { firstScreen: group(distDir, first.js, first.css), views, catalogues: analyzeCatalogues(distDir, manifest) };
}

/**
 * Each language's catalogue chunk, and what that language's first screen loads: the first screen
 * with the language's own catalogue in place of the German one FIRST_SCREEN_MODULES counts.
 */
function analyzeCatalogues(distDir: string, manifest: Manifest): CatalogueReport[] {
  const chunks = CATALOGUE_MODULES.flatMap(({ language, part, module }) => {
    const chunk = manifest[module];
    return chunk ? [{ language, part, module, chunk }] : [];
  });
  const catalogueModules = new Set(CATALOGUE_MODULES.map((c) => c.module));
  const withoutCatalogues = FIRST_SCREEN_MODULES.filter((m) => !catalogueModules.has(m));
  return chunks.map(({ language, part, module, chunk }) => {
    const ownFirst = CATALOGUE_MODULES.find((c) => c.language === language && c.part === 'first screen')!.module;
    const first = filesOf(manifest, staticClosure(manifest, [...withoutCatalogues, ownFirst])).js;
    const others = chunks.filter((c) => c.module !== ownFirst && first.has(c.chunk.file)).map((c) => c.chunk.file);
    return {
      language,
      part,
      module,
      ...sizeOf(distDir, chunk.file),
      lazy: chunk.isDynamicEntry === true && chunk.isEntry !== true,
      othersInFirstScreen: others,
    };
  });
}

/** Builds the SPA with the project's Vite config into `outDir`, with the manifest this module reads. */
export async function buildWithManifest(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const root = path.resolve(import.meta.dirname, '..');
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

export function formatReport(report: BundleReport): string {
  const rows = [
    ['screen', 'JS gzip', 'CSS gzip', 'chunk'],
    [
      'first screen (/)',
      kb(report.firstScreen.jsGzip),
      kb(report.firstScreen.cssGzip),
      `${report.firstScreen.js.length} JS + ${report.firstScreen.css.length} CSS files`,
    ],
    ...report.views.map((v) => [
      `${v.view} (lazy, on top)`,
      kb(v.jsGzip),
      kb(v.cssGzip),
      v.chunk === null ? 'not built' : `${path.basename(v.chunk)}${v.lazy ? '' : ' (NOT lazy)'}`,
    ]),
    ...report.catalogues.map((c) => [
      `${c.language} catalogue, ${c.part} part (${kb(c.bytes)} raw)`,
      kb(c.gzipBytes),
      '',
      `${path.basename(c.file)}${c.lazy ? '' : ' (NOT lazy)'}`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? process.env.LANTERN_DIST ?? 'dist');
  process.stdout.write(`${formatReport(analyzeBundle(dist))}\n`);
}
