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

interface SideTimes {
  /** Page load (fresh context, empty cache) of /c/c8run/topology to the table in the DOM. */
  coldRenderMs: Sampled;
  /** Of that page load: navigation start to the topology request being sent (HTML, JS, first render). */
  coldBootMs: Sampled;
  /** Click on the header link, on a settled page of the same app, to the table in the DOM. */
  inAppRenderMs: Sampled;
}

export interface FloorResult {
  jsGzip: number;
  lantern: SideTimes;
  floor: SideTimes;
  /** Cluster requests per floor page load (it sends exactly one). */
  floorRequestsPerLoad: number[];
}

interface App {
  baseURL: string;
  /** Where the in-app navigation starts, and what shows that page has loaded. */
  startPath: string;
  startShown: string;
}

async function coldTopology(browser: Browser, app: App): Promise<{ ms: number; bootMs: number; requests: number }> {
  const bench = await BenchPage.open(browser, app.baseURL);
  await bench.page.goto('/c/c8run/topology');
  const ms = await bench.mark('topology');
  const request = await bench.resourceTiming('/v2/topology');
  if (!request) throw new Error(`${app.baseURL}: the page load sent no /v2/topology request`);
  await sleep(SETTLE_MS);
  const requests = bench.since(0).length;
  await bench.close();
  return { ms, bootMs: request.startTime, requests };
}

async function inAppTopology(browser: Browser, app: App): Promise<number> {
  const bench = await BenchPage.open(browser, app.baseURL);
  await bench.page.goto(app.startPath);
  await bench.page.locator(app.startShown).first().waitFor();
  await sleep(SETTLE_MS);
  const clicked = await bench.clickLink('/c/c8run/topology');
  const ms = (await bench.mark('topology')) - clicked;
  await bench.close();
  return ms;
}

/**
 * Lantern and the floor page side by side: each run measures both, alternating which goes first,
 * so that load on the machine falls on both alike. Lantern's in-app navigation starts on its task
 * list, the floor's on its empty start route.
 */
export async function measureFloor(
  browser: Browser,
  lanternURL: string,
  floorURL: string,
  runs: number,
  jsGzip: number,
): Promise<FloorResult> {
  const lantern: App = { baseURL: lanternURL, startPath: '/c/c8run/tasks', startShown: '[data-task-key]' };
  const floor: App = {
    baseURL: floorURL,
    startPath: '/c/c8run/start',
    startShown: 'header a[href="/c/c8run/topology"]',
  };
  const times = {
    lanternBoot: [] as number[],
    floorBoot: [] as number[],
    lanternCold: [] as number[],
    lanternInApp: [] as number[],
    floorCold: [] as number[],
    floorInApp: [] as number[],
  };
  const floorRequestsPerLoad: number[] = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [lantern, floor] : [floor, lantern];
    for (const app of order) {
      const cold = await coldTopology(browser, app);
      const inApp = await inAppTopology(browser, app);
      if (app === lantern) {
        times.lanternCold.push(cold.ms);
        times.lanternBoot.push(cold.bootMs);
        times.lanternInApp.push(inApp);
      } else {
        times.floorCold.push(cold.ms);
        times.floorBoot.push(cold.bootMs);
        times.floorInApp.push(inApp);
        floorRequestsPerLoad.push(cold.requests);
      }
    }
  }
  return {
    jsGzip,
    lantern: {
      coldRenderMs: sampled(times.lanternCold),
      coldBootMs: sampled(times.lanternBoot),
      inAppRenderMs: sampled(times.lanternInApp),
    },
    floor: {
      coldRenderMs: sampled(times.floorCold),
      coldBootMs: sampled(times.floorBoot),
      inAppRenderMs: sampled(times.floorInApp),
    },
    floorRequestsPerLoad,
  };
}
