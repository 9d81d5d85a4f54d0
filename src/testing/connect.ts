import {
  candidateBasic,
  candidateClientCredentials,
  candidateToken,
  type ClientCredentialsSession,
} from '../lib/connection/connection-store.ts';
import type { ClusterSummary } from '../lib/clusters/cluster-summary.ts';
import type { Connection } from '../lib/connection/connection-types.ts';

// Tests sign in in one line; the app always checks a candidate connection before committing it.
export function connectBasic(cluster: ClusterSummary, username: string, password: string): Connection {
  return candidateBasic(cluster, username, password).commit();
}

export function connectToken(cluster: ClusterSummary, rawToken: string): Connection {
  return candidateToken(cluster, rawToken).commit();
}

export function connectClientCredentials(cluster: ClusterSummary, session: ClientCredentialsSession): Connection {
  return candidateClientCredentials(cluster, session).commit();
}
