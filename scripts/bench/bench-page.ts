import type { Browser, BrowserContext, CDPSession, Page, Request } from '@playwright/test';
import { SignInPage } from '../../e2e/pages/sign-in-page.ts';

// One browser page of the benchmark: a fresh context (empty cache, no credentials), a log of the
// cluster requests the SPA issues, render marks taken inside the page, and the JS heap over CDP.

/** What each view shows once its data is on screen (the DOM committed, seen by a MutationObserver). */
export const RENDER_MARKS = {
  picker: '[aria-label="Configured clusters"] li',
  topology: 'td[data-partition]',
  tasks: '[data-task-key]',
} as const;

export type MarkName = keyof typeof RENDER_MARKS;

/** Requests the benchmark itself sends carry this header so they never count as the SPA's. */
export const BENCH_HEADER = 'x-lantern-bench';

export interface ApiRequestRecord {
  method: string;
  /** `/clusters/<id>/v2/...` with the query string. */
  path: string;
  body: string | null;
  /** Epoch ms when the browser started it. */
  startedAt: number;
  /** Until the last response byte; null while in flight or when it failed. */
  durationMs: number | null;
}

// A string, because the scripts compile without the DOM library. Records performance.now()
// (ms since navigation start) the first time each selector matches.
const markScript = `(() => {
  const watch = ${JSON.stringify(RENDER_MARKS)};
  const marks = {};
  const check = () => {
    for (const [name, selector] of Object.entries(watch)) {
      if (!(name in marks) && document.querySelector(selector)) marks[name] = performance.now();
    }
  };
  Object.defineProperty(window, '__benchMarks', { value: marks });
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: false });
})()`;

const API_PATH = /^\/clusters\/[^/]+\/v2\//;

export class BenchPage {
  readonly requests: ApiRequestRecord[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, baseURL: string): Promise<BenchPage> {
    const context = await browser.newContext({ baseURL });
    await context.addInitScript(markScript);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const bench = new BenchPage(context, page, cdp);
    const records = new Map<Request, ApiRequestRecord>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!API_PATH.test(url.pathname) || request.headers()[BENCH_HEADER]) return;
      const record: ApiRequestRecord = {
        method: request.method(),
        path: `${url.pathname}${url.search}`,
        body: request.postData(),
        startedAt: Date.now(),
        durationMs: null,
      };
      records.set(request, record);
      bench.requests.push(record);
    });
    page.on('requestfinished', (request) => {
      const record = records.get(request);
      if (!record) return;
      const timing = request.timing();
      if (timing.startTime > 0) record.startedAt = timing.startTime;
      if (timing.responseEnd >= 0) record.durationMs = timing.responseEnd;
    });
    return bench;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** Requests since `index` (an earlier `requests.length`), optionally only those to a path suffix. */
  since(index: number, pathSuffix?: string): ApiRequestRecord[] {
    return this.requests
      .slice(index)
      .filter((r) => pathSuffix === undefined || r.path.split('?')[0]!.endsWith(pathSuffix));
  }

  /** ms since navigation start when `name` rendered, waiting for it up to `timeoutMs`. */
  async mark(name: MarkName, timeoutMs = 30_000): Promise<number> {
    // A function, not a string: the page's CSP forbids eval, and a string predicate is eval'd.
    const handle = await this.page.waitForFunction(
      (mark: string) => (globalThis as unknown as { __benchMarks: Record<string, number> }).__benchMarks[mark],
      name,
      { timeout: timeoutMs, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  }

  /** When the page sent its first request to a path (Resource Timing, ms since navigation start). */
  async resourceTiming(pathSuffix: string): Promise<{ startTime: number; responseEnd: number } | null> {
    return await this.page.evaluate<{ startTime: number; responseEnd: number } | null>(`(() => {
      const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith(${JSON.stringify(pathSuffix)}));
      return entry ? { startTime: entry.startTime, responseEnd: entry.responseEnd } : null;
    })()`);
  }

  /** Clicks a link in the page itself and returns the click's page time, for in-app navigation timings. */
  async clickLink(href: string): Promise<number> {
    return await this.page.evaluate<number>(`(() => {
      const link = document.querySelector('header a[href=${JSON.stringify(href)}]') ?? document.querySelector('a[href=${JSON.stringify(href)}]');
      if (!link) throw new Error('no link to ${href}');
      const t = performance.now();
      link.click();
      return t;
    })()`);
  }

  /**
   * The bare API round trip: the same request through the same proxy with `fetch`, from the page,
   * timed to the last byte. No React, no query cache, no rendering.
   */
  async fetchRoundTrip(
    path: string,
    init: { method: string; body: string | null; headers: Record<string, string> },
  ): Promise<number> {
    const headers = { ...init.headers, [BENCH_HEADER]: '1' };
    return await this.page.evaluate<number>(`(async () => {
      const t = performance.now();
      const response = await fetch(${JSON.stringify(path)}, {
        method: ${JSON.stringify(init.method)},
        headers: ${JSON.stringify(headers)},
        ${init.body === null ? '' : `body: ${JSON.stringify(init.body)},`}
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error('bare request answered ' + response.status);
      return performance.now() - t;
    })()`);
  }

  /** Used JS heap after a full garbage collection, in bytes. */
  async heapUsed(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const usage = await this.cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  }

  async count(selector: string): Promise<number> {
    return await this.page.evaluate<number>(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
  }

  /** Makes the page believe its tab was hidden or shown, the way the browser reports it. */
  async setVisibility(state: 'hidden' | 'visible'): Promise<void> {
    await this.page.evaluate(`(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${state === 'hidden'} });
      document.dispatchEvent(new Event('visibilitychange'));
    })()`);
  }

  /**
   * Basic sign-in on the connect page a cluster route redirected to; it returns to the route.
   * Resolves to the index of the first request sent after the click.
   */
  async signInBasic(username: string, password: string): Promise<number> {
    const signIn = new SignInPage(this.page);
    await signIn
      .stage('auth')
      .and(
        this.page.locator(
          ':is([data-verdict="warn"],[data-verdict="fail"],[data-verdict="pass"],[data-verdict="skipped"])',
        ),
      )
      .waitFor();
    const index = this.requests.length;
    await signIn.signInBasic(username, password);
    return index;
  }
}
