import path from 'node:path';
import type { Browser } from '@playwright/test';
import { BenchPage } from './bench-page.ts';
import { type Sampled, formatTable, median, round, sampled } from './stats.ts';

// The task queue's render after data (issue 15, docs/benchmark.md "Task queue render"): a page load
// of `/c/c8run/tasks` in a fresh context, from the last byte of the task search's answer (Resource
// Timing) to the first task row in the DOM (the bench's MutationObserver mark). One extra run is
// profiled (CDP sampling profiler, 100 µs) and its samples inside that window are summed by script,
// so the report says where the time goes: the app's chunks, React, Carbon, the garbage collector.

export interface QueueRenderResult {
  /** Search answer → first task row in the DOM, per run. */
  renderMs: Sampled;
  /** The search itself (request sent → last byte), per run: what the render is compared with. */
  requestMs: Sampled;
  /** Main-thread CPU time in the same window, traced runs (load-independent, see `tracedRun`). */
  cpuMs: Sampled;
  /** Task rows in the DOM once rendered (first run). */
  rowsInDom: number;
  /** Profiled run: ms of CPU samples inside the render window, by script (or V8 category). */
  profile: { windowMs: number; byScript: { script: string; ms: number }[]; topFunctions: ProfiledFunction[] };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { startTime?: number } };
}

/**
 * Main-thread CPU time (thread time, `tdur`) of the renderer's tasks that started between the
 * search's answer and the first row: unlike wall time, it hardly moves when other processes load
 * the machine, so before / after comparisons hold on a shared box.
 */
/** The scheduler's top-level task event: `RunTask` in older Chromium, the thread controller's since. */
const RUN_TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SYNC_MARK = 'lantern-bench-sync';

async function tracedRun(browser: Browser, baseURL: string): Promise<{ wallMs: number; cpuMs: number }> {
  const bench = await BenchPage.open(browser, baseURL);
  await browser.startTracing(bench.page, {
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', '__metadata'],
  });
  await bench.page.goto('/c/c8run/tasks');
  const w = await renderWindow(bench);
  // A user-timing mark ties the trace's clock to the page's: its event carries both.
  await bench.page.evaluate(`performance.mark('${SYNC_MARK}')`);
  const buffer = await browser.stopTracing();
  await bench.close();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const sync = traceEvents.find((e) => e.name === SYNC_MARK);
  const startTime = sync?.args?.data?.startTime;
  if (!sync || typeof startTime !== 'number') throw new Error('the trace has no page mark to align its clock');
  const navigationTs = sync.ts - startTime * 1000;
  const from = navigationTs + w.responseEnd * 1000;
  const to = navigationTs + w.rendered * 1000;
  let cpuUs = 0;
  for (const e of traceEvents) {
    if (!RUN_TASK.has(e.name) || e.pid !== sync.pid || e.tid !== sync.tid) continue;
    if (e.ts + (e.dur ?? 0) <= from || e.ts >= to) continue;
    // A task crossing an edge counts in proportion to its wall time inside the window.
    const inside = (Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from)) / Math.max(1, e.dur ?? 1);
    cpuUs += (e.tdur ?? e.dur ?? 0) * inside;
  }
  return { wallMs: w.rendered - w.responseEnd, cpuMs: cpuUs / 1000 };
}

