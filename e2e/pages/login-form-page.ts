import type { Page } from '@playwright/test';

// The identity provider's own login form (the demo provider; Keycloak would need other labels).
export class LoginFormPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
