import type { Locator, Page } from '@playwright/test';

// The authorization audit of one cluster (/c/:clusterId/audit): findings with fixes, every
// authorization, upgrade readiness, two principals compared.
export class AuditPage {
  readonly heading: Locator;
  readonly findings: Locator;
  readonly noFindings: Locator;
  readonly tableCount: Locator;
  readonly readinessTarget: Locator;
  readonly readinessResult: Locator;
  readonly readinessPrincipals: Locator;
  readonly keepSame: Locator;
  readonly firstPrincipal: Locator;
  readonly secondPrincipal: Locator;
  readonly compareResult: Locator;
  readonly applyDialog: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Authorization audit', level: 1 });
    this.findings = page.getByTestId('audit-finding');
    this.noFindings = page.getByTestId('audit-no-findings');
    this.tableCount = page.getByTestId('audit-table-count');
    this.readinessTarget = page.getByLabel('Target version');
    this.readinessResult = page.getByTestId('audit-readiness-result');
    this.readinessPrincipals = page.getByTestId('audit-readiness-principal');
    this.keepSame = page.getByRole('region', { name: 'Keep behaviour the same' });
    this.firstPrincipal = page.getByLabel('First principal');
    this.secondPrincipal = page.getByLabel('Second principal');
    this.compareResult = page.getByTestId('audit-compare-result');
    this.applyDialog = page.getByRole('dialog', { name: 'Apply this fix?' });
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/c/${clusterId}/audit`);
  }

  /** The finding cards of one rule (`data-kind`, e.g. `orphaned-owner`). */
  findingsOf(kind: string): Locator {
    return this.page.locator(`[data-testid="audit-finding"][data-kind="${kind}"]`);
  }

  /** The one finding of a rule whose title contains the text. */
  finding(kind: string, title: string): Locator {
    return this.findingsOf(kind).filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** A fix's snippet (curl, c8ctl, REST body, YAML) inside a finding: opened, then its text. */
  async snippet(finding: Locator, label: string): Promise<string> {
    const details = finding
      .locator('details')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .first();
    await details.locator('summary').click();
    return (await details.getByTestId('audit-fix-snippet').textContent()) ?? '';
  }
}
