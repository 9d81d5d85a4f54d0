import type { Locator, Page, Response } from '@playwright/test';

// The app shell and its start page (the cluster picker), by roles and accessible names only.
export class ShellPage {
  readonly banner: Locator;
  readonly heading: Locator;
  readonly clusterList: Locator;

  constructor(private readonly page: Page) {
    this.banner = page.getByRole('banner', { name: 'Lantern' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.clusterList = page.getByRole('list', { name: 'Configured clusters' });
  }

  async goto(): Promise<Response> {
    const response = await this.page.goto('/');
    if (!response) throw new Error('no response for /');
    return response;
  }

  /** A cluster entry of the picker, found by the display name the server configured. */
  cluster(name: string): Locator {
    return this.clusterList.getByRole('listitem').filter({ hasText: name });
  }
}
