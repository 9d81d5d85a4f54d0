import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';
import { expectAccessibleInBothThemes, setTheme } from './support/axe-scan.ts';
import { e2ePorts } from './support/ports.ts';

// Issue 15: a linked Camunda Form rendered by the bpmn.io viewer on the demo c8run cluster (8.8,
// no authentication). The seeded "Review invoice" task of anna carries two invoice line items;
// its form hides the rejection reason unless the decision is "reject", lists the line items
// dynamically and checks their total against the amount. The test completes that task, so it
// reads the cluster directly afterwards to prove what was stored.
const c8run = `http://localhost:${e2ePorts().c8run}`;

interface SearchedVariable {
  name: string;
  value: string;
}

async function seededInvoiceTask(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${c8run}/v2/user-tasks/search`, {
    data: { filter: { elementId: 'review-invoice', assignee: 'anna', state: 'CREATED' }, page: { limit: 100 } },
  });
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { userTaskKey: string }[] };
  // Generated tasks share the element and the assignee; the seeded one is invoice INV-2025-00420.
  for (const { userTaskKey } of items) {
    if ((await variablesOf(request, userTaskKey)).invoiceNumber === 'INV-2025-00420') return userTaskKey;
  }
  throw new Error('c8run has no open seeded Review invoice task of anna (INV-2025-00420)');
}

async function variablesOf(request: APIRequestContext, key: string): Promise<Record<string, unknown>> {
  const response = await request.post(`${c8run}/v2/user-tasks/${key}/variables/search`, {
    data: { page: { limit: 100 } },
  });
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: SearchedVariable[] };
  return Object.fromEntries(items.map((v) => [v.name, JSON.parse(v.value) as unknown]));
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR ?? test.info().outputPath();
  mkdirSync(dir, { recursive: true });
  // A tall viewport instead of fullPage: the sticky header would otherwise be stamped mid-page.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.screenshot({ path: `${dir}/${name}.png`, animations: 'disabled' });
  if (viewport) await page.setViewportSize(viewport);
}

test('the invoice form: conditions follow the typing, invalid input is refused, the completion stores the entered data', async ({
  page,
  request,
}) => {
  const key = await seededInvoiceTask(request);
  const completions: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/v2/user-tasks/${key}/completion`))
      completions.push(r.postData() ?? '');
  });
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });

  await page.goto(`/c/c8run/tasks/${key}`);
  const detail = new UserTaskDetailPage(page);
  const form = page.getByRole('form', { name: 'Task form' });
  // Templated text and prefilled fields from the task's variables.
  await expect(form.getByRole('heading', { name: 'Review invoice INV-2025-00420' })).toBeVisible();
  await expect(form.getByText('Cyberdyne Systems asks for 18250 EUR, requested by john.')).toBeVisible();
  await expect(form.getByLabel('Amount')).toHaveValue('18250');
  const descriptions = form.getByLabel('Description');
  await expect(descriptions).toHaveCount(2);
  await expect(descriptions.nth(0)).toHaveValue('Server rack');
  await expect(form.getByLabel('Unit price').nth(1)).toHaveValue('125');
  // The licence's mark is there.
  await expect(page.getByRole('link', { name: 'Powered by bpmn.io' })).toBeVisible();

  // The FEEL condition: the reason appears only for a rejection.
  const reason = form.getByLabel(/^Reason for the rejection/);
  await expect(reason).toHaveCount(0);
  await form.getByLabel('Reject').check();
  await expect(reason).toBeVisible();
  await form.getByLabel('Approve').check();
  await expect(reason).toHaveCount(0);
  await form.getByLabel('Reject').check();

  // Invalid input is refused: nothing is sent, the errors stay on the form, the first one has the focus.
  await detail.completeButton.click();
  await expect(form.getByText('Field is required.')).toHaveCount(2);
  await expect(reason).toBeFocused();
  await reason.fill('Too short');
  await detail.completeButton.click();
  await expect(form.getByText('Field must have minimum length of 10.')).toBeVisible();
  expect(completions).toEqual([]);

  // The dynamic list: a third line item; the total no longer matches the amount, and says so.
  const mismatch = form.getByText(/^The line items add up to/);
  await expect(mismatch).toHaveCount(0);
  await form.getByRole('button', { name: 'Add new' }).click();
  await expect(descriptions).toHaveCount(3);
  await descriptions.nth(2).fill('Cable trays');
  await form.getByLabel('Quantity').nth(2).fill('4');
  await form.getByLabel('Unit price').nth(2).fill('50');
  await expect(mismatch).toHaveText('The line items add up to 18450, not the invoiced 18250.');
  await form.getByLabel('Amount').fill('18450');
  await expect(mismatch).toHaveCount(0);

  // By keyboard: the cost center's list opens on focus, arrows move, Enter picks.
  const costCenter = form.getByLabel('Cost center');
  await costCenter.focus();
  // The viewer's list (no ARIA role of its own) listens for the arrows once it is open.
  await expect(form.locator('.fjs-dropdownlist')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(costCenter).toHaveValue('IT (4300)');
  await reason.fill('Billed twice for the rack installation.');

  await setTheme(page, 'dark');
  await shoot(page, 'forms-invoice-dark');
  await setTheme(page, 'light');
  await shoot(page, 'forms-invoice-light');
  await expectAccessibleInBothThemes(page, 'task detail with the invoice form');
  expect(cspViolations).toEqual([]);

  await detail.completeButton.click();
  await expect(new UserTasksPage(page).heading).toBeVisible();
  expect(completions).toHaveLength(1);

  // The cluster holds what was entered.
  const task = await request.get(`${c8run}/v2/user-tasks/${key}`);
  expect(((await task.json()) as { state: string }).state).toBe('COMPLETED');
  const stored = await variablesOf(request, key);
  expect(stored).toMatchObject({
    amount: 18450,
    costCenter: '4300',
    decision: 'reject',
    rejectionReason: 'Billed twice for the rack installation.',
    lineItemsTotal: 18450,
    lineItems: [
      { description: 'Server rack', quantity: 1, unitPrice: 14250 },
      { description: 'Installation (hours)', quantity: 32, unitPrice: 125 },
      { description: 'Cable trays', quantity: 4, unitPrice: 50 },
    ],
  });
});

