import type { CamundaFormViewer } from './camunda-form-viewer.tsx';

// The bpmn.io viewer is the largest part of the task detail, so it is its own chunk. The detail
// page asks for it as it opens, in parallel with the task and its form; the completion section
// then finds it loaded. One promise, so both share the request.

type ViewerModule = { CamundaFormViewer: typeof CamundaFormViewer };

let viewer: Promise<ViewerModule> | null = null;

export function loadCamundaFormViewer(): Promise<ViewerModule> {
  viewer ??= import('./camunda-form-viewer.tsx').catch((error: unknown) => {
    // A failed chunk load (network hiccup) must not be remembered: the next attempt asks again.
    viewer = null;
    throw error;
  });
  return viewer;
}
