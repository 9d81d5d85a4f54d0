// Maps a concrete request (method + URL path) to its catalogue entry, so a 403 seen anywhere can be
// explained from the catalogue. Literal path segments win over parameters, so
// `/process-instances/search` is never read as a process instance key.
import type { CatalogueEntry, HttpMethod } from './types.ts';

export interface OperationMatch {
  readonly entry: CatalogueEntry;
  /** Path parameter values by name, URL-decoded. */
  readonly params: Readonly<Record<string, string>>;
}

function segmentsOf(path: string): string[] {
  const bare = path.split(/[?#]/, 1)[0] ?? '';
  const relative = bare.replace(/^(?:https?:\/\/[^/]+)?(?:\/v2)?/, '');
  return relative.split('/').filter((s) => s.length > 0);
}

function matchTemplate(template: string[], actual: string[]): Record<string, string> | null {
  if (template.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    const value = actual[i] ?? '';
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name) {
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) return null;
  }
  return params;
}

export function findOperation(
  catalogue: readonly CatalogueEntry[],
  method: string,
  path: string,
): OperationMatch | null {
  const upper = method.toUpperCase() as HttpMethod;
  const actual = segmentsOf(path);
  let best: { match: OperationMatch; literals: number } | null = null;
  for (const entry of catalogue) {
    if (entry.method !== upper) continue;
    const template = segmentsOf(entry.path);
    const params = matchTemplate(template, actual);
    if (!params) continue;
    const literals = template.filter((s) => !s.startsWith('{')).length;
    if (!best || literals > best.literals) best = { match: { entry, params }, literals };
  }
  return best?.match ?? null;
}
