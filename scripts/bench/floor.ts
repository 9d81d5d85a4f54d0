import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { gzipSize } from '../bundle-size.ts';
import { BenchPage } from './bench-page.ts';
import { type Sampled, sampled } from './stats.ts';

// The floor page of `npm run bench` (floor-page/main.tsx): built with Vite into its own directory,
// served by a second Lantern server with the same c8run cluster, and timed exactly like Lantern's
// topology view — a page load and an in-app navigation to the same `td[data-partition]` mark.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The settle time of scenarios.ts before Lantern's in-app navigation is clicked. */
const SETTLE_MS = 800;

const floorRoot = path.join(import.meta.dirname, 'floor-page');

export async function buildFloorPage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: floorRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, sourcemap: false, rolldownOptions: { checks: { pluginTimings: false } } },
  });
}

/** The JavaScript the floor page ships, gzip (everything it has is on its first screen). */
export function floorJsGzip(outDir: string): number {
  const assets = path.join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSize(readFileSync(path.join(assets, file))), 0);
}

export interface FloorResult {
  jsGzip: number;
  /** Page load (fresh context, empty cache) of /c/c8run/topology to the table in the DOM. */
  coldRenderMs: Sampled;
  /** Click on the header link from the floor's start route to the table in the DOM. */
  inAppRenderMs: Sampled;
  /** Cluster requests per page load (the floor sends exactly one). */
  requestsPerLoad: number[];
}

export async function measureFloor(
  browser: Browser,
  baseURL: string,
  runs: number,
  jsGzip: number,
): Promise<FloorResult> {
  const cold: number[] = [];
  const inApp: number[] = [];
  const requestsPerLoad: number[] = [];
  for (let run = 0; run < runs; run++) {
    const a = await BenchPage.open(browser, baseURL);
    await a.page.goto('/c/c8run/topology');
    cold.push(await a.mark('topology'));
    requestsPerLoad.push(a.since(0).length);
    await a.close();

    const b = await BenchPage.open(browser, baseURL);
    await b.page.goto('/c/c8run/start');
    await b.page.locator('header a[href="/c/c8run/topology"]').waitFor();
    // As Lantern's in-app figure is taken on a page that has settled after its own load.
    await sleep(SETTLE_MS);
    const clicked = await b.clickLink('/c/c8run/topology');
    inApp.push((await b.mark('topology')) - clicked);
    await b.close();
  }
  return { jsGzip, coldRenderMs: sampled(cold), inAppRenderMs: sampled(inApp), requestsPerLoad };
}
