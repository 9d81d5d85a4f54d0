import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskListShortcutsDialog } from './task-list-shortcuts-dialog.tsx';
import { stubResizeObserver } from '../../../testing/resize-observer-stub.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the keyboard shortcuts dialog', () => {
  it('is a named dialog listing every key, and Escape closes it', async () => {
    stubResizeObserver();
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
