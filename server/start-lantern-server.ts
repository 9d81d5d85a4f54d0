import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { type LanternAppOptions, createLanternApp } from './app.ts';

export interface RunningLanternServer {
  /** `http://localhost:<port>`: the origin the OIDC redirect URIs are registered for. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StartLanternServerOptions extends LanternAppOptions {
  port: number;
  host?: string;
  /** Called on close, e.g. to stop Vite's dev server. */
  onClose?: () => Promise<void>;
}

export async function startLanternServer(options: StartLanternServerOptions): Promise<RunningLanternServer> {
  const app = createLanternApp(options);
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const displayHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${displayHost}:${port}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await options.onClose?.();
    },
  };
}
