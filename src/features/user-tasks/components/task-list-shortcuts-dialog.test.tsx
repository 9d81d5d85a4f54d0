import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskListShortcutsDialog } from './task-list-shortcuts-dialog.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the keyboard shortcuts dialog', () => {
  it('is a named dialog listing every key, and Escape closes it', async () => {
    // Carbon's modal watches its size; jsdom has no layout to observe.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const onClose = vi.fn();
    render(<TaskListShortcutsDialog open onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['j', 'k', 'o', 'c', 'f', '?']) {
      expect([...dialog.querySelectorAll('kbd')].map((k) => k.textContent)).toContain(key);
    }
    screen.getByRole('button', { name: /close/i }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
