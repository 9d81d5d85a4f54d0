import type { Caller } from '../auth/caller.ts';
import type { DecodedJwt } from '../auth/decode-jwt.ts';
import type { Message } from '../i18n/message.ts';

export type ConnectionMethod = 'none' | 'basic' | 'oidc' | 'client-credentials' | 'token';

/** What the UI may know about a connection. Secrets are kept apart, in the store's memory only. */
export interface Connection {
  clusterId: string;
  method: ConnectionMethod;
  /** Who the cluster takes the requests to be from, by its own rule (token-inspection.ts). */
  caller: Caller;
  /** Access-token expiry in epoch ms, when the credential expires at all. */
  expiresAt: number | null;
  /** Decoded (never verified, never the signature) token, for who-am-I and diagnosis. */
  token: DecodedJwt | null;
  connectedAt: number;
}

/** Why the user was sent back to sign in; shown on the connect page. */
export interface SignInNotice {
  clusterId: string;
  reason: Message;
  /** The cluster's own words, verbatim. */
  detail: string | null;
  at: number;
}
