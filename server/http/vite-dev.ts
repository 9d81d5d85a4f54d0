import type { RequestHandler } from 'express';

// Development only: Vite in middleware mode (HMR, no build). Imported lazily so production never
// loads Vite.
export async function createViteMiddleware(): Promise<{ middlewares: RequestHandler; close: () => Promise<void> }> {
  const { createServer } = await import('vite');
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'spa' });
  return { middlewares: vite.middlewares as unknown as RequestHandler, close: () => vite.close() };
}
