import { expect, test } from '@playwright/test';
import type { RunningLanternServer } from '../server/start-lantern-server.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { AppShellActions } from './support/app-shell.ts';
import { startExtraLantern } from './support/extra-lantern.ts';
import { clientCredentialsToken } from './support/tokens.ts';

test.describe('clusters the demo does not have', () => {
  let extra: RunningLanternServer;
  test.beforeAll(async () => {
    extra = await startExtraLantern();
  });
  test.afterAll(async () => {
    await extra.close();
  });

  test('an unreachable cluster fails at the proxy stage with "connection refused"', async ({ page }) => {
    const signIn = new SignInPage(page);
    await page.goto(`${extra.url}/c/offline`);
    await signIn.expectStage('server', 'pass');
    await signIn.expectStage('proxy', 'fail', /Connection refused/);
    await signIn.expectStage('auth', 'skipped', /not reachable/);
    await signIn.expectStage('topology', 'skipped');
  });

  test('the picker flags the cluster that is down, and only that one', async ({ page }) => {
    await page.goto(`${extra.url}/`);
    const offline = page.getByRole('link', { name: /^Offline cluster:/ });
    await expect(offline.getByTestId('cluster-down')).toContainText('Lantern cannot reach it: connection refused.');
    // It answers HTTP, just not as Camunda: reachable, the connection check says the rest.
    const notCamunda = page.getByRole('link', { name: /^Not a Camunda cluster:/ });
    await expect(notCamunda).toBeVisible();
    await expect(notCamunda.getByTestId('cluster-down')).toHaveCount(0);
  });

  test('an address that is not the Camunda API fails at the proxy stage with a non-JSON answer', async ({ page }) => {
    const signIn = new SignInPage(page);
    await page.goto(`${extra.url}/c/not-camunda`);
    await signIn.expectStage('proxy', 'fail', /not (a Camunda problem document|the Camunda REST API)/);
  });
});

test('a wrong-audience token fails at the authentication stage, naming both audiences and quoting the cluster', async ({
  page,
}) => {
  const token = await clientCredentialsToken('ops-client', 'ops-secret', { audience: 'other-api' });
  const signIn = new SignInPage(page);
  await signIn.goto('saas');
  await signIn.expectStage('auth', 'warn');
  await signIn.pasteToken(token);
  await expect(signIn.tokenError).toContainText('Wrong audience');
  await signIn.expectStage('proxy', 'pass');
  await signIn.expectStage('auth', 'fail', "the token is for 'other-api', the cluster expects 'orchestration-api'");
  // The cluster's own words, verbatim.
  await expect(signIn.stage('auth')).toContainText(
    'The server said:An error occurred while attempting to decode the Jwt: The aud claim is not valid',
  );
  await signIn.expectStage('topology', 'skipped');
  await expect(page).toHaveURL(/\/c\/saas$/);
});

test('the check passes stage by stage for a signed-in helm user and lists the web components', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('helm');
  await signIn.signInBasic('ron', 'ron');
  await expect(page).toHaveURL(/\/c\/helm\/topology$/);
  // In-app navigation: a reload would (rightly) forget the Basic credentials.
  await new AppShellActions(page).clusterLink.click();
  await expect(page).toHaveURL(/\/c\/helm$/);
  for (const stage of ['server', 'proxy', 'auth', 'topology', 'me'] as const) await signIn.expectStage(stage, 'pass');
  await signIn.expectStage('me', 'pass', /ron/);
  await expect(signIn.stage('components')).not.toHaveAttribute('data-verdict', /pending|running|fail/);
});
