import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page.ts';
import { TopologyPage } from './pages/topology-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage } from './pages/user-tasks-page.ts';
import { clearFaults, countRequests, injectFault, resetCluster } from './support/fault-control.ts';
import { type FaultEnvironment, shortTokenTtlSeconds, startFaultEnvironment } from './support/fault-environment.ts';
import { e2ePorts } from './support/ports.ts';

// Lantern while something is already wrong (issue 8): each fault of the demo clusters' fault
// injection gives a specific message in the panel concerned, the rest of the app keeps working,
// the panel recovers by itself once the fault clears, and no write is sent twice. c8run needs no
// sign-in, so every test starts on the data it is about.

const c8run = e2ePorts().c8run;

test.afterEach(async () => {
  await resetCluster(c8run);
});

function topologyError(page: Page) {
  return page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'Could not read the topology.' });
}

/** Leaves the failing panel for another view and back: the app around the panel still works. */
async function otherViewsWork(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Cluster views' }).getByRole('link', { name: 'User tasks' }).click();
  await expect(new UserTasksPage(page).rows.first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Cluster views' }).getByRole('link', { name: 'Topology' }).click();
  await expect(new TopologyPage(page).heading).toBeVisible();
}

async function expectTopologyRecovers(page: Page): Promise<void> {
  await clearFaults(c8run);
  const topology = new TopologyPage(page);
  // The 5-second refresh brings the panel back without a click.
  await expect(topologyError(page)).toHaveCount(0, { timeout: 20_000 });
  await expect(topology.grid).toBeVisible();
}

const topologyFaults = [
  {
    name: 'a 500 problem',
    rule: { path: '/v2/topology', kind: 'status', status: 500 } as const,
    message: /500.*Injected fault: 500/,
  },
  {
    name: 'a 502 with an nginx HTML page',
    rule: { path: '/v2/topology', kind: 'html' } as const,
    message: /502: answer was text\/html.*not a problem document/,
  },
  {
    name: 'malformed JSON',
    rule: { path: '/v2/topology', kind: 'malformed-json' } as const,
    message: /GET \/v2\/topology: malformed JSON/,
  },
  {
    name: 'an answer of the wrong shape',
    rule: { path: '/v2/topology', kind: 'wrong-shape' } as const,
    message: /unexpected shape at/,
  },
  {
    name: 'a dropped connection',
    rule: { path: '/v2/topology', kind: 'drop' } as const,
    message: /could not be reached \(reset\)/,
  },
];

for (const fault of topologyFaults) {
  test(`topology, ${fault.name}: a specific message in the panel, the app works on, the panel recovers`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const topology = new TopologyPage(page);
    await injectFault(c8run, fault.rule);
    await topology.goto('c8run');
    await expect(topologyError(page)).toBeVisible({ timeout: 20_000 });
    await expect(topologyError(page)).toContainText(fault.message);
    await expect(topology.grid).toHaveCount(0);
    await otherViewsWork(page);
    await expectTopologyRecovers(page);
  });
}

