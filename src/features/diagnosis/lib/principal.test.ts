import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../lib/connection/connection-types.ts';
import { principalOf } from './principal.ts';

const base: Connection = {
  clusterId: 'saas',
  method: 'client-credentials',
  caller: { type: 'CLIENT', id: 'worker-client' },
  expiresAt: null,
  token: null,
  connectedAt: 0,
};
const me = {
  username: null,
  displayName: null,
  email: null,
  authorizedComponents: [],
  tenants: [{ tenantId: '<default>', name: 'Default' }],
  groups: ['g'],
  roles: ['r'],
};

describe('principalOf', () => {
  it('a client is named by its client id, with the memberships /me reports', () => {
    expect(principalOf(base, me)).toEqual({
      type: 'CLIENT',
      id: 'worker-client',
      groups: ['g'],
      roles: ['r'],
      tenants: ['<default>'],
    });
  });

  it('a user is named by the username the cluster reports', () => {
    const user = principalOf(
      { ...base, method: 'basic', caller: { type: 'USER', id: 'typed' } },
      { ...me, username: 'ron' },
    );
    expect([user.type, user.id]).toEqual(['USER', 'ron']);
  });

  it('no connection or an unprotected API is anonymous', () => {
    expect(principalOf(null, null).type).toBe('ANONYMOUS');
    expect(principalOf({ ...base, caller: { type: 'ANONYMOUS', id: null } }, null).type).toBe('ANONYMOUS');
  });
});
