import { expect, test, type Page } from '@playwright/test';
import { AccessPage } from './pages/diagnosis-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';

// The access check probes reads by key (a process instance, an incident, a user task's form …) with
// a key the caller can see: the search of its collection answers first, then the key is read. Only
// reads are ever sent. The timing line is reported (annotations), never asserted.

/** Every cluster request the page sends from now on, as "METHOD /v2/…". */
function clusterRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const index = path.indexOf('/v2/');
    if (index >= 0) sent.push(`${request.method()} ${path.slice(index)}`);
  });
  return sent;
}

async function reportTiming(access: AccessPage, cluster: string): Promise<void> {
  const text = (await access.timing.textContent()) ?? '';
  test.info().annotations.push({ type: `access-check timing (${cluster})`, description: text });
}

test.describe('access check: reads by key', () => {
  test('demo on helm: a process instance by key is probed with a key the instance search returned', async ({
    page,
  }) => {
    const sent = clusterRequests(page);
    const access = new AccessPage(page);
    await access.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    await expect(access.timing).toBeVisible({ timeout: 60_000 });
    await reportTiming(access, 'helm');

    await expect(access.verdict('op-getProcessInstance')).toHaveAttribute('data-verdict', 'allowed');
    await expect(access.row('op-getProcessInstance')).toContainText('HTTP 200');
    await expect(access.row('op-getProcessInstance')).not.toContainText('not probed');
    await expect(access.verdict('op-getProcessDefinitionXml')).toHaveAttribute('data-verdict', 'allowed');

    const byKey = sent.filter((line) => /^GET \/v2\/process-instances\/\d+$/.test(line));
    expect(byKey.length).toBeGreaterThan(0);
    expect(sent).toContain('POST /v2/process-instances/search');
    // Reads only: GETs and searches, never a write.
    const writes = sent.filter((line) => !line.startsWith('GET ') && !/^POST \/v2\/.*\/search$/.test(line));
    expect(writes).toEqual([]);
  });

  test('worker-client on saas sees no instance, so the read by key is judged from its grants and says why', async ({
    page,
  }) => {
    const sent = clusterRequests(page);
    const access = new AccessPage(page);
    await access.goto('saas');
    await new SignInPage(page).signInClientCredentials('worker-client', 'worker-secret');
    await expect(page).toHaveURL(/\/c\/saas\/access$/);
    await expect(access.timing).toBeVisible({ timeout: 60_000 });
    await reportTiming(access, 'saas');

    await expect(access.verdict('op-getProcessInstance')).toHaveAttribute('data-verdict', 'denied');
    await expect(access.row('op-getProcessInstance')).toContainText(
      'No process instance visible to probe with (the search for one came back empty).',
    );
    expect(sent.filter((line) => /^GET \/v2\/process-instances\/\d+/.test(line))).toEqual([]);
  });

  test('ops-client on saas (OIDC, 8.10): reads by key are probed there too', async ({ page }) => {
    const sent = clusterRequests(page);
    const access = new AccessPage(page);
    await access.goto('saas');
    await new SignInPage(page).signInClientCredentials('ops-client', 'ops-secret');
    await expect(page).toHaveURL(/\/c\/saas\/access$/);
    await expect(access.timing).toBeVisible({ timeout: 60_000 });
    await reportTiming(access, 'saas, ops-client');

    await expect(access.verdict('op-getProcessInstance')).toHaveAttribute('data-verdict', 'allowed');
    await expect(access.row('op-getProcessInstance')).toContainText('HTTP 200');
    expect(sent.filter((line) => /^GET \/v2\/process-instances\/\d+$/.test(line)).length).toBeGreaterThan(0);
  });
});
