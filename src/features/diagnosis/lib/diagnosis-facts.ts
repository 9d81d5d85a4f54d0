// The facts of one diagnosis that travel in a share link: what was asked, what the cluster
// answered and for whom — never a credential, header, token or request body. They ride in the URL
// fragment (`…/access/explain#f=<base64url JSON>`), which browsers do not send to any server, so
// neither Lantern's server nor a proxy log sees them. The administrator who opens the link gets the
// whole explanation computed again with their own visibility.
import * as z from 'zod/mini';
import { redactText } from '../../../lib/authz/redact.ts';
import { type Message, msg } from '../../../lib/i18n/message.ts';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';

export const FACTS_VERSION = 1;
/** Longer fragments are refused: a diagnosis needs well under this, and URLs this long break in chat tools. */
export const MAX_FRAGMENT_LENGTH = 6000;
/** Problem texts are cut to this many characters; the sentence that names the permission comes first. */
const MAX_TEXT = 1500;

export const PRINCIPAL_TYPES = ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'] as const;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

export interface PrincipalRef {
  type: PrincipalType;
  id: string;
}

export const HINT_NAMES = [
  'processDefinitionId',
  'userTaskKey',
  'tenantId',
  'processInstanceKey',
  'jobKey',
  'jobType',
] as const;
export type HintName = (typeof HINT_NAMES)[number];
export type ResourceHints = Partial<Record<HintName, string>>;

export interface DiagnosisFacts {
  v: typeof FACTS_VERSION;
  clusterId: string;
  method: string | null;
  /** `/v2/…` without query or fragment. */
  path: string | null;
  /** The catalogue operation the request was (or was chosen to be), when known. */
  operationId: string | null;
  status: number | null;
  title: string | null;
  detail: string | null;
  principal: PrincipalRef | null;
  hints: ResourceHints;
  /** When the request failed (ISO 8601), when known. */
  at: string | null;
}

const shortText = z.string().check(z.maxLength(200));
const hintsSchema = z.strictObject({
  processDefinitionId: z.optional(shortText),
  userTaskKey: z.optional(shortText),
  tenantId: z.optional(shortText),
  processInstanceKey: z.optional(shortText),
  jobKey: z.optional(shortText),
  jobType: z.optional(shortText),
});

