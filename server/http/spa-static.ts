import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { sendProblem } from './problem.ts';

// The production build: hashed assets are immutable, index.html is always revalidated so a new
// deployment is picked up. Any other GET that looks like a page (no file extension, not an API or
// proxy path) gets index.html, and the SPA router takes over.

export function isSpaRoute(pathname: string): boolean {
  if (pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/clusters/')) return false;
  return path.posix.extname(pathname) === '';
}

export function serveProductionBuild(distDir: string): Router {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`LANTERN_DIST: ${root} has no index.html; run \`npm run build\` first`);
  }
  const router = express.Router();
  router.use(
    express.static(root, {
      index: false,
      redirect: false,
      setHeaders(res, filePath) {
        const relative = path.relative(root, filePath).split(path.sep).join('/');
        res.setHeader(
          'Cache-Control',
          relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        );
      },
    }),
  );
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isSpaRoute(req.path)) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  };
  router.use(fallback);
  return router;
}

export const notFound: RequestHandler = (req, res) => {
  sendProblem(res, 404, 'not-found', 'Not found', `Nothing at ${req.method} ${req.path}.`);
};
