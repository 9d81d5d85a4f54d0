import { expect, test, type Page } from '@playwright/test';
import { ExplainPage } from './pages/explain-page.ts';
import { signInOidc } from './pages/topology-page.ts';
import { expectNoEnglish, expectNoGerman, expectSoundLayouts, switchLanguage } from './support/language-check.ts';
import { clientCredentialsToken } from './support/tokens.ts';

// "Explain an error" in German and English (issue 16), as the demo hint says to use it: `demo` signs
// in to saas (OIDC, 8.10) and pastes the demo app's 403 log line; the page reads it, the principal
// is picked by pasting the app's token, and the result follows. A 401 and a text Lantern does not
// recognise are pasted into the same page afterwards. Signed in with the English page objects, then
// switched in place; one sign-in covers words and layout.

// The demo app's log line as demo/workers/demo-app.ts writes it (there on saas, for its client).
const APP_LINE =
  "2026-11-29T23:48:14.063Z [invoice-app] createProcessInstance(invoice-approval) refused: 403 FORBIDDEN — Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";

// A refused sign-in as the problem body an SDK logs: no operation, only the token check's sentence.
const WRONG_AUDIENCE = JSON.stringify({
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'An error occurred while attempting to decode the Jwt: The aud claim is not valid',
});

/** Distinctive English words of the explain page's own texts: headings, labels, buttons, sentences. */
const EXPLAIN_ENGLISH = [
  'Explain',
  'error',
  'happened',
  'Paste',
  'paste',
  'read',
  'Source',
  'Request',
  'Which',
  'call',
  'failed',
  'whom',
  'type',
  'token',
  'resolves',
  'Assumptions',
  'Share',
  'Copy',
  'Why',
  'refused',
  'sign-in',
  'Caller',
  'operation',
  'Search',
  'Clear',
  'more',
  'grants',
  'fix',
  'Nothing',
  'recognise',
  'User',
  'Group',
  'Role',
];

/** The paste is the operator's own text, quoted as they pasted it, in whatever language it was. */
const PASTE = ['textarea'];

/** German words of the same texts, which the English view must not show. */
const EXPLAIN_GERMAN = [
  'Fehler',
  'erklären',
  'einfügen',
  'Quelle',
  'Anfrage',
  'Aufrufer',
  'wen',
  'Teilen',
  'Zugriff',
  'Benutzer',
  'Gruppe',
  'Autorisierungen',
  'Korrektur',
  'Anmeldung',
  'gehört',
];

/** Every folded part open (the token field, assumptions), so nothing long hides from the checks. */
async function openDetails(page: Page): Promise<void> {
  await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
}

test('Explain an error reads in German and in English on saas: the app’s 403, its token, a 401 and an unknown text', async ({
  page,
}, testInfo) => {
  // Sign-in, an evaluated diagnosis, three pastes, two languages and six layouts in one test.
  test.setTimeout(240_000);
  const explain = new ExplainPage(page);
  await explain.goto('saas');
  await signInOidc(page, 'demo', 'demo');
  await expect(page).toHaveURL(/\/c\/saas\/access\/explain$/, { timeout: 30_000 });
  await explain.errorText.fill(APP_LINE);
  await expect(explain.fact('Title')).toHaveText('FORBIDDEN');

  await switchLanguage(page, 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Fehler erklären' })).toBeVisible();
  // The paste survives the switch, and what was read is worded again.
  await expect(page.getByLabel('Fehler einfügen')).toHaveValue(APP_LINE);
  const facts = page.getByTestId('explain-extracted');
  await expect(facts.locator('dt:text-is("Titel") + dd')).toHaveText('FORBIDDEN');
  await expect(facts.locator('dt:text-is("Anfrage") + dd')).toHaveText('Operation createProcessInstance');
  await expect(facts.locator('dt:text-is("Quelle") + dd')).toHaveText('Fehler des JavaScript/TypeScript-SDK');

  // The principal: a token that is none is refused in German, the app's token picks its client.
  const picker = page.getByTestId('principal-picker');
  await picker.getByText('Oder das Token des Principals einfügen').click();
  const tokenField = picker.getByLabel('Zugriffstoken des Principals (JWT)');
  await tokenField.fill('kein-token');
  await expect(picker.locator('p[role="alert"]')).toHaveText(/^Das ist kein Token, das Lantern lesen kann/);
  await tokenField.fill(await clientCredentialsToken('invoice-app', 'invoice-app-secret'));
  await expect(picker.getByRole('status')).toHaveText('Das Token gehört zu dem Client invoice-app.');
  await expect(page.getByLabel('Art des Principals')).toHaveValue('CLIENT');
  await expect(explain.have.getByRole('heading', { name: 'Was Client invoice-app hat' })).toBeVisible();
  await expect(explain.have).toContainText('CREATE_PROCESS_INSTANCE', { timeout: 45_000 });
  await expect(page.getByLabel('Link zu dieser Diagnose')).toHaveValue(/#f=/);
  await openDetails(page);
  await expectNoEnglish(page, EXPLAIN_ENGLISH, PASTE);

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Explain an error' })).toBeVisible();
  await expect(picker.getByRole('status')).toHaveText('The token resolves to Client invoice-app.');
  await expect(explain.have.getByRole('heading', { name: 'What client invoice-app has' })).toBeVisible();
  await expectNoGerman(page, EXPLAIN_GERMAN, PASTE);

  await switchLanguage(page, 'de');
  await openDetails(page);
  await expectSoundLayouts(page, testInfo, 'de-explain-403');

  // A refused sign-in: its causes at once, in German, without asking for the operation.
  await page.getByLabel('Fehler einfügen').fill(WRONG_AUDIENCE);
  const signIn = page.getByTestId('explain-unauthenticated');
  await expect(signIn.getByRole('heading', { name: 'Warum die Anmeldung abgelehnt wurde' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcher Aufruf fehlschlug' })).toHaveCount(0);
  await expectNoEnglish(page, EXPLAIN_ENGLISH, PASTE);
  await expectSoundLayouts(page, testInfo, 'de-explain-401', [375]);
  await switchLanguage(page, 'en');
  await expect(signIn.getByRole('heading', { name: 'Why the sign-in was refused' })).toBeVisible();
  await expectNoGerman(page, EXPLAIN_GERMAN, PASTE);

  // A text Lantern does not recognise: what it could read, in the UI language; the text itself as pasted.
  await switchLanguage(page, 'de');
  await page.getByLabel('Fehler einfügen').fill('something went wrong\nplease try again later');
  await expect(page.getByTestId('explain-read-nothing')).toHaveText(
    'Sonst nichts: keinen Status, keine Anfrage, keine Operation und keinen Fehlersatz.',
  );
  await expectNoEnglish(page, EXPLAIN_ENGLISH, PASTE);
});
