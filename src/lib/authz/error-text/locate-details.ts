// Finds where Camunda's own 401/403/404 sentences sit in a paste, and cuts each one out exactly.
// Only the opening words of each message family are searched for here (docs/camunda-api/error-messages.md
// §2–4); what a sentence means is left to parseForbidden. Where a sentence ends depends on what wraps it: a
// JSON or util.inspect string ends at its closing quote, a Java toString or gRPC line at the line end.

export interface DetailSite {
  /** The sentence as Camunda wrote it. */
  detail: string;
  start: number;
  end: number;
  /** The HTTP status the sentence itself implies (a command's rejection code, a 401 text, a not-found). */
  impliedStatus: 401 | 403 | 404 | null;
}

// Each alternative is a fixed phrase or a bounded run, so the scan stays linear in the paste's length.
const OPENING =
  /Command '[A-Z_]{1,64}' rejected with code '[A-Z_]{1,64}': |Insufficient permissions to perform operation '|Expected to perform operation '|Expected to [a-z]{1,20}(?: [a-z]{1,20}){0,3} with key '|Unauthorized to perform (?:operation|any of the operations)|Full authentication is required to access this resource|Bad credentials|An error occurred while attempting to decode the Jwt: |Neither username claim \(|\b[A-Z][A-Za-z]{0,30}(?: [A-Za-z]{1,30}){0,2} with (?:key|id|username) '?[A-Za-z0-9_~@.+<>-]{1,200}'? not found/g;

// The longest chain Camunda writes (four alternatives with ids) is well under this.
const MAX_DETAIL_CHARS = 4_000;

const REJECTION_CODE = /^Command '[A-Z_]+' rejected with code '([A-Z_]+)'/;

// Where a sentence of each family ends; text after it on the same line is someone else's (a trace id,
// a logger's suffix).
const FAMILY_ENDS = [
  "'",
  "')",
  'operation(s) on resource(s)',
  'but user is not assigned to this tenant',
  'was found',
  'not found',
  'Please check your OIDC configuration.',
  'Full authentication is required to access this resource',
  'Bad credentials',
  // user-task conflicts (409) that end in prose; they are counted, never explained
  'but it has already been assigned',
  'but provided assignee is empty',
];

function closingQuote(text: string, start: number, opening: string): string | null {
  const before = text[start - 1];
  if (before === '"' || before === '`') return before;
  // util.inspect single-quotes strings without a quote of their own, which only the 401 texts are.
  if (before === "'" && !opening.includes("'")) return "'";
  return null;
}

function cutAtFamilyEnd(sentence: string): string {
  if (sentence.startsWith('An error occurred while attempting to decode the Jwt')) return sentence;
  let best = -1;
  for (const ending of FAMILY_ENDS) {
    const at = sentence.lastIndexOf(ending);
    if (at >= 0) best = Math.max(best, at + ending.length);
  }
  return best > 0 ? sentence.slice(0, best) : sentence;
}

function impliedStatus(detail: string): DetailSite['impliedStatus'] {
  const code = REJECTION_CODE.exec(detail)?.[1];
  if (code === 'FORBIDDEN') return 403;
  if (code === 'NOT_FOUND') return 404;
  if (code === 'UNAUTHORIZED') return 401;
  if (code !== undefined) return null;
  if (/^(?:Insufficient permissions|Unauthorized to perform)/.test(detail)) return 403;
  if (/but user is not assigned to this tenant$/.test(detail)) return 403;
  if (/(?:was found|not found)$/.test(detail)) return 404;
  if (
    /^(?:Full authentication|Bad credentials|An error occurred while attempting|Neither username claim)/.test(detail)
  ) {
    return 401;
  }
  return null;
}

/** The next quote at or after `from`, remembering the last answer so sentences on one line share one scan. */
function quoteFinder(text: string): (quote: string, from: number) => number {
  const cache = new Map<string, { from: number; at: number }>();
  return (quote, from) => {
    const cached = cache.get(quote);
    if (cached && from >= cached.from && (cached.at === -1 || from <= cached.at)) return cached.at;
    const at = text.indexOf(quote, from);
    cache.set(quote, { from, at });
    return at;
  };
}

/** Every Camunda sentence in the text, in order; a sentence inside another (a command's reason) is not listed twice. */
export function locateDetails(text: string): DetailSite[] {
  const sites: DetailSite[] = [];
  const opening = new RegExp(OPENING.source, 'g');
  const nextQuote = quoteFinder(text);
  let match: RegExpExecArray | null;
  // The end of the current line, found once per line: a long line with many sentences stays linear.
  let limit = -1;
  while ((match = opening.exec(text)) !== null) {
    const start = match.index;
    if (limit < start) {
      limit = text.indexOf('\n', start);
      if (limit === -1) limit = text.length;
    }
    const quote = closingQuote(text, start, match[0]);
    const from = start + match[0].length;
    const close = quote === null ? -1 : nextQuote(quote, from);
    const end = Math.min(close === -1 || close > limit ? limit : close, start + MAX_DETAIL_CHARS);
    const raw = text.slice(start, end).trimEnd();
    const detail = quote === null ? cutAtFamilyEnd(raw) : raw;
    sites.push({ detail, start, end: start + detail.length, impliedStatus: impliedStatus(detail) });
    opening.lastIndex = Math.max(start + detail.length, start + match[0].length);
  }
  return sites;
}
