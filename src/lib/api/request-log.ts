import { useSyncExternalStore } from 'react';
import { MASK, redactValue } from '../authz/redact.ts';
import type { ProblemDetail } from './api-error.ts';

// Every cluster request the SPA makes, newest last, for the request-log drawer and the
// diagnosis view. Secrets never enter the visible entries: headers and bodies are redacted
// (by the one rule in lib/authz/redact.ts) before they are stored, and "copy as curl" only
// reveals a secret when asked, by reading the live credentials at copy time.
//
// The body as sent is kept beside the log, never in an entry, for one purpose: re-running a
// failed request must send exactly what was sent, not the masked copy (a variable called
// `password` would otherwise be replayed as "••••••"). It is forgotten with its entry.
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
export { MASK };

let entries: readonly RequestLogEntry[] = [];
const sentBodies = new Map<string, unknown>();
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

/**
 * `sentBody` is the body exactly as the client serialises it; it stays out of the entry (which
 * holds the redacted copy) and only `sentRequestBody` hands it out again.
 */
export function addRequestLogEntry(entry: RequestLogEntry, sentBody?: unknown): void {
  const next = [...entries, entry];
  entries = next.length > REQUEST_LOG_CAPACITY ? next.slice(next.length - REQUEST_LOG_CAPACITY) : next;
  if (sentBody !== undefined) sentBodies.set(entry.requestId, structuredClone(sentBody));
  forgetSentBodiesOutsideLog();
  emit();
}

function forgetSentBodiesOutsideLog(): void {
  if (sentBodies.size === 0) return;
  const kept = new Set(entries.map((e) => e.requestId));
  for (const id of sentBodies.keys()) if (!kept.has(id)) sentBodies.delete(id);
}

/**
 * The unredacted body of a logged request, for a replay only; `undefined` when it sent none or
 * when it is no longer kept (then a replay must refuse rather than send the masked copy).
 */
export function sentRequestBody(requestId: string): { body: unknown } | undefined {
  return sentBodies.has(requestId) ? { body: sentBodies.get(requestId) } : undefined;
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
  forgetSentBodiesOutsideLog();
  emit();
}

function subscribeRequestLog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRequestLog(): readonly RequestLogEntry[] {
  return useSyncExternalStore(subscribeRequestLog, getRequestLog, getRequestLog);
}

/** Headers as the log shows them: an Authorization header keeps its scheme, the credential is masked. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return redactValue(headers);
}

/** A body as the log shows it: secret-named fields masked at any depth, credential shapes scrubbed. */
export function redactBody(body: unknown): unknown {
  return redactValue(body);
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
