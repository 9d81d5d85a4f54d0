// Local, unverified decoding of a JWT for display and expiry watching. The cluster verifies
// the signature; the SPA only reads what the token claims about itself.
export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

function decodeSegment(segment: string): Record<string, unknown> {
  const base64 = segment.replaceAll('-', '+').replaceAll('_', '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  return value as Record<string, unknown>;
}

/** Throws an Error with a user-facing message when the text is not a JWT. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((p) => p === '' && parts.indexOf(p) < 2)) {
    throw new Error('This is not a JWT: expected three dot-separated parts (header.payload.signature).');
  }
  try {
    return { header: decodeSegment(parts[0] ?? ''), claims: decodeSegment(parts[1] ?? '') };
  } catch {
    throw new Error('This is not a JWT: the header or payload is not base64url-encoded JSON.');
  }
}

/** `exp` as epoch milliseconds, or null when the token has none. */
export function expiresAtOf(claims: Record<string, unknown>): number | null {
  return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
}

export function audiencesOf(claims: Record<string, unknown>): string[] {
  const aud = claims.aud;
  if (typeof aud === 'string') return [aud];
  if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === 'string');
  return [];
}
