// The small JSONPath subset Camunda's claim settings and mapping rules use in practice
// (docs/camunda-api/principal-resolution.md §2–3): `$.a.b`, `$['a-b']`, `$["a"]`, `$.a[0]`, and a bare `name`.
// Anything else is "invalid" — which, like a missing path, never matches.

export type ClaimPathSegment = string | number;

/** Parses a claim path; null when it is outside the supported subset. */
export function parseClaimPath(path: string): ClaimPathSegment[] | null {
  const trimmed = path.trim();
  if (trimmed.length === 0) return null;
  // A bare name is read like `$.name` (Jayway JsonPath prefixes `$.` to paths without a root). [inferred]
  const source = trimmed.startsWith('$') ? trimmed.slice(1) : `.${trimmed}`;
  const segments: ClaimPathSegment[] = [];
  let rest = source;
  while (rest.length > 0) {
    const dotted = /^\.([A-Za-z_$][\w$-]*|[^.[\]'"\s]+)/.exec(rest);
    if (dotted?.[1] !== undefined) {
      segments.push(dotted[1]);
      rest = rest.slice(dotted[0].length);
      continue;
    }
    const quoted = /^\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/.exec(rest);
    if (quoted) {
      segments.push(quoted[1] ?? quoted[2] ?? '');
      rest = rest.slice(quoted[0].length);
      continue;
    }
    const index = /^\[\s*(\d+)\s*\]/.exec(rest);
    if (index?.[1] !== undefined) {
      segments.push(Number(index[1]));
      rest = rest.slice(index[0].length);
      continue;
    }
    return null;
  }
  return segments.length > 0 ? segments : null;
}

/** Reads a claim by path; `undefined` when the path is invalid or the value is absent. */
export function readClaim(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  const segments = parseClaimPath(path);
  if (!segments) return undefined;
  let current: unknown = claims;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = (current as unknown[])[segment];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

/**
 * Camunda's mapping-rule match: the claim equals the rule's value, or the claim is an array that
 * contains it. Java's `String.equals` / `Collection.contains` make this type-strict: the number 7
 * does not match the value "7".
 */
export function claimMatches(
  claims: Readonly<Record<string, unknown>>,
  claimName: string,
  claimValue: string,
): boolean {
  const value = readClaim(claims, claimName);
  if (Array.isArray(value)) return value.some((item) => item === claimValue);
  return value === claimValue;
}