test('topology: a fault after a good answer keeps the last data on screen and says the refresh failed', async ({
  page,
}) => {
  const topology = new TopologyPage(page);
  await topology.goto('c8run');
  await expect(topology.grid).toBeVisible();
  await injectFault(c8run, { path: '/v2/topology', kind: 'status', status: 500 });
  await expect(page.getByText('The last refresh failed; showing the previous answer.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(topology.grid).toBeVisible();
  await clearFaults(c8run);
  await expect(page.getByText('The last refresh failed; showing the previous answer.')).toHaveCount(0, {
    timeout: 20_000,
  });
});

test('task search, a 503 with Retry-After once: the list arrives by itself after exactly one retry', async ({
  page,
}) => {
  const searches = countRequests(page, 'c8run', /^\/v2\/user-tasks\/search$/, 'POST');
  await injectFault(c8run, {
    method: 'POST',
    path: '/v2/user-tasks/search',
    kind: 'status',
    status: 503,
    retryAfter: '1',
    times: 1,
  });
  const queue = new UserTasksPage(page);
  await queue.goto('c8run');
  await expect(queue.rows.first()).toBeVisible({ timeout: 15_000 });
  expect(searches()).toBe(2);
});

test('task search, a persistent 429: at most 3 retries honouring Retry-After, then a message naming the 429', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const searches = countRequests(page, 'c8run', /^\/v2\/user-tasks\/search$/, 'POST');
  await injectFault(c8run, {
    method: 'POST',
    path: '/v2/user-tasks/search',
    kind: 'status',
    status: 429,
    retryAfter: '1',
  });
  const queue = new UserTasksPage(page);
  await queue.goto('c8run');
  const error = page.getByText('Could not search user tasks.');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.cds--inline-notification').filter({ has: error })).toContainText('429');
  expect(searches()).toBe(4);
  // The rest of the app: the topology view answers.
  await page.getByRole('navigation', { name: 'Cluster views' }).getByRole('link', { name: 'Topology' }).click();
  await expect(new TopologyPage(page).grid).toBeVisible();
});

test('task search, an answer of the wrong shape: the message names the field, and it is not retried', async ({
  page,
}) => {
  const searches = countRequests(page, 'c8run', /^\/v2\/user-tasks\/search$/, 'POST');
  await injectFault(c8run, { method: 'POST', path: '/v2/user-tasks/search', kind: 'wrong-shape' });
  await new UserTasksPage(page).goto('c8run');
  const panel = page.locator('.cds--inline-notification').filter({ hasText: 'Could not search user tasks.' });
  await expect(panel).toContainText(/unexpected shape at items/);
  expect(searches()).toBe(1);
});

/** Opens the first open unassigned task of c8run. */
async function openUnassignedTask(page: Page): Promise<UserTaskDetailPage> {
  const queue = new UserTasksPage(page);
  await queue.goto('c8run', 'assignee=%40unassigned');
  await queue.rows.first().click();
  const detail = new UserTaskDetailPage(page);
  await expect(detail.assignee).toHaveText('Unassigned');
  return detail;
}

for (const fault of [
  { name: 'a 500', rule: { kind: 'status', status: 500 } as const, message: /500/ },
  { name: 'a 503 with Retry-After', rule: { kind: 'status', status: 503, retryAfter: '1' } as const, message: /503/ },
  { name: 'a dropped connection', rule: { kind: 'drop' } as const, message: /could not be reached \(reset\)/ },
  { name: 'a 502 HTML page', rule: { kind: 'html' } as const, message: /502: answer was text\/html/ },
]) {
  test(`assigning a task, ${fault.name}: one request, a message in the action area, the next click succeeds`, async ({
    page,
  }) => {
    const detail = await openUnassignedTask(page);
    const assignments = countRequests(page, 'c8run', /^\/v2\/user-tasks\/\d+\/assignment$/, 'POST');
    await injectFault(c8run, { method: 'POST', path: '/v2/user-tasks/*/assignment', times: 1, ...fault.rule });
    await detail.assignTo.fill('demo');
    await detail.assignButton.click();
    const failure = page.getByRole('alert').filter({ hasText: 'The action failed.' });
    await expect(failure).toContainText(fault.message);
    await expect(detail.assignee).toHaveText('Unassigned');
    // Give a hidden retry the time it would need (Retry-After 1 s, backoff 1 s) to show up.
    await page.waitForTimeout(2_500);
    expect(assignments()).toBe(1);
    // The rest of the page still works, and the write goes through once the fault is gone.
    await detail.assignButton.click();
    await expect(detail.assignee).toHaveText('demo');
    expect(assignments()).toBe(2);
  });
}

test('a slow write cannot be sent twice: the action is disabled while it is in flight', async ({ page }) => {
  const detail = await openUnassignedTask(page);
  const assignments = countRequests(page, 'c8run', /^\/v2\/user-tasks\/\d+\/assignment$/, 'POST');
  await injectFault(c8run, { method: 'POST', path: '/v2/user-tasks/*/assignment', kind: 'latency', latencyMs: 3_000 });
  await detail.assignTo.fill('demo');
  await detail.assignButton.click();
  await expect(detail.assignButton).toBeDisabled();
  await detail.assignTo.press('Enter');
  await expect(detail.assignee).toHaveText('demo', { timeout: 15_000 });
  expect(assignments()).toBe(1);
});

test('a slow task search shows a spinner with the elapsed time and can be cancelled', async ({ page }) => {
  test.setTimeout(60_000);
  const searches = countRequests(page, 'c8run', /^\/v2\/user-tasks\/search$/, 'POST');
  await injectFault(c8run, { method: 'POST', path: '/v2/user-tasks/search', kind: 'latency', latencyMs: 20_000 });
  const queue = new UserTasksPage(page);
  await queue.goto('c8run');
  const waiting = page.getByRole('status').filter({ hasText: /\d+ s/ });
  await expect(waiting).toBeVisible({ timeout: 10_000 });
  const first = await waiting.innerText();
  await expect(waiting).not.toHaveText(first, { timeout: 5_000 });
  await page.getByRole('button', { name: /^Cancel/ }).click();
  // The cancellation is said in a status message. (A bare getByText(/cancel/i) would first find
  // the state filter's hidden CANCELED option: Camunda's own user-task state.)
  await expect(page.getByRole('status').filter({ hasText: /cancel/i })).toBeVisible();
  await expect(page.getByRole('button', { name: /Retry|Search again/ })).toBeVisible();
  await clearFaults(c8run);
  await page.getByRole('button', { name: /Retry|Search again/ }).click();
  await expect(queue.rows.first()).toBeVisible();
  expect(searches()).toBe(2);
});

test('a slow topology shows the elapsed time while waiting and can be cancelled', async ({ page }) => {
  test.setTimeout(60_000);
  await injectFault(c8run, { path: '/v2/topology', kind: 'latency', latencyMs: 20_000 });
  await new TopologyPage(page).goto('c8run');
  await expect(page.getByRole('status').filter({ hasText: /\d+ s/ })).toBeVisible({ timeout: 10_000 });
  await page.getByRole('button', { name: /^Cancel/ }).click();
  await expect(page.getByText(/cancel/i).first()).toBeVisible();
});

test('a 503 with Retry-After says the cluster is busy and when Lantern retries', async ({ page }) => {
  await injectFault(c8run, {
    method: 'POST',
    path: '/v2/user-tasks/search',
    kind: 'status',
    status: 503,
    retryAfter: '5',
    times: 1,
  });
  const queue = new UserTasksPage(page);
  await queue.goto('c8run');
  // While waiting for the retry, the panel says why and for how long.
  await expect(page.getByRole('status').filter({ hasText: /503|busy|unavailable/i })).toContainText(/5 s|retry/i, {
    timeout: 4_000,
  });
  await expect(queue.rows.first()).toBeVisible({ timeout: 15_000 });
});

test('a persistent 429 ends in a message that names rate limiting and the Retry-After wait', async ({ page }) => {
  test.setTimeout(60_000);
  await injectFault(c8run, {
    method: 'POST',
    path: '/v2/user-tasks/search',
    kind: 'status',
    status: 429,
    retryAfter: '1',
  });
  await new UserTasksPage(page).goto('c8run');
  const panel = page.locator('.cds--inline-notification').filter({ hasText: 'Could not search user tasks.' });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText(/too many requests|rate limit/i);
  await expect(panel).toContainText(/retry after 1 s|Retry-After/i);
});

test('the task list recovers by itself once a persistent 500 clears', async ({ page }) => {
  test.setTimeout(90_000);
  await injectFault(c8run, { method: 'POST', path: '/v2/user-tasks/search', kind: 'status', status: 500 });
  const queue = new UserTasksPage(page);
  await queue.goto('c8run');
  await expect(page.getByText('Could not search user tasks.')).toBeVisible({ timeout: 30_000 });
  await clearFaults(c8run);
  // No click: the panel tries again on its own (like the topology's refresh).
  await expect(queue.rows.first()).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText('Could not search user tasks.')).toHaveCount(0);
});

