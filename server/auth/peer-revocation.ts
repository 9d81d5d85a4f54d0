import type { Logger } from '../logging/redacting-logger.ts';

// Sign-out across replicas without shared storage: the replica that signs a session out passes the
// sealed session on to every peer in LANTERN_PEERS, which opens it with the shared key (so only a genuine
// session can be revoked, and only by someone who holds it) and refuses it from then on.

export const peerRevocationPath = '/api/peer/session-revocations';
export const peerRevocationType = 'application/jose';

export function peerRevocationNotifier(
  peers: readonly string[],
  logger: Logger,
  timeoutMs = 3000,
): (sessionBlob: string) => Promise<void> {
  return async (sessionBlob) => {
    await Promise.all(
      peers.map(async (peer) => {
        try {
          const response = await fetch(`${peer}${peerRevocationPath}`, {
            method: 'POST',
            headers: { 'content-type': peerRevocationType },
            body: sessionBlob,
            redirect: 'error',
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (response.status !== 204) throw new Error(`HTTP ${response.status}`);
        } catch (error) {
          // The limit documented in docs/configuration.md: this peer accepts the session until it expires.
          logger.warn(`sign-out not passed on to peer ${peer}: ${(error as Error).message}`);
        }
      }),
    );
  };
}
