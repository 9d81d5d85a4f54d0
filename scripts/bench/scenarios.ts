import type { Browser, Response } from '@playwright/test';
import { type BundleReport, gzipSize } from '../bundle-size.ts';
import { type ApiRequestRecord, BenchPage } from './bench-page.ts';
import { type Sampled, median, ratio, round, sampled } from './stats.ts';

// The measurements of `npm run bench`, each against the demo environment in a fresh browser
// context. Every timing is a median of `runs`; counts come from the first run and are checked
// to agree across runs (a count that varies is itself reported).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Long enough for a stray second request to show up, well below the 5 s topology poll. */
const SETTLE_MS = 800;
/** Topology and task-list stale times (src/features/*\/api/*-queries.ts). */
const TOPOLOGY_STALE_MS = 2_500;
const TASKS_STALE_MS = 10_000;

export interface FirstScreenResult {
  /** What the picker page fetched, gzip as a web server would send it. */
  network: { jsGzip: number; cssGzip: number; files: { file: string; bytes: number; gzipBytes: number }[] };
  /** Files the manifest says the first screen needs but the browser did not fetch, and vice versa. */
  notFetched: string[];
  notInManifest: string[];
  pickerRenderedMs: Sampled;
}

export async function measureFirstScreen(
  browser: Browser,
  baseURL: string,
  bundle: BundleReport,
  runs: number,
): Promise<FirstScreenResult> {
  const times: number[] = [];
  let network: FirstScreenResult['network'] = { jsGzip: 0, cssGzip: 0, files: [] };
  for (let run = 0; run < runs; run++) {
    const bench = await BenchPage.open(browser, baseURL);
    const responses: Response[] = [];
    bench.page.on('response', (r) => {
      const type = r.request().resourceType();
      if (type === 'script' || type === 'stylesheet') responses.push(r);
    });
    await bench.page.goto('/');
    times.push(await bench.mark('picker'));
    await sleep(SETTLE_MS);
    if (run === 0) {
      const files = await Promise.all(
        responses.map(async (r) => {
          const body = await r.body();
          return { file: new URL(r.url()).pathname.slice(1), bytes: body.length, gzipBytes: gzipSize(body) };
        }),
      );
      const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzipBytes, 0);
      network = { jsGzip: sum('.js'), cssGzip: sum('.css'), files };
    }
    await bench.close();
  }
  const fetched = new Set(network.files.map((f) => f.file));
  const manifestFiles = new Set([...bundle.firstScreen.js, ...bundle.firstScreen.css].map((a) => a.file));
  return {
    network,
    notFetched: [...manifestFiles].filter((f) => !fetched.has(f)),
    notInManifest: [...fetched].filter((f) => !manifestFiles.has(f)),
    pickerRenderedMs: sampled(times),
  };
}

export interface ViewTiming {
  /** Full page load (fresh context, empty cache) to the view's data in the DOM. */
  coldRenderMs: Sampled;
  /** Where a page load's time goes: navigation to the request sent, the request, its answer to the DOM. */
  coldBreakdownMs: { boot: Sampled; request: Sampled; render: Sampled };
  /** Click on the header link (view chunk not yet loaded, cache empty for it) to the data in the DOM. */
  inAppRenderMs: Sampled;
  /** The same API request with bare `fetch` through the same proxy, same page. */
  apiRoundTripMs: Sampled;
  coldRatio: number;
  inAppRatio: number;
}

export interface RequestCounts {
  /** Cluster requests issued by one view load, per run (budget: 1). */
  perLoad: number[];
  paths: string[];
}

export interface ReturnCheck {
  /** Cluster requests on returning to the view, per run (budget: 0 within the stale time). */
  requests: number[];
  /** Whether the return happened within the view's stale time (otherwise a refetch is legitimate). */
  withinStaleTime: boolean[];
}

export interface ViewsResult {
  topology: ViewTiming;
  tasks: ViewTiming;
  requests: Record<'topologyCold' | 'topologyInApp' | 'tasksCold' | 'tasksInApp', RequestCounts>;
  returns: Record<'topology' | 'tasks', ReturnCheck>;
  /** Opening one task from the list (first run): the task, its variables, its form. */
  taskDetailInApp: string[];
}

