import { describe, expect, it } from 'vitest';
import { summarizeProfile } from './queue-render.ts';

const frame = (id: number, functionName: string, url: string) => ({
  id,
  callFrame: { functionName, url, lineNumber: id, columnNumber: 0 },
});

describe('the queue render profile summary', () => {
  it('sums only the samples inside the window, by script without its content hash, and by function', () => {
    const profile = {
      nodes: [
        frame(1, '(program)', ''),
        frame(2, 'render', 'http://localhost:33000/assets/user-tasks-page-AbCd1234.js'),
        frame(3, 'parse', 'http://localhost:33000/assets/es-Zz99Yy88.js'),
      ],
      startTime: 1_000_000,
      endTime: 1_010_000,
      // One sample per millisecond: t = 1 ms … 10 ms after the start.
      samples: [1, 2, 2, 2, 3, 3, 2, 1, 1, 1],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
    };
    // The window covers the samples at 2–6 ms (each lasting until the next one).
    const summary = summarizeProfile(profile, 1_002_000, 1_007_000);
    expect(summary.windowMs).toBe(5);
    expect(summary.byScript).toEqual([
      { script: 'user-tasks-page.js', ms: 3 },
      { script: 'es.js', ms: 2 },
    ]);
    expect(summary.topFunctions.map((f) => [f.name, f.ms])).toEqual([
      ['render', 3],
      ['parse', 2],
    ]);
  });
});
