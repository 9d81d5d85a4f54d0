import { BUDGETS, type BundleReport, kb } from '../bundle-size.ts';
import type { FloorResult } from './floor.ts';
import type {
  AccessCheckResult,
  FirstScreenResult,
  HiddenTabResult,
  ScaleResult,
  SignInResult,
  ViewsResult,
} from './scenarios.ts';
import { formatTable, ratio } from './stats.ts';

// The benchmark's verdicts against the budgets of docs/benchmark.md and the table it prints.

export interface BenchResults {
  bundle: BundleReport;
  firstScreen: FirstScreenResult;
  views: ViewsResult;
  floor: FloorResult;
  signIn: SignInResult;
  scale: ScaleResult;
  accessCheck: (AccessCheckResult | { cluster: string; skipped: string })[];
  hiddenTab: HiddenTabResult;
}

export interface BudgetVerdict {
  budget: string;
  measured: string;
  ok: boolean;
  /** Timing budgets are reported, never a reason to fail (the machine is noisy). */
  timing: boolean;
}

const maxOf = (values: readonly number[]) => Math.max(...values);

/** A cold page load may take at most this multiple of the floor page's. */
export const FLOOR_COLD_RATIO_BUDGET = 1.3;

/** Lantern's topology against the floor page: medians of the same run, as ratios. */
export function floorRatios(r: Pick<BenchResults, 'floor'>): { cold: number; inApp: number } {
  const { lantern, floor } = r.floor;
  return {
    cold: ratio(lantern.coldRenderMs.median, floor.coldRenderMs.median),
    inApp: ratio(lantern.inAppRenderMs.median, floor.inAppRenderMs.median),
  };
}

export function budgetVerdicts(r: BenchResults): BudgetVerdict[] {
  const first = r.bundle.firstScreen;
  const notLazy = r.bundle.views.filter((v) => !v.lazy || v.inFirstScreen || v.chunk === null).map((v) => v.view);
  const mixedCatalogues = r.bundle.catalogues.filter((c) => !c.lazy || c.othersInFirstScreen.length > 0);
  const perLoad = Object.entries(r.views.requests).map(([k, c]) => [k, maxOf(c.perLoad)] as const);
  const returns = Object.entries(r.views.returns).flatMap(([view, c]) =>
    c.requests.map((n, i) => ({ view, n, within: c.withinStaleTime[i] === true })),
  );
  const withinReturns = returns.filter((x) => x.within);
  const verdicts: BudgetVerdict[] = [
    {
      budget: `first-screen JS ≤ ${kb(BUDGETS.firstScreenJsGzip)} gzip`,
      measured: `${kb(r.firstScreen.network.jsGzip)} fetched, ${kb(first.jsGzip)} by the manifest`,
      ok: Math.max(r.firstScreen.network.jsGzip, first.jsGzip) <= BUDGETS.firstScreenJsGzip,
      timing: false,
    },
    {
      budget: `first-screen CSS ≤ ${kb(BUDGETS.firstScreenCssGzip)} gzip`,
      measured: `${kb(r.firstScreen.network.cssGzip)} fetched, ${kb(first.cssGzip)} by the manifest`,
      ok: Math.max(r.firstScreen.network.cssGzip, first.cssGzip) <= BUDGETS.firstScreenCssGzip,
      timing: false,
    },
    {
      budget: 'each other view is a lazy chunk',
      measured:
        notLazy.length === 0
          ? `${r.bundle.views.length} of ${r.bundle.views.length} lazy`
          : `not lazy: ${notLazy.join(', ')}`,
      ok: notLazy.length === 0,
      timing: false,
    },
    {
      budget: "only the active language's catalogue in the first screen",
      measured:
        mixedCatalogues.length === 0
          ? `${[...new Set(r.bundle.catalogues.map((c) => c.language))].join(', ')}: lazy chunks, first-screen part only`
          : `loaded with another part or language: ${mixedCatalogues.map((c) => `${c.language} ${c.part}`).join(', ')}`,
      ok: r.bundle.catalogues.length > 0 && mixedCatalogues.length === 0,
      timing: false,
    },
    {
      budget: 'one request per view load',
      measured: perLoad.map(([k, n]) => `${k} ${n}`).join(', '),
      ok: perLoad.every(([, n]) => n === 1),
      timing: false,
    },
    {
      budget: 'no duplicate on return within the stale time',
      measured:
        withinReturns.length === 0
          ? 'no return happened within the stale time'
          : `${withinReturns.reduce((n, x) => n + x.n, 0)} requests on ${withinReturns.length} returns`,
      ok: withinReturns.length > 0 && withinReturns.every((x) => x.n === 0),
      timing: false,
    },
    {
      budget: 'no duplicate between sign-in and the first view',
      measured: r.signIn.duplicates.length === 0 ? 'none' : r.signIn.duplicates.join(', '),
      ok: r.signIn.duplicates.length === 0,
      timing: false,
    },
    {
      budget: '≤ 100 task rows in the DOM at 10,000 tasks',
      measured: `max ${r.scale.maxTaskRows} rows, reached #${r.scale.lastPosition}`,
      ok: r.scale.maxTaskRows <= 100 && r.scale.lastPosition === r.scale.totalTasks,
      timing: false,
    },
    {
      budget: 'polling paused in a hidden tab',
      measured: `${r.hiddenTab.requestsWhileHidden} topology requests in ${r.hiddenTab.hiddenSeconds} s hidden`,
      ok: r.hiddenTab.requestsWhileHidden === 0 && r.hiddenTab.resumedAfterMs !== null,
      timing: false,
    },
  ];
  const floor = floorRatios(r);
  verdicts.push({
    budget: `topology page load ≤ ${FLOOR_COLD_RATIO_BUDGET}× the floor page`,
    measured: `${floor.cold}× (in-app navigation ${floor.inApp}×)`,
    ok: floor.cold <= FLOOR_COLD_RATIO_BUDGET,
    timing: true,
  });
  for (const access of r.accessCheck) {
    const budget = `access check ≤ 2× its slowest probe (${access.cluster})`;
    verdicts.push(
      'skipped' in access
        ? { budget, measured: access.skipped, ok: false, timing: true }
        : {
            budget,
            measured: `${access.ratio}× (page), ${access.networkRatio}× (network)`,
            ok: access.ratio <= 2,
            timing: true,
          },
    );
  }
  return verdicts;
}