export interface ProfiledFunction {
  name: string;
  script: string;
  ms: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

async function renderWindow(bench: BenchPage): Promise<{ responseEnd: number; start: number; rendered: number }> {
  const rendered = await bench.mark('tasks');
  const entry = await bench.resourceTiming('/v2/user-tasks/search');
  if (!entry) throw new Error('the task list sent no search');
  return { responseEnd: entry.responseEnd, start: entry.startTime, rendered };
}

function scriptOf(url: string): string {
  if (url === '') return '(V8 / native)';
  return path.basename(new URL(url).pathname).replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
}

/** Self time of every sample between `fromUs` and `toUs` (profile clock), by script and by function. */
export function summarizeProfile(profile: CpuProfile, fromUs: number, toUs: number): QueueRenderResult['profile'] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const scripts = new Map<string, number>();
  const functions = new Map<string, ProfiledFunction>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const next = t + (deltas[i + 1] ?? 0);
    if (next <= fromUs || t >= toUs) continue;
    const ms = (Math.min(next, toUs) - Math.max(t, fromUs)) / 1000;
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const script = functionName.startsWith('(') ? functionName : scriptOf(url);
    scripts.set(script, (scripts.get(script) ?? 0) + ms);
    const key = `${functionName}@${url}:${lineNumber}:${columnNumber}`;
    const entry = functions.get(key) ?? { name: functionName || '(anonymous)', script, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const byScript = [...scripts].map(([script, ms]) => ({ script, ms: round(ms) })).sort((a, b) => b.ms - a.ms);
  const topFunctions = [...functions.values()]
    .map((f) => ({ ...f, ms: round(f.ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
  return { windowMs: round((toUs - fromUs) / 1000), byScript, topFunctions };
}

async function profiledRun(browser: Browser, baseURL: string): Promise<QueueRenderResult['profile']> {
  const bench = await BenchPage.open(browser, baseURL);
  const cdp = await bench.context.newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await bench.page.goto('/c/c8run/tasks');
  const w = await renderWindow(bench);
  const pageNow = await bench.page.evaluate<number>('performance.now()');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await bench.close();
  // The profile's clock and the page's differ by a constant; its end is (nearly) the page's `now`.
  const offsetUs = profile.endTime - pageNow * 1000;
  return summarizeProfile(profile, w.responseEnd * 1000 + offsetUs, w.rendered * 1000 + offsetUs);
}

export async function measureQueueRender(browser: Browser, baseURL: string, runs: number): Promise<QueueRenderResult> {
  const render: number[] = [];
  const request: number[] = [];
  let rowsInDom = 0;
  for (let run = 0; run < runs; run++) {
    const bench = await BenchPage.open(browser, baseURL);
    await bench.page.goto('/c/c8run/tasks');
    const w = await renderWindow(bench);
    render.push(w.rendered - w.responseEnd);
    request.push(w.responseEnd - w.start);
    if (run === 0) rowsInDom = await bench.count('[data-task-key]');
    await bench.close();
  }

  const cpu: number[] = [];
  for (let run = 0; run < Math.max(5, Math.ceil(runs / 2)); run++) cpu.push((await tracedRun(browser, baseURL)).cpuMs);
  // Three profiled runs; the shortest window is kept, the one least stretched by other processes
  // (under load the sampler also counts time the renderer was not on a CPU).
  let best: QueueRenderResult['profile'] | null = null;
  for (let run = 0; run < 3; run++) {
    const profiled = await profiledRun(browser, baseURL);
    if (!best || profiled.windowMs < best.windowMs) best = profiled;
  }
  return {
    renderMs: sampled(render),
    requestMs: sampled(request),
    cpuMs: sampled(cpu),
    rowsInDom,
    profile: best!,
  };
}

export function formatQueueRender(result: QueueRenderResult): string {
  const p = result.profile;
  const scripts = p.byScript.slice(0, 8).map((s) => [`  ${s.script}`, `${s.ms.toFixed(1)} ms`]);
  const functions = p.topFunctions.map((f) => [`  ${f.name} (${f.script})`, `${f.ms.toFixed(1)} ms`]);
  return [
    `Task queue render after data (c8run, page load, ${result.renderMs.runs.length} runs)`,
    `  search answer → first task row: median ${result.renderMs.median} ms (runs ${result.renderMs.runs.join(', ')}; budget 50 ms)`,
    `  main-thread CPU in that window (trace, thread time): median ${result.cpuMs.median} ms (runs ${result.cpuMs.runs.join(', ')})`,
    `  the search itself: median ${result.requestMs.median} ms; task rows in the DOM: ${result.rowsInDom}`,
    `Profiled run (shortest of 3): ${p.windowMs} ms window, CPU samples by script (median of runs above: ${median(result.renderMs.runs)} ms)`,
    formatTable(scripts.length > 0 ? scripts : [['  (no samples)', '']]),
    'Heaviest functions in the window (self time, minified names)',
    formatTable(functions.length > 0 ? functions : [['  (no samples)', '']]),
  ].join('\n');
}
