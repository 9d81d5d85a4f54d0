import { describe, expect, it } from 'vitest';
import { RepeatSummary } from './repeat-summary.ts';

describe('RepeatSummary', () => {
  it('logs a refusal once, its repeats at 2, 4, 8, …, and the recovery once', () => {
    const lines: string[] = [];
    const summary = new RepeatSummary((line) => lines.push(line));
    for (let i = 0; i < 9; i += 1) summary.failed('403 CREATE_PROCESS_INSTANCE', 'refused: 403');
    summary.succeeded('recovered');
    summary.succeeded('recovered');
    expect(lines).toEqual([
      'refused: 403',
      'still refused (×2): refused: 403',
      'still refused (×4): refused: 403',
      'still refused (×8): refused: 403',
      'recovered (after 9 refused attempts)',
    ]);
  });

  it('starts over when a different refusal follows', () => {
    const lines: string[] = [];
    const summary = new RepeatSummary((line) => lines.push(line));
    summary.failed('a', 'first');
    summary.failed('a', 'first');
    summary.failed('b', 'second');
    expect(lines).toEqual(['first', 'still refused (×2): first', 'second']);
    expect(summary.failing).toBe(true);
  });
});
