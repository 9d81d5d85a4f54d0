import { describe, expect, it } from 'vitest';
import { createDemoMemoryAdapter } from './demo-memory-adapter.ts';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('demo OIDC memory adapter', () => {
  it('finds what was stored, by id, uid and user code, per model', async () => {
    const factory = createDemoMemoryAdapter();
    const sessions = factory('Session');
    await sessions.upsert('s1', { uid: 'u1', accountId: 'anna' }, 60);
    await factory('DeviceCode').upsert('d1', { userCode: 'ABCD-EFGH', clientId: 'lantern' }, 60);

    expect(await sessions.find('s1')).toMatchObject({ accountId: 'anna' });
    expect(await sessions.findByUid('u1')).toMatchObject({ accountId: 'anna' });
    expect(await factory('DeviceCode').findByUserCode('ABCD-EFGH')).toMatchObject({ clientId: 'lantern' });
    // The same id under another model is another entry.
    expect(await factory('AccessToken').find('s1')).toBeUndefined();
  });

  it('forgets an entry once its lifetime has passed, and keeps one without a lifetime', async () => {
    const time = clock();
    const factory = createDemoMemoryAdapter(time.now);
    const codes = factory('AuthorizationCode');
    await codes.upsert('c1', { uid: 'u1' }, 60);
    await codes.upsert('c2', {});

    time.advance(59_999);
    expect(await codes.find('c1')).toBeDefined();
    time.advance(1);
    expect(await codes.find('c1')).toBeUndefined();
    expect(await codes.findByUid('u1')).toBeUndefined();
    time.advance(365 * 24 * 3600 * 1000);
    expect(await codes.find('c2')).toBeDefined();
  });

  it('marks a consumed code and destroys on request', async () => {
    const time = clock(5_000_000);
    const codes = createDemoMemoryAdapter(time.now)('AuthorizationCode');
    await codes.upsert('c1', {}, 60);
    await codes.consume('c1');
    expect(await codes.find('c1')).toMatchObject({ consumed: 5_000 });
    await codes.destroy('c1');
    expect(await codes.find('c1')).toBeUndefined();
  });

  it('revoking a grant removes its tokens of every model and nothing else', async () => {
    const factory = createDemoMemoryAdapter();
    await factory('AccessToken').upsert('a1', { grantId: 'g1' }, 300);
    await factory('RefreshToken').upsert('r1', { grantId: 'g1' }, 300);
    await factory('AccessToken').upsert('a2', { grantId: 'g2' }, 300);

    await factory('Grant').revokeByGrantId('g1');

    expect(await factory('AccessToken').find('a1')).toBeUndefined();
    expect(await factory('RefreshToken').find('r1')).toBeUndefined();
    expect(await factory('AccessToken').find('a2')).toMatchObject({ grantId: 'g2' });
  });

  it('revoking a grant leaves an interaction that mentions it, so a sign-in as someone else can finish', async () => {
    const factory = createDemoMemoryAdapter();
    await factory('Interaction').upsert('i1', { uid: 'i1', grantId: 'g1' }, 300);
    await factory('RefreshToken').upsert('r1', { grantId: 'g1' }, 300);

    await factory('Grant').revokeByGrantId('g1');

    expect(await factory('Interaction').find('i1')).toMatchObject({ grantId: 'g1' });
    expect(await factory('RefreshToken').find('r1')).toBeUndefined();
  });

  it('keeps every entry: 5,000 live sessions are all still there (no 1,000-entry eviction)', async () => {
    const sessions = createDemoMemoryAdapter()('Session');
    for (let i = 0; i < 5000; i++) await sessions.upsert(`s${i}`, { accountId: `user-${i}` }, 3600);
    expect(await sessions.find('s0')).toMatchObject({ accountId: 'user-0' });
    expect(await sessions.find('s4999')).toMatchObject({ accountId: 'user-4999' });
  });

  it('gives every provider its own store', async () => {
    await createDemoMemoryAdapter()('Session').upsert('s1', { accountId: 'anna' }, 60);
    expect(await createDemoMemoryAdapter()('Session').find('s1')).toBeUndefined();
  });
});
