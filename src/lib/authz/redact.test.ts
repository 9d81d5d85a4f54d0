import { describe, expect, it } from 'vitest';
import { MASK, redactText, redactValue } from './redact.ts';

const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJhbm5hIiwiYXVkIjoib3JjaGVzdHJhdGlvbi1hcGkifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('redactText', () => {
  it.each([
    [`token ${JWT} end`, `token ${MASK} end`],
    ['Authorization: Bearer abc.DEF-123', `Authorization: ${MASK}`],
    ['header was Bearer abcDEF123456', `header was Bearer ${MASK}`],
    ['sent Basic cm9uOnJvbg==', `sent Basic ${MASK}`],
    ['Cookie: session=xyz', `Cookie: ${MASK}`],
    ['X-Lantern-Session: 0f3c', `X-Lantern-Session: ${MASK}`],
    [
      'grant_type=client_credentials&client_id=w&client_secret=worker-secret',
      `grant_type=client_credentials&client_id=w&client_secret=${MASK}`,
    ],
    ['http://ron:ron@localhost:8081/v2', `http://${MASK}@localhost:8081/v2`],
    ['{"password":"p4ss","name":"x"}', `{"password":"${MASK}","name":"x"}`],
    ['curl -u demo:demo http://x', `curl -u ${MASK} http://x`],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('keeps prose and placeholders', () => {
    const prose =
      "Basic auth and a Bearer token; curl -u '<username>:<password>' -H 'Authorization: Bearer <access-token>'";
    expect(redactText(prose)).toBe(
      "Basic auth and a Bearer token; curl -u '<username>:<password>' -H 'Authorization: Bearer <access-token>'",
    );
  });

  it('removes known secrets wherever they appear, also base64-encoded', () => {
    const text = `password was hunter2-long and header Basic ${btoa('ron:hunter2-long')}, plain ${btoa('hunter2-long')}`;
    const result = redactText(text, ['hunter2-long']);
    expect(result).not.toContain('hunter2-long');
    expect(result).not.toContain(btoa('hunter2-long'));
  });
});

describe('redactValue', () => {
  it('replaces secret-named fields and scrubs nested strings', () => {
    const value = {
      headers: { Authorization: 'Basic abc', Accept: 'application/json' },
      clientSecret: 'worker-secret',
      nested: [{ access_token: JWT, note: `got ${JWT}` }],
      permissionTypes: ['READ'],
      count: 3,
    };
    expect(redactValue(value)).toEqual({
      headers: { Authorization: `Basic ${MASK}`, Accept: 'application/json' },
      clientSecret: MASK,
      nested: [{ access_token: MASK, note: `got ${MASK}` }],
      permissionTypes: ['READ'],
      count: 3,
    });
  });
});
