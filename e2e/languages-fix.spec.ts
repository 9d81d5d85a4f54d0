import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { ExplainPage } from './pages/explain-page.ts';
import { SimulatorPanel } from './pages/simulator-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';
import {
  chooseTheme,
  expectNoEnglish,
  expectNoGerman,
  expectSoundLayout,
  switchLanguage,
} from './support/language-check.ts';
import { e2ePorts } from './support/ports.ts';

// Fix, apply, verify and "Can they…?" in German and English (issue 16), on helm (Basic, 8.9) as
// the administrator demo: a drafted fix for ron's refused process start, the apply dialog, the
// verification (demo is not ron, so the retry command for ron's owner), the single answer and
// the matrix. Signed in with the English page objects, then switched in place; one sign-in per
// test covers words and layout. The grant made here is deleted again afterwards.

/** The pasted error stays as pasted (the cluster's English), in the explain page's text box. */
const PASTED = ['textarea'];

const helm = `http://localhost:${e2ePorts().helm}`;
const demoAuth = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };

// The demo app's log line (demo/workers/demo-app.ts): CREATE_PROCESS_INSTANCE on invoice-approval refused.
const APP_LINE =
  "2026-11-29T23:48:14.063Z [invoice-app] createProcessInstance(invoice-approval) refused: 403 FORBIDDEN — Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";

/** Distinctive English words of the fix panel, the apply dialog and the verification. */
const FIX_ENGLISH = [
  'Grant',
  'Least-privilege',
  'options',
  'Recommended',
  'recommended',
  'only',
  'Apply',
  'fix',
  'Environment',
  'variables',
  'Create',
  'authorization',
  'Cancel',
  'send',
  'request',
  'verify',
  'Created',
  'shows',
  'grant',
  'retries',
  'owner',
  'credentials',
  'placeholder',
  'command',
];

/** Distinctive English words of "Can they…?": the single answer and the matrix. */
const SIMULATOR_ENGLISH = [
  'Ask',
  'One',
  'principal',
  'several',
  'Find',
  'Needs',
  'denied',
  'allowed',
  'filtered',
  'Nearest',
  'miss',
  'Explain',
  'grants',
  'tenants',
  'Choose',
  'Operations',
  'chosen',
  'Evaluated',
  'Download',
  'users',
  'clients',
];

/** German words of the same texts, which the English view must not show. */
const GERMAN = [
  'Korrektur',
  'anwenden',
  'Autorisierung',
  'Autorisierungen',
  'Berechtigung',
  'Erteilen',
  'Benutzer',
  'Prozess',
  'Optionen',
  'Anlegen',
  'prüfen',
  'Abbrechen',
  'erlaubt',
  'verweigert',
  'gefiltert',
  'Beinahe-Treffer',
  'Benötigt',
  'Mandanten',
  'ausgewählt',
  'herunterladen',
];

/**
 * Axe, no sideways scroll and a screenshot, at 1280 and 375 px in both themes (German); `part` is
 * shot on its own too, since the access page around it is long.
 */
