import type { RequestHandler } from 'express';
import type { ClusterConfig } from '../config/cluster-config.ts';

// Security headers on every response, the proxy's and the error pages' included. The SPA talks to
// its own origin and, for OIDC, to the issuers' token endpoints, so those origins are the only
// extra connect-src entries. Styles: the production build has only stylesheet files and React
// sets style properties through the CSSOM, which CSP does not govern, so no 'unsafe-inline'.

export type CspMode = 'production' | 'development';

export function issuerOrigins(clusters: Iterable<ClusterConfig>): string[] {
  const origins = new Set<string>();
  for (const cluster of clusters) {
    if (cluster.oidc) origins.add(new URL(cluster.oidc.issuer).origin);
  }
  return [...origins].sort();
}

export function contentSecurityPolicy(clusters: Iterable<ClusterConfig>, mode: CspMode): string {
  const issuers = issuerOrigins(clusters);
  const extra = issuers.length > 0 ? ` ${issuers.join(' ')}` : '';
  // Vite's dev server needs its React-refresh inline preamble, injected <style> tags and a websocket.
  const dev = mode === 'development';
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `connect-src 'self'${extra}${dev ? ' ws: wss:' : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    `form-action 'self'${extra}`,
  ].join('; ');
}

export function securityHeaders(clusters: Iterable<ClusterConfig>, mode: CspMode): RequestHandler {
  const csp = contentSecurityPolicy(clusters, mode);
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}
