import { expect, test, type Page } from '@playwright/test';
import { ClusterPickerPage } from './pages/cluster-picker-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { TopologyPage } from './pages/topology-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage } from './pages/user-tasks-page.ts';
import { expectAccessibleInBothThemes } from './support/axe-scan.ts';

// An axe-core scan of every view in the light and the dark theme: no serious or critical
// violation. Views behind Basic sign-in are reached by clicking, because a reload forgets the
// credentials (they live in memory only).

test('the cluster picker', async ({ page }) => {
  const picker = new ClusterPickerPage(page);
  await picker.goto();
  await expect(picker.card('Helm (Basic auth)')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'cluster picker');
});

test('the connect page with the Basic sign-in form and a failed attempt', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('helm');
  await expect(page.getByRole('form', { name: 'Basic authentication' })).toBeVisible();
  await signIn.signInBasic('anna', 'wrong-password');
  await expect(signIn.basicError).toBeVisible();
  await expectAccessibleInBothThemes(page, 'connect page (Basic)');
});

test('the connect page of an OIDC cluster', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('saas');
  await expect(page.getByRole('button', { name: 'Sign in with the identity provider' })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'connect page (OIDC)');
});

test('the topology of a healthy cluster', async ({ page }) => {
  const topology = new TopologyPage(page);
  await page.goto('/c/helm/topology');
  await new SignInPage(page).signInBasic('demo', 'demo');
  await expect(topology.grid).toBeVisible();
  await expectAccessibleInBothThemes(page, 'topology (healthy)');
});

test('the task list with filters', async ({ page }) => {
  const queue = new UserTasksPage(page);
  await queue.goto('helm');
  await new SignInPage(page).signInBasic('demo', 'demo');
  await expect(queue.rows.first()).toBeVisible();
  await expectAccessibleInBothThemes(page, 'task list');
});

test('the task detail with its form and variables', async ({ page }) => {
  const queue = new UserTasksPage(page);
  await queue.goto('helm', 'processDefinitionId=invoice-approval');
  await new SignInPage(page).signInBasic('demo', 'demo');
  await queue.rows.first().click();
  const detail = new UserTaskDetailPage(page);
  await expect(detail.completeButton).toBeVisible();
  await expectAccessibleInBothThemes(page, 'task detail');
});

test('the access page', async ({ page }) => {
  await page.goto('/c/helm/access');
  await new SignInPage(page).signInBasic('anna', 'anna');
  await expect(page).toHaveURL(/\/c\/helm\/access$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('anna').first()).toBeVisible();
  await expectAccessibleInBothThemes(page, 'access page');
});

function clusterViews(page: Page) {
  return page.getByRole('navigation', { name: 'Cluster views' });
}

test('the diagnosis of a 403', async ({ page }) => {
  const queue = new UserTasksPage(page);
  await queue.goto('helm', 'assignee=%40unassigned');
  await new SignInPage(page).signInBasic('ron', 'ron');
  await queue.rows.first().click();
  const detail = new UserTaskDetailPage(page);
  // ron may read the grants, so Lantern disables the claim up front; the cluster's own 403 is one click away.
  await page.getByRole('button', { name: 'Try anyway' }).first().click();
  await detail.assignToMe.click();
  await page.getByTestId('forbidden-callout').getByRole('link', { name: 'Explain this 403' }).click();
  await expect(new DiagnosisPage(page).explanation).toBeVisible();
  await expectAccessibleInBothThemes(page, 'request diagnosis');
  // The way back into the app is part of the view too.
  await expect(clusterViews(page)).toBeVisible();
});

test('the topology of a degraded cluster', async ({ page }) => {
  // saas has an unhealthy partition and a leaderless one: the problem colours are scanned too.
  const topology = new TopologyPage(page);
  await page.goto('/c/saas/topology');
  await new SignInPage(page).startUserLogin();
  await new LoginFormPage(page).signIn('demo', 'demo');
  await expect(topology.grid).toBeVisible();
  await expect(topology.problems.first()).toBeVisible();
  await expectAccessibleInBothThemes(page, 'topology');
});
