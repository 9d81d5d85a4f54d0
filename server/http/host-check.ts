import type { RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

// DNS-rebinding guard: a web page on another site can point its own host name at 127.0.0.1 and
// then call this server "same-origin", using the client secrets the server holds. Checking the
// Host header defeats that, as Vite's dev server does. Loopback binds accept only loopback names.

const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

export function isLoopbackBind(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

/** 'any' = no check (a public bind behind a reverse proxy, unless LANTERN_ALLOWED_HOSTS says otherwise). */
export type AllowedHosts = string[] | 'any';

export function defaultAllowedHosts(bindHost: string, configured: string | undefined): AllowedHosts {
  const list = (configured ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (list.length > 0) return [...loopbackNames, ...list];
  return isLoopbackBind(bindHost) ? [...loopbackNames] : 'any';
}

function hostName(header: string): string {
  const lower = header.toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.split(':')[0] ?? '';
}

export function hostCheck(allowed: AllowedHosts): RequestHandler {
  return (req, res, next) => {
    if (allowed === 'any') {
      next();
      return;
    }
    const host = req.headers.host;
    if (host && allowed.includes(hostName(host))) {
      next();
      return;
    }
    sendProblem(
      res,
      403,
      'host-not-allowed',
      'Host not allowed',
      'This Lantern server does not answer for this host name; add it to LANTERN_ALLOWED_HOSTS.',
    );
  };
}
