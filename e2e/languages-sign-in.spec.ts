import { expect, test } from '@playwright/test';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import {
  expectNoEnglish,
  expectNoGerman,
  expectSoundLayouts,
  switchLanguage,
  useLanguage,
} from './support/language-check.ts';

// Sign-in, the connection check and the shell's drawers in German and English (issue 16): the
// connect page of helm (Basic) and saas (OIDC) with its stages, a failed sign-in's error, the
// Who am I and request log drawers, page titles, and the demo provider's page in the UI language.
// The browser stays English (Playwright's default): the language is Lantern's choice.

/** Lantern's English words on the connect page and in the drawers (headings, labels, buttons, stages). */
const ENGLISH = [
  'Connection',
  'Authentication',
  'Username',
  'Password',
  'Run',
  'again',
  'Deep',
  'link',
  'reachable',
  'passed',
  'failed',
  'skipped',
  'attention',
  'credentials',
  'rejected',
  'Sign',
  'sign',
  'memory',
  'How',
  'Paste',
  'User',
  'login',
  'Web',
  'components',
  'Roles',
  'Groups',
  'Tenants',
  'Signed',
  'Request',
  'requests',
  'newest',
  'Include',
  'Copy',
  'Close',
  'expires',
];

/** German words of the same texts, which must not appear in English. */
const GERMAN = [
  'Verbindungsprüfung',
  'Anmelden',
  'Benutzername',
  'Passwort',
  'erreichbar',
  'bestanden',
  'übersprungen',
  'abgelehnt',
  'Anfrageprotokoll',
  'Anfragen',
  'Rollen',
  'Gruppen',
  'Mandanten',
  'Abmelden',
  'Identitätsanbieter',
];

test('helm in German: the stages, the Basic form and a failed sign-in; the same page in English', async ({
  page,
}, testInfo) => {
  await useLanguage(page, 'de');
  const signIn = new SignInPage(page);
  await signIn.goto('helm');
  await signIn.expectStage('auth', 'warn', 'Es wurden keine Anmeldedaten gesendet');
  await expect(page).toHaveTitle('Verbindungsprüfung · helm · Lantern');
  await expectNoEnglish(page, ENGLISH);

  await signIn.signInBasic('anna', 'not-her-password');
  await expect(signIn.basicError).toContainText('Der Cluster hat den Benutzernamen oder das Passwort abgelehnt.');
  await signIn.expectStage('auth', 'fail');
  await expectNoEnglish(page, ENGLISH);
  await expectSoundLayouts(page, testInfo, 'de-connect-helm');

  // The error and the stages are worded at render: a switch re-words them in place.
  await switchLanguage(page, 'en');
  await expect(signIn.basicError).toContainText('The cluster rejected the username or password.');
  await expect(signIn.stage('auth')).toContainText('failed');
  await expect(page).toHaveTitle('Connection check · helm · Lantern');
  await expectNoGerman(page, GERMAN);
});

test('saas in German: the OIDC choices, the provider page in German for an English browser, the drawers', async ({
  page,
}, testInfo) => {
  await useLanguage(page, 'de');
  const signIn = new SignInPage(page);
  await page.goto('/c/saas/topology');
  await signIn.expectStage('auth', 'warn');
  await expect(page.getByRole('group', { name: 'Wie möchten Sie sich authentifizieren?' })).toBeVisible();
  await expectNoEnglish(page, ENGLISH);
  await expectSoundLayouts(page, testInfo, 'de-connect-saas');

  // ui_locales: the demo provider's page follows Lantern, not the (English) browser.
  await signIn.startUserLogin();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('Benutzername')).toBeVisible();
  await new LoginFormPage(page).signIn('demo', 'demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Topologie' })).toBeVisible();
  await expect(page).toHaveTitle('Topologie · saas · Lantern');

  // Back on the connect page, signed in: its connected panel and both drawers.
  await signIn.goto('saas');
  await expect(page.getByRole('heading', { level: 2, name: 'Verbunden' })).toBeVisible();
  await signIn.expectStage('components', 'pass');
  await page.getByRole('button', { name: 'Wer bin ich', exact: true }).click();
  const principal = page.getByRole('complementary', { name: 'Wer bin ich' });
  await expect(principal).toContainText('Angemeldet mit');
  await expect(principal.getByText('admin', { exact: true })).toBeVisible();
  await expectNoEnglish(page, ENGLISH);
  await expectSoundLayouts(page, testInfo, 'de-who-am-i');

  await page.getByRole('button', { name: 'Anfrageprotokoll', exact: true }).click();
  const log = page.getByRole('complementary', { name: 'Anfrageprotokoll' });
  await expect(log).toContainText(/\d+ Anfragen in diesem Tab/);
  await expectNoEnglish(page, ENGLISH);
  await expectSoundLayouts(page, testInfo, 'de-request-log');

  await switchLanguage(page, 'en');
  await expect(page).toHaveTitle('Connection check · saas · Lantern');
  await expect(page.getByRole('complementary', { name: 'Request log' })).toContainText(/\d+ requests in this tab/);
  await expectNoGerman(page, GERMAN);
  await page.getByRole('button', { name: 'Who am I', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Who am I' })).toContainText('Signed in with');
  await expectNoGerman(page, GERMAN);
});
