import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../auth/decode-jwt.ts';
import {
  type ClaimSettings,
  inspectDecodedToken,
  relativeTime,
  resolveTokenCaller,
  type TokenInspection,
} from './token-inspection.ts';

function b64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function jwt(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'at+jwt' }) {
  return `${b64url(header)}.${b64url(claims)}.c2lnbmF0dXJl`;
}

const saas: ClaimSettings = {
  issuer: 'http://localhost:18080',
  audience: 'orchestration-api',
  usernameClaim: 'preferred_username',
  clientIdClaim: 'client_id',
  groupsClaim: 'groups',
  preferUsernameClaim: true,
};

const NOW = Date.parse('2026-01-01T12:00:00Z');
const nowS = NOW / 1000;

function inspect(claims: Record<string, unknown>, settings = saas, serverDate?: string): TokenInspection {
  return inspectDecodedToken(decodeJwt(jwt(claims)), settings, { now: NOW, serverDate });
}

describe('relativeTime', () => {
  it.each([
    [NOW + 4 * 60_000 + 5000, 'in 4 min'],
    [NOW - 3 * 3_600_000, '3 h ago'],
    [NOW + 45_000, 'in 45 s'],
    [NOW - 2 * 86_400_000, '2 d ago'],
    [NOW + 200, 'just now'],
  ])('%s → %s', (target, expected) => {
    expect(relativeTime(target, NOW)).toBe(expected);
  });
});

describe('inspectToken: times and clock skew', () => {
  it('shows exp/iat/nbf relative to the server clock and flags an expired token', () => {
    const inspection = inspect({ preferred_username: 'anna', exp: nowS - 120, iat: nowS - 420, nbf: nowS - 420 });
    expect(inspection.expired).toBe(true);
    expect(inspection.times.map((t) => [t.name, t.relative, t.problem !== null])).toEqual([
      ['exp', '2 min ago', true],
      ['iat', '7 min ago', false],
      ['nbf', '7 min ago', false],
    ]);
  });

  it('measures skew against the Date header and judges times by the cluster clock', () => {
    // The browser is 5 minutes ahead: by its clock the token expired, by the cluster's it has 2 minutes left.
    const inspection = inspect({ preferred_username: 'anna', exp: nowS - 180 }, saas, 'Thu, 01 Jan 2026 11:55:00 GMT');
    expect(inspection.clockSkewSeconds).toBe(300);
    expect(inspection.clockWarning).toBe(
      "Your clock is 300 s ahead of the cluster's; token times are shown against the cluster's clock.",
    );
    expect(inspection.expired).toBe(false);
    expect(inspection.times[0]?.relative).toBe('in 2 min');
  });

  it('flags nbf in the future and iat far in the future', () => {
    const inspection = inspect({ preferred_username: 'anna', nbf: nowS + 600, iat: nowS + 600 });
    expect(inspection.times.find((t) => t.name === 'nbf')?.problem).toBe('Not valid yet.');
    expect(inspection.times.find((t) => t.name === 'iat')?.problem).toContain('Issued in the future');
  });
});

describe('inspectToken: iss and aud', () => {
  it('accepts the configured issuer (trailing slash ignored) and audience in an array', () => {
    const inspection = inspect({
      preferred_username: 'anna',
      iss: 'http://localhost:18080/',
      aud: ['x', 'orchestration-api'],
    });
    expect(inspection.issuer.ok).toBe(true);
    expect(inspection.audience.ok).toBe(true);
  });

  it('explains a wrong audience as the cause of the 401', () => {
    const inspection = inspect({ preferred_username: 'anna', iss: 'http://evil', aud: 'other-api' });
    expect(inspection.audience).toEqual({
      expected: 'orchestration-api',
      actual: ['other-api'],
      ok: false,
      message:
        'Meant for other-api, but the cluster expects orchestration-api: it answers 401 ("The aud claim is not valid").',
    });
    expect(inspection.issuer.ok).toBe(false);
    expect(inspection.issuer.message).toBe('Issued by http://evil, but the cluster trusts http://localhost:18080.');
  });

  it('explains a missing aud claim, and says nothing is expected when the cluster does not configure one', () => {
    expect(inspect({ preferred_username: 'anna' }).audience.message).toContain('has no aud claim');
    expect(inspect({ preferred_username: 'anna' }, { ...saas, audience: null }).audience.ok).toBeNull();
  });
});

describe('caller resolution', () => {
  const base = { ...saas, preferUsernameClaim: false };

  it('a token carrying the client-id claim is a CLIENT, with a warning, when preferUsernameClaim is off', () => {
    const principal = resolveTokenCaller(
      { preferred_username: 'anna', client_id: 'lantern', groups: ['accounting'] },
      base,
    );
    expect(principal.caller).toEqual({ type: 'CLIENT', id: 'lantern' });
    expect(principal.notes[0]?.severity).toBe('warning');
    expect(principal.notes[0]?.text).toBe(
      'This token carries the client-id claim client_id, so Camunda treats it as CLIENT lantern, not as user anna: authorizations of user anna do not apply. Set prefer-username-claim to change this.',
    );
    expect(principal.groups).toEqual({ claim: 'groups', values: ['accounting'] });
  });

  it('preferUsernameClaim makes the same token a USER', () => {
    const principal = resolveTokenCaller({ preferred_username: 'anna', client_id: 'lantern' }, saas);
    expect(principal.caller).toEqual({ type: 'USER', id: 'anna' });
    expect(principal.notes[0]).toEqual({
      severity: 'info',
      text: 'The token also carries the client-id claim client_id (lantern); preferUsernameClaim makes it user anna.',
    });
  });

  it('a machine token without the username claim is a CLIENT, and its missing groups are normal (info)', () => {
    const principal = resolveTokenCaller({ client_id: 'worker-client' }, saas);
    expect(principal.caller).toEqual({ type: 'CLIENT', id: 'worker-client' });
    expect(principal.notes).toEqual([
      { severity: 'info', text: 'The groups claim groups is missing: the caller belongs to no group.' },
    ]);
  });

  it('no client-id claim configured: always USER', () => {
    const principal = resolveTokenCaller(
      { sub: 'abc', client_id: 'x' },
      { ...base, usernameClaim: 'sub', clientIdClaim: null },
    );
    expect(principal.caller).toEqual({ type: 'USER', id: 'abc' });
  });

  it('neither claim: the cluster rejects the token with its own text', () => {
    const principal = resolveTokenCaller({ sub: 'abc' }, base);
    expect(principal.caller).toBeNull();
    expect(principal.error).toBe(
      'Neither username claim (preferred_username) nor clientId claim (client_id) could be found in the claims. Please check your OIDC configuration.',
    );
  });

  it('a non-string claim is an error', () => {
    const principal = resolveTokenCaller({ preferred_username: 42 }, { ...base, clientIdClaim: null });
    expect(principal.error).toBe(
      "Value for $['preferred_username'] is not a string. Please check your OIDC configuration.",
    );
  });

  it('reads JSONPath claim settings and a missing groups claim', () => {
    const principal = resolveTokenCaller(
      { user: { login: 'kim' } },
      { ...base, usernameClaim: '$.user.login', clientIdClaim: null, groupsClaim: '$.realm.groups' },
    );
    expect(principal.caller).toEqual({ type: 'USER', id: 'kim' });
    expect(principal.groups).toEqual({ claim: '$.realm.groups', values: [] });
    // A user without groups is worth a look: its group grants do not apply.
    expect(principal.notes).toEqual([
      { severity: 'warning', text: 'The groups claim $.realm.groups is missing: the caller belongs to no group.' },
    ]);
  });
});