const ms = (n: number) => `${Math.round(n)} ms`;
/** The two measured views, as ViewsResult keys them and as the timing table names them. */
const viewLabels = [
  ['topology', 'topology'],
  ['tasks', 'first page of tasks'],
] as const;

/** The floor comparison alone (also what `BENCH_ONLY=floor` prints). */
export function formatFloor(r: Pick<BenchResults, 'floor'>): string {
  return [
    `Against the floor page (React, React Router, TanStack Query and one table: ${kb(r.floor.jsGzip)} JS gzip), medians of ${r.floor.floor.coldRenderMs.runs.length} runs in turns with Lantern, same proxy, same cluster`,
    formatTable([
      ['topology', 'Lantern', 'floor', 'ratio'],
      [
        'page load',
        ms(r.floor.lantern.coldRenderMs.median),
        ms(r.floor.floor.coldRenderMs.median),
        `${floorRatios(r).cold}×`,
      ],
      [
        'page load: until the request is sent',
        ms(r.floor.lantern.coldBootMs.median),
        ms(r.floor.floor.coldBootMs.median),
        `${ratio(r.floor.lantern.coldBootMs.median, r.floor.floor.coldBootMs.median)}×`,
      ],
      [
        'in-app navigation',
        ms(r.floor.lantern.inAppRenderMs.median),
        ms(r.floor.floor.inAppRenderMs.median),
        `${floorRatios(r).inApp}×`,
      ],
    ]),
  ].join('\n');
}

