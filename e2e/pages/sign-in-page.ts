import { expect, type Locator, type Page } from '@playwright/test';

export type StageName = 'server' | 'proxy' | 'auth' | 'topology' | 'me' | 'components';

// The connect page `/c/:clusterId`: the staged connection check and the sign-in forms.
export class SignInPage {
  readonly stages: Locator;
  readonly notice: Locator;

  constructor(private readonly page: Page) {
    this.stages = page.getByRole('list', { name: 'Connection check stages' });
    this.notice = page.getByRole('alert').filter({ hasText: 'Please sign in again' });
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/c/${clusterId}`);
  }

  stage(name: StageName): Locator {
    return this.stages.locator(`[data-stage="${name}"]`);
  }

  async expectStage(name: StageName, verdict: string, text?: string | RegExp): Promise<void> {
    await expect(this.stage(name)).toHaveAttribute('data-verdict', verdict);
    if (text !== undefined) await expect(this.stage(name)).toContainText(text);
  }

  async signInBasic(username: string, password: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Basic authentication' });
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Password', { exact: true }).fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
  }

  get basicError(): Locator {
    return this.formError('Basic authentication');
  }

  async chooseOidcMethod(label: RegExp | string): Promise<void> {
    await this.page.getByText(label).click();
  }

  async startUserLogin(): Promise<void> {
    await this.chooseOidcMethod('User login at the identity provider');
    await this.page.getByRole('button', { name: 'Sign in with the identity provider' }).click();
  }

  async signInClientCredentials(clientId: string, secret: string): Promise<void> {
    await this.chooseOidcMethod('Client credentials (a machine client)');
    const form = this.page.getByRole('form', { name: 'OIDC client credentials' });
    await form.getByLabel('Client ID').fill(clientId);
    await form.getByLabel('Client secret', { exact: true }).fill(secret);
    await form.getByRole('button', { name: 'Get a token' }).click();
  }

  async pasteToken(token: string): Promise<void> {
    await this.chooseOidcMethod('Paste an access token');
    const form = this.page.getByRole('form', { name: 'Pasted bearer token' });
    await form.getByLabel('Access token (JWT)').fill(token);
    await form.getByRole('button', { name: 'Use this token' }).click();
  }

  get tokenError(): Locator {
    return this.formError('Pasted bearer token');
  }

  /** The inline error of a sign-in form (Carbon inputs carry empty live regions too). */
  formError(formName: string): Locator {
    return this.page.getByRole('form', { name: formName }).getByRole('alert').filter({ hasText: /\S/ });
  }

  async continueWithoutCredentials(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue without credentials' }).click();
  }
}
