import { expect, test, type APIRequestContext } from '@playwright/test';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage } from './pages/user-tasks-page.ts';
import { e2ePorts } from './support/ports.ts';
import {
  chooseTheme,
  expectNoEnglish,
  expectNoGerman,
  expectSoundLayouts,
  switchLanguage,
} from './support/language-check.ts';

// The user task views in German and English (issue 16) on c8run (8.8, no sign-in): the queue with
// its filters and saved views, a task with the invoice form, and a task without a form (variables,
// completion as JSON). Each view is opened in English, switched in place to German, checked for
// words and layout (1280 and 375 px, light and dark), then switched back and checked for German.
// Nothing is changed on the cluster: the tasks stay open for the other specs.
const c8run = `http://localhost:${e2ePorts().c8run}`;

/** Distinctive English words of the task views' own texts: headings, labels, buttons, sentences. */
const TASKS_ENGLISH = [
  'Tasks',
  'Task',
  'tasks',
  'task',
  'Filters',
  'filters',
  'Sort',
  'Order',
  'Descending',
  'Apply',
  'Reset',
  'Save',
  'views',
  'view',
  'Copy',
  'link',
  'Keyboard',
  'shortcuts',
  'Created',
  'Due',
  'Overdue',
  'Unassigned',
  'Assignee',
  'Candidate',
  'Priority',
  'Tenant',
  'Process',
  'Assignment',
  'Assign',
  'Unassign',
  'Variables',
  'Value',
  'Complete',
  'Change',
  'changes',
  'Back',
  'Edit',
  'Follow-up',
  'Custom',
  'headers',
  'Form',
  'linked',
  'none',
  'Times',
  'shown',
  'Loading',
];

/** German words of the same texts, which the English view must not show. */
const TASKS_GERMAN = [
  'Aufgaben',
  'Aufgabe',
  'Filter anwenden',
  'Sortierung',
  'Ansichten',
  'Erstellt',
  'Fällig',
  'Zuweisung',
  'zuweisen',
  'Variablen',
  'abschließen',
  'Priorität',
  'Mandant',
  'Kandidatengruppen',
  'vor',
  'gestern',
];

/** Cluster data (task, process and group names, form contents) is not Lantern's wording. */
const CLUSTER_DATA = ['.cluster-text', '.lantern-camunda-form'];

async function openTaskKey(request: APIRequestContext, elementId: string): Promise<string> {
  const response = await request.post(`${c8run}/v2/user-tasks/search`, {
    data: { filter: { elementId, state: 'CREATED' }, page: { limit: 1 } },
  });
  expect(response.status()).toBe(200);
  const [task] = ((await response.json()) as { items: { userTaskKey: string }[] }).items;
  if (!task) throw new Error(`c8run has no open ${elementId} task`);
  return task.userTaskKey;
}

test('the task queue with its filters reads in German, dates included, and in English, at 1280 and 375 px', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const queue = new UserTasksPage(page);
  await queue.goto('c8run');
  await expect(queue.heading).toBeVisible();
  await expect(queue.rows.first()).toBeVisible();
  // A filter applied, so the count names it, and a status in the saved views.
  await queue.assigneeMode.selectOption('unassigned');
  await queue.applyFilters.click();
  await expect(queue.count).toContainText('1 filter active');

  await switchLanguage(page, 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Aufgaben' })).toBeVisible();
  await expect(queue.count).toHaveText(/^(mehr als )?[\d.]+ Aufgaben? · 1 Filter aktiv$/);
  await expect(page.getByRole('button', { name: 'Filter anwenden' })).toBeVisible();
  await expect(page.getByTestId('task-position')).toHaveText(/^Aufgaben? 1(–[\d.]+)? von (mehr als )?[\d.]+$/);
  // Dates in German sentences, never the browser's language inside another one's.
  const row = await page.getByRole('list', { name: 'Aufgaben' }).getByRole('link').first().innerText();
  expect(row).toMatch(/Erstellt (vor|gestern|vorgestern|heute|jetzt)/);
  expect(row).not.toMatch(/Created|Due /);
  await page.getByRole('button', { name: 'Tastenkürzel (?)' }).click();
  const shortcuts = page.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(shortcuts.getByRole('cell', { name: 'Diese Tastenkürzel anzeigen' })).toBeVisible();
  await expectNoEnglish(page, TASKS_ENGLISH, CLUSTER_DATA);
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await expectNoEnglish(page, TASKS_ENGLISH, CLUSTER_DATA);
  await expectSoundLayouts(page, testInfo, 'de-tasks-queue');
  await chooseTheme(page, 'light');

  await switchLanguage(page, 'en');
  await expect(queue.heading).toBeVisible();
  await expect(queue.count).toContainText('1 filter active');
  expect(await queue.rows.first().innerText()).toMatch(/Created (\d+ \w+ ago|yesterday|now)/);
  await expectNoGerman(page, TASKS_GERMAN, CLUSTER_DATA);
});

test('a task with the invoice form reads in German and in English, at 1280 and 375 px', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const key = await openTaskKey(request, 'review-invoice');
  const detail = new UserTaskDetailPage(page);
  await page.goto(`/c/c8run/tasks/${key}`);
  await expect(page.getByRole('form', { name: 'Task form' }).getByLabel('Amount')).toBeVisible({ timeout: 20_000 });

  await switchLanguage(page, 'de');
  await expect(page.getByRole('heading', { level: 2, name: 'Zuweisung' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aufgabe abschließen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Als JSON bearbeiten' })).toBeVisible();
  // The viewer is not reloaded by the switch: the form (the cluster's own texts) stays as it is.
  await expect(page.getByRole('form', { name: 'Aufgabenformular' }).getByLabel('Amount')).toBeVisible();
  await expectNoEnglish(page, TASKS_ENGLISH, CLUSTER_DATA);
  await expectSoundLayouts(page, testInfo, 'de-tasks-form');
  await chooseTheme(page, 'light');

  await switchLanguage(page, 'en');
  await expect(detail.completeButton).toBeVisible();
  await expectNoGerman(page, TASKS_GERMAN, CLUSTER_DATA);
});

test('a task without a form (variables, completion as JSON) reads in German and in English, at 1280 and 375 px', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const key = await openTaskKey(request, 'approve-invoice');
  const detail = new UserTaskDetailPage(page);
  await page.goto(`/c/c8run/tasks/${key}`);
  await expect(page.getByText('No linked form: complete with variables as JSON.')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Value (JSON)' })).toBeVisible();
  // A refused editor text, so its error is checked too.
  await detail.variablesJson.fill('[1]');
  await detail.completeButton.click();
  await expect(page.getByText('Variables must be a JSON object')).toBeVisible();

  await switchLanguage(page, 'de');
  await expect(page.getByText('Kein verknüpftes Formular: Schließen Sie mit Variablen als JSON ab.')).toBeVisible();
  await expect(page.getByText('Die Variablen müssen ein JSON-Objekt sein, z. B. {"approved": true}.')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Wert (JSON)' })).toBeVisible();
  await expect(page.getByText(/^Zeiten werden in Ihrer Zeitzone angezeigt: /)).toBeVisible();
  await expectNoEnglish(page, TASKS_ENGLISH, CLUSTER_DATA);
  await expectSoundLayouts(page, testInfo, 'de-tasks-json');
  await chooseTheme(page, 'light');

  await switchLanguage(page, 'en');
  await expect(page.getByText('Variables must be a JSON object')).toBeVisible();
  await expectNoGerman(page, TASKS_GERMAN, CLUSTER_DATA);
});
