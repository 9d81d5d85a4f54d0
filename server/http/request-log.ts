import type { RequestHandler } from 'express';
import type { Logger } from '../logging/redacting-logger.ts';

// One line per request: method, path without query (queries can carry search terms or, from a
// careless caller, a token), status and duration. Session ids are bearer-like handles, so they
// are masked in the path as well — by route, as the router matches it (any letter case, repeated
// slashes, percent-encoded letters), not by the exact spelling of the path.

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

export function loggablePath(originalUrl: string): string {
  const path = originalUrl.split('?')[0] ?? '';
  const segments = path.split('/');
  const named = segments.map((segment, index) => ({ segment, index })).filter(({ segment }) => segment !== '');
  const [api, sessions, id] = named;
  if (api && sessions && id && decoded(api.segment) === 'api' && decoded(sessions.segment) === 'sessions') {
    segments[id.index] = ':sessionId';
  }
  return segments.join('/');
}

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const aborted = res.writableFinished ? '' : ' (aborted)';
      logger.info(`${req.method} ${loggablePath(req.originalUrl)} ${res.statusCode} ${ms.toFixed(1)}ms${aborted}`);
    });
    next();
  };
}
