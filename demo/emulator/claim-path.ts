// A minimal JSONPath reader for claim names ("$.sub", "$.realm_access.roles", "$['client-id']",
// or a bare name). Camunda evaluates mapping-rule claim names and the configured claim names as
// JSONPath; this covers the member and index forms that appear in such configurations. An invalid
// or missing path yields undefined, i.e. "no match" (docs/camunda-api/principal-resolution.md §3).
export function readClaim(claims: Record<string, unknown>, path: string): unknown {
  const segments = parsePath(path);
  if (!segments) return undefined;
  let current: unknown = claims;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

function parsePath(path: string): (string | number)[] | null {
  if (!path.startsWith('$')) return [path];
  const segments: (string | number)[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const member = /^\.([A-Za-z_$][\w$-]*)/.exec(rest);
    const quoted = /^\[\s*'([^']*)'\s*\]/.exec(rest) ?? /^\[\s*"([^"]*)"\s*\]/.exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    if (member) {
      segments.push(member[1]!);
      rest = rest.slice(member[0].length);
    } else if (quoted) {
      segments.push(quoted[1]!);
      rest = rest.slice(quoted[0].length);
    } else if (index) {
      segments.push(Number(index[1]));
      rest = rest.slice(index[0].length);
    } else {
      return null;
    }
  }
  return segments;
}
