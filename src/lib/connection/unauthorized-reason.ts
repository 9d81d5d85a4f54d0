import { audiencesOf, expiresAtOf, type DecodedJwt } from '../auth/decode-jwt.ts';
import { msg, type Message } from '../i18n/message.ts';
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
  /** Worded at render (a cached sentence would survive a language switch). */
  summary: Message;
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
    return { code: 'no-credentials', summary: msg('signIn.unauthorized.noCredentials') };
  }
  if (method === 'basic') {
    return { code: 'bad-credentials', summary: msg('signIn.unauthorized.badCredentials') };
  }
  if (detail && /Neither username claim .* nor clientId claim/i.test(detail)) {
    return { code: 'unknown-claim', summary: msg('signIn.unauthorized.unknownClaim') };
  }
  if (token) {
    const exp = expiresAtOf(token.claims);
    if ((exp !== null && exp <= now) || (detail !== null && /expired/i.test(detail))) {
      // The time stays a number: the sentence formats it in the UI language.
      return {
        code: 'expired-token',
        summary: exp === null ? msg('signIn.unauthorized.expired') : msg('signIn.unauthorized.expiredAt', { at: exp }),
      };
    }
    const audiences = audiencesOf(token.claims);
    if (
      (expectedAudience !== null && !audiences.includes(expectedAudience)) ||
      (detail !== null && /\baud\b/i.test(detail))
    ) {
      const got = audiences.length ? audiences.map((a) => `'${a}'`).join(', ') : msg('common.none');
      const want = expectedAudience ? `'${expectedAudience}'` : msg('signIn.unauthorized.anotherAudience');
      return { code: 'wrong-audience', summary: msg('signIn.unauthorized.wrongAudience', { got, want }) };
    }
  }
  if (method === 'client-credentials' && !token) {
    return { code: 'session-expired', summary: msg('signIn.unauthorized.sessionExpired') };
  }
  return { code: 'rejected', summary: msg('signIn.unauthorized.rejected') };
}