async function layoutEverywhere(page: Page, testInfo: TestInfo, name: string, part?: Locator): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await expectSoundLayout(page, testInfo, `de-${name}-${width}-${theme}`);
      await part?.screenshot({ path: testInfo.outputPath(`de-${name}-${width}-${theme}-part.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Deletes the grants to ron on invoice-approval that the test made, so later specs see the seed. */
async function deleteRonsGrant(request: APIRequestContext): Promise<void> {
  const response = await request.post(`${helm}/v2/authorizations/search`, {
    headers: demoAuth,
    data: { filter: { ownerId: 'ron', ownerType: 'USER', resourceType: 'PROCESS_DEFINITION' }, page: { limit: 100 } },
  });
  expect(response.status()).toBe(200);
  const items = ((await response.json()) as { items: { authorizationKey: string; permissionTypes: string[] }[] }).items;
  for (const item of items.filter((a) => a.permissionTypes.includes('CREATE_PROCESS_INSTANCE'))) {
    expect(
      (await request.delete(`${helm}/v2/authorizations/${item.authorizationKey}`, { headers: demoAuth })).status(),
    ).toBe(204);
  }
}

test.describe('fix and "Can they…?" in German and English', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a drafted fix, its apply dialog and the verification read in German and English and keep their layout', async ({
    page,
    request,
  }, testInfo) => {
    const explain = new ExplainPage(page);
    await explain.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    await explain.errorText.fill(APP_LINE);
    await explain.choosePrincipal('User', 'ron');
    // The directory is dozens of reads; on a busy machine it takes a while.
    await expect(explain.fix.getByRole('button', { name: 'Apply this fix' })).toBeVisible({ timeout: 60_000 });

    await switchLanguage(page, 'de');
    await expect(explain.fix.getByText('Optionen mit geringstmöglichen Rechten (empfohlene zuerst)')).toBeVisible();
    await expect(explain.fix).toContainText(
      'CREATE_PROCESS_INSTANCE nur für Prozess invoice-approval – nicht *, das sie für alle Prozesse erteilen würde.',
    );
    await expectNoEnglish(page, FIX_ENGLISH, PASTED);
    await layoutEverywhere(page, testInfo, 'fix-drafted', explain.fix);

    await explain.fix.getByRole('button', { name: 'Korrektur anwenden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Diese Autorisierung anlegen?' });
    await expect(dialog).toContainText('Lantern sendet diese Anfrage an den Cluster');
    await expectNoEnglish(page, FIX_ENGLISH, PASTED);
    await layoutEverywhere(page, testInfo, 'fix-apply-dialog', dialog);
    await switchLanguage(page, 'en');
    await expect(page.getByRole('dialog', { name: 'Create this authorization?' })).toBeVisible();
    await expectNoGerman(page, GERMAN);
    await switchLanguage(page, 'de');

    try {
      await dialog.getByRole('button', { name: 'Anlegen und prüfen' }).click();
      const result = page.getByTestId('apply-result');
      await expect(result).toContainText(
        /^Autorisierung \d+ \(CREATE_PROCESS_INSTANCE für Benutzer ron\) als Sie angelegt\./,
      );
      await expect(page.getByTestId('verify-result')).toContainText(
        /Geprüft anhand der Autorisierungen des Clusters, erneut gelesen als Sie: Benutzer ron ist jetzt berechtigt\. Entscheidende Autorisierung \d+: CREATE_PROCESS_INSTANCE für Prozess invoice-approval \(direkt\)\./,
      );
      await expect(result).toContainText('Die verantwortliche Person wiederholt sie mit den eigenen Zugangsdaten');
      await expectNoEnglish(page, FIX_ENGLISH, PASTED);
      await layoutEverywhere(page, testInfo, 'fix-verified', explain.fix);

      await switchLanguage(page, 'en');
      await expect(result).toContainText(
        /^Created authorization \d+ \(CREATE_PROCESS_INSTANCE for user ron\) as you\./,
      );
      await expect(page.getByTestId('verify-result')).toContainText('user ron is now allowed');
      await expectNoGerman(page, GERMAN);
    } finally {
      await deleteRonsGrant(request);
    }
  });

  test('"Can they…?" single answer and matrix read in German and English and keep their layout', async ({
    page,
  }, testInfo) => {
    const simulator = new SimulatorPanel(page);
    await simulator.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    // The panel needs the directory, read after the access check: slow on a busy machine.
    await expect(simulator.panel).toBeVisible({ timeout: 90_000 });

    // ron may read but not start invoice-approval: denied, with the nearest miss.
    await simulator.choosePrincipal('User', 'ron');
    await simulator.chooseOperation('CREATE_PROCESS_INSTANCE', 'createProcessInstance');
    await simulator.field('Process id (BPMN process id)').fill('invoice-approval');
    await expect(simulator.verdict()).toHaveAttribute('data-verdict', 'denied');

    await switchLanguage(page, 'de');
    await expect(simulator.verdict()).toHaveText('verweigert');
    await expect(simulator.panel.getByLabel('Prozess-ID (BPMN-Prozess-ID)', { exact: true })).toHaveValue(
      'invoice-approval',
    );
    await expect(simulator.result).toContainText('Nächster Beinahe-Treffer:');
    await expectNoEnglish(page, SIMULATOR_ENGLISH);
    await simulator.panel.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    await layoutEverywhere(page, testInfo, 'simulator-single', simulator.panel);
    await switchLanguage(page, 'en');
    await expect(simulator.verdict()).toHaveText('denied');
    await expect(simulator.result).toContainText('Nearest miss:');
    await expectNoGerman(page, GERMAN);

    // The matrix: chosen in English, read in German.
    await simulator.matrixMode();
    for (const [search, label] of [
      ['ron', 'User ron'],
      ['worker-client', 'Client worker-client'],
    ] as const) {
      await simulator.pick('Find principals', search, label);
    }
    for (const [search, label] of [
      ['createProcessInstance', 'POST /process-instances — createProcessInstance'],
      ['searchProcessInstances', 'POST /process-instances/search — searchProcessInstances'],
    ] as const) {
      await simulator.pick('Find operations', search, label);
    }
    await simulator.matrix.getByRole('button', { name: 'Check 2 × 2' }).click();
    const table = simulator.matrix.getByRole('table');
    await expect(table.locator('[data-verdict]')).toHaveCount(4);

    await switchLanguage(page, 'de');
    await expect(simulator.matrix.getByRole('button', { name: 'CSV herunterladen' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Benutzer ron' })).toBeVisible();
    await expectNoEnglish(page, SIMULATOR_ENGLISH);
    // The CSV's headers follow the language; its verdicts stay as scripts read them.
    const { text } = await simulator.download(simulator.matrix.getByRole('button', { name: 'CSV herunterladen' }));
    expect(text.split('\r\n')[0]).toBe(
      'Principal-Typ,Principal-ID,POST /process-instances,POST /process-instances/search',
    );
    expect(text).toContain('USER,ron,denied,');
    await layoutEverywhere(page, testInfo, 'simulator-matrix', simulator.panel);

    await switchLanguage(page, 'en');
    await expect(table.getByRole('rowheader', { name: 'User ron' })).toBeVisible();
    await expectNoGerman(page, GERMAN);
  });
});
