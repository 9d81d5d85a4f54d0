import type { Locator, Page } from '@playwright/test';

// The header actions of the app shell, shared by the sign-in specs.
export class AppShellActions {
  readonly whoAmI: Locator;
  readonly requestLog: Locator;
  readonly theme: Locator;
  /** The current cluster in the header; leads to its connection check without a reload. */
  readonly clusterLink: Locator;

  constructor(private readonly page: Page) {
    this.whoAmI = page.getByRole('button', { name: 'Who am I', exact: true });
    this.requestLog = page.getByRole('button', { name: 'Request log', exact: true });
    this.theme = page.getByRole('combobox', { name: 'Theme' });
    this.clusterLink = page.getByRole('banner').getByRole('link', { name: /^Cluster:/ });
  }

  drawer(title: string): Locator {
    return this.page.getByRole('complementary', { name: title });
  }

  async signOut(): Promise<void> {
    await this.whoAmI.click();
    await this.drawer('Who am I').getByRole('button', { name: 'Sign out' }).click();
  }
}

/** Everything the page keeps in Web Storage and cookies, to prove secrets are not there. */
export async function storedEverywhere(page: Page): Promise<{ local: string; session: string; cookies: string }> {
  // A string, because the e2e code is type-checked without the DOM library.
  const dump = await page.evaluate<{ local: string; session: string }>(`(() => {
    const read = (store) => Object.keys(store).map((k) => k + '=' + store.getItem(k)).join('\\n');
    return { local: read(window.localStorage), session: read(window.sessionStorage) };
  })()`);
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('\n');
  return { ...dump, cookies };
}

/** The access token oidc-client-ts keeps in sessionStorage, or null. */
export async function storedAccessToken(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(`(() => {
    const key = Object.keys(window.sessionStorage).find((k) => k.includes('.user:'));
    if (!key) return null;
    return JSON.parse(window.sessionStorage.getItem(key) || '{}').access_token || null;
  })()`);
}
