import type { Locator, Page } from '@playwright/test';

// The "Can they…?" simulator in the access view (/c/:clusterId/access#simulate).
export class SimulatorPanel {
  readonly panel: Locator;
  readonly result: Locator;
  readonly matrix: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('simulate-panel');
    this.result = page.getByTestId('simulation-result');
    this.matrix = page.getByTestId('simulator-matrix');
  }

  async goto(clusterId: string, search = ''): Promise<void> {
    await this.page.goto(`/c/${clusterId}/access${search}#simulate`);
  }

  async choosePrincipal(type: string, id: string): Promise<void> {
    await this.panel.getByLabel('Principal type').selectOption({ label: type });
    await this.panel.getByLabel(`${type} id`).fill(id);
  }

  async chooseOperation(search: string, operationId: string): Promise<void> {
    await this.panel.getByLabel('Find an operation').fill(search);
    await this.panel.getByLabel(/^Operation \(/).selectOption(operationId);
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  verdict(): Locator {
    return this.result.locator('[data-verdict]').first();
  }

  async matrixMode(): Promise<void> {
    await this.panel.getByText('Matrix: several principals × operations').click();
  }

  /** Checks the named checkboxes of the matrix after narrowing its list with the search field. */
  async pick(searchLabel: string, search: string, checkbox: string | RegExp): Promise<void> {
    await this.matrix.getByLabel(searchLabel).fill(search);
    await this.matrix.getByText(checkbox, { exact: true }).click();
  }

  /** Clicks a download button and returns the downloaded file's name and text. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
