import { vi } from 'vitest';

/** Carbon's Modal and TextArea measure themselves; jsdom has no ResizeObserver. */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}
