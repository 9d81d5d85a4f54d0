import type { ClusterConfig } from '../config/cluster-config.ts';

/** A cluster config for tests: no auth and no token settings, unless `fields` sets them. */
export function testClusterConfig(
  fields: Pick<ClusterConfig, 'id' | 'name' | 'restBaseUrl'> & Partial<ClusterConfig>,
): ClusterConfig {
  return {
    auth: 'none',
    oidc: null,
    tokenEndpoint: null,
    tokenAudience: null,
    tokenScope: null,
    serverClientCredentials: null,
    allowTypedClientCredentials: false,
    ...fields,
  };
}
