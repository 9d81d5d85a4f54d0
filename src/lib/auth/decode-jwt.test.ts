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

  it('explains what is wrong with text that is not a JWT', () => {
    expect(() => decodeJwt('abc')).toThrow(/three dot-separated parts/);
    expect(() => decodeJwt('a.b.c')).toThrow(/base64url-encoded JSON/);
  });
});
