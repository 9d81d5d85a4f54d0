import { describe, expect, it } from 'vitest';
import { mapConcurrently } from './map-concurrently.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reading many containers a few at a time', () => {
  it('never has more than the limit in flight and keeps the order of the items', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapConcurrently([5, 1, 4, 2, 3, 0, 6, 7, 8, 9], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      for (let i = 0; i < n; i++) await tick();
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60, 70, 80, 90]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const run = mapConcurrently([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 2) throw new Error('403 on container 2');
      return n;
    });
    await expect(run).rejects.toThrow('403 on container 2');
    await tick();
    expect(started).toEqual([1, 2, 3]);
  });

  it('answers an empty list without calling', async () => {
    expect(await mapConcurrently([], 6, () => Promise.reject(new Error('called')))).toEqual([]);
  });
});