function describeRequests(records: readonly ApiRequestRecord[]): string[] {
  return records.map((r) => `${r.method} ${r.path.replace(/^\/clusters\/[^/]+/, '')}`);
}

interface Breakdown {
  boot: number;
  request: number;
  render: number;
}

async function breakdown(bench: BenchPage, pathSuffix: string, renderedAt: number): Promise<Breakdown> {
  const entry = await bench.resourceTiming(pathSuffix);
  if (!entry) throw new Error(`the page load sent no ${pathSuffix} request`);
  return {
    boot: entry.startTime,
    request: entry.responseEnd - entry.startTime,
    render: renderedAt - entry.responseEnd,
  };
}

async function bareRoundTrip(bench: BenchPage, request: ApiRequestRecord): Promise<number> {
  const init: { method: string; body: string | null; headers: Record<string, string> } = {
    method: request.method,
    body: request.body,
    headers: request.body === null ? {} : { 'Content-Type': 'application/json' },
  };
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) samples.push(await bench.fetchRoundTrip(request.path, init));
  return median(samples);
}

/**
 * The topology and the task list of the `c8run` cluster (no credentials, so sign-in is not in the
 * timings): a cold load of each, an in-app navigation to each, and a return to each.
 */
export async function measureViews(browser: Browser, baseURL: string, runs: number): Promise<ViewsResult> {
  const t = {
    topoCold: [] as number[],
    topoInApp: [] as number[],
    tasksCold: [] as number[],
    tasksInApp: [] as number[],
  };
  const api = { topology: [] as number[], tasks: [] as number[] };
  const counts = {
    topologyCold: { perLoad: [] as number[], paths: [] as string[] },
    topologyInApp: { perLoad: [] as number[], paths: [] as string[] },
    tasksCold: { perLoad: [] as number[], paths: [] as string[] },
    tasksInApp: { perLoad: [] as number[], paths: [] as string[] },
  };
  const returns = {
    topology: { requests: [] as number[], withinStaleTime: [] as boolean[] },
    tasks: { requests: [] as number[], withinStaleTime: [] as boolean[] },
  };
  let detail: string[] = [];
  const split = { topology: [] as Breakdown[], tasks: [] as Breakdown[] };
  const record = (key: keyof typeof counts, records: ApiRequestRecord[]) => {
    counts[key].perLoad.push(records.length);
    if (counts[key].paths.length === 0) counts[key].paths = describeRequests(records);
  };

  for (let run = 0; run < runs; run++) {
    // A: topology cold → tasks in app → back to topology → back to tasks.
    const a = await BenchPage.open(browser, baseURL);
    await a.page.goto('/c/c8run/topology');
    t.topoCold.push(await a.mark('topology'));
    split.topology.push(await breakdown(a, '/v2/topology', t.topoCold.at(-1)!));
    await sleep(SETTLE_MS);
    const topoLoad = a.since(0);
    record('topologyCold', topoLoad);

    let index = a.requests.length;
    let clicked = await a.clickLink('/c/c8run/tasks');
    t.tasksInApp.push((await a.mark('tasks')) - clicked);
    await sleep(SETTLE_MS / 2);
    const tasksLoad = a.since(index);
    record('tasksInApp', tasksLoad);

    // Data is fresh for its stale time from its answer; the view is back once its data shows,
    // so a return counts as "within" only if the data was still fresh at that moment.
    const answeredAt = (r: ApiRequestRecord | undefined) => (r ? r.startedAt + (r.durationMs ?? 0) : 0);
    const returnTo = async (
      view: keyof typeof returns,
      apiPath: string,
      href: string,
      shownSelector: string,
      staleMs: number,
    ) => {
      const last = a.since(0, apiPath).at(-1);
      const from = a.requests.length;
      await a.clickLink(href);
      await a.page.locator(shownSelector).first().waitFor();
      returns[view].withinStaleTime.push(Date.now() - answeredAt(last) < staleMs);
      await sleep(SETTLE_MS);
      returns[view].requests.push(a.since(from).length);
    };
    await returnTo('topology', '/v2/topology', '/c/c8run/topology', 'td[data-partition]', TOPOLOGY_STALE_MS);
    await returnTo('tasks', '/v2/user-tasks/search', '/c/c8run/tasks', '[data-task-key]', TASKS_STALE_MS);

    if (run === 0) {
      index = a.requests.length;
      await a.page.locator('[data-task-key]').first().click();
      await a.page.getByTestId('task-state').waitFor();
      await sleep(SETTLE_MS);
      detail = describeRequests(a.since(index));
    }

    const topologyRequest = topoLoad.find((r) => r.path.endsWith('/v2/topology'));
    const searchRequest = tasksLoad.find((r) => r.path.endsWith('/v2/user-tasks/search'));
    if (!topologyRequest || !searchRequest) throw new Error('the views issued no topology or task search request');
    api.topology.push(await bareRoundTrip(a, topologyRequest));
    api.tasks.push(await bareRoundTrip(a, searchRequest));
    await a.close();

    // B: tasks cold → topology in app.
    const b = await BenchPage.open(browser, baseURL);
    await b.page.goto('/c/c8run/tasks');
    t.tasksCold.push(await b.mark('tasks'));
    split.tasks.push(await breakdown(b, '/v2/user-tasks/search', t.tasksCold.at(-1)!));
    await sleep(SETTLE_MS);
    record('tasksCold', b.since(0));
    index = b.requests.length;
    clicked = await b.clickLink('/c/c8run/topology');
    t.topoInApp.push((await b.mark('topology')) - clicked);
    await sleep(SETTLE_MS);
    record('topologyInApp', b.since(index));
    await b.close();
  }

  const timing = (cold: number[], inApp: number[], rtt: number[], parts: Breakdown[]): ViewTiming => ({
    coldRenderMs: sampled(cold),
    coldBreakdownMs: {
      boot: sampled(parts.map((p) => p.boot)),
      request: sampled(parts.map((p) => p.request)),
      render: sampled(parts.map((p) => p.render)),
    },
    inAppRenderMs: sampled(inApp),
    apiRoundTripMs: sampled(rtt),
    coldRatio: ratio(median(cold), median(rtt)),
    inAppRatio: ratio(median(inApp), median(rtt)),
  });
  return {
    topology: timing(t.topoCold, t.topoInApp, api.topology, split.topology),
    tasks: timing(t.tasksCold, t.tasksInApp, api.tasks, split.tasks),
    requests: counts,
    returns,
    taskDetailInApp: detail,
  };
}

