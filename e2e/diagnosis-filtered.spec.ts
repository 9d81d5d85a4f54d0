import { expect, test } from '@playwright/test';
import { AccessPage, DiagnosisPage } from './pages/diagnosis-page.ts';
import { signInBasic } from './pages/user-tasks-page.ts';

// Issue 13: a search filtered to empty names the missing permission, and now also offers the grant.
// Nothing is applied here, so the helm scenario stays as seeded for later specs.

test("nina's task search, filtered to empty, is explained with the read grant to apply", async ({ page }) => {
  const access = new AccessPage(page);
  const diagnosis = new DiagnosisPage(page);
  await access.goto('helm');
  await signInBasic(page, 'nina', 'nina');
  await expect(access.timing).toBeVisible({ timeout: 30_000 });
  await expect(access.verdict('search-user-tasks')).toHaveAttribute('data-verdict', 'filtered-empty');
  await access.row('search-user-tasks').getByRole('link', { name: 'Explain' }).click();

  await expect(diagnosis.explanation).toContainText('searches filter what the caller may not read instead of refusing');
  await expect(diagnosis.explanation).toContainText('READ_USER_TASK');
  // The recommended draft is a grant nina gets herself, ready to copy or apply.
  await expect(diagnosis.snippet.first()).toContainText('"ownerId": "nina"');
  await expect(diagnosis.snippet.first()).toContainText('READ');
  await expect(diagnosis.applyFix.first()).toBeVisible();
});
