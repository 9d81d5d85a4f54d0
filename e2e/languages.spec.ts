import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page.ts';
import { TopologyPage } from './pages/topology-page.ts';
import { seriousViolations } from './support/axe-scan.ts';
import { COMMON_ENGLISH, wordingOf, wordsIn } from './support/language-check.ts';

// The views translated so far (docs/decisions.md, "UI languages"): the shell, the cluster picker and
// the not-found page. With a German browser they speak German, the header switch changes the
// language in place, and the choice is remembered.
test.use({ locale: 'de-DE' });

/**
 * English words that have no business in a German view. Cluster texts (names, addresses, sign-in
 * hints from the server's configuration) and API names are left out of the text checked.
 */
const ENGLISH_WORDS = [
  'Choose',
  'Clusters',
  'Configured',
  'Loading',
  'Page',
  'found',
  'Theme',
  'Language',
  'Request',
  'Connect',
  'Open',
  'Checking',
  'shown',
  'sign-in',
  'Unreachable',
  'authentication',
  'Skip',
  'Who',
];

function englishWordsIn(text: string): string[] {
  return wordsIn(text, [...COMMON_ENGLISH, ...ENGLISH_WORDS]);
}

const picker = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('a German browser gets the shell, the cluster picker and the not-found page in German', async ({ page }) => {
  await page.goto('/');
  await expect(picker(page, 'Cluster')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Konfigurierte Cluster' }).getByRole('listitem')).not.toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  expect(englishWordsIn(await wordingOf(page))).toEqual([]);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  expect(englishWordsIn(await wordingOf(page))).toEqual([]);
});

test('the word check finds English: the same views in English show those words and no German', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('lantern.language', 'en'));
  await page.goto('/');
  await expect(picker(page, 'Clusters')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = await wordingOf(page);
  expect(englishWordsIn(text)).toContain('Choose');
  for (const german of ['Wählen', 'Konfigurierte', 'Sprache', 'Design', 'Verbinden', 'Anfrageprotokoll']) {
    expect(text).not.toContain(german);
  }
});

test('switching the language keeps the page and its state, follows <html lang> and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(picker(page, 'Cluster')).toBeVisible();
  // State the switch must not lose: the open request log drawer and the chosen theme.
  await page.getByRole('combobox', { name: 'Design' }).selectOption('dark');
  await page.getByRole('button', { name: 'Anfrageprotokoll', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Anfrageprotokoll', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');

  await expect(picker(page, 'Clusters')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Request log', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(new URL(page.url()).pathname).toBe('/');

  await page.reload();
  await expect(picker(page, 'Clusters')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`German at ${width} px in the ${theme} theme: axe clean, nothing overflows`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((t) => window.localStorage.setItem('lantern.theme', t), theme);
      for (const path of ['/', '/no/such/page']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('html')).toHaveClass(new RegExp(`cds--${theme === 'dark' ? 'g100' : 'g10'}`));
        expect(await seriousViolations(page)).toEqual([]);
        // Long German words must wrap, not push the page sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // The fixed header clips instead of scrolling: its last control must still be on screen.
        await expect(page.getByRole('button', { name: 'Anfrageprotokoll', exact: true })).toBeInViewport({ ratio: 1 });
        await page.screenshot({
          path: testInfo.outputPath(`de-${path === '/' ? 'clusters' : 'not-found'}-${width}-${theme}.png`),
          fullPage: true,
        });
      }
    });
  }
}

// Topology (issue 16, second slice): the degraded saas cluster's summary, facts, grid and legend.
const TOPOLOGY_ENGLISH = [
  'Summary',
  'Problems',
  'Partitions',
  'Brokers',
  'present',
  'healthy',
  'Unhealthy',
  'replicas',
  'Refresh',
  'Copy',
  'Warning',
  'Error',
  'Last',
  'Missing',
  'recovering',
];

async function openGermanTopology(page: Page): Promise<void> {
  await new TopologyPage(page).goto('saas');
  // The demo identity provider follows the browser's language too.
  const signIn = new SignInPage(page);
  await expect(signIn.stage('auth')).toHaveAttribute('data-verdict', /^(warn|fail|pass|skipped)$/);
  await signIn.startUserLogin();
  await page.getByLabel('Benutzername').fill('demo');
  await page.getByLabel('Passwort').fill('demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Topologie' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Probleme' }).getByRole('listitem').first()).toBeVisible();
}

test('the topology of a degraded cluster reads in German, counts and lists included', async ({ page }) => {
  await openGermanTopology(page);
  const problems = page.getByRole('list', { name: 'Probleme' }).getByRole('listitem');
  await expect(problems.first()).toContainText(
    'Partition 3 hat keinen gesunden Leader (kein Broker meldet einen Leader); sie verarbeitet nichts, bis ein Leader gewählt ist.',
  );
  await expect(problems.filter({ hasText: 'Partition 3 auf Broker 2 ist in Wiederherstellung.' })).toHaveCount(1);
  const grid = page.getByRole('table', { name: 'Broker und Partitionen' });
  await expect(grid.getByLabel('Partition 3 auf Broker 2: inaktiv, nicht gesund, in Wiederherstellung')).toContainText(
    'Inaktiv',
  );
  await expect(page.getByTestId('topology-updated')).toContainText('Zuletzt aktualisiert');
  expect(wordsIn(await wordingOf(page), [...COMMON_ENGLISH, ...ENGLISH_WORDS, ...TOPOLOGY_ENGLISH])).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`German topology at ${width} px in the ${theme} theme: axe clean, nothing overflows`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((t) => window.localStorage.setItem('lantern.theme', t), theme);
      await openGermanTopology(page);
      await expect(page.locator('html')).toHaveClass(new RegExp(`cds--${theme === 'dark' ? 'g100' : 'g10'}`));
      // Signed in, the header holds the most controls: every one of them whole on screen.
      for (const control of [
        page.getByRole('combobox', { name: 'Sprache' }),
        page.getByRole('combobox', { name: 'Design' }),
        page.getByRole('button', { name: 'Wer bin ich', exact: true }),
        page.getByRole('button', { name: 'Anfrageprotokoll', exact: true }),
      ]) {
        // Sideways only: the 3rem selects overlap the header's 1px bottom border by half a pixel.
        const box = await control.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      expect(await seriousViolations(page)).toEqual([]);
      // The grid scrolls inside its own wrapper; the page itself must not scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`de-topology-${width}-${theme}.png`), fullPage: true });
    });
  }
}
