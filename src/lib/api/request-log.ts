import { useSyncExternalStore } from 'react';
import type { ProblemDetail } from './api-error.ts';

// Every cluster request the SPA makes, newest last, for the request-log drawer and the
// diagnosis view. Secrets never enter this buffer: headers and bodies are redacted before
// they are stored, and "copy as curl" only reveals a secret when asked, by reading the
// live credentials at copy time.
export interface RequestLogEntry {
  requestId: string;
  clusterId: string;
  method: string;
  path: string;
  query: Record<string, string>;
  requestBody: unknown;
  /** null while the request is in flight; 0 when no answer arrived. */
  status: number | null;
  durationMs: number | null;
  startedAt: number;
  requestHeaders: Record<string, string>;
  problem: ProblemDetail | null;
  /** The server's `Date` header, for clock-skew checks of token lifetimes. */
  responseDate: string | null;
  /** Set when the answer was not what the client expected (network, proxy, invalid shape). */
  errorKind: string | null;
  errorMessage: string | null;
}

export const REQUEST_LOG_CAPACITY = 200;
export const MASK = '••••••';

let entries: readonly RequestLogEntry[] = [];
const listeners = new Set<() => void>();
let counter = 0;

function emit(): void {
  for (const l of listeners) l();
}

export function newRequestId(): string {
  counter += 1;
  const random = Math.random().toString(36).slice(2, 8);
  return `r${Date.now().toString(36)}-${counter}-${random}`;
}

export function addRequestLogEntry(entry: RequestLogEntry): void {
  const next = [...entries, entry];
  entries = next.length > REQUEST_LOG_CAPACITY ? next.slice(next.length - REQUEST_LOG_CAPACITY) : next;
  emit();
}

export function updateRequestLogEntry(requestId: string, patch: Partial<RequestLogEntry>): void {
  let changed = false;
  entries = entries.map((e) => {
    if (e.requestId !== requestId) return e;
    changed = true;
    return { ...e, ...patch };
  });
  if (changed) emit();
}

export function getRequestLogEntry(requestId: string): RequestLogEntry | undefined {
  return entries.find((e) => e.requestId === requestId);
}

export function getRequestLog(): readonly RequestLogEntry[] {
  return entries;
}

/** Forget a cluster's requests (sign-out) or all of them. */
export function clearRequestLog(clusterId?: string): void {
  entries = clusterId === undefined ? [] : entries.filter((e) => e.clusterId !== clusterId);
  emit();
}

export function subscribeRequestLog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRequestLog(): readonly RequestLogEntry[] {
  return useSyncExternalStore(subscribeRequestLog, getRequestLog, getRequestLog);
}

const SECRET_HEADERS = new Set(['authorization', 'x-lantern-session', 'cookie', 'proxy-authorization']);
const SECRET_KEY = /secret|password|passwd|token|credential|authorization/i;

/** Keeps the scheme of an Authorization header (it helps diagnosis) and masks the rest. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!SECRET_HEADERS.has(lower)) {
      out[name] = value;
    } else if (lower === 'authorization' || lower === 'proxy-authorization') {
      const scheme = /^(\w+)\s/.exec(value)?.[1];
      out[name] = scheme ? `${scheme} ${MASK}` : MASK;
    } else {
      out[name] = MASK;
    }
  }
  return out;
}

/** Masks values under secret-looking keys, at any depth. */
export function redactBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redactBody);
  if (body !== null && typeof body === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      out[k] = SECRET_KEY.test(k) && v !== null && v !== undefined && v !== '' ? MASK : redactBody(v);
    }
    return out;
  }
  return body;
}

export interface CurlOptions {
  revealSecrets: boolean;
  /** Origin of the Lantern server; the curl goes through its proxy, like the SPA did. */
  origin?: string;
  /** The live secret headers of the cluster's connection, used only when revealSecrets is true. */
  secretHeaders?: Record<string, string>;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

export function requestUrl(entry: Pick<RequestLogEntry, 'clusterId' | 'path' | 'query'>, origin = ''): string {
  const qs = new URLSearchParams(entry.query).toString();
  return `${origin}/clusters/${encodeURIComponent(entry.clusterId)}${entry.path}${qs ? `?${qs}` : ''}`;
}

export function toCurl(entry: RequestLogEntry, options: CurlOptions): string {
  const origin = options.origin ?? (typeof window === 'undefined' ? '' : window.location.origin);
  const parts = ['curl', '-X', entry.method, shellQuote(requestUrl(entry, origin))];
  const headers: Record<string, string> = { ...entry.requestHeaders };
  if (options.revealSecrets && options.secretHeaders) {
    for (const [name, value] of Object.entries(options.secretHeaders)) {
      const existing = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase());
      if (existing !== undefined) delete headers[existing];
      headers[name] = value;
    }
  }
  for (const [name, value] of Object.entries(headers)) {
    parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  if (entry.requestBody !== undefined) {
    parts.push('--data-raw', shellQuote(JSON.stringify(entry.requestBody)));
  }
  return parts.join(' ');
}
