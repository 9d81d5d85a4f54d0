import { describe, expect, it } from 'vitest';
import { audiencesOf, decodeJwt, expiresAtOf } from './decode-jwt.ts';
import { fakeJwt } from '../../testing/cluster-fixtures.ts';

describe('decodeJwt', () => {
  it('reads header and claims, including non-ASCII names', () => {
    const { header, claims } = decodeJwt(fakeJwt({ sub: 'anna', name: 'Änna Ørsted', aud: ['a', 'b'], exp: 10 }));
    expect(header.alg).toBe('RS256');
    expect(claims.sub).toBe('anna');
    expect(audiencesOf(claims)).toEqual(['a', 'b']);
    expect(expiresAtOf(claims)).toBe(10_000);
  });

  it('strips a pasted "Bearer " prefix and tells whether a signature part is present', () => {
    const decoded = decodeJwt(`Bearer ${fakeJwt({ sub: 'u', name: 'Zoë' })}`);
    expect(decoded).toEqual({
      header: { alg: 'RS256', typ: 'at+jwt', kid: 'dev' },
      claims: { sub: 'u', name: 'Zoë' },
      hasSignature: true,
    });
  });

  it.each([
    ['', 'No token was given.'],
    ['abc', 'A JWT has three dot-separated parts; this has 1. Opaque (non-JWT) access tokens cannot be decoded.'],
    ['a.b.c.d.e', 'This is an encrypted token (JWE); only signed JWTs can be read.'],
    ['%%%.e30.x', 'The header is not valid base64url (contains characters that are not base64url).'],
    [`${btoa('{"alg":"none"}').replace(/=+$/, '')}.bm90IGpzb24.x`, 'The payload is not JSON.'],
    [
      `${btoa('{"alg":"none"}').replace(/=+$/, '')}.${btoa('[1,2]').replace(/=+$/, '')}.x`,
      'The payload is not a JSON object.',
    ],
  ])('explains why %j is not a JWT', (raw, message) => {
    expect(() => decodeJwt(raw)).toThrow(message);
  });
});
