// A timer loop that never overlaps itself and can be stopped while a tick is in flight.

export interface DemoLoop {
  stop(): Promise<void>;
}

/** Runs `tick` now and then again after the delay it returns, until stopped. */
export function runLoop(tick: () => Promise<number>): DemoLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  const next = () => {
    timer = null;
    if (stopped) return;
    inFlight = tick().then(
      (delay) => {
        if (!stopped) timer = setTimeout(next, delay);
      },
      () => {
        // A tick handles its own errors; nothing to add here.
      },
    );
  };
  next();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
