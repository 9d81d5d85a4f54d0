import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../auth/decode-jwt.ts';
import { msg } from '../i18n/message.ts';
import { englishT, germanT } from '../../testing/translate.ts';
import {
  type ClaimSettings,
  configurationCauses,
  configurationCausesFromText,
  inspectDecodedToken,
  resolveTokenCaller,
  type TokenInspection,
  type TokenNote,
} from './token-inspection.ts';

/** Notes as a reader sees them: severity and English words (backticks mark API names). */
const english = (notes: TokenNote[]) =>
  notes.map((note) => ({ severity: note.severity, text: englishT.message(note.text) }));

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

describe('inspectToken: times and clock skew', () => {
  it('lists exp/iat/nbf, judged against the browser clock without a Date header, and flags an expired token', () => {
    const inspection = inspect({ preferred_username: 'anna', exp: nowS - 120, iat: nowS - 420, nbf: nowS - 420 });
    expect(inspection.expired).toBe(true);
    expect(inspection.referenceMs).toBe(NOW);
    expect(inspection.times.map((t) => [t.name, t.epochSeconds, t.problem?.id ?? null])).toEqual([
      ['exp', nowS - 120, 'capabilities.token.expired'],
      ['iat', nowS - 420, null],
      ['nbf', nowS - 420, null],
    ]);
  });

  it('measures skew against the Date header and judges times by the cluster clock', () => {
    // The browser is 5 minutes ahead: by its clock the token expired, by the cluster's it has 2 minutes left.
    const inspection = inspect({ preferred_username: 'anna', exp: nowS - 180 }, saas, 'Thu, 01 Jan 2026 11:55:00 GMT');
    expect(inspection.clockSkewSeconds).toBe(300);
    const warning = inspection.clockWarning;
    expect(warning && englishT.message(warning)).toBe(
      "Your clock is 300 s ahead of the cluster's; token times are shown against the cluster's clock.",
    );
    expect(warning && germanT.message(warning)).toBe(
      'Ihre Uhr geht gegenüber der des Clusters 300 s vor; Token-Zeiten werden nach der Uhr des Clusters angezeigt.',
    );
    expect(inspection.expired).toBe(false);
    // Views show times relative to the cluster's clock: exp is two minutes after it.
    expect((inspection.times[0]?.epochSeconds ?? 0) * 1000 - inspection.referenceMs).toBe(120_000);
  });

  it('flags nbf in the future and iat far in the future', () => {
    const inspection = inspect({ preferred_username: 'anna', nbf: nowS + 600, iat: nowS + 600 });
    const nbf = inspection.times.find((t) => t.name === 'nbf')?.problem;
    const iat = inspection.times.find((t) => t.name === 'iat')?.problem;
    expect(nbf && englishT.message(nbf)).toBe('Not valid yet.');
    expect(iat && englishT.message(iat)).toContain('Issued in the future');
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
      message: msg('capabilities.token.audienceMismatch', { audiences: 'other-api', expected: 'orchestration-api' }),
    });
    expect(inspection.issuer.ok).toBe(false);
    expect(inspection.issuer.message).toEqual(
      msg('capabilities.token.issuerMismatch', { issuer: 'http://evil', expected: 'http://localhost:18080' }),
    );
  });

  it('explains a missing aud claim, and says nothing is expected when the cluster does not configure one', () => {
    expect(inspect({ preferred_username: 'anna' }).audience.message).toEqual(
      msg('capabilities.token.audienceMissing', { expected: 'orchestration-api' }),
    );
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
    expect(english(principal.notes)).toEqual([
      {
        severity: 'warning',
        text: 'This token carries the client-id claim `client_id`, so Camunda treats it as `CLIENT` lantern, not as user anna: authorizations of user anna do not apply. Set `prefer-username-claim` to change this.',
      },
    ]);
    expect(principal.groups).toEqual({ claim: 'groups', values: ['accounting'] });
  });

  it('preferUsernameClaim makes the same token a USER', () => {
    const principal = resolveTokenCaller({ preferred_username: 'anna', client_id: 'lantern' }, saas);
    expect(principal.caller).toEqual({ type: 'USER', id: 'anna' });
    expect(english(principal.notes)[0]).toEqual({
      severity: 'info',
      text: 'The token also carries the client-id claim `client_id` (lantern); `preferUsernameClaim` makes it user anna.',
    });
  });

  it('a machine token without the username claim is a CLIENT, and its missing groups are normal (info)', () => {
    const principal = resolveTokenCaller({ client_id: 'worker-client' }, saas);
    expect(principal.caller).toEqual({ type: 'CLIENT', id: 'worker-client' });
    expect(english(principal.notes)).toEqual([
      { severity: 'info', text: 'The groups claim `groups` is missing: the caller belongs to no group.' },
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
    expect(english(principal.notes)).toEqual([
      { severity: 'warning', text: 'The groups claim `$.realm.groups` is missing: the caller belongs to no group.' },
    ]);
  });
});

describe('configuration causes', () => {
  it('a token for another audience: the cause and the token-side fix, worded in either language', () => {
    const [cause] = configurationCauses({ aud: ['account'], iss: saas.issuer, client_id: 'tasklist' }, saas, null);
    expect(cause?.kind).toBe('audience');
    expect(cause && englishT.message(cause.sentence)).toBe(
      'The token is meant for `account`, but the cluster expects `orchestration-api`: it answers 401 before checking any permission.',
    );
    expect(cause && germanT.message(cause.sentence)).toBe(
      'Das Token ist für `account` bestimmt, aber der Cluster erwartet `orchestration-api`: Er antwortet mit 401, bevor er irgendeine Berechtigung prüft.',
    );
    expect(cause?.alternative && englishT.message(cause.alternative)).toContain(
      'Request the token with audience `orchestration-api`',
    );
  });

  it("reads the causes from a 401's text alone", () => {
    const causes = configurationCausesFromText('The iss claim is not valid', saas);
    expect(causes.map((c) => englishT.message(c.sentence))).toEqual([
      'The cluster rejected the token before checking any permission: it was issued by an identity provider the cluster does not trust (it trusts `http://localhost:18080`).',
    ]);
  });
});
