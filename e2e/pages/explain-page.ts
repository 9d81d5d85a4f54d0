import type { Locator, Page } from '@playwright/test';

// "Explain an error" (/c/:clusterId/access/explain): paste a text or open a shared link, pick the
// operation and the principal, read the explanation and copy the share link.
export class ExplainPage {
  readonly errorText: Locator;
  readonly extracted: Locator;
  readonly unrecognised: Locator;
  readonly operations: Locator;
  readonly principalType: Locator;
  readonly principalId: Locator;
  readonly explanation: Locator;
  readonly requirements: Locator;
  readonly have: Locator;
  readonly noVisibility: Locator;
  readonly fix: Locator;
  readonly shareLink: Locator;
  readonly sharedNotice: Locator;
  readonly linkError: Locator;

  constructor(private readonly page: Page) {
    this.errorText = page.getByLabel('Paste the error');
    this.extracted = page.getByTestId('explain-extracted');
    this.unrecognised = page.getByTestId('explain-unrecognised');
    this.operations = page.getByTestId('operation-picker');
    this.principalType = page.getByLabel('Principal type');
    this.principalId = page.getByTestId('principal-picker').getByRole('combobox', { name: / id$/ });
    this.explanation = page.getByTestId('diagnosis-explanation');
    this.requirements = page.getByRole('table', { name: 'Required permissions (any one suffices)' });
    this.have = page.getByTestId('diagnosis-have');
    this.noVisibility = page.getByTestId('explain-no-visibility');
    this.fix = page.getByTestId('diagnosis-fix');
    this.shareLink = page.getByLabel('Link to this diagnosis');
    this.sharedNotice = page.getByTestId('explain-shared-notice');
    this.linkError = page.getByTestId('explain-link-error');
  }

  async goto(clusterId: string, fragment = ''): Promise<void> {
    await this.page.goto(`/c/${clusterId}/access/explain${fragment}`);
  }

  /** What the page read for a label of the extracted facts ("Status", "Detail", …). */
  fact(label: string): Locator {
    return this.extracted.locator(`dt:text-is("${label}") + dd`);
  }

  async choosePrincipal(type: 'User' | 'Client' | 'Group' | 'Role' | 'Mapping rule', id: string): Promise<void> {
    await this.principalType.selectOption({ label: type });
    await this.principalId.fill(id);
  }
}
