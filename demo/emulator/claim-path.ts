// A minimal JSONPath reader for claim names ("$.sub", "$.realm_access.roles", "$['client-id']",
// or a bare name). Camunda evaluates mapping-rule claim names and the configured claim names as
// JSONPath; this covers the member and index forms that appear in such configurations. An invalid
// or missing path yields undefined, i.e. "no match" (docs/camunda-api/principal-resolution.md §3).
// A path without the `$` root is read as `$.<path>`, as Jayway's JsonPath.compile does, so the bare
// name `org.department` reads the nested claim (found by evaluator-agreement.test.ts).
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
  const trimmed = path.trim();
  if (trimmed === '') return null;
  const segments: (string | number)[] = [];
  let rest = trimmed.startsWith('$') ? trimmed.slice(1) : `.${trimmed}`;
  while (rest.length > 0) {
    // Dot notation reads up to the next `.`, `[` or quote, like Jayway (claim names such as URLs).
    const member = /^\.([^.[\]'"\s]+)/.exec(rest);
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
