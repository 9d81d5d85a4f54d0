import { expect, test, type Page } from '@playwright/test';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';
import { expectNoEnglish, expectNoGerman, expectSoundLayouts, switchLanguage } from './support/language-check.ts';

// The 403 diagnosis of a logged request in German and English (issue 16): ron, on helm (Basic,
// 8.9), is refused assigning a task; the request log's "Explain this 403" opens the diagnosis,
// which is switched to German in place — what was attempted, what was required, the deciding rule,
// the nearest misses, the fix section and the report buttons — then back to English, then laid out
// at 1280 and 375 px in both themes. One sign-in covers it all; nothing is applied, so no state
// changes on the demo cluster.

/** Distinctive English words of the diagnosis page's own texts: headings, labels, sentences, buttons. */
const DIAGNOSIS_ENGLISH = [
  'Why',
  'answered',
  'Explain',
  'another',
  'error',
  'attempted',
  'Request',
  'Meaning',
  'Task',
  'process',
  'caller',
  'sees',
  'Groups',
  'Roles',
  'Tenants',
  'none',
  'said',
  'required',
  'need',
  'every',
  'user',
  'task',
  'Permission',
  'Resource',
  'accepted',
  'looked',
  'named',
  'parameter',
  'checked',
  'first',
  'level',
  'Denied',
  'nothing',
  'grants',
  'Deciding',
  'rule',
  'Neither',
  'candidate',
  'assignee',
  'nobody',
  'Near',
  'misses',
  'needs',
  'via',
  'role',
  'direct',
  'fix',
  'Share',
  'Download',
  'report',
  'redacted',
  'Copy',
];

/** German words of the same texts, which the English view must not show. */
const DIAGNOSIS_GERMAN = [
  'Warum',
  'antwortete',
  'Zugriffsprüfung',
  'versucht',
  'Anfrage',
  'Bedeutung',
  'Aufgabe',
  'Prozess',
  'Gruppen',
  'Rollen',
  'Mandanten',
  'Antwort',
  'erforderlich',
  'benötigen',
  'Berechtigung',
  'Ressourcentyp',
  'genügt',
  'Ebene',
  'Ebenen',
  'Verweigert',
  'Entscheidende',
  'Regel',
  'Beinahe-Treffer',
  'benötigt',
  'über',
  'Rolle',
  'Korrektur',
  'Teilen',
  'Bericht',
  'herunterladen',
];

