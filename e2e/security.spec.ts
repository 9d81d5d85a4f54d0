import { expect, test, type Page } from '@playwright/test';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { AppShellActions, storedEverywhere } from './support/app-shell.ts';
import {
  type HostileEnvironment,
  hostileTaskName,
  imgPayload,
  scriptPayload,
  startHostileEnvironment,
} from './support/hostile-clusters.ts';
import { watchPage } from './support/secret-watch.ts';

// The browser side of the security rules (SECURITY.md, issue 8): where credentials live and where
// they never appear, the headers of the document, and cluster data rendered as inert text.

const basicSecret = Buffer.from('anna:anna').toString('base64');

interface StoredOidcUser {
  access_token?: string;
  refresh_token?: string;
  id_token?: string;
}

/** The token set oidc-client-ts keeps in sessionStorage (the only place it may be). */
async function oidcTokens(page: Page): Promise<string[]> {
  const user = await page.evaluate<StoredOidcUser | null>(`(() => {
    const key = Object.keys(window.sessionStorage).find((k) => k.includes('.user:'));
    return key ? JSON.parse(window.sessionStorage.getItem(key) || 'null') : null;
  })()`);
  return [user?.access_token, user?.refresh_token, user?.id_token].filter((t): t is string => !!t);
}

async function copyFirstRequestAsCurl(page: Page): Promise<void> {
  const shell = new AppShellActions(page);
  await shell.requestLog.click();
  const drawer = shell.drawer('Request log');
  await drawer.getByRole('button', { name: 'Copy as curl' }).first().click();
  await expect(drawer.getByRole('status')).toContainText('(secret masked)');
}

test('the document carries a strict CSP, frame-ancestors none, Referrer-Policy and nosniff', async ({ page }) => {
  const response = await page.goto('/c/helm/tasks');
  expect(response).not.toBeNull();
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // The built page itself has no inline script that the CSP would have to allow.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('Basic on helm: the password is in no storage, no log line, no URL and not in the copied curl; a reload asks again', async ({
  page,
}) => {
  const watch = await watchPage(page);
  const signIn = new SignInPage(page);
  await page.goto('/c/helm/tasks');
  await signIn.signInBasic('anna', 'anna');
  await expect(page).toHaveURL(/\/c\/helm\/tasks$/);
  await expect(page.getByRole('heading', { level: 1, name: 'User tasks' })).toBeVisible();

  const stored = await storedEverywhere(page);
  for (const place of [stored.local, stored.session, stored.cookies]) {
    expect(place).not.toContain(basicSecret);
    expect(place).not.toContain('anna:anna');
  }
  expect(stored.local).not.toMatch(/password|authorization/i);

  await copyFirstRequestAsCurl(page);
  const [curl] = await watch.clipboard();
  expect(curl).toContain("'Authorization: Basic ••••••'");
  expect(curl).not.toContain(basicSecret);
  const drawer = new AppShellActions(page).drawer('Request log');
  await expect(drawer).not.toContainText(basicSecret);

  expect(watch.console.join('\n')).not.toContain(basicSecret);
  expect(watch.console.join('\n')).not.toContain('anna:anna');
  expect(watch.urls.join('\n')).not.toContain(basicSecret);

  await page.reload();
  await expect(page).toHaveURL(/\/c\/helm\?returnTo=%2Fc%2Fhelm%2Ftasks$/);
  await expect(page.getByRole('form', { name: 'Basic authentication' })).toBeVisible();
});

test('OIDC on saas: tokens only in sessionStorage, never in localStorage, console, URLs or the copied curl', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.goto('/c/saas/topology');
  await new SignInPage(page).startUserLogin();
  await new LoginFormPage(page).signIn('demo', 'demo');
  await expect(page).toHaveURL(/\/c\/saas\/topology$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Topology' })).toBeVisible();

  const tokens = await oidcTokens(page);
  expect(tokens.length).toBeGreaterThanOrEqual(2);
  const stored = await storedEverywhere(page);
  for (const token of tokens) {
    expect(stored.local).not.toContain(token);
    expect(stored.cookies).not.toContain(token);
  }
  expect(stored.local).not.toMatch(/access_token|refresh_token|id_token|eyJ/);

  await copyFirstRequestAsCurl(page);
  const [curl] = await watch.clipboard();
  expect(curl).toContain("'Authorization: Bearer ••••••'");
  const drawerText = await new AppShellActions(page).drawer('Request log').innerText();
  const consoleText = watch.console.join('\n');
  const urls = watch.urls.join('\n');
  for (const token of tokens) {
    expect(curl).not.toContain(token);
    expect(drawerText).not.toContain(token);
    expect(consoleText).not.toContain(token);
    // The token endpoint answers the tokens in a body; no URL (redirect, query) ever carries one.
    expect(urls).not.toContain(token);
  }
  expect(urls).not.toMatch(/access_token=|id_token=/);
});

