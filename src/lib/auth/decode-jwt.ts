import { msg, type Message } from '../i18n/message.ts';

// The one local, unverified JWT decoder, for display, expiry watching and the token inspection.
// The cluster verifies the signature; the SPA only reads what the token claims about itself.
export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** Whether a third (signature) segment is present. It is never verified here. */
  hasSignature?: boolean;
}

/**
 * Why a text is not a readable JWT. `reason` is the message views word in the UI language; the
 * Error's own message stays English for logs and tests.
 */
export class JwtDecodeError extends Error {
  constructor(
    readonly reason: Message,
    english: string,
  ) {
    super(english);
    this.name = 'JwtDecodeError';
  }
}

/** The token itself, without surrounding space or a pasted "Bearer " prefix. */
export function bareToken(raw: string): string {
  return raw.trim().replace(/^Bearer\s+/i, '');
}

function base64UrlDecode(segment: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) throw new Error('contains characters that are not base64url');
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function parseObject(segment: string, name: 'header' | 'payload'): Record<string, unknown> {
  let text: string;
  try {
    text = base64UrlDecode(segment);
  } catch (error) {
    throw new JwtDecodeError(
      msg('common.jwt.notBase64', { part: name }),
      `The ${name} is not valid base64url (${error instanceof Error ? error.message : 'decode failed'}).`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new JwtDecodeError(msg('common.jwt.notJson', { part: name }), `The ${name} is not JSON.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new JwtDecodeError(msg('common.jwt.notObject', { part: name }), `The ${name} is not a JSON object.`);
  }
  return value as Record<string, unknown>;
}

/** Throws a JwtDecodeError when the text is not a signed JWT. */
export function decodeJwt(raw: string): DecodedJwt {
  const token = bareToken(raw);
  if (token.length === 0) throw new JwtDecodeError(msg('common.jwt.empty'), 'No token was given.');
  const parts = token.split('.');
  if (parts.length === 5) {
    throw new JwtDecodeError(
      msg('common.jwt.encrypted'),
      'This is an encrypted token (JWE); only signed JWTs can be read.',
    );
  }
  if (parts.length !== 3) {
    throw new JwtDecodeError(
      msg('common.jwt.parts', { count: parts.length }),
      `A JWT has three dot-separated parts; this has ${parts.length}. Opaque (non-JWT) access tokens cannot be decoded.`,
    );
  }
  return {
    header: parseObject(parts[0] ?? '', 'header'),
    claims: parseObject(parts[1] ?? '', 'payload'),
    hasSignature: (parts[2] ?? '').length > 0,
  };
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
