import type { Request, RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

// Cross-site request forgery: a page on another site can make the browser POST a form (text/plain,
// urlencoded, multipart) to Lantern without any CORS preflight. Every state-changing request must come
// from Lantern's own origin — by `Sec-Fetch-Site`, or by `Origin` naming the host that was asked — and
// state-changing /api calls must be JSON, which a form cannot send. Requests with neither header come
// from programs (curl, scripts), not from a browser another site could steer.

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSameOrigin(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === (req.headers.host ?? '').toLowerCase();
  } catch {
    // `Origin: null` (sandboxed frames, opaque redirects) is never ours.
    return false;
  }
}

export function sameOriginOnly(): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method) || isSameOrigin(req)) {
      next();
      return;
    }
    sendProblem(
      res,
      403,
      'cross-site-request',
      'Cross-site request refused',
      'Lantern accepts changes only from its own pages.',
    );
  };
}

/** State-changing /api calls carry JSON (a body-less DELETE needs none). */
export function jsonBodiesOnly(): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method) || req.method === 'DELETE' || req.is('application/json')) {
      next();
      return;
    }
    sendProblem(
      res,
      415,
      'unsupported-media-type',
      'Unsupported media type',
      'This endpoint accepts only Content-Type: application/json.',
    );
  };
}
