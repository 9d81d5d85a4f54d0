import type { ClusterAuthMethod } from '../../../lib/clusters/cluster-summary.ts';

// When Lantern cannot re-run the refused request itself (it is not signed in as the principal that
// was refused, or this tab no longer holds the body as sent), the principal's owner retries it:
// this is the exact request with placeholders where their credentials go, runnable by curl.

export interface RetriedRequest {
  method: string;
  /** Starts with `/v2/`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** The body to send; undefined for none. */
  body?: unknown;
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `restAddress` is the cluster's address as Lantern shows it (ending in `/v2`, or the bare origin). */
export function retryCurl(request: RetriedRequest, restAddress: string, auth: ClusterAuthMethod): string {
  const base = restAddress.replace(/\/+$/, '').replace(/\/v2$/, '');
  const query = Object.entries(request.query ?? {}).filter(
    (pair): pair is [string, string | number | boolean] => pair[1] !== undefined,
  );
  const search = query.length > 0 ? `?${new URLSearchParams(query.map(([k, v]) => [k, String(v)])).toString()}` : '';
  const credentials =
    auth === 'basic'
      ? [`  -u '<username>:<password>'`]
      : auth === 'oidc'
        ? [`  -H 'Authorization: Bearer <access-token>'`]
        : [];
  const body =
    request.body === undefined
      ? []
      : [`  -H 'Content-Type: application/json'`, `  -d ${shellQuote(JSON.stringify(request.body))}`];
  return [`curl -X ${request.method} ${shellQuote(`${base}${request.path}${search}`)}`, ...credentials, ...body].join(
    ' \\\n',
  );
}
