import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Logger } from '../logging/redacting-logger.ts';

// Sign-out across replicas without shared storage: the replica that signs a session out passes the
// sealed session on to every peer in LANTERN_PEERS, which opens it with the shared key (so only a genuine
// session can be revoked, and only by someone who holds it) and refuses it from then on. A peer name
// that resolves to several addresses (a Kubernetes headless Service) is told at every address, so one
// entry reaches every replica running at that moment.

export const peerRevocationPath = '/api/peer/session-revocations';
export const peerRevocationType = 'application/jose';

/** Every address a peer's host name resolves to. */
export type PeerLookup = (hostname: string) => Promise<string[]>;

const systemLookup: PeerLookup = async (hostname) =>
  (await lookup(hostname, { all: true })).map((entry) => entry.address);

function post(peer: URL, address: string, body: string, timeoutMs: number): Promise<number> {
  const secure = peer.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      {
        host: address,
        port: peer.port || (secure ? 443 : 80),
        path: peerRevocationPath,
        method: 'POST',
        // The certificate is checked against the name, not the address it resolved to.
        servername: secure && isIP(peer.hostname) === 0 ? peer.hostname : undefined,
        headers: { host: peer.host, 'content-type': peerRevocationType, 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
        agent: false,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

export function peerRevocationNotifier(
  peers: readonly string[],
  logger: Logger,
  options: { timeoutMs?: number; lookup?: PeerLookup } = {},
): (sessionBlob: string) => Promise<void> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const resolve = options.lookup ?? systemLookup;
  return async (sessionBlob) => {
    await Promise.all(
      peers.map(async (peer) => {
        const url = new URL(peer);
        const hostname = url.hostname.replace(/^\[|\]$/g, '');
        let addresses: string[];
        try {
          addresses = isIP(hostname) === 0 ? await resolve(hostname) : [hostname];
        } catch (error) {
          logger.warn(`sign-out not passed on to peer ${peer}: ${(error as Error).message}`);
          return;
        }
        await Promise.all(
          addresses.map(async (address) => {
            try {
              const status = await post(url, address, sessionBlob, timeoutMs);
              if (status !== 204) throw new Error(`HTTP ${status}`);
            } catch (error) {
              // The limit documented in docs/configuration.md: this replica accepts the session until it expires.
              logger.warn(`sign-out not passed on to peer ${peer} at ${address}: ${(error as Error).message}`);
            }
          }),
        );
      }),
    );
  };
}
