import { describe, expect, it } from 'vitest';
import { parseProxyPath } from './proxy-path.ts';

describe('parseProxyPath', () => {
  it('accepts a plain path and keeps the query as sent', () => {
    expect(parseProxyPath('/clusters/c8run/v2/user-tasks/123?x=1')).toEqual({
      ok: true,
      clusterId: 'c8run',
      path: '/v2/user-tasks/123',
      query: '?x=1',
    });
  });

  it('keeps a ; in the query string: only path segments are read as path parameters', () => {
    expect(parseProxyPath('/clusters/c8run/v2/topology?a=1;b=2')).toMatchObject({ ok: true, query: '?a=1;b=2' });
  });

  // Tomcat drops `;…` from a segment before resolving dot segments: `..;` is `..` to it.
  it.each([
    ['..;', '/clusters/c8run/v2/..;/actuator/env'],
    ['.;', '/clusters/c8run/v2/.;/topology'],
    ['..;x', '/clusters/c8run/v2/..;x/..;/actuator'],
    ['an encoded ..;', '/clusters/c8run/v2/%2e%2e;/actuator'],
    ['.. with an encoded ;', '/clusters/c8run/v2/..%3b/actuator'],
    ['an upper-case %3B', '/clusters/c8run/v2/..%3B/actuator'],
    ['a ; inside a segment', '/clusters/c8run/v2/user-tasks;jsessionid=abc'],
    ['a %3B inside a segment', '/clusters/c8run/v2/user-tasks/1%3Bx'],
    ['a ; in the cluster id', '/clusters/c8run;x/v2/topology'],
  ])('refuses %s', (_name, url) => {
    const target = parseProxyPath(url);
    expect(target.ok).toBe(false);
    if (!target.ok && target.reason === 'bad-path' && url.includes('/v2/')) {
      expect(target.detail).toMatch(/';'|malformed/);
    }
  });
});
