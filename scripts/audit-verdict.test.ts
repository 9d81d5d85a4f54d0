import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict.ts';

// Shapes of `npm audit --json` (npm 11): a report, and the error object npm prints when the
// registry's bulk advisory endpoint cannot be used.

const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } },
  });

describe('auditVerdict', () => {
  it('passes a report without high or critical advisories', () => {
    expect(auditVerdict(report({ moderate: 2, low: 1 }))).toEqual({
      kind: 'clean',
      counts: { info: 0, low: 1, moderate: 2, high: 0, critical: 0 },
    });
  });

  it('fails on a high or a critical advisory and names the package', () => {
    const high = auditVerdict(report({ high: 1 }, { express: { severity: 'high' }, debug: { severity: 'low' } }));
    expect(high).toMatchObject({ kind: 'vulnerable', packages: ['express (high)'] });
    expect(auditVerdict(report({ critical: 1 }, { jose: { severity: 'critical' } }))).toMatchObject({
      kind: 'vulnerable',
      packages: ['jose (critical)'],
    });
  });

  it('reports an unreachable audit endpoint as unknown, not as clean', () => {
    const error = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    const verdict = auditVerdict(error);
    expect(verdict.kind).toBe('unknown');
    expect(verdict.kind === 'unknown' && verdict.reason).toContain('405 Method Not Allowed');
  });

  it('reports output that is not JSON as unknown', () => {
    expect(auditVerdict('npm error network ETIMEDOUT').kind).toBe('unknown');
    expect(auditVerdict('').kind).toBe('unknown');
  });
});
