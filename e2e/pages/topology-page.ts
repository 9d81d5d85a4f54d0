import type { Locator, Page } from '@playwright/test';

// The topology view, by roles, accessible names and the cell coordinates it exposes.
export class TopologyPage {
  readonly heading: Locator;
  readonly problems: Locator;
  readonly grid: Locator;
  readonly lastUpdated: Locator;
  readonly copyButton: Locator;
  readonly showTextButton: Locator;
  readonly text: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Topology' });
    this.problems = page.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    this.grid = page.getByRole('table', { name: 'Brokers and partitions' });
    this.lastUpdated = page.getByTestId('topology-updated');
    this.copyButton = page.getByRole('button', { name: 'Copy as text' });
    this.showTextButton = page.getByRole('button', { name: 'Show as text' });
    this.text = page.getByLabel('zbctl status text');
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/c/${clusterId}/topology`);
  }

  /** One broker × partition cell of the grid. */
  cell(partitionId: number, nodeId: number): Locator {
    return this.grid.locator(`td[data-partition="${partitionId}"][data-broker="${nodeId}"]`);
  }
}

/** PKCE sign-in through the demo provider's login form, from Lantern's connect page. */
export async function signInOidc(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with the identity provider' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
