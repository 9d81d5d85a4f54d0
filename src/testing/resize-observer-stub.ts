import { vi } from 'vitest';

/** Carbon's TextArea (and the form viewer's fields) measure themselves; jsdom has no ResizeObserver. */
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
