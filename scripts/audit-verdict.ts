// Reads the JSON of `npm audit --omit=dev --json` and decides: a high or critical advisory in a
// runtime dependency fails; an audit that could not run is "unknown", never a silent pass.

export type AuditVerdict =
  | { kind: 'clean'; counts: SeverityCounts }
  | { kind: 'vulnerable'; counts: SeverityCounts; packages: string[] }
  | { kind: 'unknown'; reason: string };

export interface SeverityCounts {
  info: number;
  low: number;
  moderate: number;
  high: number;
  critical: number;
}

interface AuditJson {
  error?: { summary?: string; detail?: string };
  message?: string;
  statusCode?: number;
  uri?: string;
  metadata?: { vulnerabilities?: Partial<SeverityCounts> };
  vulnerabilities?: Record<string, { severity?: string }>;
}

const failing = new Set(['high', 'critical']);

export function auditVerdict(stdout: string): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'unknown', reason: `npm audit printed no JSON: ${stdout.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (json.message || json.error || json.statusCode) {
    const where = json.uri ? ` (${json.uri})` : '';
    return {
      kind: 'unknown',
      reason: `the registry's audit endpoint failed${where}: ${json.message ?? json.error?.summary ?? json.statusCode}`,
    };
  }
  const raw = json.metadata?.vulnerabilities;
  if (!raw) return { kind: 'unknown', reason: 'npm audit answered without vulnerability counts' };
  const counts: SeverityCounts = {
    info: raw.info ?? 0,
    low: raw.low ?? 0,
    moderate: raw.moderate ?? 0,
    high: raw.high ?? 0,
    critical: raw.critical ?? 0,
  };
  const packages = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => failing.has(v.severity ?? ''))
    .map(([name, v]) => `${name} (${v.severity})`);
  if (counts.high + counts.critical > 0) return { kind: 'vulnerable', counts, packages };
  return { kind: 'clean', counts };
}