test('ron, who may read but not complete tasks on helm, sees Complete disabled with the reason, and the form still shown', async ({
  page,
}) => {
  const queue = new UserTasksPage(page);
  await queue.goto('helm', 'processDefinitionId=invoice-approval&assignee=%40unassigned');
  await signInBasic(page, 'ron', 'ron');
  await queue.row('Review invoice').first().click();
  const detail = new UserTaskDetailPage(page);
  await expect(page.getByRole('form', { name: 'Task form' }).getByLabel('Amount')).toBeVisible();
  const note = page.getByTestId('permission-gate-reason').filter({ hasText: 'Complete task: not permitted.' });
  await expect(note).toContainText('COMPLETE_USER_TASK');
  await expect(detail.completeButton).toBeDisabled();
  await expect(detail.completeButton).toHaveAccessibleDescription(/^Complete task: not permitted\./);
  await note.getByRole('button', { name: 'Try anyway' }).click();
  await expect(note).toHaveCount(0);
  await expect(detail.completeButton).toBeEnabled();
});

test('the expense claim: a form embedded in the BPMN is read from the process XML and completes the task; a task without a form does not load the viewer', async ({
  page,
  request,
}) => {
  const viewerChunks: string[] = [];
  page.on('request', (r) => {
    if (/camunda-form-viewer[^/]*\.js$/.test(r.url())) viewerChunks.push(r.url());
  });

  // A task without a form: completed as JSON, and the viewer's chunk is never fetched.
  const approvals = await request.post(`${c8run}/v2/user-tasks/search`, {
    data: { filter: { elementId: 'approve-invoice', state: 'CREATED' }, page: { limit: 1 } },
  });
  const [approval] = ((await approvals.json()) as { items: { userTaskKey: string }[] }).items;
  expect(approval).toBeDefined();
  await page.goto(`/c/c8run/tasks/${approval!.userTaskKey}`);
  await expect(page.getByText('No linked form: complete with variables as JSON.')).toBeVisible();
  expect(viewerChunks).toEqual([]);

  const search = await request.post(`${c8run}/v2/user-tasks/search`, {
    data: { filter: { elementId: 'check-expense', state: 'CREATED' }, page: { limit: 1 } },
  });
  const [expense] = ((await search.json()) as { items: { userTaskKey: string; formKey?: string | null }[] }).items;
  expect(expense).toBeDefined();
  const key = expense!.userTaskKey;
  // The API names no form: the reference is in the BPMN only.
  expect(expense!.formKey ?? null).toBeNull();
  const completions: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/v2/user-tasks/${key}/completion`))
      completions.push(r.postData() ?? '');
  });

  await page.goto(`/c/c8run/tasks/${key}`);
  const detail = new UserTaskDetailPage(page);
  const form = page.getByRole('form', { name: 'Task form' });
  // Templated text (with the escaped ampersand) and the prefilled fields from the task's variables.
  await expect(form.getByRole('heading', { name: 'Expense EXP-2026-0117' })).toBeVisible();
  await expect(form.getByText('Check the receipt & the amount before approving.')).toBeVisible();
  await expect(form.getByLabel(/^Purpose/)).toHaveValue('Train to the Lyon customer workshop');
  await expect(form.getByLabel(/^Amount \(EUR\)/)).toHaveValue('186.4');
  expect(viewerChunks).toHaveLength(1);

  // The required checkbox is enforced by the viewer: nothing is sent yet.
  await detail.completeButton.click();
  await expect(form.getByText('Field is required.')).toBeVisible();
  expect(completions).toEqual([]);

  const note = form.getByLabel(/^Note for the claimant/);
  await note.fill('Approved: second class fare.');
  // The viewer takes typed text after a short debounce; checking the box gives it that moment.
  await form.getByLabel(/^Receipt checked/).check();
  await detail.completeButton.click();
  await expect(new UserTasksPage(page).heading).toBeVisible();
  expect(completions).toHaveLength(1);

  const task = await request.get(`${c8run}/v2/user-tasks/${key}`);
  expect(((await task.json()) as { state: string }).state).toBe('COMPLETED');
  expect(await variablesOf(request, key)).toMatchObject({
    purpose: 'Train to the Lyon customer workshop',
    amount: 186.4,
    receiptChecked: true,
    checkNote: 'Approved: second class fare.',
  });
});

test('a form field inside an input group (the number field of Check budget) shows the focus ring on itself', async ({
  page,
}) => {
  // The viewer rings only the group's wrapper and turns the input's own outline off; Lantern puts
  // the ring on the focused field (camunda-form.scss), which the keyboard walk requires.
  await page.goto('/c/c8run/tasks');
  await page
    .getByRole('link', { name: /Check budget/ })
    .first()
    .click();
  const totalPrice = page.locator('.fjs-form .fjs-input-group input').first();
  await expect(totalPrice).toBeVisible({ timeout: 20_000 });
  await totalPrice.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(totalPrice).toBeFocused();
  await expect(totalPrice).toHaveCSS('outline-style', 'solid');
  await expect(totalPrice).toHaveCSS('outline-width', '2px');
});