const factsSchema = z.strictObject({
  v: z.literal(FACTS_VERSION),
  clusterId: z.string().check(z.minLength(1), z.maxLength(100)),
  method: z.nullable(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])),
  path: z.nullable(z.string().check(z.maxLength(500), z.regex(/^\/v2\//))),
  operationId: z.nullable(z.string().check(z.maxLength(100), z.regex(/^[A-Za-z0-9]+$/))),
  status: z.nullable(z.int().check(z.gte(100), z.lte(599))),
  title: z.nullable(z.string().check(z.maxLength(MAX_TEXT))),
  detail: z.nullable(z.string().check(z.maxLength(MAX_TEXT))),
  principal: z.nullable(
    z.strictObject({ type: z.enum(PRINCIPAL_TYPES), id: z.string().check(z.minLength(1), z.maxLength(200)) }),
  ),
  hints: hintsSchema,
  at: z.nullable(z.iso.datetime({ offset: true })),
});

function clip(text: string | null | undefined, knownSecrets: readonly string[]): string | null {
  if (text === null || text === undefined) return null;
  const redacted = redactText(text, knownSecrets).trim();
  if (redacted.length === 0) return null;
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT - 1)}…` : redacted;
}

function cleanPath(path: string | null | undefined): string | null {
  if (!path) return null;
  // Query strings can carry anything (access_token=… on some proxies); the path itself is enough.
  const bare = (path.split(/[?#]/, 1)[0] ?? '').replace(/^https?:\/\/[^/]+/, '');
  return /^\/v2\//.test(bare) ? bare.slice(0, 500) : null;
}

export interface FactsInput {
  clusterId: string;
  method?: string | null;
  path?: string | null;
  operationId?: string | null;
  status?: number | null;
  title?: string | null;
  detail?: string | null;
  principal?: PrincipalRef | null;
  hints?: ResourceHints;
  at?: number | string | null;
}

/**
 * The shareable facts of a diagnosis. Only the fields listed are kept; the texts go through the
 * report redactor with the credentials this tab knows, so a secret echoed into a problem detail
 * does not leave in a link either.
 */
export function diagnosisFacts(input: FactsInput, knownSecrets: readonly string[] = []): DiagnosisFacts {
  const method = input.method?.toUpperCase() ?? null;
  const hints: ResourceHints = {};
  for (const name of HINT_NAMES) {
    const value = input.hints?.[name];
    if (value) hints[name] = redactText(value, knownSecrets).slice(0, 200);
  }
  return {
    v: FACTS_VERSION,
    clusterId: input.clusterId,
    method: method && ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method) ? method : null,
    path: cleanPath(input.path),
    operationId: input.operationId ?? null,
    status: input.status ?? null,
    title: clip(input.title, knownSecrets),
    detail: clip(input.detail, knownSecrets),
    principal: input.principal ?? null,
    hints,
    at:
      input.at === null || input.at === undefined
        ? null
        : typeof input.at === 'number'
          ? new Date(input.at).toISOString()
          : input.at,
  };
}

/**
 * The facts of a request from this tab's log. Only method, path, status and the problem's title and
 * detail are read: the logged headers and body are never looked at, masked or not.
 */
export function factsFromLogEntry(
  entry: Pick<RequestLogEntry, 'clusterId' | 'method' | 'path' | 'status' | 'problem' | 'startedAt'>,
  extra: { principal: PrincipalRef | null; operationId?: string | null; hints?: ResourceHints },
  knownSecrets: readonly string[] = [],
): DiagnosisFacts {
  const userTaskKey = /^\/v2\/user-tasks\/(\d+)(?:\/|$)/.exec(entry.path)?.[1];
  return diagnosisFacts(
    {
      clusterId: entry.clusterId,
      method: entry.method,
      path: entry.path,
      operationId: extra.operationId ?? null,
      status: entry.status,
      title: entry.problem?.title ?? null,
      detail: entry.problem?.detail ?? null,
      principal: extra.principal,
      hints: { ...(userTaskKey ? { userTaskKey } : {}), ...extra.hints },
      at: entry.startedAt,
    },
    knownSecrets,
  );
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The URL fragment (without `#`) that carries the facts. */
export function encodeFacts(facts: DiagnosisFacts): string {
  return `f=${toBase64Url(JSON.stringify(facts))}`;
}

/** The full share link, for the explain page of the facts' cluster. */
export function shareLink(origin: string, facts: DiagnosisFacts): string {
  return `${origin}/c/${encodeURIComponent(facts.clusterId)}/access/explain#${encodeFacts(facts)}`;
}

/** A link that cannot be read says why as a message, worded on the page in the UI language. */
export type DecodedFacts = { ok: true; facts: DiagnosisFacts } | { ok: false; error: Message };

/** Reads a fragment (`#f=…` or `f=…`); null when it carries no facts at all. */
export function decodeFacts(fragment: string): DecodedFacts | null {
  const raw = fragment.replace(/^#/, '');
  if (raw.length === 0) return null;
  const encoded = new URLSearchParams(raw).get('f');
  if (encoded === null) return null;
  if (raw.length > MAX_FRAGMENT_LENGTH) {
    return { ok: false, error: msg('explain.link.tooLong', { length: raw.length, max: MAX_FRAGMENT_LENGTH }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, error: msg('explain.link.damaged') };
  }
  if (typeof json === 'object' && json !== null && 'v' in json && json.v !== FACTS_VERSION) {
    return {
      ok: false,
      error: msg('explain.link.otherVersion', { format: String(json.v), current: FACTS_VERSION }),
    };
  }
  const parsed = factsSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    return {
      ok: false,
      error: where ? msg('explain.link.invalidField', { field: where }) : msg('explain.link.damaged'),
    };
  }
  return { ok: true, facts: parsed.data };
}

/** A principal as words in a sentence ("user ron", "mapping rule platform-admins"), in the UI language. */
export function principalName(ref: PrincipalRef): Message {
  return msg('explain.principal.name', { type: ref.type, id: ref.id });
}
