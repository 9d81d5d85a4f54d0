// 10,000 authorizations × 1,010 principals, run the way the browser runs them: in slices that give
// the main thread back. Counts only; the times are in scripts/bench-audit.ts.
import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { auditSteps } from './audit-findings.ts';
import { LARGE_DIRECTORY_EXPECTED, largeDirectory } from './large-directory.ts';
import { runInSlices, type WorkProgress } from './slices.ts';
import { readinessSteps } from './upgrade-readiness.ts';

const snapshot = largeDirectory();

describe('a cluster of 10,000 authorizations and 1,010 principals', () => {
  it('audits in slices with progress, finding exactly the seeded problems', async () => {
    expect(snapshot.authorizations).toHaveLength(LARGE_DIRECTORY_EXPECTED.authorizations);
    const progress: WorkProgress[] = [];
    let slices = 0;
    const result = await runInSlices(auditSteps({ snapshot, version: '8.9' }), {
      budgetMs: 10,
      onProgress: (p) => progress.push(p),
      onSlice: () => (slices += 1),
      yieldToHost: () => Promise.resolve(),
    });
    expect(result.principals).toBe(LARGE_DIRECTORY_EXPECTED.principals);
    expect(result.counts).toEqual(LARGE_DIRECTORY_EXPECTED.audit89);
    expect(slices).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ phase: 'principals', done: 11_010, total: 11_010 });
    expect(progress.every((p, i) => i === 0 || p.done >= (progress[i - 1]?.done ?? 0))).toBe(true);
  });

  it('computes the 8.8 → 8.9 readiness in slices: only the holders of ignored task grants change', async () => {
    const result = await runInSlices(
      readinessSteps({ snapshot, from: '8.8', to: '8.9', catalogue: OPERATION_CATALOGUE }),
      { budgetMs: 10, yieldToHost: () => Promise.resolve() },
    );
    expect(result.principals).toHaveLength(LARGE_DIRECTORY_EXPECTED.readiness88to89Changed);
    expect(result.unchanged).toBe(
      LARGE_DIRECTORY_EXPECTED.principals - LARGE_DIRECTORY_EXPECTED.readiness88to89Changed,
    );
    expect(result.keepSame.remove).toHaveLength(LARGE_DIRECTORY_EXPECTED.readiness88to89Changed);
  });

  it('stops when the view is left', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runInSlices(auditSteps({ snapshot, version: '8.9' }), { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
