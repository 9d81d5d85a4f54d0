import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page.ts';
import { TopologyPage } from './pages/topology-page.ts';
import { UserTasksPage } from './pages/user-tasks-page.ts';

// Request budgets of docs/benchmark.md, counted in the browser: opening a view costs the cluster one
// request, and coming back to a view whose data is still fresh costs nothing. The c8run cluster
// needs no credentials, so no sign-in request is mixed in. Asserted elsewhere: ≤ 100 task rows
// at 10,000 tasks (user-tasks.spec.ts) and no polling in a hidden tab (topology.spec.ts).
// Timings are reported by `npm run bench`, never asserted.

/** Every cluster request the SPA sends, as "METHOD /v2/…", in order. */
function recordClusterRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const match = /^\/clusters\/[^/]+(\/v2\/.*)$/.exec(new URL(request.url()).pathname);
    if (match) sent.push(`${request.method()} ${match[1]}`);
  });
  return sent;
}

/** Long enough for a stray second request to arrive; shorter than any poll or stale time. */
const SETTLE_MS = 1_000;

test.describe('request budgets', () => {
  test('opening a view asks the cluster exactly once, by page load or by navigation', async ({ page }) => {
    const sent = recordClusterRequests(page);
    const topology = new TopologyPage(page);
    const tasks = new UserTasksPage(page);

    await topology.goto('c8run');
    await expect(topology.grid).toBeVisible();
    await page.waitForTimeout(SETTLE_MS);
    expect(sent).toEqual(['GET /v2/topology']);

    sent.length = 0;
    await page.getByRole('navigation', { name: 'Cluster views' }).getByRole('link', { name: 'User tasks' }).click();
    await expect(tasks.rows.first()).toBeVisible();
    await page.waitForTimeout(SETTLE_MS);
    expect(sent).toEqual(['POST /v2/user-tasks/search']);

    sent.length = 0;
    await tasks.goto('c8run');
    await expect(tasks.rows.first()).toBeVisible();
    await page.waitForTimeout(SETTLE_MS);
    expect(sent).toEqual(['POST /v2/user-tasks/search']);
  });

  test('returning to the task list while its data is fresh asks nothing', async ({ page }) => {
    const sent = recordClusterRequests(page);
    const topology = new TopologyPage(page);
    const tasks = new UserTasksPage(page);
    const nav = page.getByRole('navigation', { name: 'Cluster views' });

    await tasks.goto('c8run');
    await expect(tasks.rows.first()).toBeVisible();
    const firstKey = await tasks.rows.first().getAttribute('data-task-key');
    await nav.getByRole('link', { name: 'Topology' }).click();
    await expect(topology.grid).toBeVisible();

    // The list's data stays fresh for 10 s; the round trip above takes a fraction of that.
    sent.length = 0;
    await nav.getByRole('link', { name: 'User tasks' }).click();
    await expect(tasks.rows.first()).toHaveAttribute('data-task-key', firstKey ?? '');
    await page.waitForTimeout(SETTLE_MS);
    expect(sent).toEqual([]);
  });

  test('signing in and landing on the first view sends no request twice', async ({ page }) => {
    const signIn = new SignInPage(page);
    const tasks = new UserTasksPage(page);
    await page.goto('/c/helm/tasks');
    await signIn.expectStage('auth', 'warn');
    // From the click on: the staged check with the new credentials, then the view.
    const sent = recordClusterRequests(page);
    await signIn.signInBasic('demo', 'demo');
    await expect(tasks.rows.first()).toBeVisible();
    await page.waitForTimeout(SETTLE_MS);
    const repeated = sent.filter((request, index) => sent.indexOf(request) !== index);
    expect(repeated).toEqual([]);
    expect(sent).toContain('GET /v2/authentication/me');
  });
});
