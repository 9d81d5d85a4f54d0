import type { Browser } from '@playwright/test';
import { BenchPage } from './bench-page.ts';
import { round } from './stats.ts';

// The audit view on the `scale` demo cluster (10,000 generated authorizations, ~1,000 users and
// clients; demo/scenarios/scale.json): sign in as its admin, open /c/scale/audit and wait for the
// findings, then for the 8.9 → 8.10 readiness. Long tasks are recorded by the browser itself
// (PerformanceObserver 'longtask', every task over 50 ms on the main thread), so the figure is
// what a user would feel, not what the slices promise.

/** The main-thread budget of docs/audit.md: no task over this while the audit and the readiness run. */
export const AUDIT_LONG_TASK_BUDGET_MS = 200;

export interface AuditViewResult {
  authorizations: number;
  /** From the sign-in click to the table of every authorization (the directory read). */
  directoryMs: number;
  /** From the sign-in click to the findings on screen. */
  auditMs: number;
  /** From the sign-in click to the readiness report on screen. */
  readinessMs: number;
  findings: number;
  readinessPrincipals: string;
  longTasks: number;
  longestTaskMs: number;
  longTasksOverBudget: number;
  /** Each long task as [ms after the sign-in click, duration ms], to set beside the marks above. */
  longTaskTimeline: [number, number][];
  apiRequests: number;
  authorizationPages: number;
}

// A string, because the scripts compile without the DOM library; addInitScript runs it in the page
// without an inline <script>, so the CSP allows it. Times are epoch ms, to survive the navigation
// that follows the sign-in.
const observerScript = `(() => {
  const watch = {
    directory: '[data-testid="audit-table-count"]',
    audit: '[data-testid="audit-finding"], [data-testid="audit-no-findings"]',
    readiness: '[data-testid="audit-readiness-result"]',
  };
  const state = { longTasks: [], marks: {} };
  Object.defineProperty(window, '__benchAudit', { value: state });
  const now = () => performance.timeOrigin + performance.now();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      state.longTasks.push({ at: performance.timeOrigin + e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    for (const [name, selector] of Object.entries(watch))
      if (!(name in state.marks) && document.querySelector(selector)) state.marks[name] = now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})()`;

interface PageState {
  longTasks: { at: number; duration: number }[];
  marks: Partial<Record<'directory' | 'audit' | 'readiness', number>>;
}

export async function measureAuditView(browser: Browser, baseURL: string): Promise<AuditViewResult> {
  const bench = await BenchPage.open(browser, baseURL);
  const { page } = bench;
  try {
    await bench.context.addInitScript(observerScript);
    await page.goto('/c/scale/audit');
    const clickedAt = Date.now();
    const index = await bench.signInBasic('demo', 'demo');
    await page.getByTestId('audit-readiness-result').waitFor({ timeout: 300_000 });
    await page.locator('[data-testid="audit-finding"], [data-testid="audit-no-findings"]').first().waitFor();
    const state = await page.evaluate<PageState>('window.__benchAudit');
    const since = (mark: number | undefined) => (mark === undefined ? -1 : Math.round(mark - clickedAt));
    const tasks = state.longTasks.filter((t) => t.at >= clickedAt);
    const requests = bench.since(index);
    const tableCount = (await page.getByTestId('audit-table-count').textContent()) ?? '';
    return {
      authorizations: Number(/of ([\d,]+) authorizations/.exec(tableCount)?.[1]?.replace(/,/g, '') ?? -1),
      directoryMs: since(state.marks.directory),
      auditMs: since(state.marks.audit),
      readinessMs: since(state.marks.readiness),
      findings: await page.getByTestId('audit-finding').count(),
      readinessPrincipals:
        (await page.getByTestId('audit-readiness-result').locator('[role="status"]').first().textContent()) ?? '',
      longTasks: tasks.length,
      longestTaskMs: round(Math.max(0, ...tasks.map((t) => t.duration)), 0),
      longTasksOverBudget: tasks.filter((t) => t.duration > AUDIT_LONG_TASK_BUDGET_MS).length,
      longTaskTimeline: tasks.map((t) => [Math.round(t.at - clickedAt), Math.round(t.duration)]),
      apiRequests: requests.length,
      authorizationPages: requests.filter((r) => r.path.split('?')[0]!.endsWith('/v2/authorizations/search')).length,
    };
  } finally {
    await bench.close();
  }
}

export function formatAuditView(r: AuditViewResult): string {
  const verdict =
    r.longTasksOverBudget === 0
      ? `none over ${AUDIT_LONG_TASK_BUDGET_MS} ms`
      : `${r.longTasksOverBudget} OVER ${AUDIT_LONG_TASK_BUDGET_MS} ms (budget broken)`;
  return [
    `Audit view in Chromium: /c/scale/audit, ${r.authorizations.toLocaleString('en-US')} authorizations`,
    `  directory read      ${(r.directoryMs / 1000).toFixed(2)} s after the sign-in click`,
    `  findings shown      ${(r.auditMs / 1000).toFixed(2)} s (${r.findings} findings)`,
    `  readiness shown     ${(r.readinessMs / 1000).toFixed(2)} s (${r.readinessPrincipals.trim()})`,
    `  long tasks          ${r.longTasks} over 50 ms, longest ${r.longestTaskMs} ms; ${verdict}`,
    `                      ${r.longTaskTimeline.map(([at, ms]) => `${ms} ms at ${(at / 1000).toFixed(2)} s`).join(', ')}`,
    `  API requests        ${r.apiRequests} (${r.authorizationPages} pages of authorizations)`,
  ].join('\n');
}
