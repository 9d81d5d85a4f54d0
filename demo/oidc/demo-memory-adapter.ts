import type { Adapter, AdapterPayload } from 'oidc-provider';

// Storage for the demo OIDC provider's sessions, grants, codes and tokens. In memory by design: the
// demo forgets its sign-ins on restart, like every other part of the demo environment. It replaces
// oidc-provider's quick-start adapter, which warns on every start and keeps one module-wide store of
// at most 1,000 entries for all providers in the process (the tests start several), evicting live
// sessions under load. Here each provider has its own store, and entries leave only when they expire
// or are destroyed.

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; Infinity when oidc-provider gave no lifetime. */
  expiresAt: number;
}

/**
 * The models a revoked grant takes with it. An interaction also records the grant of the session it
 * started in; when someone else signs in there (an administrator in Lantern's popup), the provider ends
 * that session and revokes its grant, and the interaction must survive to finish the new sign-in.
 */
const grantBound = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/** How often at most the store drops expired entries, so a long-running demo does not grow. */
const sweepIntervalMs = 60_000;

/** One store per provider; pass the result as `adapter` in the provider configuration. */
export function createDemoMemoryAdapter(now: () => number = Date.now): (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  const byUid = new Map<string, string>();
  const byUserCode = new Map<string, string>();
  const byGrant = new Map<string, Set<string>>();
  let lastSweep = now();

  function live(key: string | undefined): AdapterPayload | undefined {
    if (key === undefined) return undefined;
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      remove(key);
      return undefined;
    }
    return entry.payload;
  }

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const { uid, userCode, grantId } = entry.payload;
    if (uid !== undefined && byUid.get(uid) === key) byUid.delete(uid);
    if (userCode !== undefined && byUserCode.get(userCode) === key) byUserCode.delete(userCode);
    if (grantId !== undefined) byGrant.get(grantId)?.delete(key);
  }

  function sweep(): void {
    const time = now();
    if (time - lastSweep < sweepIntervalMs) return;
    lastSweep = time;
    for (const [key, entry] of entries) if (entry.expiresAt <= time) remove(key);
    for (const [grantId, keys] of byGrant) if (keys.size === 0) byGrant.delete(grantId);
  }

  // oidc-provider awaits every call; this store answers at once.
  return (model: string): Adapter => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      upsert(id, payload, expiresIn) {
        sweep();
        const key = keyOf(id);
        remove(key);
        const expiresAt = typeof expiresIn === 'number' ? now() + expiresIn * 1000 : Infinity;
        entries.set(key, { payload, expiresAt });
        if (payload.uid !== undefined) byUid.set(payload.uid, key);
        if (payload.userCode !== undefined) byUserCode.set(payload.userCode, key);
        if (payload.grantId !== undefined && grantBound.has(model)) {
          const keys = byGrant.get(payload.grantId) ?? new Set<string>();
          keys.add(key);
          byGrant.set(payload.grantId, keys);
        }
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(live(keyOf(id))),
      findByUid: (uid) => Promise.resolve(live(byUid.get(uid))),
      findByUserCode: (userCode) => Promise.resolve(live(byUserCode.get(userCode))),
      consume(id) {
        const payload = live(keyOf(id));
        if (payload) payload.consumed = Math.floor(now() / 1000);
        return Promise.resolve();
      },
      destroy(id) {
        remove(keyOf(id));
        return Promise.resolve();
      },
      revokeByGrantId(grantId) {
        for (const key of byGrant.get(grantId) ?? []) remove(key);
        byGrant.delete(grantId);
        return Promise.resolve();
      },
    };
  };
}
