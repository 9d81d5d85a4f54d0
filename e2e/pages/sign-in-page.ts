import { expect, type Locator, type Page } from '@playwright/test';

export type StageName = 'server' | 'proxy' | 'auth' | 'topology' | 'me' | 'components';

// The connect page `/c/:clusterId`: the staged connection check and the sign-in forms. Works in
// both UI languages: names are matched as English or German, so a spec may switch to German.
const NAMES = {
  stages: /^(Connection check stages|Schritte der Verbindungsprüfung)$/,
  notice: /Please sign in again|Bitte melden Sie sich erneut an/,
  basicForm: /^(Basic authentication|Basic-Authentifizierung)$/,
  username: /^(Username|Benutzername)$/,
  password: /^(Password|Passwort)$/,
  signIn: /^(Sign in|Anmelden)$/,
  pkce: /^(User login at the identity provider|Benutzeranmeldung beim Identitätsanbieter)$/,
  startPkce: /^(Sign in with the identity provider|Beim Identitätsanbieter anmelden)$/,
  clientCredentials: /^(Client credentials \(a machine client\)|Client-Zugangsdaten \(ein Maschinen-Client\))$/,
  clientCredentialsForm: /^(OIDC client credentials|OIDC-Client-Zugangsdaten)$/,
  clientId: /^(Client ID|Client-ID)$/,
  clientSecret: /^(Client secret|Client-Secret)$/,
  getToken: /^(Get a token|Token anfordern)$/,
  token: /^(Paste an access token|Zugriffstoken einfügen)$/,
  tokenForm: /^(Pasted bearer token|Eingefügtes Bearer-Token)$/,
  tokenField: /^(Access token \(JWT\)|Zugriffstoken \(JWT\))$/,
  useToken: /^(Use this token|Dieses Token verwenden)$/,
  withoutCredentials: /^(Continue without credentials|Ohne Anmeldedaten fortfahren)$/,
};

/** The form names of the sign-in forms, in either language. */
export const SIGN_IN_FORMS = {
  basic: NAMES.basicForm,
  clientCredentials: NAMES.clientCredentialsForm,
  token: NAMES.tokenForm,
};

export class SignInPage {
  readonly stages: Locator;
  readonly notice: Locator;

  constructor(private readonly page: Page) {
    this.stages = page.getByRole('list', { name: NAMES.stages });
    this.notice = page.getByRole('alert').filter({ hasText: NAMES.notice });
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
    const form = this.page.getByRole('form', { name: NAMES.basicForm });
    await form.getByLabel(NAMES.username).fill(username);
    await form.getByLabel(NAMES.password).fill(password);
    await form.getByRole('button', { name: NAMES.signIn }).click();
  }

  get basicError(): Locator {
    return this.formError(NAMES.basicForm);
  }

  async chooseOidcMethod(label: RegExp | string): Promise<void> {
    await this.page.getByText(label).click();
  }

  async startUserLogin(): Promise<void> {
    await this.chooseOidcMethod(NAMES.pkce);
    await this.page.getByRole('button', { name: NAMES.startPkce }).click();
  }

  async signInClientCredentials(clientId: string, secret: string): Promise<void> {
    await this.chooseOidcMethod(NAMES.clientCredentials);
    const form = this.page.getByRole('form', { name: NAMES.clientCredentialsForm });
    await form.getByLabel(NAMES.clientId).fill(clientId);
    await form.getByLabel(NAMES.clientSecret).fill(secret);
    await form.getByRole('button', { name: NAMES.getToken }).click();
  }

  async pasteToken(token: string): Promise<void> {
    await this.chooseOidcMethod(NAMES.token);
    const form = this.page.getByRole('form', { name: NAMES.tokenForm });
    await form.getByLabel(NAMES.tokenField).fill(token);
    await form.getByRole('button', { name: NAMES.useToken }).click();
  }

  get tokenError(): Locator {
    return this.formError(NAMES.tokenForm);
  }

  /** The inline error of a sign-in form (Carbon inputs carry empty live regions too). */
  formError(formName: string | RegExp): Locator {
    return this.page.getByRole('form', { name: formName }).getByRole('alert').filter({ hasText: /\S/ });
  }

  async continueWithoutCredentials(): Promise<void> {
    await this.page.getByRole('button', { name: NAMES.withoutCredentials }).click();
  }
}
