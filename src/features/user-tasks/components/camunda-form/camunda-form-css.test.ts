// @vitest-environment node
import { compile } from 'sass';
import { describe, expect, it } from 'vitest';

// The viewer ships global rules (a Carbon grid copy, `svg`, flatpickr); nested under the
// component's root they style the form only. Every selector of the compiled sheet must start there.

/** The selectors of the sheet's outermost style rules (nested ones are relative to them). */
function outerSelectors(css: string): string[] {
  const selectors: string[] = [];
  const stack: ('style' | 'at' | 'keyframes')[] = [];
  let prelude = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      const head = prelude.trim();
      prelude = '';
      if (head.startsWith('@')) {
        stack.push(/^@(-\w+-)?keyframes/.test(head) ? 'keyframes' : 'at');
      } else {
        if (!stack.includes('style') && !stack.includes('keyframes')) {
          selectors.push(...head.split(',').map((part) => part.trim()));
        }
        stack.push('style');
      }
    } else if (char === '}') {
      stack.pop();
      prelude = '';
    } else if (char === ';') {
      prelude = '';
    } else {
      prelude += char;
    }
  }
  return selectors;
}

describe('the Camunda Form stylesheet', () => {
  it('scopes every rule of the viewer under .lantern-camunda-form', () => {
    // Vitest runs from the repository root: both paths are relative to it.
    const { css } = compile('src/features/user-tasks/components/camunda-form/camunda-form.scss', {
      loadPaths: ['node_modules'],
      silenceDeprecations: ['import'],
    });
    const selectors = outerSelectors(css);
    // The viewer's whole sheet is in: its layout rules and the Carbon grid it brings.
    expect(selectors.length).toBeGreaterThan(500);
    expect(selectors).toContain('.lantern-camunda-form .cds--grid');
    expect(selectors.filter((s) => !s.startsWith('.lantern-camunda-form'))).toEqual([]);
  });
});