export interface ScaleResult {
  totalTasks: number;
  maxTaskRows: number;
  taskRowsAtEnd: number;
  lastPosition: number;
  domElementsAtStart: number;
  domElementsAtEnd: number;
  heapAtStartMb: number;
  heapAtEndMb: number;
  /** After scrolling back to the first task: row churn must leave nothing behind. */
  heapBackAtTopMb: number;
  /** Most pages of tasks the list held at once (its `data-loaded-pages`), down and back up. */
  maxLoadedPages: number;
  searchRequests: number;
  distinctSearches: number;
  /** Searches sent between scrolling back to the top and the first task showing again. */
  searchRequestsBackToTop: number;
  scrollSeconds: number;
}

/** The 10,000-task `scale` cluster: scroll the list to its very end, page by page. */
export async function measureScale(browser: Browser, baseURL: string): Promise<ScaleResult> {
  const bench = await BenchPage.open(browser, baseURL);
  const { page } = bench;
  try {
    await page.goto('/c/scale/tasks?state=any');
    await bench.signInBasic('demo', 'demo');
    await page.getByTestId('task-count').filter({ hasText: '10,000 tasks' }).waitFor();
    await bench.mark('tasks');
    const heapAtStart = await bench.heapUsed();
    const domElementsAtStart = await bench.count('*');
    const index = bench.requests.length;
    const started = Date.now();
    let maxRows = 0;
    let maxLoadedPages = 0;
    const scroller = page.getByTestId('task-list-scroll');
    const end = page.getByTestId('task-list-end');
    const loadedPages = async () => Number(await scroller.getAttribute('data-loaded-pages'));
    for (let i = 0; i < 600 && (await end.count()) === 0; i++) {
      await scroller.evaluate((el: { scrollTo: (o: { top: number }) => void; scrollHeight: number }) =>
        el.scrollTo({ top: el.scrollHeight }),
      );
      await sleep(60);
      maxRows = Math.max(maxRows, await bench.count('[data-task-key]'));
      maxLoadedPages = Math.max(maxLoadedPages, await loadedPages());
    }
    await end.waitFor({ timeout: 5_000 });
    await scroller.evaluate((el: { scrollTo: (o: { top: number }) => void; scrollHeight: number }) =>
      el.scrollTo({ top: el.scrollHeight }),
    );
    await sleep(300);
    const scrollSeconds = (Date.now() - started) / 1000;
    const rowsAtEnd = await bench.count('[data-task-key]');
    maxRows = Math.max(maxRows, rowsAtEnd);
    const lastPosition = Number(
      await page.evaluate(
        `[...document.querySelectorAll('[aria-label="User tasks"] [aria-posinset]')].map((e) => Number(e.getAttribute('aria-posinset'))).reduce((a, b) => Math.max(a, b), 0)`,
      ),
    );
    const searches = bench.since(index, '/v2/user-tasks/search');
    const heapAtEnd = await bench.heapUsed();
    const domElementsAtEnd = await bench.count('*');
    maxLoadedPages = Math.max(maxLoadedPages, await loadedPages());
    // Back to the top: the pages dropped on the way down are fetched again, and nothing should stay behind.
    const backIndex = bench.requests.length;
    await scroller.evaluate((el: { scrollTo: (o: { top: number }) => void }) => el.scrollTo({ top: 0 }));
    const firstTask = page.locator('[aria-label="User tasks"] [aria-posinset="1"] [data-task-key]');
    for (let i = 0; i < 600 && (await firstTask.count()) === 0; i++) {
      await sleep(60);
      maxLoadedPages = Math.max(maxLoadedPages, await loadedPages());
    }
    await firstTask.waitFor({ timeout: 5_000 });
    await sleep(300);
    const searchesBack = bench.since(backIndex, '/v2/user-tasks/search');
    const heapBackAtTop = await bench.heapUsed();
    const mb = (bytes: number) => round(bytes / 1_048_576);
    return {
      totalTasks: 10_000,
      maxTaskRows: maxRows,
      taskRowsAtEnd: rowsAtEnd,
      lastPosition,
      domElementsAtStart,
      domElementsAtEnd,
      heapAtStartMb: mb(heapAtStart),
      heapAtEndMb: mb(heapAtEnd),
      heapBackAtTopMb: mb(heapBackAtTop),
      maxLoadedPages,
      searchRequests: searches.length,
      distinctSearches: new Set(searches.map((s) => s.body)).size,
      searchRequestsBackToTop: searchesBack.length,
      scrollSeconds: round(scrollSeconds),
    };
  } finally {
    await bench.close();
  }
}

