import { randomBytes } from 'node:crypto';
import { CompactEncrypt, compactDecrypt } from 'jose';
import { ConfigError } from '../config/cluster-config.ts';

// A client-credentials session is a sealed blob the browser holds (JWE, `dir` + A256GCM): encrypted so
// the browser cannot read a typed secret inside it, authenticated so it cannot be forged or altered.
// Any replica holding the same key opens it; nothing about the session is kept in memory.

export interface SessionKeys {
  /** Seals new sessions. */
  current: Uint8Array;
  /** Opens sessions: the current key first, then older keys still accepted during a rotation. */
  accepted: Uint8Array[];
  /** False when the key was made up at start-up: sessions then live and die with this process. */
  configured: boolean;
}

export interface SealedSession {
  /** Random id: what a sign-out revokes. */
  sid: string;
  clusterId: string;
  clientId: string;
  /** Present only for a typed-in secret; a server-held secret is looked up in the configuration. */
  secret?: string;
  /** Epoch ms. */
  issuedAt: number;
  /** Epoch ms: the absolute end of the session, however active it is. */
  expiresAt: number;
}

const keyBytes = 32;

function decodeKey(raw: string, setting: string): Uint8Array {
  const text = raw.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64url');
  if (bytes.length !== keyBytes || (!/^[0-9a-fA-F]{64}$/.test(text) && !/^[A-Za-z0-9_\-+/]+=*$/.test(text))) {
    throw new ConfigError(
      `${setting}: each key must be 32 random bytes, as 64 hex digits or base64 (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return new Uint8Array(bytes);
}

/** Keys from LANTERN_SESSION_KEY's value: comma-separated, the first seals, all open (key rotation). */
export function parseSessionKeys(raw: string, setting = 'LANTERN_SESSION_KEY'): SessionKeys {
  const keys = raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => decodeKey(part, setting));
  const [current] = keys;
  if (!current) throw new ConfigError(`${setting}: empty; set a key or leave the setting out`);
  return { current, accepted: keys, configured: true };
}

export function randomSessionKeys(): SessionKeys {
  const key = new Uint8Array(randomBytes(keyBytes));
  return { current: key, accepted: [key], configured: false };
}

export async function sealSession(session: SealedSession, keys: SessionKeys): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(session)))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .encrypt(keys.current);
}

function isSealedSession(value: unknown): value is SealedSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sid === 'string' &&
    typeof v.clusterId === 'string' &&
    typeof v.clientId === 'string' &&
    (v.secret === undefined || typeof v.secret === 'string') &&
    typeof v.issuedAt === 'number' &&
    typeof v.expiresAt === 'number'
  );
}

/** The session inside a sealed blob, or null when it is forged, altered, sealed with another key or expired. */
export async function openSession(blob: string, keys: SessionKeys, now = Date.now()): Promise<SealedSession | null> {
  // A compact JWE is five base64url parts; anything much longer is not one of ours.
  if (
    blob.length > 8192 ||
    !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(blob)
  ) {
    return null;
  }
  for (const key of keys.accepted) {
    try {
      const { plaintext, protectedHeader } = await compactDecrypt(blob, key, {
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
      });
      if (protectedHeader.zip !== undefined) return null;
      const session: unknown = JSON.parse(new TextDecoder().decode(plaintext));
      if (!isSealedSession(session) || session.expiresAt <= now) return null;
      return session;
    } catch {
      // Not sealed with this key: try the next one.
    }
  }
  return null;
}
