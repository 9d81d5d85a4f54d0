import { expect, test } from '@playwright/test';
import type { ClusterListResponse } from '../src/lib/clusters/cluster-summary.ts';
import { ShellPage } from './pages/shell-page.ts';

test('the app shell lists the clusters the server is configured with, under the strict CSP', async ({
  page,
  request,
}) => {
  const cspViolations: string[] = [];
  const routerWarnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      cspViolations.push(message.text());
    }
    if (message.text().includes('HydrateFallback')) routerWarnings.push(message.text());
  });

  const configured = (await (await request.get('/api/clusters')).json()) as ClusterListResponse;
  expect(configured.clusters.map((c) => c.id)).toEqual(['c8run', 'helm', 'saas', 'scale']);

  const shell = new ShellPage(page);
  const response = await shell.goto();
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');

  await expect(shell.banner).toBeVisible();
  await expect(shell.heading).toBeVisible();
  await expect(shell.clusterList.getByRole('listitem')).toHaveCount(configured.clusters.length);
  for (const cluster of configured.clusters) {
    await expect(shell.cluster(cluster.name)).toBeVisible();
  }
  // The demo says where to start and with which login; no demo cluster is flagged as down.
  await expect(
    shell.clusterList.getByTestId('cluster-hint').filter({ hasText: 'Try this first: sign in as ron / ron' }),
  ).toHaveCount(1);
  await expect(shell.clusterList.getByTestId('cluster-down')).toHaveCount(0);
  // The production build must run under the policy without a single violation (styles included).
  expect(cspViolations).toEqual([]);
  // The lazy first route has a fallback: React Router has nothing to warn about on load.
  expect(routerWarnings).toEqual([]);
});
