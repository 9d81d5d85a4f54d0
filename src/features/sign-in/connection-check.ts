import * as z from 'zod/mini';
import { apiRequestWithMeta } from '../../lib/api/api-client.ts';
import { ApiError } from '../../lib/api/api-error.ts';
import { describeCaller } from '../../lib/auth/caller.ts';
import { fetchServerJson } from '../../lib/api/server-api.ts';
import type { ClusterSummary } from '../../lib/clusters/cluster-summary.ts';
import type { Connection } from '../../lib/connection/connection-types.ts';
import { currentUserSchema, type CurrentUser } from '../../lib/connection/current-user.ts';
import { explainUnauthorized, type UnauthorizedCode } from '../../lib/connection/unauthorized-reason.ts';

// The staged connection check: each stage gets a verdict and a specific reason, and the
// first failing stage explains why the later ones were not tried.

export type StageId = 'server' | 'proxy' | 'auth' | 'topology' | 'me' | 'components';
export type Verdict = 'pending' | 'running' | 'pass' | 'warn' | 'fail' | 'skipped';

export interface Stage {
  id: StageId;
  label: string;
  verdict: Verdict;
  reason: string;
  /** The server's own words (problem `detail`), shown verbatim. */
  detail: string | null;
}

export interface CheckResult {
  stages: Stage[];
  gatewayVersion: string | null;
  currentUser: CurrentUser | null;
  unauthorized: UnauthorizedCode | null;
  /** True when topology answered: the credentials work for the API. */
  usable: boolean;
}

const LABELS: Record<StageId, string> = {
  server: 'Lantern server reachable',
  proxy: 'Cluster reachable through the proxy',
  auth: 'Authentication',
  topology: 'Cluster topology (GET /v2/topology)',
  me: 'Current principal (GET /v2/authentication/me)',
  components: 'Web components the principal may access',
};

const STAGE_ORDER: StageId[] = ['server', 'proxy', 'auth', 'topology', 'me', 'components'];

export function initialStages(): Stage[] {
  return STAGE_ORDER.map((id) => ({ id, label: LABELS[id], verdict: 'pending', reason: '', detail: null }));
}

const topologySchema = z.looseObject({
  gatewayVersion: z.optional(z.nullable(z.string())),
  clusterSize: z.optional(z.nullable(z.number())),
  partitionsCount: z.optional(z.nullable(z.number())),
  replicationFactor: z.optional(z.nullable(z.number())),
  brokers: z.optional(z.nullable(z.array(z.looseObject({})))),
});

const PROXY_REASONS: Record<string, string> = {
  refused:
    'Connection refused: nothing listens at the configured address (is the cluster running, is the port right?).',
  dns: 'The host name of the configured address does not resolve (DNS).',
  timeout: 'The cluster did not answer within the Lantern server’s upstream timeout.',
  tls: 'The TLS handshake failed: certificate not trusted, wrong host name, or plain HTTP on an HTTPS port.',
  reset: 'The connection was reset while the request was in flight (a proxy or firewall in between?).',
  unknown: 'The Lantern server could not reach the cluster.',
};

function isHtml(contentType: string | null): boolean {
  return contentType !== null && /text\/html/i.test(contentType);
}

function describeContentType(contentType: string | null): string {
  return contentType ? (contentType.split(';')[0] ?? contentType) : 'no content type';
}

