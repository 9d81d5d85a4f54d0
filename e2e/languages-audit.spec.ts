import { expect, test, type Page } from '@playwright/test';
import { AuditPage } from './pages/audit-page.ts';
import { signInOidc } from './pages/topology-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';
import {
  chooseTheme,
  expectNoEnglish,
  expectNoGerman,
  expectSoundLayout,
  switchLanguage,
} from './support/language-check.ts';

// The authorization audit in German and English (issue 16): on helm (Basic, 8.9: findings of every
// kind the demo seeds, readiness to 8.10) and on saas (OIDC, 8.10: nothing newer to upgrade to),
// with the findings, the readiness and the comparison of two principals shown. Signed in with the
// English page objects, then switched in place; one sign-in per cluster covers words and layout.

/** Distinctive English words of the audit's own texts: headings, labels, buttons, sentences. */
const AUDIT_ENGLISH = [
  'Authorization',
  'audit',
  'Findings',
  'Every',
  'every',
  'authorization',
  'authorizations',
  'readiness',
  'Compare',
  'principal',
  'principals',
  'grant',
  'grants',
  'Fix',
  'Delete',
  'Create',
  'Apply',
  'Owner',
  'Resource',
  'Permissions',
  'Target',
  'Nobody',
  'Only',
  'Both',
  'allowed',
  'denied',
  'Review',
  'script',
  'members',
  'user',
  'role',
  'group',
  'process',
  'tasks',
  'rules',
  'may',
  'already',
  'Nothing',
  'high',
  'medium',
  'low',
  'Affected',
];

/** German words of the same texts, which the English view must not show. */
const AUDIT_GERMAN = [
  'Befunde',
  'Autorisierung',
  'Autorisierungen',
  'Korrektur',
  'Benutzer',
  'Rolle',
  'Gruppe',
  'Prozesse',
  'alle',
  'Zielversion',
  'Inhaber',
  'Berechtigungen',
  'Mitglieder',
  'niemand',
];

async function openAudit(page: Page, clusterId: 'helm' | 'saas'): Promise<AuditPage> {
  const audit = new AuditPage(page);
  await audit.goto(clusterId);
  if (clusterId === 'helm') await signInBasic(page, 'demo', 'demo');
  else await signInOidc(page, 'demo', 'demo');
  await expect(audit.heading).toBeVisible({ timeout: 30_000 });
  // The whole directory is read and audited first; on a busy machine that takes a while.
  await expect(audit.findings.first()).toBeVisible({ timeout: 60_000 });
  await expect(audit.compareResult).toBeVisible();
  return audit;
}

for (const clusterId of ['helm', 'saas'] as const) {
  test(`the audit on ${clusterId} reads in German and in English, and keeps its layout at 1280 and 375 px`, async ({
    page,
  }, testInfo) => {
    // Sign-in, the whole audit, two languages and four layouts in one test: one sign-in is cheaper.
    test.setTimeout(240_000);
    const audit = await openAudit(page, clusterId);
    await switchLanguage(page, 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Autorisierungs-Audit' })).toBeVisible();
    if (clusterId === 'helm') {
      await expect(audit.readinessResult.getByRole('status')).toHaveText(
        /^Mit den heutigen Autorisierungen ändert sich von 8\.9 auf 8\.10 für niemanden etwas \(\d+ Principals verglichen\)\.$/,
        { timeout: 30_000 },
      );
      await expect(
        audit.findingsOf('orphaned-owner').getByRole('heading', { name: 'Benutzer anna@example.com existiert nicht' }),
      ).toBeVisible();
      // The confirmation dialog of a fix, in German too.
      await audit.findingsOf('orphaned-owner').getByRole('button', { name: 'Korrektur anwenden …' }).click();
      const dialog = page.getByRole('dialog', { name: 'Diese Korrektur anwenden?' });
      await expect(dialog.getByRole('button', { name: 'Anfragen senden' })).toBeVisible();
      await expectNoEnglish(page, AUDIT_ENGLISH);
      await dialog.getByRole('button', { name: 'Abbrechen' }).click();
      await expect(dialog).toBeHidden();
    } else {
      await expect(page.getByText(/^Dieser Cluster läuft mit 8\.10, der neuesten Version/)).toBeVisible();
    }
    await expectNoEnglish(page, AUDIT_ENGLISH);

    await switchLanguage(page, 'en');
    await expect(audit.heading).toBeVisible();
    await expectNoGerman(page, AUDIT_GERMAN);

    await switchLanguage(page, 'de');
    // Every folded part open, so nothing long hides from the layout check.
    await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    for (const theme of ['light', 'dark'] as const) {
      await chooseTheme(page, theme);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await expectSoundLayout(page, testInfo, `de-audit-${clusterId}-${width}-${theme}`);
        // The full page is too tall to read at a glance: each section on its own, for a person to look at.
        for (const section of ['findings', 'readiness', 'compare']) {
          await page.locator(`#${section}`).screenshot({
            path: testInfo.outputPath(`de-audit-${clusterId}-${section}-${width}-${theme}.png`),
          });
        }
      }
    }
  });
}
