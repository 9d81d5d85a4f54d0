import type { RequestHandler } from 'express';
import { ConfigError } from '../config/cluster-config.ts';
import { sendProblem } from './problem.ts';

// DNS-rebinding guard: a web page on another site can point its own host name at Lantern's address and
// then call this server "same-origin", using the client secrets the server holds. Checking the Host
// header defeats that, as Vite's dev server does. The loopback names are always accepted; any other name
// must be listed in LANTERN_ALLOWED_HOSTS, and a bind other than loopback without that list is refused
// at start-up rather than answering every host name.

const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

export function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export type AllowedHosts = string[];

export function publicBindWithoutHostsMessage(bindHost: string): string {
  return (
    `LANTERN_ALLOWED_HOSTS: required when LANTERN_HOST is '${bindHost}' (not loopback): list the host names ` +
    'browsers use to reach Lantern, comma-separated (e.g. lantern.example.com), so that no other name is answered'
  );
}

function normalizeName(raw: string): string {
  const name = raw.trim().toLowerCase();
  // A bare IPv6 address is written in brackets in a Host header.
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

export function defaultAllowedHosts(bindHost: string, configured: string | undefined): AllowedHosts {
  const list = (configured ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
    .map(normalizeName);
  if (list.includes('*')) {
    throw new ConfigError("LANTERN_ALLOWED_HOSTS: '*' is not accepted; list the host names browsers use");
  }
  if (list.length === 0 && !isLoopbackBind(bindHost)) throw new ConfigError(publicBindWithoutHostsMessage(bindHost));
  return [...new Set([...loopbackNames, ...list])];
}

function hostName(header: string): string {
  const lower = header.toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.split(':')[0] ?? '';
}

export function hostCheck(allowed: AllowedHosts): RequestHandler {
  return (req, res, next) => {
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
