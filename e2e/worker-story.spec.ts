import { demoAppClient } from '../demo/workers/start-demo-workers.ts';
import { LoginFormPage } from './pages/login-form-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { UserTasksPage } from './pages/user-tasks-page.ts';
import { expect, test } from './support/demo-worker.ts';

// The worker story (docs/scenarios.md, "Demo worker and app"): the demo app, a real client on
// Camunda's SDK, is refused CREATE_PROCESS_INSTANCE on the saas cluster and logs the SDK's 403;
// once the authorization exists it recovers by itself and the demo user sees new invoice tasks.
// The demo-worker fixture runs the app and worker with a short interval and resets saas after.
//
// The grant goes through the cluster's REST API as ops-client (the admin client): Lantern's
// "Apply this fix" creates the authorization for the principal signed in to Lantern, and the
// app's failed call is not one of Lantern's own requests, so there is no diagnosis to apply.

test.describe('worker story', () => {
  test('the demo app logs the SDK 403, recovers after the grant, and the demo user sees new invoice tasks', async ({
    page,
    demoWorker,
  }) => {
    test.setTimeout(90_000);
    const log = demoWorker.log;

    await demoWorker.start();
    await expect
      .poll(log, { timeout: 15_000 })
      .toContain(
        "[invoice-app] createProcessInstance(invoice-approval) refused: 403 FORBIDDEN — Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'",
      );

    const queue = new UserTasksPage(page);
    await queue.goto('saas', 'process=invoice-approval');
    await new SignInPage(page).startUserLogin();
    await new LoginFormPage(page).signIn('demo', 'demo');
    await expect(queue.heading).toBeVisible();
    await expect(queue.count).toContainText(/\d+ tasks?/);
    const tasksBefore = Number(
      /(\d[\d,]*) tasks?/.exec((await queue.count.textContent()) ?? '')![1]!.replace(/,/g, ''),
    );

    const created = await demoWorker.admin().createAuthorization({
      ownerId: demoAppClient.clientId,
      ownerType: 'CLIENT',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['CREATE_PROCESS_INSTANCE'],
    });
    demoWorker.deleteAfterTest(created.authorizationKey ?? null);

    // No restart: the same app and worker pick it up on their next attempts.
    await expect.poll(log, { timeout: 20_000 }).toContain('[invoice-app] recovered: started invoice-approval instance');
    await expect.poll(log, { timeout: 10_000 }).toContain('[invoice-worker] completed 1 check-invoice job');

    await expect
      .poll(
        async () => {
          await page.reload();
          // Read the count once the reloaded queue has answered, not the loading line before it.
          await expect(queue.count).toContainText(/\d+ tasks?/, { timeout: 10_000 });
          const text = (await queue.count.textContent()) ?? '';
          const match = /(\d[\d,]*) tasks?/.exec(text);
          return match ? Number(match[1]!.replace(/,/g, '')) : -1;
        },
        { timeout: 30_000, intervals: [1000] },
      )
      .toBeGreaterThan(tasksBefore);
    await expect(queue.row('Review invoice').first()).toBeVisible();
  });
});
