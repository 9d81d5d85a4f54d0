import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './support/axe-scan.ts';
import { ExplainPage } from './pages/explain-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { signInBasic, UserTasksPage } from './pages/user-tasks-page.ts';
import { e2ePorts } from './support/ports.ts';
import { clientCredentialsToken } from './support/tokens.ts';

// Issue 13 on the demo `helm` cluster (Basic auth, 8.9): an error from somewhere else is pasted,
// explained for the principal who got it, and shared with an administrator by link.

const helm = `http://localhost:${e2ePorts().helm}`;
const demoAuth = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };

// The demo app's log line as demo/workers/demo-app.ts writes it (there on saas, for its client).
const APP_LINE =
  "2026-11-29T23:48:14.063Z [invoice-app] createProcessInstance(invoice-approval) refused: 403 FORBIDDEN — Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";

// `curl -v` of anna's refused assignment: it names the caller (a Basic header) and the request.
function curlAssignment(key: string): string {
  return [
    "* Server auth using Basic with user 'anna'",
    `> POST /v2/user-tasks/${key}/assignment HTTP/1.1`,
    '> Host: localhost:8080',
    `> Authorization: Basic ${Buffer.from('anna:anna').toString('base64')}`,
    '> content-type: application/json',
    '>',
    '< HTTP/1.1 403 Forbidden',
    '< Content-Type: application/problem+json',
    '<',
    JSON.stringify({
      type: 'about:blank',
      title: 'FORBIDDEN',
      status: 403,
      detail: `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${key}]'`,
      instance: `/v2/user-tasks/${key}/assignment`,
    }),
  ].join('\n');
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

test.describe('Explain an error', () => {
  test('demo pastes the app’s SDK 403, picks the principal and sees the missing permission with provenance; a new paste shows only its own diagnosis', async ({
    page,
    request,
  }) => {
    const explain = new ExplainPage(page);
    await explain.goto('helm');
    await signInBasic(page, 'demo', 'demo');
    await explain.errorText.fill(APP_LINE);

    await expect(explain.fact('Status')).toHaveText('403');
    await expect(explain.fact('Detail')).toContainText(
      "operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'",
    );
    await expect(explain.fact('Request')).toContainText('createProcessInstance');
    // No path in a log line: the operation is offered from the catalogue, the named one chosen.
    await expect(explain.operations.getByRole('radio', { name: /createProcessInstance/ })).toBeChecked();
    await expect(explain.explanation).toContainText('POST /v2/process-instances');
    await expect(explain.requirements.getByRole('row').filter({ hasText: 'PROCESS_DEFINITION' })).toContainText(
      'CREATE_PROCESS_INSTANCE',
    );

    // ron reads everything through his role, but may not start instances: the near miss says so.
    await explain.choosePrincipal('User', 'ron');
    await expect(explain.have).toContainText('What user ron has');
    // The directory is dozens of reads; on a busy machine it takes a while.
    await expect(explain.have).toContainText('CREATE_PROCESS_INSTANCE', { timeout: 45_000 });
    await expect(explain.have).toContainText('via role readonly-admin');
    await expect(explain.fix).toContainText('ron');
    await shoot(page, 'explain-app-line-ron');

    // Another paste is another diagnosis: nothing of ron's is left, the caller the text names is chosen.
    const key = await invoiceTaskKey(request);
    await explain.errorText.fill(curlAssignment(key));
    await expect(explain.fact('Request')).toHaveText(`POST /v2/user-tasks/${key}/assignment`);
    await expect(explain.principalId).toHaveValue('anna');
    await expect(explain.have).toContainText('What user anna has');
    await expect(explain.have).not.toContainText('ron');
    await expect(explain.explanation).toContainText('UPDATE_USER_TASK');
    await expect(explain.explanation).not.toContainText('CREATE_PROCESS_INSTANCE');
    // The pasted Basic credential goes nowhere: not into what was read, not into the share link.
    const basic = Buffer.from('anna:anna').toString('base64');
    await expect(explain.extracted).not.toContainText(basic);
    await expect(explain.shareLink).toHaveValue(/#f=/);
    const fragment = new URL(await explain.shareLink.inputValue()).hash.replace('#f=', '');
    const shared = Buffer.from(fragment, 'base64url').toString('utf8');
    expect(shared).toContain(`/v2/user-tasks/${key}/assignment`);
    expect(shared).not.toContain(basic);
    expect(shared).not.toContain('anna:anna');
    await shoot(page, 'explain-curl-anna');
    await expectAccessibleInBothThemes(page, 'explain page');
  });

  test('nina cannot read authorizations: she shares the link, and demo opening it sees the whole explanation', async ({
    page,
    browser,
  }) => {
    const explain = new ExplainPage(page);
    await explain.goto('helm');
    await signInBasic(page, 'nina', 'nina');
    await explain.errorText.fill(APP_LINE);
    await explain.choosePrincipal('Client', 'reporting-client');
    await expect(explain.noVisibility).toContainText('You cannot read this cluster', { timeout: 45_000 });
    await expect(explain.shareLink).toHaveValue(/\/c\/helm\/access\/explain#f=/);
    const link = await explain.shareLink.inputValue();
    expect(link).not.toContain('nina');
    await shoot(page, 'explain-nina-no-visibility');

    const admin = await browser.newContext();
    try {
      const adminPage = await admin.newPage();
      const shared = new ExplainPage(adminPage);
      await adminPage.goto(link);
      await signInBasic(adminPage, 'demo', 'demo');
      await expect(shared.sharedNotice).toContainText('Opened from a link');
      await expect(shared.errorText).toHaveCount(0);
      await expect(shared.fact('Status')).toHaveText('403');
      await expect(shared.principalId).toHaveValue('reporting-client');
      await expect(shared.have).toContainText('What client reporting-client has');
      await expect(shared.have).toContainText('CREATE_PROCESS_INSTANCE', { timeout: 45_000 });
      await expect(shared.noVisibility).toHaveCount(0);
      await expect(shared.fix).toContainText('reporting-client');
      await shoot(adminPage, 'explain-shared-as-demo');
    } finally {
      await admin.close();
    }
  });

  test('ron is refused an assignment; the link from his request diagnosis shows demo the same request, for ron, with demo’s view', async ({
    page,
    browser,
  }) => {
    const queue = new UserTasksPage(page);
    const detail = new UserTaskDetailPage(page);
    await queue.goto('helm', 'assignee=%40unassigned');
    await signInBasic(page, 'ron', 'ron');
    await queue.rows.first().click();
    await expect(page).toHaveURL(/\/c\/helm\/tasks\/\d+/);
    const key = /\/tasks\/(\d+)/.exec(page.url())?.[1] ?? '';
    await detail.assignTo.fill('ron');
    await detail.assignButton.click();
    await page.getByTestId('forbidden-callout').getByRole('link', { name: 'Explain this 403' }).click();
    await expect(page).toHaveURL(/\/c\/helm\/access\/requests\//);
    await expect(page.getByText('An administrator can open this diagnosis')).toHaveCount(0);
    const ownShare = new ExplainPage(page);
    await expect(ownShare.shareLink).toHaveValue(/#f=/);
    const link = await ownShare.shareLink.inputValue();
    const carried = Buffer.from(new URL(link).hash.replace('#f=', ''), 'base64url').toString('utf8');
    expect(carried).not.toContain(Buffer.from('ron:ron').toString('base64'));
    expect(carried).not.toContain('Authorization');
    await shoot(page, 'explain-request-share-ron');

    const admin = await browser.newContext();
    try {
      const adminPage = await admin.newPage();
      const shared = new ExplainPage(adminPage);
      await adminPage.goto(link);
      await signInBasic(adminPage, 'demo', 'demo');
      await expect(shared.sharedNotice).toContainText('Opened from a link');
      await expect(shared.fact('Request')).toHaveText(`POST /v2/user-tasks/${key}/assignment`);
      // The path says which call it was: nothing to pick.
      await expect(shared.operations).toHaveCount(0);
      await expect(shared.principalId).toHaveValue('ron');
      await expect(shared.explanation).toContainText('UPDATE_USER_TASK');
      await expect(shared.have).toContainText('What user ron has');
      await expect(shared.have).toContainText('via role readonly-admin', { timeout: 45_000 });
      await shoot(adminPage, 'explain-request-share-opened-by-demo');
    } finally {
      await admin.close();
    }
  });

  test('on an unprotected cluster the page says that nothing is checked there instead of asking for whom', async ({
    page,
  }) => {
    const explain = new ExplainPage(page);
    await explain.goto('c8run');
    await explain.errorText.fill(APP_LINE);
    await expect(explain.fact('Status')).toHaveText('403');
    await expect(page.getByTestId('explain-unprotected')).toContainText('unprotected');
    await expect(page.getByRole('heading', { name: 'For whom' })).toHaveCount(0);
    await expect(explain.have).toHaveCount(0);
  });

  test('a damaged link says so and leaves the paste box', async ({ page }) => {
    const explain = new ExplainPage(page);
    await explain.goto('helm', '#f=eyJ2IjoxLCJjbHVzdGVySWQiOg');
    await signInBasic(page, 'demo', 'demo');
    await expect(explain.linkError).toContainText('This diagnosis link cannot be opened.');
    await expect(explain.linkError).toContainText('The link is damaged');
    await expect(explain.errorText).toBeVisible();

    // Text Lantern does not recognise is quoted back as text, never as markup.
    await explain.errorText.fill('<img src=x onerror="window.pwned=1"> something went wrong (HTTP 500)');
    await expect(explain.unrecognised).toContainText('does not recognise');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await shoot(page, 'explain-damaged-link');
  });

  test('on saas (OIDC) a pasted token picks its client, and the token is in no address, link or element afterwards', async ({
    page,
  }) => {
    const explain = new ExplainPage(page);
    await explain.goto('saas');
    await new SignInPage(page).signInClientCredentials('ops-client', 'ops-secret');
    await expect(page).toHaveURL(/\/c\/saas\/access\/explain$/);
    await explain.errorText.fill(APP_LINE);
    await expect(explain.fact('Title')).toHaveText('FORBIDDEN');

    // The header sits one page gap (1.5rem) above the first section, without the shell's lead margin on top.
    const gap = await page.evaluate(() => {
      const lead = document.querySelector('.diagnosis-page .lantern-page__lead');
      const next = lead?.parentElement?.nextElementSibling;
      return lead && next ? next.getBoundingClientRect().top - lead.getBoundingClientRect().bottom : -1;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(25);

    const token = await clientCredentialsToken('invoice-app', 'invoice-app-secret');
    const picker = page.getByTestId('principal-picker');
    await picker.getByText('Or paste the principal’s token').click();
    const tokenField = picker.getByLabel('The principal’s access token (JWT)');
    await tokenField.fill(token);
    await expect(picker.getByRole('status')).toHaveText('The token resolves to Client invoice-app.');
    await expect(explain.principalType).toHaveValue('CLIENT');
    await expect(explain.principalId).toHaveValue('invoice-app');
    await expect(explain.have).toContainText('What client invoice-app has');
    await expect(explain.shareLink).toHaveValue(/#f=/);
    await shoot(page, 'explain-saas-token');

    // Neither the token nor its signature or payload part is kept anywhere the page shows or shares.
    const [, payload = '', signature = ''] = token.split('.');
    await expect(tokenField).toHaveValue('');
    const link = await explain.shareLink.inputValue();
    const carried = Buffer.from(new URL(link).hash.replace('#f=', ''), 'base64url').toString('utf8');
    const html = await page.content();
    for (const part of [token, payload, signature]) {
      expect(page.url()).not.toContain(part);
      expect(link).not.toContain(part);
      expect(carried).not.toContain(part);
      expect(html).not.toContain(part);
    }
    expect(carried).toContain('"invoice-app"');
  });
});

/** An open invoice-approval task of the seeded helm cluster, read as demo straight from the cluster. */
async function invoiceTaskKey(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${helm}/v2/user-tasks/search`, {
    headers: demoAuth,
    data: { filter: { processDefinitionId: 'invoice-approval', state: 'CREATED' }, page: { limit: 1 } },
  });
  expect(response.status()).toBe(200);
  const key = ((await response.json()) as { items: { userTaskKey: string }[] }).items[0]?.userTaskKey;
  expect(key).toBeTruthy();
  return key ?? '';
}
