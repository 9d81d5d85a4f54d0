import type http from 'node:http';
import type { Response } from 'express';

// What of a cluster's answer headers reaches the browser, and how. A proxied answer is served from
// Lantern's own origin, so it must never become a document there: a cluster (or whatever answers at
// its address) that sends HTML or SVG would otherwise run script with Lantern's origin, its API and
// the tab's sessionStorage. Only JSON types pass as they are; everything else is a download of a
// neutral type, and a proxy-only CSP sandboxes whatever a browser might still render.

/** A second policy next to the app-wide one; browsers enforce both, so the stricter wins. */
export const proxiedAnswerCsp = "default-src 'none'; sandbox";

/** The cluster's own type when Lantern replaced it, so the SPA can still say "an HTML error page". */
export const upstreamContentTypeHeader = 'x-lantern-upstream-content-type';

// A `WWW-Authenticate: Basic` challenge on a same-origin 401 makes the browser open its native
// login prompt over Lantern's own form. The challenge is still useful to the connection check,
// so it crosses under another name.
const upstreamChallengeHeader = 'x-lantern-upstream-www-authenticate';

const passedHeaders = ['date', 'retry-after', 'cache-control'] as const;

// RFC 6838 type/subtype names; `+json` is the structured-syntax suffix of RFC 6839.
const jsonType = /^application\/(?:[a-z0-9][a-z0-9!#$&^_.+-]*\+)?json$/;

/**
 * The media type (no parameters, lower case) when the cluster's Content-Type is JSON, else null.
 * A list (`application/json, text/html`) is refused: browsers read the last type of a list.
 */
export function jsonMediaType(contentType: string | undefined): string | null {
  if (contentType === undefined || contentType.includes(',')) return null;
  const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return jsonType.test(essence) ? essence : null;
}

/** Marks an answer of the proxy, Lantern's own problems included, as inert. */
export function setProxyAnswerPolicy(res: Response): void {
  const existing = res.getHeader('content-security-policy');
  const policies = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader('Content-Security-Policy', [...policies, proxiedAnswerCsp]);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** Copies the allowed headers of a validated upstream answer onto the browser's response. */
export function relayAnswerHeaders(res: Response, upstream: http.IncomingMessage, bodyless: boolean): void {
  for (const name of passedHeaders) {
    const value = upstream.headers[name];
    if (value !== undefined) res.setHeader(name, value);
  }
  const length = upstream.headers['content-length'];
  if (length !== undefined) res.setHeader('Content-Length', length);
  const challenge = upstream.headers['www-authenticate'];
  if (challenge !== undefined) res.setHeader(upstreamChallengeHeader, challenge);

  const contentType = upstream.headers['content-type'];
  const json = jsonMediaType(contentType);
  if (json) {
    res.setHeader('Content-Type', json);
  } else if (!bodyless) {
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Disposition', 'attachment');
    if (contentType !== undefined) res.setHeader(upstreamContentTypeHeader, contentType);
  }
}

/** Undoes `relayAnswerHeaders` when the answer is refused after all. */
export function clearRelayedHeaders(res: Response): void {
  for (const name of [
    ...passedHeaders,
    'content-length',
    'content-type',
    'content-disposition',
    upstreamChallengeHeader,
  ]) {
    res.removeHeader(name);
  }
  res.removeHeader(upstreamContentTypeHeader);
}
