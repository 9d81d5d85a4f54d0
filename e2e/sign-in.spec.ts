import { expect, test } from '@playwright/test';
import { ClusterPickerPage } from './pages/cluster-picker-page.ts';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { AppShellActions, storedAccessToken, storedEverywhere } from './support/app-shell.ts';
import { clientCredentialsToken } from './support/tokens.ts';

test('c8run needs no credentials: the check passes and the deep link opens directly', async ({ page }) => {
  const picker = new ClusterPickerPage(page);
  await picker.goto();
  await expect(picker.card('C8 Run (no auth)')).toContainText('No authentication');
  await picker.open('C8 Run (no auth)');
  const signIn = new SignInPage(page);
  await signIn.expectStage('topology', 'pass', /Gateway 8\.8/);
  await signIn.expectStage('me', 'warn', /Anonymous caller/);
  await signIn.continueWithoutCredentials();
  await expect(page).toHaveURL(/\/c\/c8run\/topology$/);

  await page.goto('/c/c8run/tasks');
  await expect(page).toHaveURL(/\/c\/c8run\/tasks$/);
  await expect(page.getByRole('navigation', { name: 'Cluster views' })).toBeVisible();
});

test('Basic on helm: a wrong password is an inline error, the right one lands on the page asked for, a reload asks again', async ({
  page,
}) => {
  await page.goto('/c/helm/tasks');
  await expect(page).toHaveURL(/\/c\/helm\?returnTo=%2Fc%2Fhelm%2Ftasks$/);
  const signIn = new SignInPage(page);
  await signIn.expectStage('auth', 'warn', /No credentials were sent/);

  await signIn.signInBasic('anna', 'not-her-password');
  await expect(signIn.basicError).toContainText('The cluster rejected the username or password.');
  await signIn.expectStage('auth', 'fail');
  await expect(page).toHaveURL(/\/c\/helm\?returnTo=/);

  await signIn.signInBasic('anna', 'anna');
  await expect(page).toHaveURL(/\/c\/helm\/tasks$/);
  await expect(page.getByRole('banner')).toContainText('anna');

  const stored = await storedEverywhere(page);
  for (const place of Object.values(stored)) {
    expect(place).not.toContain('anna:anna');
    expect(place).not.toContain(Buffer.from('anna:anna').toString('base64'));
  }

  await page.reload();
  await expect(page).toHaveURL(/\/c\/helm\?returnTo=%2Fc%2Fhelm%2Ftasks$/);
  await expect(page.getByRole('form', { name: 'Basic authentication' })).toBeVisible();
});

test('OIDC user login on saas through the provider form lands on the page first asked for, tokens only in sessionStorage', async ({
  page,
}) => {
  await page.goto('/c/saas/access');
  await expect(page).toHaveURL(/\/c\/saas\?returnTo=%2Fc%2Fsaas%2Faccess$/);
  const signIn = new SignInPage(page);
  await signIn.startUserLogin();
  await expect(page).toHaveURL(/localhost:\d+\/(interaction|auth)/);
  await new LoginFormPage(page).signIn('demo', 'demo');
  await expect(page).toHaveURL(/\/c\/saas\/access$/);
  await expect(page.getByRole('banner')).toContainText('demo');

  const stored = await storedEverywhere(page);
  expect(stored.local).not.toMatch(/access_token|refresh_token|eyJ/);
  expect(stored.session).toContain('access_token');

  // A reload keeps the session (sessionStorage), no new login.
  await page.reload();
  await expect(page).toHaveURL(/\/c\/saas\/access$/);
  await expect(page.getByRole('banner')).toContainText('demo');

  // Sign-out goes through the provider's end-session endpoint and forgets the tokens.
  await new AppShellActions(page).signOut();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  expect(await storedAccessToken(page)).toBeNull();
  await page.goto('/c/saas/access');
  await expect(page).toHaveURL(/\/c\/saas\?returnTo=/);
});

test('the OIDC access token is renewed silently before it expires', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/c/saas/topology');
  const signIn = new SignInPage(page);
  await signIn.startUserLogin();
  await new LoginFormPage(page).signIn('demo', 'demo');
  await expect(page).toHaveURL(/\/c\/saas\/topology$/);

  const accessToken = () => storedAccessToken(page);
  const first = await accessToken();
  expect(first).not.toBeNull();
  // The e2e TTL is 75 s; oidc-client-ts renews 60 s before expiry, with the refresh token.
  await expect.poll(accessToken, { timeout: 60_000, intervals: [1000] }).not.toBe(first);
  await expect(page).toHaveURL(/\/c\/saas\/topology$/);

  const shell = new AppShellActions(page);
  await page.getByRole('navigation', { name: 'Cluster views' }).getByRole('link', { name: 'Access' }).click();
  await shell.requestLog.click();
  await expect(shell.drawer('Request log').getByRole('listitem').first()).not.toContainText('401');
});