test('the cluster proxy answers the app’s own fetch but refuses a page navigation and a frame', async ({ page }) => {
  await page.goto('/c/c8run/topology');
  const proxied = '/clusters/c8run/v2/topology';
  // The SPA's way in: fetch from its own origin (Sec-Fetch-Dest: empty, Sec-Fetch-Site: same-origin).
  const viaFetch = await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    return { status: response.status, csp: response.headers.get('content-security-policy') ?? '' };
  }, proxied);
  expect(viaFetch.status).toBe(200);
  expect(viaFetch.csp).toContain("default-src 'none'; sandbox");

  // A frame of the proxy (as a page injected into Lantern would try) is refused before the cluster.
  const framed = page.waitForResponse((r) => r.url().endsWith(proxied) && r.request().frame() !== page.mainFrame());
  await page.evaluate(`(() => {
    const frame = document.createElement('iframe');
    frame.src = ${JSON.stringify(proxied)};
    document.body.append(frame);
  })()`);
  expect((await framed).status()).toBe(403);

  // A top-level navigation (a link in a mail, a bookmark) as well.
  const navigated = page.waitForResponse((r) => r.url().endsWith(proxied) && r.request().isNavigationRequest());
  await page.evaluate(`window.location.assign(${JSON.stringify(proxied)})`);
  const navigation = await navigated;
  expect(navigation.status()).toBe(403);
  expect(navigation.headers()['content-type']).toContain('application/problem+json');
});

test.describe('cluster data is inert text', () => {
  let hostile: HostileEnvironment;

  test.beforeAll(async () => {
    hostile = await startHostileEnvironment();
  });

  test.afterAll(async () => {
    await hostile.close();
  });

  async function expectNothingRan(page: Page, watch: Awaited<ReturnType<typeof watchPage>>): Promise<void> {
    expect(watch.dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.console.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([]);
    // No element was created from the payloads: no <img src=x>, no script from the data.
    expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(watch.urls.some((url) => /\/x(\?|$)/.test(url))).toBe(false);
  }

  test('a task name, variables, custom headers and a form schema with HTML and script show as text', async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await page.goto(`${hostile.lanternUrl}/`);
    await expect(page.getByText(`Hostile data ${imgPayload}`, { exact: true })).toBeVisible();

    await page.goto(`${hostile.lanternUrl}/c/hostile/tasks?state=any`);
    const row = page.getByRole('list', { name: 'User tasks' }).getByRole('link').first();
    await expect(row).toContainText(hostileTaskName);
    await row.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostileTaskName);
    // Variables, names and values, as written.
    await expect(page.getByText(`var ${imgPayload}`).first()).toBeVisible();
    await expect(page.getByText(scriptPayload).first()).toBeVisible();
    // The form: labels and markdown text as text.
    await expect(page.getByText(`Label ${imgPayload}`).first()).toBeVisible();
    await expect(page.getByText(`Choice ${scriptPayload}`).first()).toBeVisible();
    await expectNothingRan(page, watch);
  });

  test('problem details with HTML and script show as text', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${hostile.lanternUrl}/c/hostile-problems/topology`);
    await expect(page.getByText(`Detail ${scriptPayload} ${imgPayload}`).first()).toBeVisible({ timeout: 30_000 });
    const shell = new AppShellActions(page);
    await shell.requestLog.click();
    await expect(shell.drawer('Request log')).toContainText(`Detail ${scriptPayload}`);
    await expectNothingRan(page, watch);
  });
});