export interface AccessCheckResult {
  cluster: string;
  probes: number;
  /** As the access page reports it ("N probes in X ms (slowest probe Y ms)"). */
  wallMs: Sampled;
  slowestProbeMs: Sampled;
  ratio: number;
  /** The same from the browser's network timings: first probe sent to last probe answered. */
  networkWallMs: Sampled;
  networkSlowestMs: Sampled;
  networkRatio: number;
}

const TIMING_TEXT = /(\d+) probes in (\d+) ms \(slowest probe (\d+) ms\)/;

/**
 * The access check, re-run `runs` times: on `helm` (Basic, so every probe costs the cluster a
 * password hash) and on `c8run` (no credentials, so only the probes' own work).
 */
export async function measureAccessCheck(
  browser: Browser,
  baseURL: string,
  runs: number,
  cluster: 'helm' | 'c8run',
): Promise<AccessCheckResult> {
  const bench = await BenchPage.open(browser, baseURL);
  const { page } = bench;
  try {
    await page.goto(`/c/${cluster}/access`);
    if (cluster === 'helm') await bench.signInBasic('demo', 'demo');
    const timing = page.getByTestId('access-check-timing');
    await timing.waitFor({ timeout: 30_000 });
    const wall: number[] = [];
    const slowest: number[] = [];
    const netWall: number[] = [];
    const netSlowest: number[] = [];
    let probes = 0;
    for (let run = 0; run < runs; run++) {
      await sleep(300);
      await timing.evaluate((el: { setAttribute: (n: string, v: string) => void }) =>
        el.setAttribute('data-bench-old', ''),
      );
      const index = bench.requests.length;
      await page.getByRole('button', { name: 'Run the access check again' }).click();
      const fresh = page.locator('[data-testid="access-check-timing"]:not([data-bench-old])');
      await fresh.waitFor({ timeout: 30_000 });
      const match = TIMING_TEXT.exec(await fresh.innerText());
      if (!match) throw new Error('the access check timing text changed its wording');
      probes = Number(match[1]);
      wall.push(Number(match[2]));
      slowest.push(Number(match[3]));
      await sleep(200);
      const records = bench.since(index).filter((r) => r.durationMs !== null);
      if (records.length > 0) {
        const start = Math.min(...records.map((r) => r.startedAt));
        const stop = Math.max(...records.map((r) => r.startedAt + r.durationMs!));
        netWall.push(stop - start);
        netSlowest.push(Math.max(...records.map((r) => r.durationMs!)));
      }
    }
    return {
      cluster,
      probes,
      wallMs: sampled(wall),
      slowestProbeMs: sampled(slowest),
      ratio: ratio(median(wall), median(slowest)),
      networkWallMs: sampled(netWall),
      networkSlowestMs: sampled(netSlowest),
      networkRatio: ratio(median(netWall), median(netSlowest)),
    };
  } finally {
    await bench.close();
  }
}

