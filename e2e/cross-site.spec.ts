import { expect, test, type Page } from '@playwright/test';
import { clearFaults, injectFault } from './support/fault-control.ts';
import { e2ePorts } from './support/ports.ts';

// Cross-site request forgery as a real browser sends it: a page of another site (served here by
// request interception at http://attacker.test) submits a form to Lantern and to a demo cluster's
// control API. Chromium marks such a request `Sec-Fetch-Site: cross-site` with the attacker's
// Origin; the servers must refuse it (server/session-security.test.ts covers the header variants).

const ports = e2ePorts();
const lantern = `http://localhost:${ports.lantern}`;
const c8runControl = `http://localhost:${ports.c8run}/__control`;
const attacker = 'http://attacker.test';

async function submitFromAttackerPage(page: Page, fields: string, target: string): Promise<number> {
  const form = fields.replace('</form>', '<button>Win a prize</button></form>');
  await page.route(`${attacker}/**`, (route) => route.fulfill({ contentType: 'text/html', body: form }));
  await page.goto(`${attacker}/`);
  const answer = page.waitForResponse((response) => response.url() === target);
  await page.getByRole('button', { name: 'Win a prize' }).click();
  return (await answer).status();
}

test('a form on another site cannot open a client-credentials session with Lantern', async ({ page }) => {
  const target = `${lantern}/api/clusters/saas/client-credentials`;
  // enctype text/plain turns name=value into a JSON-looking body, the classic way around "JSON only".
  const form = `<form method="post" enctype="text/plain" action="${target}">
    <input name='{"clientId":"worker-client","clientSecret":"worker-secret","x":"' value='"}'></form>`;
  expect(await submitFromAttackerPage(page, form, target)).toBe(403);
  await expect(page.locator('body')).toContainText('Cross-site request refused');
});

test('a form on another site cannot reset a demo cluster', async ({ page }) => {
  await injectFault(ports.c8run, { path: '/v2/license', kind: 'status', status: 503 });
  try {
    const target = `${c8runControl}/reset`;
    expect(await submitFromAttackerPage(page, `<form method="post" action="${target}"></form>`, target)).toBe(403);
    const listed = await fetch(`${c8runControl}/faults`, { headers: { 'x-lantern-demo-control': '1' } });
    expect(((await listed.json()) as { faults: unknown[] }).faults).toHaveLength(1);
  } finally {
    await clearFaults(ports.c8run);
  }
});