/** Stage 2's view of a failed topology call: did we reach the Camunda REST API at all? */
function proxyFailure(error: unknown, cluster: ClusterSummary): { reason: string; detail: string | null } | null {
  if (!(error instanceof ApiError)) return { reason: String(error), detail: null };
  if (error.kind === 'network') {
    return { reason: 'The browser got no answer from the Lantern server while calling the proxy.', detail: null };
  }
  if (error.kind === 'proxy' || error.proxyError) {
    const base = PROXY_REASONS[error.proxyError ?? 'unknown'] ?? PROXY_REASONS.unknown ?? '';
    return { reason: `${base} Address: ${cluster.restAddress}`, detail: error.problem?.detail ?? null };
  }
  if (error.isLanternProblem) {
    return {
      reason: error.problem?.title ?? 'The Lantern server refused the request.',
      detail: error.problem?.detail ?? null,
    };
  }
  if (
    error.problem === null &&
    (isHtml(error.contentType) || (error.contentType !== null && !/json/i.test(error.contentType)))
  ) {
    if (error.status === 401) return null;
    return {
      reason: `The address answered HTTP ${error.status} with ${describeContentType(error.contentType)}, not a Camunda problem document: probably an error page of a load balancer or ingress, or the wrong address/path.`,
      detail: null,
    };
  }
  if (error.kind === 'invalid-response' && !/json/i.test(error.contentType ?? '')) {
    return {
      reason: `The address answered with ${describeContentType(error.contentType)} instead of JSON: this is not the Camunda REST API (wrong address or path?).`,
      detail: null,
    };
  }
  return null;
}

export interface CheckInput {
  cluster: ClusterSummary;
  connection: Connection | null;
  /** Credentials to try instead of the committed connection's (a sign-in attempt). */
  credentials?: Record<string, string>;
  onProgress?: (stages: Stage[]) => void;
}

