import { getCredentialHeaders } from '../../../lib/connection/connection-store.ts';

/**
 * The credential values this tab holds for a cluster, in every form they could leak in
 * (header value, Basic base64, decoded `user:password`, bearer token), for the report redactor.
 */
export async function knownSecretsFor(clusterId: string, extra: readonly string[] = []): Promise<string[]> {
  const headers = await getCredentialHeaders(clusterId);
  const out = [...extra];
  for (const value of Object.values(headers)) {
    out.push(value);
    const match = /^(Basic|Bearer)\s+(.+)$/i.exec(value);
    if (!match?.[2]) continue;
    out.push(match[2]);
    if (match[1]?.toLowerCase() === 'basic') {
      try {
        out.push(atob(match[2]));
      } catch {
        // Not base64: the header value itself is already in the list.
      }
    }
  }
  return out.filter((s) => s.length > 0);
}
