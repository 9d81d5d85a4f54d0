import { audiencesOf, expiresAtOf, type DecodedJwt } from '../auth/decode-jwt.ts';
import type { ConnectionMethod } from './connection-types.ts';

// Why a cluster answered 401. Camunda's `detail` texts are Spring defaults that no Camunda
// test pins down (docs/camunda-api/error-messages.md §2), so the verdict comes from what we sent and what the token
// says; the server's detail is always shown verbatim next to it, never parsed for the verdict
// except for the one Camunda-specific "Neither username claim … nor clientId claim" text.
export type UnauthorizedCode =
  | 'no-credentials'
  | 'bad-credentials'
  | 'expired-token'
  | 'wrong-audience'
  | 'unknown-claim'
  | 'session-expired'
  | 'rejected';

export interface UnauthorizedReason {
  code: UnauthorizedCode;
  summary: string;
}

export interface UnauthorizedInput {
  method: ConnectionMethod | null;
  token: DecodedJwt | null;
  expectedAudience: string | null;
  detail: string | null;
  /** Server time (from the `Date` header) when known, so a skewed local clock does not mislead. */
  now?: number;
}

export function explainUnauthorized(input: UnauthorizedInput): UnauthorizedReason {
  const { method, token, expectedAudience, detail } = input;
  const now = input.now ?? Date.now();
  if (method === null || method === 'none') {
    return { code: 'no-credentials', summary: 'No credentials were sent, and the cluster requires authentication.' };
  }
  if (method === 'basic') {
    return { code: 'bad-credentials', summary: 'The cluster rejected the username or password.' };
  }
  if (detail && /Neither username claim .* nor clientId claim/i.test(detail)) {
    return {
      code: 'unknown-claim',
      summary:
        'The token carries neither the username claim nor the client-id claim the cluster is configured to read.',
    };
  }
  if (token) {
    const exp = expiresAtOf(token.claims);
    if ((exp !== null && exp <= now) || (detail !== null && /expired/i.test(detail))) {
      const at = exp === null ? '' : ` at ${new Date(exp).toISOString()}`;
      return { code: 'expired-token', summary: `The access token expired${at}.` };
    }
    const audiences = audiencesOf(token.claims);
    if (
      (expectedAudience !== null && !audiences.includes(expectedAudience)) ||
      (detail !== null && /\baud\b/i.test(detail))
    ) {
      const got = audiences.length ? audiences.map((a) => `'${a}'`).join(', ') : 'none';
      const want = expectedAudience ? `'${expectedAudience}'` : 'another audience';
      return {
        code: 'wrong-audience',
        summary: `Wrong audience: the token is for ${got}, the cluster expects ${want}.`,
      };
    }
  }
  if (method === 'client-credentials' && !token) {
    return { code: 'session-expired', summary: 'The server-held client-credentials session is gone or expired.' };
  }
  return { code: 'rejected', summary: 'The cluster rejected the credentials.' };
}
