import { expect, test } from '@playwright/test';
import { SimulatorPanel } from './pages/simulator-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';

// The matrix at directory scale: the scale demo cluster's 1,000 users and clients against its
// 10,000 authorizations. The long tasks the browser reports while the matrix runs are recorded as
// annotations (timings are reported, not asserted); the counts are asserted.
test('Can they…? checks 1,000 principals × 5 operations on the scale cluster in slices and exports every row', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const simulator = new SimulatorPanel(page);
  await simulator.goto('scale');
  await signInBasic(page, 'demo', 'demo');
  await expect(simulator.panel).toBeVisible({ timeout: 240_000 });
  await simulator.matrixMode();
  await simulator.matrix.getByRole('button', { name: 'All users and clients' }).click();
  // Every user and client the directory search returns (about 1,000; the generator's count plus the named demo logins).
  const chosen = simulator.matrix.getByText(/^Principals \(\d+ chosen\)$/);
  await expect(chosen).toHaveText(/\((9\d\d|1\d\d\d) chosen\)/);
  const n = Number(/\((\d+) chosen/.exec((await chosen.textContent()) ?? '')?.[1]);
  for (const operationId of [
    'createProcessInstance',
    'searchProcessInstances',
    'completeJob',
    'evaluateDecision',
    'createAuthorization',
  ]) {
    await simulator.pick('Find operations', operationId, new RegExp(`— ${operationId}$`));
  }
  await page.evaluate(() => {
    const durations: number[] = [];
    const frames: string[] = [];
    const w = window as unknown as { __longTasks: number[]; __longFrames: string[] };
    w.__longTasks = durations;
    w.__longFrames = frames;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'longtask' });
    // What made a long frame: the matrix's setTimeout slices, React's scheduler (rendering), a click, or style
    // and layout (the frame's time after styleAndLayoutStart).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as PerformanceEntry & {
          styleAndLayoutStart?: number;
          scripts?: { invoker: string; sourceFunctionName: string; duration: number }[];
        };
        const scripts = frame.scripts ?? [];
        const scriptMs = scripts.reduce((sum, script) => sum + script.duration, 0);
        const layoutMs = frame.styleAndLayoutStart ? entry.startTime + entry.duration - frame.styleAndLayoutStart : 0;
        const named = scripts
          .filter((script) => script.duration >= 20)
          .map((script) => `${script.invoker} ${Math.round(script.duration)} ms`);
        frames.push(
          `${Math.round(entry.duration)} ms (scripts ${Math.round(scriptMs)}, style+layout ${Math.round(layoutMs)}${named.length > 0 ? `; ${named.join(', ')}` : ''})`,
        );
      }
    }).observe({ type: 'long-animation-frame' });
  });
  const started = Date.now();
  await simulator.matrix.getByRole('button', { name: `Check ${n} × 5` }).click();
  await expect(simulator.matrix.getByText(`Showing 200 of ${n} principals; the CSV has all of them.`)).toBeVisible({
    timeout: 120_000,
  });
  const elapsed = Date.now() - started;
  await expect(simulator.matrix.getByRole('table').getByRole('row')).toHaveCount(201);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const longFrames = await page.evaluate(() => (window as unknown as { __longFrames: string[] }).__longFrames);
  test.info().annotations.push({
    type: 'long animation frames (script attribution)',
    description: longFrames.join(' | '),
  });
  test.info().annotations.push({
    type: `matrix ${n} × 5 on 10,000 grants`,
    description: `${elapsed} ms to the table; long tasks: ${longTasks.length}, longest ${Math.round(Math.max(0, ...longTasks))} ms (${longTasks.map((d) => Math.round(d)).join(', ')})`,
  });
  const { text } = await simulator.download(simulator.matrix.getByRole('button', { name: 'Download CSV' }));
  expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(n + 1);
});
