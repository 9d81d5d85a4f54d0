import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce } from './announce.ts';

describe('announce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('puts the message as text into one polite status region, then clears it', () => {
    vi.useFakeTimers();
    announce('Task completed.');
    announce('<b>Task</b> completed.');
    vi.advanceTimersByTime(100);
    const regions = document.querySelectorAll('[role="status"][aria-live="polite"]');
    expect(regions).toHaveLength(1);
    expect(regions[0]?.textContent).toBe('<b>Task</b> completed.');
    expect(regions[0]?.querySelector('b')).toBeNull();
    vi.advanceTimersByTime(10_000);
    expect(regions[0]?.textContent).toBe('');
  });
});