export async function runConnectionCheck({
  cluster,
  connection,
  credentials,
  onProgress,
}: CheckInput): Promise<CheckResult> {
  const using = credentials ? { credentialHeaders: credentials } : {};
  const stages = initialStages();
  const result: CheckResult = { stages, gatewayVersion: null, currentUser: null, unauthorized: null, usable: false };
  const set = (id: StageId, verdict: Verdict, reason: string, detail: string | null = null) => {
    const index = STAGE_ORDER.indexOf(id);
    stages[index] = { id, label: LABELS[id], verdict, reason, detail };
    onProgress?.([...stages]);
  };
  const skipFrom = (id: StageId, reason: string) => {
    for (const later of STAGE_ORDER.slice(STAGE_ORDER.indexOf(id))) set(later, 'skipped', reason);
  };

  set('server', 'running', 'Asking the Lantern server…');
  try {
    await fetchServerJson<unknown>('/api/health');
    set('server', 'pass', 'The Lantern server answered /api/health.');
  } catch (error) {
    set(
      'server',
      'fail',
      error instanceof ApiError && error.status !== 0
        ? `The Lantern server answered /api/health with HTTP ${error.status}.`
        : 'No answer from the Lantern server: is it running, and is this the right address?',
      error instanceof ApiError ? (error.problem?.detail ?? null) : null,
    );
    skipFrom('proxy', 'Not tried: the Lantern server is not reachable.');
    return result;
  }

  set('proxy', 'running', `Calling ${cluster.restAddress} through the Lantern proxy…`);
  let topology: z.output<typeof topologySchema> | null = null;
  let topologyError: unknown = null;
  let serverNow: number | undefined;
  try {
    const answer = await apiRequestWithMeta(cluster.id, {
      path: '/v2/topology',
      schema: topologySchema,
      skipAuthRecovery: true,
      ...using,
    });
    topology = answer.data;
    serverNow = answer.meta.date?.getTime();
  } catch (error) {
    topologyError = error;
  }

  const proxy = topologyError ? proxyFailure(topologyError, cluster) : null;
  if (proxy) {
    set('proxy', 'fail', proxy.reason, proxy.detail);
    skipFrom('auth', 'Not tried: the cluster is not reachable.');
    return result;
  }
  set('proxy', 'pass', `The cluster at ${cluster.restAddress} answered.`);

  const apiError = topologyError instanceof ApiError ? topologyError : null;
  if (apiError?.status === 401) {
    const reason = explainUnauthorized({
      method: connection?.method ?? null,
      token: connection?.token ?? null,
      expectedAudience: cluster.oidc?.audience ?? null,
      detail: apiError.problem?.detail ?? null,
      ...(serverNow === undefined ? {} : { now: serverNow }),
    });
    result.unauthorized = reason.code;
    const notSignedIn = reason.code === 'no-credentials' && (connection === null || connection.method === 'none');
    set(
      'auth',
      notSignedIn ? 'warn' : 'fail',
      notSignedIn ? `${reason.summary} Sign in below.` : reason.summary,
      apiError.problem?.detail ?? null,
    );
    skipFrom('topology', 'Not tried: not authenticated.');
    return result;
  }
  if (connection === null || connection.method === 'none') {
    set('auth', 'pass', 'Not needed: the API answered without credentials (unprotected API).');
  } else {
    set('auth', 'pass', `Accepted: ${describeCaller(connection.caller)}.`);
  }

  if (topologyError || !topology) {
    const e = apiError;
    set(
      'topology',
      'fail',
      e
        ? e.kind === 'invalid-response'
          ? e.message
          : `HTTP ${e.status}${e.problem?.title ? ` ${e.problem.title}` : ''}`
        : String(topologyError),
      e?.problem?.detail ?? null,
    );
  } else {
    result.gatewayVersion = topology.gatewayVersion ?? null;
    result.usable = true;
    const brokers = topology.brokers?.length ?? topology.clusterSize ?? 0;
    set(
      'topology',
      'pass',
      `Gateway ${topology.gatewayVersion ?? 'version unknown'}: ${brokers} broker${brokers === 1 ? '' : 's'}, ${topology.partitionsCount ?? '?'} partition${topology.partitionsCount === 1 ? '' : 's'}, replication factor ${topology.replicationFactor ?? '?'}.`,
    );
  }

  set('me', 'running', 'Asking who the cluster thinks you are…');
  try {
    const me = await apiRequestWithMeta(cluster.id, {
      path: '/v2/authentication/me',
      schema: currentUserSchema,
      skipAuthRecovery: true,
      ...using,
    });
    const user = me.data;
    result.currentUser = user;
    const who =
      user.username ??
      (connection?.caller.type === 'CLIENT' ? describeCaller(connection.caller) : 'a principal without username');
    set(
      'me',
      'pass',
      `${who}${user.displayName ? ` (${user.displayName})` : ''} · roles: ${user.roles.join(', ') || 'none'} · groups: ${user.groups.join(', ') || 'none'} · tenants: ${user.tenants.map((t) => t.tenantId).join(', ') || 'none'}`,
    );
  } catch (error) {
    const e = error instanceof ApiError ? error : null;
    if (e?.status === 401 && e.problem === null) {
      set(
        'me',
        'warn',
        'Anonymous caller: the API is unprotected, so /v2/authentication/me answers 401 with an empty body.',
      );
      set('components', 'skipped', 'Not applicable to the anonymous caller.');
      return result;
    }
    if (e?.status === 404) {
      set(
        'me',
        'warn',
        'The endpoint is not available on this cluster (consolidated-auth profile or secondary storage is off).',
        e.problem?.detail ?? null,
      );
    } else {
      set(
        'me',
        'fail',
        e
          ? e.kind === 'invalid-response'
            ? e.message
            : `HTTP ${e.status}${e.problem?.title ? ` ${e.problem.title}` : ''}`
          : String(error),
        e?.problem?.detail ?? null,
      );
    }
    set('components', 'skipped', 'Unknown without /v2/authentication/me.');
    return result;
  }

  const components = result.currentUser.authorizedComponents;
  if (components.includes('*')) {
    set('components', 'pass', 'All web components (*).');
  } else if (components.length === 0) {
    set(
      'components',
      'warn',
      'None: this principal may use the API but cannot log in to Operate, Tasklist or Identity.',
    );
  } else {
    set('components', 'pass', components.join(', '));
  }
  return result;
}