export interface HiddenTabResult {
  hiddenSeconds: number;
  /** Topology requests while the tab was hidden (budget: 0). */
  requestsWhileHidden: number;
  /** How long after the tab showed again the next topology request went out (null: none within 8 s). */
  resumedAfterMs: number | null;
}

/** The topology view polls every 5 s; hide the tab for more than two intervals and count. */
export async function measureHiddenTab(
  browser: Browser,
  baseURL: string,
  hiddenSeconds = 11,
): Promise<HiddenTabResult> {
  const bench = await BenchPage.open(browser, baseURL);
  try {
    await bench.page.goto('/c/c8run/topology');
    await bench.mark('topology');
    await sleep(SETTLE_MS);
    await bench.setVisibility('hidden');
    const index = bench.requests.length;
    await sleep(hiddenSeconds * 1000);
    const requestsWhileHidden = bench.since(index, '/v2/topology').length;
    const shownIndex = bench.requests.length;
    await bench.setVisibility('visible');
    const shown = Date.now();
    let resumedAfterMs: number | null = null;
    while (Date.now() - shown < 8_000) {
      const next = bench.since(shownIndex, '/v2/topology')[0];
      if (next) {
        resumedAfterMs = Math.max(0, next.startedAt - shown);
        break;
      }
      await sleep(50);
    }
    return { hiddenSeconds, requestsWhileHidden, resumedAfterMs };
  } finally {
    await bench.close();
  }
}

export interface SignInResult {
  cluster: string;
  /** From the click on "Sign in" to the first page of tasks on screen, settled. */
  requests: string[];
  /** Requests sent again with the same method, path and body within that span. */
  duplicates: string[];
}

/** Basic sign-in on `helm` from a deep link to the task list: the connection check, then the view. */
export async function measureSignIn(browser: Browser, baseURL: string): Promise<SignInResult> {
  const bench = await BenchPage.open(browser, baseURL);
  try {
    await bench.page.goto('/c/helm/tasks');
    // Everything before the click was the check without credentials.
    const index = await bench.signInBasic('demo', 'demo');
    await bench.mark('tasks');
    await sleep(SETTLE_MS);
    const records = bench.since(index);
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const r of records) {
      const key = `${r.method} ${r.path}${r.body ? ` ${r.body}` : ''}`;
      if (seen.has(key)) duplicates.push(`${r.method} ${r.path.replace(/^\/clusters\/[^/]+/, '')}`);
      seen.add(key);
    }
    return { cluster: 'helm', requests: describeRequests(records), duplicates };
  } finally {
    await bench.close();
  }
}
