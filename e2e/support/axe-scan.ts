import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// axe-core scans (WCAG 2.1 A/AA rules) that fail on serious or critical violations, reported by
// rule, impact and the elements concerned, so a failure says what to fix where.

export type Theme = 'light' | 'dark';

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** axe's own words for the first node, e.g. the measured contrast and colours. */
  detail: string;
}

export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      detail: v.nodes[0]?.any[0]?.message ?? v.nodes[0]?.failureSummary ?? '',
    }));
}

export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  // The theme is Carbon's g10 / g100 class on the document root.
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\bcds--${theme === 'dark' ? 'g100' : 'g10'}\\b`));
}

/** Scans the current view in both themes and expects no serious or critical violation in either. */
export async function expectAccessibleInBothThemes(page: Page, view: string): Promise<void> {
  const findings: Record<Theme, AxeFinding[]> = { light: [], dark: [] };
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    findings[theme] = await seriousViolations(page);
  }
  expect(findings, `${view}: serious or critical axe violations`).toEqual({ light: [], dark: [] });
}
