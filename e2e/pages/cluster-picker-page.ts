import type { Locator, Page } from '@playwright/test';

// The start page: the configured clusters as cards that lead to each cluster's connect page.
export class ClusterPickerPage {
  readonly heading: Locator;
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Clusters' });
    this.list = page.getByRole('list', { name: 'Configured clusters' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  card(name: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }

  async open(name: string): Promise<void> {
    await this.card(name).getByRole('link').click();
  }
}
