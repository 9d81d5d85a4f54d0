import { useEffect, useState } from 'react';
import { runInSlices, type Steps, type WorkProgress } from './slices.ts';

export type SlicedRun<T> =
  | { state: 'idle' }
  | { state: 'running'; progress: WorkProgress | null }
  | { state: 'done'; result: T }
  | { state: 'failed'; error: Error };

type Start<T> = () => Steps<T>;

/**
 * Runs a generator of work in slices while the view is shown, with its progress; a new `start`
 * (another input) aborts the old run. `start` null: nothing to run yet.
 */
export function useSlicedRun<T>(start: Start<T> | null): SlicedRun<T> {
  const [latest, setLatest] = useState<{ start: Start<T> | null; run: SlicedRun<T> }>({
    start: null,
    run: { state: 'idle' },
  });
  useEffect(() => {
    if (!start) return;
    const controller = new AbortController();
    const update = (run: SlicedRun<T>) => {
      if (!controller.signal.aborted) setLatest({ start, run });
    };
    // The first slice starts after this render is committed, like every later one.
    void Promise.resolve()
      .then(() =>
        runInSlices(start(), {
          signal: controller.signal,
          onProgress: (progress) => update({ state: 'running', progress }),
        }),
      )
      .then(
        (result) => update({ state: 'done', result }),
        (error: unknown) =>
          update({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
      );
    return () => controller.abort();
  }, [start]);
  if (!start) return { state: 'idle' };
  return latest.start === start ? latest.run : { state: 'running', progress: null };
}
