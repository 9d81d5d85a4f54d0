import { expect, test } from '@playwright/test';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { TopologyPage } from './pages/topology-page.ts';
import { AppShellActions } from './support/app-shell.ts';
import { type FaultEnvironment, startFaultEnvironment } from './support/fault-environment.ts';
import { clientCredentialsToken } from './support/tokens.ts';

// Faults of issue 8 that belong to the SPA shell: the browser's clock is off, and the identity
// provider is down (then comes up) during sign-in.

test('clock skew: with the browser clock 10 minutes ahead, a fresh pasted token is still used and the skew is shown', async ({
  page,
}) => {
  const token = await clientCredentialsToken('ops-client', 'ops-secret');
  await page.clock.setSystemTime(new Date(Date.now() + 10 * 60_000));
  const signIn = new SignInPage(page);
  await signIn.goto('saas');
  await signIn.pasteToken(token);
  await expect(page).toHaveURL(/\/c\/saas\/topology$/);
  await expect(new TopologyPage(page).grid).toBeVisible();
  const shell = new AppShellActions(page);
  await shell.whoAmI.click();
  const drawer = shell.drawer('Who am I');
  await expect(drawer).toContainText('Your clock is 10 min ahead of the cluster’s.');
  // Judged by the cluster's clock, the token is valid for minutes yet, not expired.
  await expect(drawer.getByTestId('token-expiry')).toContainText(/\(in \d/);
});

test.describe('the identity provider', () => {
  let env: FaultEnvironment;

  test.beforeAll(async () => {
    env = await startFaultEnvironment();
  });

  test.afterAll(async () => {
    await env.close();
  });

  test('down: client credentials say in words that the server could not reach it', async ({ page }) => {
    const signIn = new SignInPage(page);
    await page.goto(`${env.lanternUrl}/c/saas-own`);
    await signIn.signInClientCredentials('worker-client', 'worker-secret');
    const error = signIn.formError('OIDC client credentials');
    await expect(error).toContainText('The Lantern server could not reach the identity provider');
    await expect(error).toContainText('Try again once the provider is up.');
    await expect(page).toHaveURL(new RegExp(`^${env.lanternUrl}/c/saas-own$`));
  });

  // Last: this test starts the provider, which stays up for the rest of the file.
  test('down: user login names it and the discovery URL; once it is up, sign-in works without a reload', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const signIn = new SignInPage(page);
    await page.goto(`${env.lanternUrl}/c/saas-own`);
    await signIn.startUserLogin();
    const alert = page.getByRole('alert').filter({ hasText: /identity provider/i });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText(`The identity provider at ${env.issuer} could not be reached.`);
    await expect(alert).toContainText(`${env.issuer}/.well-known/openid-configuration`);
    await expect(alert).not.toContainText('Failed to fetch');
    await expect(page).toHaveURL(new RegExp(`^${env.lanternUrl}/c/saas-own`));
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    await env.startProvider();
    await page.getByRole('button', { name: 'Sign in with the identity provider' }).click();
    await new LoginFormPage(page).signIn('demo', 'demo');
    await expect(page).toHaveURL(/\/c\/saas-own\/topology$/);
    await expect(new TopologyPage(page).grid).toBeVisible();
    // No reload of the sign-in page: the first navigation after the provider came up is to the provider.
    expect(navigations[0]?.startsWith(env.issuer)).toBe(true);
  });
});