/** The diagnosis of ron's refused assignment, opened from the inline 403 callout (all in English). */
async function openRonsDiagnosis(page: Page): Promise<DiagnosisPage> {
  const queue = new UserTasksPage(page);
  const detail = new UserTaskDetailPage(page);
  await queue.goto('helm', 'assignee=%40unassigned');
  await signInBasic(page, 'ron', 'ron');
  await queue.rows.first().click();
  await expect(page).toHaveURL(/\/c\/helm\/tasks\/\d+/);
  // ron may read the grants, so Lantern disables the assignment up front; the cluster's own 403 is one click away.
  await page.getByRole('button', { name: 'Try anyway' }).first().click();
  await detail.assignTo.fill('ron');
  await detail.assignButton.click();
  const callout = page.getByTestId('forbidden-callout');
  await expect(callout).toContainText('UPDATE_USER_TASK');
  await callout.getByRole('link', { name: 'Explain this 403' }).click();
  await expect(page).toHaveURL(/\/c\/helm\/access\/requests\//);
  const diagnosis = new DiagnosisPage(page);
  await expect(diagnosis.have).toContainText('Denied: nothing grants UPDATE_USER_TASK');
  return diagnosis;
}

test("ron's refused assignment, diagnosed, reads in German and in English and keeps its layout at 1280 and 375 px", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const diagnosis = await openRonsDiagnosis(page);

  await switchLanguage(page, 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    /^Warum (GET|POST|PATCH|PUT) .+ mit 403 antwortete$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Was erforderlich war' })).toBeVisible();
  // What was required: API names as the API spells them, the sentence around them in German.
  await expect(diagnosis.explanation).toContainText(
    /Sie benötigen UPDATE_USER_TASK für Prozess .+ \(oder für alle Prozesse\) oder UPDATE für diese Benutzeraufgabe\./,
  );
  await expect(diagnosis.explanation).toContainText('Zuerst werden Berechtigungen auf Prozessebene geprüft');
  await expect(page.getByRole('table', { name: 'Erforderliche Berechtigungen (eine davon genügt)' })).toContainText(
    'PROCESS_DEFINITION',
  );
  // The cluster's own words stay English, marked as such.
  await expect(diagnosis.rawDetail).toHaveAttribute('lang', 'en');
  await expect(diagnosis.rawDetail).toContainText("Command 'ASSIGN' rejected with code 'FORBIDDEN'");
  // The verdict, the deciding rule (process level before task level) and the nearest misses.
  await expect(diagnosis.have).toContainText('Verweigert: Keine Autorisierung erteilt UPDATE_USER_TASK für Prozess');
  await expect(page.getByTestId('deciding-rule')).toContainText('Keine der beiden Ebenen erlaubt es');
  await expect(page.getByTestId('deciding-rule')).toContainText('zuständige Person der Aufgabe: niemand');
  await expect(diagnosis.have.getByRole('heading', { name: 'Beinahe-Treffer' })).toBeVisible();
  const nearMiss = diagnosis.have.getByRole('listitem').filter({ hasText: 'über Rolle readonly-admin' }).first();
  await expect(nearMiss).toContainText('benötigt wird aber UPDATE_USER_TASK');
  for (const heading of [
    'Was versucht wurde',
    'Der Aufrufer aus Sicht des Clusters',
    'Antwort des Clusters',
    'Was Sie haben',
    'Die Korrektur',
    'Teilen',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Bericht herunterladen (Markdown)' })).toBeVisible();
  // Folded texts (the per-owner options, assumptions) are read too.
  await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
  await expectNoEnglish(page, DIAGNOSIS_ENGLISH);

  // The downloaded report follows the UI language; its keys and the cluster's text do not.
  const report = JSON.parse(
    await diagnosis.download(page.getByRole('button', { name: 'Bericht herunterladen (JSON)' })),
  ) as {
    language: string;
    diagnosis: { sentence: string };
    request: { problem: { detail: string } };
  };
  expect(report.language).toBe('de');
  expect(report.diagnosis.sentence).toMatch(/^Sie benötigen UPDATE_USER_TASK/);
  expect(report.request.problem.detail).toContain("Command 'ASSIGN' rejected");

  await switchLanguage(page, 'en');
  await expect(diagnosis.explanation).toContainText(
    /You need UPDATE_USER_TASK on process .+ \(or on every process\), or UPDATE on this user task\./,
  );
  await expect(page.getByTestId('deciding-rule')).toContainText('Neither level grants it');
  await expectNoGerman(page, DIAGNOSIS_GERMAN);

  await switchLanguage(page, 'de');
  await expectSoundLayouts(page, testInfo, 'de-diagnosis');
});

/** Distinctive English words of the access page's "who may work on this task" panel. */
const TASK_ACCESS_ENGLISH = [
  'Candidate',
  'candidate',
  'users',
  'assignee',
  'nobody',
  'Evaluated',
  'stored',
  'memberships',
  'mapping',
  'rules',
  'token',
  'applied',
  'outside',
  'Why',
  'near',
  'miss',
  'misses',
  'Read',
  'Claim',
  'Complete',
  'user',
  'client',
];

// The access page's layout, this panel included, is checked by languages-access.spec.ts.
test('who may work on a task, on the access page, reads in German and in English', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/c/helm/access');
  await signInBasic(page, 'ron', 'ron');
  const panel = page.getByTestId('task-access-panel');
  // The panel waits for the directory, which the access check reads along with its probes.
  await expect(panel).toBeVisible({ timeout: 60_000 });
  await switchLanguage(page, 'de');
  const table = panel.getByRole('table', { name: 'Wer an dieser Aufgabe arbeiten darf' });
  await expect(table.getByRole('columnheader', { name: 'Sich zuweisen' })).toBeVisible();
  await expect(panel).toContainText('Ausgewertet aus den gespeicherten Mitgliedschaften');
  await panel.evaluate(`(p) => p.querySelectorAll('details').forEach((d) => { d.open = true; })`);
  await expect(table.getByRole('rowheader', { name: 'Benutzer ron' })).toBeVisible();
  // "Can they…?" above it is another area's (its own spec checks it).
  await expectNoEnglish(page, TASK_ACCESS_ENGLISH, ['#simulate']);

  await switchLanguage(page, 'en');
  await expect(panel.getByRole('rowheader', { name: 'user ron' })).toBeVisible();
  await expectNoGerman(
    page,
    ['Kandidatengruppen', 'Benutzer', 'Lesen', 'Abschließen', 'Warum', 'Beinahe-Treffer'],
    ['#simulate'],
  );
});
