import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { stubResizeObserver } from '../../../testing/resize-observer-stub.ts';
import { loadCamundaFormViewer } from '../components/camunda-form/load-camunda-form-viewer.ts';

/** Hooks for a file that renders Camunda Forms through the bpmn.io viewer. */
export function setUpFormViewerTests(): void {
  beforeAll(async () => {
    // The viewer is a lazy chunk; its first transform in the test runner takes longer than a findBy waits.
    await loadCamundaFormViewer();
  });
  beforeEach(stubResizeObserver);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}
