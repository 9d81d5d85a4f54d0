import { expect, type Locator, type Page } from '@playwright/test';
import { LoginFormPage } from './login-form-page.ts';
import { SignInPage } from './sign-in-page.ts';

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
  const signIn = new SignInPage(page);
  await expect(signIn.stage('auth')).toHaveAttribute('data-verdict', /^(warn|fail|pass|skipped)$/);
  await signIn.startUserLogin();
  await new LoginFormPage(page).signIn(username, password);
}
