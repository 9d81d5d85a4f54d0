import { expect, test, type Page } from '@playwright/test';
import { AccessPage } from './pages/diagnosis-page.ts';
import { signInOidc } from './pages/topology-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';
import { expectNoEnglish, expectNoGerman, expectSoundLayouts, switchLanguage } from './support/language-check.ts';

// The access page in German and English (issue 16) after the access check has run: on helm (Basic,
// 8.9) as ron, who may read everything and write nothing, and on saas (OIDC, 8.10) as anna, whose
// token the inspector explains. Signed in with the English page objects, then switched in place;
// one sign-in per cluster covers the words and the four layouts.

/** Distinctive English words of the access page's own texts: headings, columns, buttons, sentences. */
const ACCESS_ENGLISH = [
  'Access',
  'check',
  'Capability',
  'Verdict',
  'Why',
  'Endpoint',
  'Needs',
  'Run',
  'again',
  'probes',
  'probe',
  'slowest',
  'Writes',
  'never',
  'probed',
  'allowed',
  'denied',
  'unknown',
  'filtered',
  'empty',
  'items',
  'visible',
  'Search',
  'Read',
  'Claim',
  'Complete',
  'Start',
  'Create',
  'Change',
  'Delete',
  'Explain',
  'Only',
  'Nothing',
  'grants',
  'Username',
  'Groups',
  'Roles',
  'Tenants',
  'components',
  'credential',
  'token',
  'Decoded',
  'browser',
  'Resolved',
  'claim',
  'absent',
  'matches',
  'mismatch',
  'Issuer',
  'Clock',
  'skew',
  'Raw',
  'Warning',
  'Note',
  'ago',
];

/** German words of the same texts, which the English view must not show. */
const ACCESS_GERMAN = [
  'Zugriff',
  'Zugriffsprüfung',
  'Aktion',
  'Ergebnis',
  'Begründung',
  'Endpunkt',
  'Benötigt',
  'erlaubt',
  'verweigert',
  'unbekannt',
  'gefiltert',
  'Prüfanfragen',
  'Einträge',
  'sichtbar',
  'Gruppen',
  'Rollen',
  'Mandanten',
  'Benutzername',
  'Anmeldedaten',
  'Aussteller',
  'Uhrabweichung',
  'fehlt',
  'vor',
];

/**
 * Sections other areas translate (their own specs check them): "Can they…?" and the task access
 * panel, which helm shows to a reader of the authorizations.
 */
const OTHER_AREAS = ['#simulate', '#task-access'];

async function openAccess(page: Page, clusterId: 'helm' | 'saas'): Promise<AccessPage> {
  const access = new AccessPage(page);
  await access.goto(clusterId);
  if (clusterId === 'helm') await signInBasic(page, 'ron', 'ron');
  else await signInOidc(page, 'anna', 'anna');
  // The check probes every read of the catalogue; on a busy machine that takes a while.
  await expect(access.timing).toBeVisible({ timeout: 60_000 });
  return access;
}

for (const clusterId of ['helm', 'saas'] as const) {
  test(`the access page on ${clusterId} reads in German and in English, and keeps its layout at 1280 and 375 px`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    const access = await openAccess(page, clusterId);
    await switchLanguage(page, 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Zugriff' })).toBeVisible();
    const matrix = page.getByRole('table', { name: 'Zugriffsprüfung' });
    await expect(matrix).toBeVisible();
    // The timing line: a plural and numbers in German ("78 Prüfanfragen in 1.004 ms …").
    await expect(access.timing).toHaveText(/^\d+ Prüfanfragen in [\d.]+ ms \(die langsamste [\d.]+ ms\)\./);
    await expect(matrix.locator('tr[data-capability="view-topology"] [data-verdict]')).toHaveText('erlaubt');
    if (clusterId === 'helm') {
      await expect(page.getByTestId('who-am-i')).toContainText('Benutzername');
      await expect(page.getByText('Basic-Authentifizierung: kein Token.', { exact: false })).toBeVisible();
    } else {
      await expect(page.getByTestId('token-inspector')).toContainText('Aufgelöst als');
      await expect(access.tokenPrincipal).toContainText('USER anna');
    }
    await expectNoEnglish(page, ACCESS_ENGLISH, OTHER_AREAS);

    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Access' })).toBeVisible();
    await expect(access.timing).toHaveText(/^\d+ probes in [\d,]+ ms \(slowest probe [\d,]+ ms\)\./);
    await expectNoGerman(page, ACCESS_GERMAN, OTHER_AREAS);

    await switchLanguage(page, 'de');
    // The raw token folded away too, so nothing long hides from the layout check.
    await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    await expectSoundLayouts(page, testInfo, `de-access-${clusterId}`);
  });
}
