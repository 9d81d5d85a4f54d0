import { useEffect, useState } from 'react';

/**
 * Whole seconds since `active` last became true (or `restartKey` changed while active); 0 while
 * inactive. Ticks on a timer so renders stay pure.
 */
export function useElapsedSeconds(active: boolean, restartKey?: unknown): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!active) return;
    const startedAt = Date.now();
    const id = setInterval(() => setElapsed(Math.floor((Date.now() - startedAt) / 1000)), 250);
    return () => {
      clearInterval(id);
      setElapsed(0);
    };
  }, [active, restartKey]);
  return active ? elapsed : 0;
}