test('client credentials as worker-client: the secret goes to the server once and never stays in the browser', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto('saas');
  await signIn.signInClientCredentials('worker-client', 'worker-secret');
  await expect(page).toHaveURL(/\/c\/saas\/topology$/);
  const shell = new AppShellActions(page);
  await shell.whoAmI.click();
  await expect(shell.drawer('Who am I')).toContainText('worker-client');
  await expect(shell.drawer('Who am I')).toContainText('OIDC client credentials');
  for (const place of Object.values(await storedEverywhere(page))) expect(place).not.toContain('worker-secret');
});

test('client credentials: once the first token has expired, Who am I shows the token the server renewed', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const signIn = new SignInPage(page);
  await signIn.goto('saas');
  await signIn.signInClientCredentials('worker-client', 'worker-secret');
  await expect(page).toHaveURL(/\/c\/saas\/topology$/);
  const shell = new AppShellActions(page);
  await shell.whoAmI.click();
  const expiry = shell.drawer('Who am I').getByTestId('token-expiry');
  const expiresAt = async () => ((await expiry.textContent()) ?? '').split(' (')[0];
  const first = await expiresAt();
  // The e2e token lives 75 s. The server renews it for the session, which keeps answering; the
  // drawer must follow, not count "expired … ago" while requests still succeed.
  await expect.poll(expiresAt, { timeout: 110_000, intervals: [2_000] }).not.toBe(first);
  await expect(expiry).toContainText(/\(in \d/);
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(page.getByText('Could not read the topology.')).toHaveCount(0);
});

test('a wrong client secret is reported inline', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('saas');
  await signIn.signInClientCredentials('worker-client', 'not-the-secret');
  // Said once, with the identity provider's own error, not three refusals in a row.
  const error = signIn.formError('OIDC client credentials');
  await expect(error).toContainText(
    'The identity provider did not accept client “worker-client” or its secret: invalid_client',
  );
  expect((await error.textContent())?.match(/refused|did not accept|rejected/g)).toHaveLength(1);
  await expect(page).toHaveURL(/\/c\/saas$/);
});

test('a pasted bearer token is decoded locally and used for the cluster', async ({ page }) => {
  const token = await clientCredentialsToken('ops-client', 'ops-secret');
  const signIn = new SignInPage(page);
  await signIn.goto('saas');
  await signIn.chooseOidcMethod('Paste an access token');
  await page.getByLabel('Access token (JWT)').fill(token);
  await expect(page.getByRole('definition').filter({ hasText: 'orchestration-api' })).toBeVisible();
  await page.getByRole('button', { name: 'Use this token' }).click();
  await expect(page).toHaveURL(/\/c\/saas\/topology$/);
  await expect(page.getByRole('banner')).toContainText('ops-client');
  for (const place of Object.values(await storedEverywhere(page))) expect(place).not.toContain(token);
});

test('sign-out clears the cached data and the request log, and the cluster asks for sign-in again', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await page.goto('/c/helm/topology');
  await signIn.signInBasic('demo', 'demo');
  await expect(page).toHaveURL(/\/c\/helm\/topology$/);
  const shell = new AppShellActions(page);
  await shell.requestLog.click();
  await expect(shell.drawer('Request log').getByRole('listitem').first()).toBeVisible();
  await shell.requestLog.click();

  await shell.signOut();
  await expect(page).toHaveURL(/\/c\/helm$/);
  await expect(page.getByRole('form', { name: 'Basic authentication' })).toBeVisible();
  await shell.requestLog.click();
  // Only the connect page's new, unauthenticated check is left; nothing of the signed-in session.
  await expect(shell.drawer('Request log')).toContainText('/v2/topology');
  await expect(shell.drawer('Request log').getByText('/v2/authentication/me')).toHaveCount(0);
  await page.goto('/c/helm/topology');
  await expect(page).toHaveURL(/\/c\/helm\?returnTo=%2Fc%2Fhelm%2Ftopology$/);
});
