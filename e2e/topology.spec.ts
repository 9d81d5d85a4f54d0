import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TopologyPage, signInOidc } from './pages/topology-page.ts';

// Screenshots for review go here when SHOTS_DIR is set; the assertions never depend on them.
const shotsDir = process.env.SHOTS_DIR;

/** Makes the page believe its tab was hidden or shown again, as the browser reports it. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  // A string, because the e2e project compiles without the DOM library.
  await page.evaluate(`(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${state === 'hidden'} });
    document.dispatchEvent(new Event('visibilitychange'));
  })()`);
}

test.describe('topology', () => {
  test('the degraded saas cluster names the partition without a leader and the unhealthy replicas', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const topology = new TopologyPage(page);
    await topology.goto('saas');
    await signInOidc(page, 'demo', 'demo');
    await expect(topology.heading).toBeVisible();

    // Problems come first, errors before warnings, in words.
    await expect(topology.problems.first()).toContainText('Partition 3 has no healthy leader');
    await expect(
      topology.problems.filter({ hasText: 'Partition 2 has 2 of 3 healthy replicas (broker 0 unhealthy)' }),
    ).toHaveCount(1);
    await expect(topology.problems.filter({ hasText: 'Partition 3 on broker 2 is recovering' })).toHaveCount(1);

    // The grid says it in text, not only in colour.
    await expect(topology.cell(2, 0)).toContainText('Follower');
    await expect(topology.cell(2, 0)).toContainText('Unhealthy');
    await expect(topology.cell(3, 2)).toContainText('Inactive');
    await expect(topology.cell(3, 2)).toContainText('Recovering');
    await expect(topology.grid.getByRole('columnheader', { name: /Partition 3/ })).toContainText('no healthy leader');
    await expect(topology.lastUpdated).toContainText('Last updated');

    await topology.copyButton.click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied.split('\n').slice(0, 7)).toEqual([
      'Cluster size: 3',
      'Partitions count: 3',
      'Replication factor: 3',
      'Gateway version: 8.10.0',
      'Brokers:',
      '  Broker 0 - zeebe-0.zeebe-broker-service.b7fd7aa3-b973-4128-8789-74cd2318992c-zeebe.svc.cluster.local:26501',
      '    Version: 8.10.0',
    ]);
    expect(copied).toContain('    Partition 3 : Inactive, Unhealthy\n');

    if (shotsDir) {
      mkdirSync(shotsDir, { recursive: true });
      await page.getByLabel('Theme', { exact: true }).selectOption('light');
      await page.screenshot({ path: `${shotsDir}/topology-saas-light.png`, fullPage: true, animations: 'disabled' });
      await page.getByLabel('Theme', { exact: true }).selectOption('dark');
      await page.screenshot({ path: `${shotsDir}/topology-saas-dark.png`, fullPage: true, animations: 'disabled' });
    }
  });

  test('polling pauses while the tab is hidden', async ({ page }) => {
    const topology = new TopologyPage(page);
    await page.goto('/c/c8run/topology');
    await expect(topology.heading).toBeVisible();
    await expect(topology.problems.first()).toContainText('The one broker is present');

    let requests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/v2/topology')) requests += 1;
    });
    await setVisibility(page, 'hidden');
    await page.waitForTimeout(11_000);
    expect(requests).toBe(0);

    await setVisibility(page, 'visible');
    await expect.poll(() => requests, { timeout: 12_000 }).toBeGreaterThan(0);
  });
});
