import type { Page } from '@playwright/test';

// The identity provider's own login form (the demo provider; Keycloak would need other labels).
// The demo provider speaks the language Lantern asks for (`ui_locales`): English or German.
export class LoginFormPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel(/^(Username|Benutzername)$/).fill(username);
    await this.page.getByLabel(/^(Password|Passwort)$/).fill(password);
    await this.page.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
  }
}
