import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.ts';

// `node --import tsx scripts/audit-runtime.ts`: npm audit of the runtime dependencies only (what
// ships with the Lantern server and the SPA bundle). Exit 0 = no high or critical advisory;
// 1 = at least one; 2 = the audit could not run (registry unreachable, endpoint refused), which
// must be read as "not checked", never as clean.

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
if (result.error) {
  console.error(`AUDIT NOT RUN: could not start npm audit: ${result.error.message}`);
  process.exit(2);
}
const verdict = auditVerdict(result.stdout);
switch (verdict.kind) {
  case 'clean': {
    const c = verdict.counts;
    console.log(
      `npm audit (runtime dependencies): no high or critical advisory (moderate ${c.moderate}, low ${c.low}, info ${c.info}).`,
    );
    process.exit(0);
    break;
  }
  case 'vulnerable':
    console.error(
      `npm audit (runtime dependencies): ${verdict.counts.critical} critical, ${verdict.counts.high} high: ${verdict.packages.join(', ')}`,
    );
    process.exit(1);
    break;
  case 'unknown':
    console.error(`AUDIT NOT RUN, result unknown: ${verdict.reason}`);
    process.exit(2);
}
