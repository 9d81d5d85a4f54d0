import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import formatjs from 'eslint-plugin-formatjs';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Issue 16's lint rule, checked against the project's own configuration: every SPA component falls
// under formatjs/no-literal-string-in-jsx, and the rule as configured fails on a raw string in JSX.
const root = path.resolve(import.meta.dirname, '..');
const RULE = 'formatjs/no-literal-string-in-jsx';

function componentFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return relative === 'src/testing' ? [] : componentFiles(relative);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [relative] : [];
  });
}

const project = new ESLint({ cwd: root });

async function ruleFor(file: string): Promise<Linter.RuleEntry | undefined> {
  const config = (await project.calculateConfigForFile(file)) as Linter.Config;
  return config.rules?.[RULE];
}

describe('the raw-string lint rule', () => {
  it('applies to every component of the SPA (tests and test helpers aside)', async () => {
    const files = componentFiles('src');
    expect(files.length).toBeGreaterThan(80);
    const uncovered: string[] = [];
    for (const file of files) {
      const entry = await ruleFor(file);
      const level = Array.isArray(entry) ? entry[0] : entry;
      if (level !== 'error' && level !== 2) uncovered.push(file);
    }
    expect(uncovered).toEqual([]);
  }, 120_000);

  it('as configured, fails on raw text and a raw aria-label in JSX and passes translated ones', async () => {
    const entry = await ruleFor('src/features/topology/components/topology-page.tsx');
    expect(entry).toBeDefined();
    const linter = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.tsx'],
          languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { formatjs },
          rules: { [RULE]: entry! },
        },
      ],
    });
    const lint = async (code: string) =>
      (await linter.lintText(code, { filePath: 'view.tsx' }))[0]!.messages.map((m) => m.ruleId);

    expect(await lint('export const V = () => <p>Refresh now</p>;')).toEqual([RULE]);
    expect(await lint('export const V = () => <button aria-label="Close">x</button>;')).toContain(RULE);
    expect(
      await lint("export const V = ({ t }: { t: (id: string) => string }) => <p>{t('topology.refresh')}</p>;"),
    ).toEqual([]);
  });
});