test.describe('faults outside the demo clusters', () => {
  let env: FaultEnvironment;

  test.beforeAll(async () => {
    env = await startFaultEnvironment();
  });

  test.afterAll(async () => {
    await env.close();
  });

  test('connection refused: the topology names it, the picker works on, and the panel recovers when the cluster starts', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`${env.lanternUrl}/c/flaky/topology`);
    await expect(topologyError(page)).toContainText(/could not be reached \(refused\)/, { timeout: 30_000 });
    await page.getByRole('banner').getByRole('link', { name: 'Lantern' }).click();
    await expect(page.getByRole('list', { name: 'Configured clusters' })).toContainText('SaaS (own provider)');
    await page.goto(`${env.lanternUrl}/c/flaky/topology`);
    await expect(topologyError(page)).toBeVisible({ timeout: 30_000 });
    await env.startFlakyCluster();
    await expect(topologyError(page)).toHaveCount(0, { timeout: 20_000 });
    await expect(new TopologyPage(page).grid).toBeVisible();
  });

  test('a pasted token that expires mid-session: the next call asks to sign in again, once', async ({ page }) => {
    test.setTimeout(120_000);
    await env.startProvider();
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'ops-client',
      client_secret: 'ops-secret',
    });
    const tokenResponse = await fetch(`${env.issuer}/token`, { method: 'POST', body });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const signIn = new SignInPage(page);
    await page.goto(`${env.lanternUrl}/c/saas-own`);
    await signIn.pasteToken(token);
    await expect(page).toHaveURL(/\/c\/saas-own\/topology$/);
    await expect(new TopologyPage(page).grid).toBeVisible();
    const unauthorized = countRequests(page, 'saas-own', /^\/v2\/topology$/);
    // The topology refreshes every 5 s; the first refresh after expiry gets the 401.
    await expect(signIn.notice).toBeVisible({ timeout: (shortTokenTtlSeconds + 30) * 1000 });
    const afterNotice = unauthorized();
    await page.waitForTimeout(6_000);
    // Sent back to sign in, Lantern stops calling the cluster with the dead token.
    expect(unauthorized()).toBe(afterNotice);
  });
});
