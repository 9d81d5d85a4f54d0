// The audit and the readiness report are generators that yield their progress every few units of
// work. Run to the end they are plain functions (tests, workers); driven by runInSlices they give
// the browser back its main thread after each slice, so a large cluster never freezes the page.

export interface WorkProgress {
  phase: string;
  done: number;
  total: number;
}

export type Steps<T> = Generator<WorkProgress, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Work continues in one slice until this many milliseconds have passed (default 12). */
  budgetMs?: number;
  onProgress?: (progress: WorkProgress) => void;
  /** Called after every slice with its duration: the bench reports the longest. */
  onSlice?: (durationMs: number) => void;
  signal?: AbortSignal;
  /** How the main thread is given back between slices (default: a macrotask). */
  yieldToHost?: () => Promise<void>;
  now?: () => number;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? 12;
  const now = options.now ?? (() => performance.now());
  const yieldToHost = options.yieldToHost ?? macrotask;
  for (;;) {
    options.signal?.throwIfAborted();
    const start = now();
    let last: WorkProgress | null = null;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        options.onSlice?.(now() - start);
        if (last) options.onProgress?.({ ...last, done: last.total });
        return next.value;
      }
      last = next.value;
      if (now() - start >= budget) break;
    }
    options.onSlice?.(now() - start);
    options.onProgress?.(last);
    await yieldToHost();
  }
}
