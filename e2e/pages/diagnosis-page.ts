import type { Locator, Page } from '@playwright/test';

// The diagnosis of one failed request (/c/:clusterId/access/requests/:requestId).
export class DiagnosisPage {
  readonly explanation: Locator;
  readonly requirements: Locator;
  readonly rawDetail: Locator;
  readonly have: Locator;
  readonly fix: Locator;
  readonly snippet: Locator;
  readonly applyFix: Locator;
  readonly dialog: Locator;
  readonly adminUsername: Locator;
  readonly adminPassword: Locator;
  readonly confirmApply: Locator;
  readonly applyResult: Locator;
  readonly downloadMarkdown: Locator;
  readonly downloadJson: Locator;

  constructor(private readonly page: Page) {
    this.explanation = page.getByTestId('diagnosis-explanation');
    this.requirements = page.getByRole('table', { name: 'Required permissions (any one suffices)' });
    this.rawDetail = page.getByTestId('raw-detail');
    this.have = page.getByTestId('diagnosis-have');
    this.fix = page.getByTestId('diagnosis-fix');
    this.snippet = page.getByTestId('fix-snippet');
    this.applyFix = page.getByRole('button', { name: 'Apply this fix' });
    this.dialog = page.getByRole('dialog', { name: 'Create this authorization?' });
    this.adminUsername = page.getByLabel('Administrator username');
    this.adminPassword = page.getByLabel('Administrator password', { exact: true });
    this.confirmApply = page.getByRole('button', { name: 'Create authorization and retry' });
    this.applyResult = page.getByTestId('apply-result');
    this.downloadMarkdown = page.getByRole('button', { name: 'Download report (Markdown)' });
    this.downloadJson = page.getByRole('button', { name: 'Download report (JSON)' });
  }

  format(label: string): Locator {
    return this.page.getByText(label, { exact: true });
  }

  /** Clicks a download button and returns the downloaded file's text. */
  async download(button: Locator): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}

// The access view (/c/:clusterId/access): who am I, the access-check matrix, simulate as.
export class AccessPage {
  readonly matrix: Locator;
  readonly timing: Locator;
  readonly tokenPrincipal: Locator;
  readonly whoAmI: Locator;
  readonly simulate: Locator;

  constructor(private readonly page: Page) {
    this.matrix = page.getByRole('table', { name: 'Access check' });
    this.timing = page.getByTestId('access-check-timing');
    this.tokenPrincipal = page.getByTestId('token-principal');
    this.whoAmI = page.getByTestId('who-am-i');
    this.simulate = page.getByTestId('simulate-panel');
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/c/${clusterId}/access`);
  }

  row(capabilityId: string): Locator {
    return this.matrix.locator(`tr[data-capability="${capabilityId}"]`);
  }

  verdict(capabilityId: string): Locator {
    return this.row(capabilityId).locator('[data-verdict]');
  }
}
