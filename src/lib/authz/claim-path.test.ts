import { describe, expect, it } from 'vitest';
import { claimMatches, parseClaimPath, readClaim } from './claim-path.ts';

const claims = {
  sub: 'u-1',
  preferred_username: 'anna',
  'client-id': 'worker',
  groups: ['accounting', 'eng'],
  realm_access: { roles: ['approver', 'viewer'] },
  level: 7,
};

describe('claim paths', () => {
  it.each([
    ['$.sub', ['sub']],
    ['sub', ['sub']],
    ["$['client-id']", ['client-id']],
    ['$["client-id"]', ['client-id']],
    ['$.realm_access.roles', ['realm_access', 'roles']],
    ['$.groups[0]', ['groups', 0]],
    ["$['realm_access']['roles'][1]", ['realm_access', 'roles', 1]],
  ])('parses %s', (path, expected) => {
    expect(parseClaimPath(path)).toEqual(expected);
  });

  it.each(['', '$', '$..sub', '$.groups[*]', '$[?(@.a)]', '$.a[x]'])('rejects %j', (path) => {
    expect(parseClaimPath(path)).toBeNull();
  });

  it('reads nested values and array elements', () => {
    expect(readClaim(claims, '$.realm_access.roles[1]')).toBe('viewer');
    expect(readClaim(claims, "$['client-id']")).toBe('worker');
    expect(readClaim(claims, '$.missing.deeper')).toBeUndefined();
    expect(readClaim(claims, '$.groups[5]')).toBeUndefined();
    expect(readClaim(claims, '$..bad')).toBeUndefined();
  });

  it('matches by equality or array-contains, type-strictly', () => {
    expect(claimMatches(claims, '$.sub', 'u-1')).toBe(true);
    expect(claimMatches(claims, '$.groups', 'eng')).toBe(true);
    expect(claimMatches(claims, '$.realm_access.roles', 'approver')).toBe(true);
    expect(claimMatches(claims, '$.groups', 'sales')).toBe(false);
    expect(claimMatches(claims, '$.level', '7')).toBe(false);
    expect(claimMatches(claims, '$.nope', 'u-1')).toBe(false);
    expect(claimMatches(claims, '$[bad', 'u-1')).toBe(false);
  });
});
