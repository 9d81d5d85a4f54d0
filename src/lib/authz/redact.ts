// The one redaction rule of Lantern: the request log (what the drawer and "copy as curl" show),
// the shareable reports and anything else a user may copy all mask through here, with the same
// key rule and the same mask. Belt and braces: secret-named fields are masked whole (an
// Authorization header keeps its scheme, which helps diagnosis), and every string is searched
// for credential shapes (JWTs, Bearer/Basic values, header lines, URL userinfo, form-encoded
// secrets) and for the exact secrets the caller knows are in memory.

export const MASK = '••••••';

const SECRET_KEY =
  /^(?:authorization|proxy-authorization|cookie|set-cookie|x-lantern-session|pwd|secret|credentials?|session[-_]?id)$/i;
const SECRET_KEY_PART = /(?:password|passwd|secret|token|credential|api[-_]?key|private[-_]?key)/i;
const SCHEME_KEY = /^(?:proxy-)?authorization$/i;

/** Field names whose values are always secret, whatever they look like. */
function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) || SECRET_KEY_PART.test(key);
}

/** The masked form of a secret field's value: an Authorization header keeps its scheme. */
function maskField(key: string, value: unknown): string {
  if (SCHEME_KEY.test(key) && typeof value === 'string') {
    const scheme = /^(\w+)\s/.exec(value)?.[1];
    if (scheme) return `${scheme} ${MASK}`;
  }
  return MASK;
}

const PATTERNS: [RegExp, string][] = [
  // JWT / JWS: base64url JSON header ("eyJ…") with two more segments.
  [/eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g, MASK],
  // Credentials after an auth scheme; a plain lower-case word ("Basic auth", "Bearer token") is prose.
  [/\b(Bearer|Basic|Digest|Negotiate)\s+(?=[A-Za-z0-9._~+/=-]*[A-Z0-9._~+/=-])[A-Za-z0-9._~+/=-]{4,}/g, `$1 ${MASK}`],
  [/^((?:proxy-)?authorization|cookie|set-cookie|x-lantern-session)\s*:\s*.*$/gim, `$1: ${MASK}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, `$1${MASK}@`],
  [
    /\b((?:client_secret|password|secret|access_token|refresh_token|id_token|token|code_verifier|assertion)=)[^&\s"']+/gi,
    `$1${MASK}`,
  ],
  [
    /("(?:[A-Za-z_-]*(?:password|secret|token|credential)[A-Za-z_-]*|authorization|cookie)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi,
    `$1"${MASK}"`,
  ],
  // `-u user:password` in curl text; our own drafts only ever contain placeholders in angle brackets.
  [/(\s-u\s+'?)(?!<)[^\s':]+:[^\s']+/g, `$1${MASK}`],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `knownSecrets` are replaced verbatim, so pass credential-shaped values (`user:password`, a
 * client secret), not a password that equals a username: that would erase the username too.
 */
export function redactText(text: string, knownSecrets: readonly string[] = []): string {
  let result = text;
  // Exact secrets first (longest first), so shapes below cannot split them.
  const secrets = [...new Set(knownSecrets.filter((s) => s.length >= 3))].sort((a, b) => b.length - a.length);
  for (const secret of secrets) {
    result = result.replace(new RegExp(escapeRegExp(secret), 'g'), MASK);
    // Also the base64 form, as it would appear in a Basic header.
    try {
      const encoded = btoa(secret);
      if (encoded.length >= 4) result = result.replace(new RegExp(escapeRegExp(encoded), 'g'), MASK);
    } catch {
      // Non-Latin-1 secrets have no btoa form; the plain replacement above is enough.
    }
  }
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/** A deep copy with secret-named fields masked and every string scrubbed (request bodies, headers, reports). */
export function redactValue<T>(value: T, knownSecrets: readonly string[] = []): T {
  const walk = (node: unknown, key: string | null): unknown => {
    if (key !== null && isSecretKey(key) && node !== null && node !== undefined && node !== '') {
      return maskField(key, node);
    }
    if (typeof node === 'string') return redactText(node, knownSecrets);
    if (Array.isArray(node)) return node.map((item) => walk(item, null));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  return walk(value, null) as T;
}