export function formatResults(r: BenchResults, runs: number): string {
  const v = r.views;
  const sections: string[] = [];
  sections.push(
    'Bytes (gzip)',
    formatTable([
      ['screen', 'JS', 'CSS'],
      ['first screen, fetched by the browser', kb(r.firstScreen.network.jsGzip), kb(r.firstScreen.network.cssGzip)],
      ['first screen, by the Vite manifest', kb(r.bundle.firstScreen.jsGzip), kb(r.bundle.firstScreen.cssGzip)],
      ...r.bundle.views.map((x) => [`${x.view} view (lazy, on top of the first screen)`, kb(x.jsGzip), kb(x.cssGzip)]),
    ]),
    '',
    "Message catalogues (two chunks per language, only the active language's load: the first-screen part before the first render — the first screen above counts German's — the views part after it)",
    formatTable([
      ['language and part', 'bytes', 'gzip'],
      ...r.bundle.catalogues.map((c) => [`${c.language} catalogue, ${c.part} part`, kb(c.bytes), kb(c.gzipBytes)]),
    ]),
    '',
    `Timings (median of ${runs} runs, c8run cluster, no credentials)`,
    formatTable([
      ['figure', 'rendered', 'bare API', 'ratio'],
      ['cluster picker, page load', ms(r.firstScreen.pickerRenderedMs.median), '', ''],
      ...viewLabels.flatMap(([k, label]) => {
        const api = ms(v[k].apiRoundTripMs.median);
        return [
          [`${label}, page load`, ms(v[k].coldRenderMs.median), api, `${v[k].coldRatio}×`],
          [`${label}, in-app navigation`, ms(v[k].inAppRenderMs.median), api, `${v[k].inAppRatio}×`],
        ];
      }),
    ]),
    '',
    formatFloor(r),
    '',
    'Where a page load goes (median ms): navigation → request sent → answered → in the DOM',
    formatTable([
      ['view', 'boot', 'request', 'render'],
      ...viewLabels.map(([k]) => [
        k,
        ms(v[k].coldBreakdownMs.boot.median),
        ms(v[k].coldBreakdownMs.request.median),
        ms(v[k].coldBreakdownMs.render.median),
      ]),
    ]),
    '',
    'Requests to /clusters/*/v2/*',
    formatTable([
      ['when', 'requests (per run)', 'what'],
      ...Object.entries(v.requests).map(([k, c]) => [`${k} load`, c.perLoad.join(' '), c.paths.join(', ')]),
      ...Object.entries(v.returns).map(([k, c]) => [
        `return to ${k}`,
        c.requests.join(' '),
        `within stale time: ${c.withinStaleTime.map((w) => (w ? 'yes' : 'no')).join(' ')}`,
      ]),
      ['task detail (in app, run 1)', String(v.taskDetailInApp.length), v.taskDetailInApp.join(', ')],
      [
        `${r.signIn.cluster} Basic sign-in → tasks`,
        String(r.signIn.requests.length),
        `duplicates: ${r.signIn.duplicates.join(', ') || 'none'}`,
      ],
    ]),
    '',
    'Scale cluster: 10,000 tasks scrolled to the end',
    formatTable([
      ['figure', 'value'],
      ['task rows in the DOM (max while scrolling / at the end)', `${r.scale.maxTaskRows} / ${r.scale.taskRowsAtEnd}`],
      ['last task reached', `#${r.scale.lastPosition}`],
      ['DOM elements (start → end)', `${r.scale.domElementsAtStart} → ${r.scale.domElementsAtEnd}`],
      [
        'JS heap after GC (first page → end → back at the top)',
        `${r.scale.heapAtStartMb} MB → ${r.scale.heapAtEndMb} MB → ${r.scale.heapBackAtTopMb} MB`,
      ],
      ['pages of tasks held (max)', String(r.scale.maxLoadedPages)],
      ['search requests (distinct)', `${r.scale.searchRequests} (${r.scale.distinctSearches})`],
      ['search requests back to the top', String(r.scale.searchRequestsBackToTop)],
      ['time to scroll to the end', `${r.scale.scrollSeconds} s`],
    ]),
    '',
  );
  for (const a of r.accessCheck) {
    if ('skipped' in a) {
      sections.push(`Access check (${a.cluster}): ${a.skipped}`, '');
      continue;
    }
    sections.push(
      `Access check (${a.cluster}, ${a.probes} probes, median of ${a.wallMs.runs.length} runs)`,
      formatTable([
        ['measured by', 'wall', 'slowest probe', 'ratio'],
        ['the access page', ms(a.wallMs.median), ms(a.slowestProbeMs.median), `${a.ratio}×`],
        ['browser network timings', ms(a.networkWallMs.median), ms(a.networkSlowestMs.median), `${a.networkRatio}×`],
      ]),
      '',
    );
  }
  sections.push(
    `Hidden tab: ${r.hiddenTab.requestsWhileHidden} topology requests in ${r.hiddenTab.hiddenSeconds} s; ` +
      (r.hiddenTab.resumedAfterMs === null
        ? 'polling did not resume within 8 s of showing the tab'
        : `polling resumed ${ms(r.hiddenTab.resumedAfterMs)} after the tab showed again`),
    '',
    'Budgets (docs/benchmark.md)',
    formatTable([
      ['budget', 'measured', 'verdict'],
      ...budgetVerdicts(r).map((b) => [
        b.budget,
        b.measured,
        b.ok ? 'ok' : b.timing ? 'OVER (timing, reported only)' : 'OVER',
      ]),
    ]),
  );
  return sections.join('\n');
}
