import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreakableName } from './breakable-name.tsx';

describe('BreakableName', () => {
  it('offers line breaks only after _, /, : and spaces, never inside a word', () => {
    const { container } = render(
      <code>
        <BreakableName text="PROCESS_DEFINITION:READ_USER_TASK /v2/user-tasks/{userTaskKey}" />
      </code>,
    );
    const code = container.querySelector('code');
    // The text is unchanged; the break opportunities sit exactly behind the separators.
    expect(code?.textContent).toBe('PROCESS_DEFINITION:READ_USER_TASK /v2/user-tasks/{userTaskKey}');
    const before = [...(code?.querySelectorAll('wbr') ?? [])].map((wbr) => wbr.previousSibling?.textContent?.at(-1));
    expect(before).toEqual(['_', ':', '_', '_', '/', '/', '/']);
    // Each name is kept together (an inline-block), so it moves to the next line whole when it fits there.
    expect([...(code?.querySelectorAll('.breakable-name') ?? [])].map((name) => name.textContent)).toEqual([
      'PROCESS_DEFINITION:',
      'READ_USER_TASK',
      '/',
      'v2/',
      'user-tasks/',
      '{userTaskKey}',
    ]);
  });
});
