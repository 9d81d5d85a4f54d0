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
    (window as unknown as { __longTasks: number[] }).__longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await simulator.matrix.getByRole('button', { name: `Check ${n} × 5` }).click();
  await expect(simulator.matrix.getByText(`Showing 200 of ${n} principals; the CSV has all of them.`)).toBeVisible({
    timeout: 120_000,
  });
  const elapsed = Date.now() - started;
  await expect(simulator.matrix.getByRole('table').getByRole('row')).toHaveCount(201);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  test.info().annotations.push({
    type: `matrix ${n} × 5 on 10,000 grants`,
    description: `${elapsed} ms to the table; long tasks: ${longTasks.length}, longest ${Math.round(Math.max(0, ...longTasks))} ms (${longTasks.map((d) => Math.round(d)).join(', ')})`,
  });
  const { text } = await simulator.download(simulator.matrix.getByRole('button', { name: 'Download CSV' }));
  expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(n + 1);
});
