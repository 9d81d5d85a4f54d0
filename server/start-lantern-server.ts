import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { type LanternAppOptions, createLanternApp } from './app.ts';
import { isLoopbackBind, publicBindWithoutHostsMessage } from './http/host-check.ts';

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
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackBind(host) && !options.allowedHosts) throw new Error(publicBindWithoutHostsMessage(host));
  const app = createLanternApp(options);
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
