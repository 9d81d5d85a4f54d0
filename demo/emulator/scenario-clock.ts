// Scenario dates may be relative to the scenario clock so a bundled scenario always looks
// current: `now`, `-2d`, `+36h`, `-1d4h30m`.
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };

export function resolveDate(value: string, now: number): string {
  if (value === 'now') return new Date(now).toISOString();
  const sign = value.startsWith('-') ? -1 : value.startsWith('+') ? 1 : 0;
  if (sign === 0) return new Date(Date.parse(value)).toISOString();
  let offset = 0;
  for (const [, amount, unit] of value.slice(1).matchAll(/(\d+)([wdhms])/g)) {
    offset += Number(amount) * (UNIT_MS[unit!] ?? 0);
  }
  return new Date(now + sign * offset).toISOString();
}
