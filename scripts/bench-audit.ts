// The audit and the upgrade readiness on 10,000 authorizations × 1,010 principals
// (src/features/audit/lib/large-directory.ts), run in slices as the browser runs them. Prints the
// total time, the number of slices and the longest one: the longest slice is the longest stretch
// the main thread would be blocked (budget: 200 ms, docs/audit.md). Timings are reported, never
// asserted; src/features/audit/lib/scale.test.ts asserts the counts.
//
//   node --import tsx scripts/bench-audit.ts
import { performance } from 'node:perf_hooks';
import { auditSteps } from '../src/features/audit/lib/audit-findings.ts';
import { largeDirectory } from '../src/features/audit/lib/large-directory.ts';
import { runInSlices, type Steps } from '../src/features/audit/lib/slices.ts';
import { readinessSteps } from '../src/features/audit/lib/upgrade-readiness.ts';
import { OPERATION_CATALOGUE } from '../src/lib/catalogue/operation-catalogue.ts';

export interface SlicedTiming {
  name: string;
  totalMs: number;
  slices: number;
  /** Wall clock: includes the time other processes of a busy machine take the core away. */
  longestSliceMs: number;
  /** CPU time of this process: the work of the slice itself. */
  longestSliceCpuMs: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timeSliced<T>(name: string, steps: () => Steps<T>): Promise<SlicedTiming> {
  let slices = 0;
  let longest = 0;
  let longestCpu = 0;
  let sliceCpuStart = cpuMs();
  const start = performance.now();
  await runInSlices(steps(), {
    onSlice: (ms) => {
      slices += 1;
      longest = Math.max(longest, ms);
      longestCpu = Math.max(longestCpu, cpuMs() - sliceCpuStart);
    },
    yieldToHost: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceCpuStart = cpuMs();
    },
  });
  return { name, totalMs: performance.now() - start, slices, longestSliceMs: longest, longestSliceCpuMs: longestCpu };
}

export async function measureAuditScale(): Promise<SlicedTiming[]> {
  const snapshot = largeDirectory();
  return [
    await timeSliced('audit 8.9', () => auditSteps({ snapshot, version: '8.9' })),
    await timeSliced('readiness 8.8 → 8.9', () =>
      readinessSteps({ snapshot, from: '8.8', to: '8.9', catalogue: OPERATION_CATALOGUE }),
    ),
    await timeSliced('readiness 8.9 → 8.10', () =>
      readinessSteps({ snapshot, from: '8.9', to: '8.10', catalogue: OPERATION_CATALOGUE }),
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const timings = await measureAuditScale();
  console.log('10,000 authorizations × 1,010 principals, sliced (12 ms budget per slice)');
  for (const t of timings) {
    console.log(
      `${t.name.padEnd(22)} total ${t.totalMs.toFixed(0).padStart(6)} ms  slices ${String(t.slices).padStart(4)}  longest slice ${t.longestSliceMs.toFixed(1)} ms (CPU ${t.longestSliceCpuMs.toFixed(1)} ms)`,
    );
  }
}
