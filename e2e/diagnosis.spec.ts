import { expect, test, type APIRequestContext } from '@playwright/test';
import { e2ePorts } from './support/ports.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { UserTaskDetailPage } from './pages/user-task-detail-page.ts';
import { UserTasksPage, signInBasic } from './pages/user-tasks-page.ts';

// Stories of issue 6 on the demo `helm` cluster (Basic auth, 8.9). Direct calls to the demo
// cluster (as `demo`) only read facts and undo what a story changed, so later specs see the
// scenario as seeded.
const helm = `http://localhost:${e2ePorts().helm}`;
const demoAuth = { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` };
const DEMO_SECRETS = ['demo:demo', 'anna:anna', 'ron:ron', 'nina:nina', 'worker-secret', 'ops-secret'];

async function taskProcessId(request: APIRequestContext, key: string): Promise<string> {
  const response = await request.get(`${helm}/v2/user-tasks/${key}`, { headers: demoAuth });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { processDefinitionId: string }).processDefinitionId;
}

test.describe('403 diagnosis', () => {
  test('ron is refused an assignment; the diagnosis names the process-level and task-level permissions; demo applies the fix and the retry succeeds; the report holds no secret', async ({
    page,
    request,
  }) => {
    const queue = new UserTasksPage(page);
    const detail = new UserTaskDetailPage(page);
    const diagnosis = new DiagnosisPage(page);

    await queue.goto('helm', 'assignee=%40unassigned');
    await signInBasic(page, 'ron', 'ron');
    await queue.rows.first().click();
    await expect(page).toHaveURL(/\/c\/helm\/tasks\/\d+/);
    const key = /\/tasks\/(\d+)/.exec(page.url())?.[1] ?? '';
    const processId = await taskProcessId(request, key);

    await detail.assignTo.fill('ron');
    await detail.assignButton.click();
    const callout = page.getByTestId('forbidden-callout');
    await expect(callout).toContainText('UPDATE_USER_TASK');
    await callout.getByRole('link', { name: 'Explain this 403' }).click();
    await expect(page).toHaveURL(/\/c\/helm\/access\/requests\//);

    // The explanation: UPDATE_USER_TASK on PROCESS_DEFINITION <process id>, or UPDATE on the USER_TASK.
    await expect(diagnosis.explanation).toContainText(
      `You need UPDATE_USER_TASK on process ${processId} (or on every process), or UPDATE on this user task.`,
    );
    const rows = diagnosis.requirements.getByRole('row');
    await expect(rows.filter({ hasText: 'PROCESS_DEFINITION' })).toContainText('UPDATE_USER_TASK');
    await expect(rows.filter({ hasText: 'PROCESS_DEFINITION' })).toContainText(processId);
    await expect(rows.filter({ hasText: 'USER_TASK' }).filter({ hasText: key })).toContainText('UPDATE');
    await expect(diagnosis.explanation).toContainText('Process-level permissions are checked first');
    await expect(diagnosis.rawDetail).toContainText("Command 'ASSIGN' rejected with code 'FORBIDDEN'");

    // The recommended fix: the narrowest process-level grant, for ron.
    await expect(diagnosis.snippet).toContainText(
      `"ownerId": "ron",\n  "ownerType": "USER",\n  "resourceType": "PROCESS_DEFINITION",\n  "resourceId": "${processId}",\n  "permissionTypes": [\n    "UPDATE_USER_TASK"\n  ]`,
    );
    await diagnosis.format('curl').click();
    await expect(diagnosis.snippet).toContainText("-u '<username>:<password>'");

    // The exported report: useful, and without any secret.
    for (const button of [diagnosis.downloadMarkdown, diagnosis.downloadJson]) {
      const text = await diagnosis.download(button);
      expect(text).toContain('UPDATE_USER_TASK');
      expect(text).toContain(processId);
      for (const secret of DEMO_SECRETS) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(Buffer.from(secret).toString('base64'));
      }
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
      expect(text).not.toMatch(/Basic [A-Za-z0-9+/]{6,}/);
    }

    // What ron has (from the authorization data, which ron may read): the near miss of his read-only role.
    await expect(diagnosis.have).toContainText('Denied: nothing grants UPDATE_USER_TASK');
    const nearMiss = diagnosis.have.getByRole('listitem').filter({ hasText: 'via role readonly-admin' }).first();
    await expect(nearMiss).toContainText('READ_USER_TASK');
    await expect(nearMiss).toContainText('but this needs UPDATE_USER_TASK');

    // ron may not create authorizations; demo signs for this one request.
    await diagnosis.applyFix.click();
    await expect(diagnosis.dialog).toBeVisible();
    await expect(diagnosis.dialog).toContainText('ron may not create authorizations');
    await diagnosis.adminUsername.fill('demo');
    await diagnosis.adminPassword.fill('demo');
    await diagnosis.confirmApply.click();
    await expect(diagnosis.applyResult).toContainText('the request now succeeds');
    const authorizationKey = (await diagnosis.applyResult.locator('code').first().textContent()) ?? '';
    expect(authorizationKey).toMatch(/^\d+$/);

    const task = await request.get(`${helm}/v2/user-tasks/${key}`, { headers: demoAuth });
    expect(((await task.json()) as { assignee: string | null }).assignee).toBe('ron');

    // Undo: the grant and the assignment, so the seeded scenario holds for other specs.
    expect(
      (await request.delete(`${helm}/v2/authorizations/${authorizationKey}`, { headers: demoAuth })).status(),
    ).toBe(204);
    expect((await request.delete(`${helm}/v2/user-tasks/${key}/assignee`, { headers: demoAuth })).status()).toBe(204);
  });
});
