import * as z from 'zod/mini';
import { apiRequestWithMeta } from '../../lib/api/api-client.ts';
import { ApiError } from '../../lib/api/api-error.ts';
import { describeCaller } from '../../lib/auth/caller.ts';
import { fetchServerJson } from '../../lib/api/server-api.ts';
import type { ClusterSummary } from '../../lib/clusters/cluster-summary.ts';
import type { Connection } from '../../lib/connection/connection-types.ts';
import { currentUserSchema, type CurrentUser } from '../../lib/connection/current-user.ts';
import { explainUnauthorized, type UnauthorizedCode } from '../../lib/connection/unauthorized-reason.ts';
import type { MessageId } from '../../lib/i18n/catalogues.ts';
import { msg, type Message } from '../../lib/i18n/message.ts';

// The staged connection check: each stage gets a verdict and a specific reason, and the
// first failing stage explains why the later ones were not tried. Reasons are message
// descriptors, worded at render, so a language switch re-words a finished check.

export type StageId = 'server' | 'proxy' | 'auth' | 'topology' | 'me' | 'components';
export type Verdict = 'pending' | 'running' | 'pass' | 'warn' | 'fail' | 'skipped';

export interface Stage {
  id: StageId;
  verdict: Verdict;
  reason: Message | null;
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

/** Each stage's name; `<code>` marks the request it sends. */
export const STAGE_LABELS: Record<StageId, MessageId> = {
  server: 'signIn.stage.server',
  proxy: 'signIn.stage.proxy',
  auth: 'signIn.stage.auth',
  topology: 'signIn.stage.topology',
  me: 'signIn.stage.me',
  components: 'signIn.stage.components',
};

const STAGE_ORDER: StageId[] = ['server', 'proxy', 'auth', 'topology', 'me', 'components'];

export function initialStages(): Stage[] {
  return STAGE_ORDER.map((id) => ({ id, verdict: 'pending', reason: null, detail: null }));
}

const topologySchema = z.looseObject({
  gatewayVersion: z.optional(z.nullable(z.string())),
  clusterSize: z.optional(z.nullable(z.number())),
  partitionsCount: z.optional(z.nullable(z.number())),
  replicationFactor: z.optional(z.nullable(z.number())),
  brokers: z.optional(z.nullable(z.array(z.looseObject({})))),
});

const PROXY_REASONS: Record<string, MessageId> = {
  refused: 'signIn.proxy.refused',
  dns: 'signIn.proxy.dns',
  timeout: 'signIn.proxy.timeout',
  tls: 'signIn.proxy.tls',
  reset: 'signIn.proxy.reset',
};

function isHtml(contentType: string | null): boolean {
  return contentType !== null && /text\/html/i.test(contentType);
}

function describeContentType(contentType: string | null): string | Message {
  return contentType ? (contentType.split(';')[0] ?? contentType) : msg('signIn.proxy.noContentType');
}

/** A problem document's `title: detail`, verbatim, or null. */
function problemText(error: ApiError): string | null {
  return [error.problem?.title, error.problem?.detail].filter(Boolean).join(': ') || null;
}

/** A failed API call at the topology or /me stage: the status in words, the cluster's text verbatim. */
function apiFailure(error: unknown): { reason: Message; detail: string | null } {
  if (!(error instanceof ApiError))
    return { reason: msg('signIn.error.unexpected', { text: String(error) }), detail: null };
  if (error.kind === 'invalid-response') {
    return { reason: msg('signIn.error.unreadable'), detail: error.message };
  }
  return { reason: msg('signIn.error.http', { status: error.status }), detail: problemText(error) };
}

/** Stage 2's view of a failed topology call: did we reach the Camunda REST API at all? */
function proxyFailure(error: unknown, cluster: ClusterSummary): { reason: Message; detail: string | null } | null {
  if (!(error instanceof ApiError))
    return { reason: msg('signIn.error.unexpected', { text: String(error) }), detail: null };
  if (error.kind === 'network') {
    return { reason: msg('signIn.proxy.network'), detail: null };
  }
  if (error.kind === 'proxy' || error.proxyError) {
    const why: MessageId = (error.proxyError && PROXY_REASONS[error.proxyError]) || 'signIn.proxy.unknown';
    return { reason: msg(why, { address: cluster.restAddress }), detail: error.problem?.detail ?? null };
  }
  if (error.isLanternProblem) {
    // The Lantern server's own problem text is quoted as it is, like the cluster's.
    return { reason: msg('signIn.proxy.lanternRefused'), detail: problemText(error) };
  }
  if (
    error.problem === null &&
    (isHtml(error.contentType) || (error.contentType !== null && !/json/i.test(error.contentType)))
  ) {
    if (error.status === 401) return null;
    return {
      reason: msg('signIn.proxy.notProblem', {
        status: error.status,
        contentType: describeContentType(error.contentType),
      }),
      detail: null,
    };
  }
  if (error.kind === 'invalid-response' && !/json/i.test(error.contentType ?? '')) {
    return {
      reason: msg('signIn.proxy.notJson', { contentType: describeContentType(error.contentType) }),
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
  const set = (id: StageId, verdict: Verdict, reason: Message, detail: string | null = null) => {
    const index = STAGE_ORDER.indexOf(id);
    stages[index] = { id, verdict, reason, detail };
    onProgress?.([...stages]);
  };
  const skipFrom = (id: StageId, reason: Message) => {
    for (const later of STAGE_ORDER.slice(STAGE_ORDER.indexOf(id))) set(later, 'skipped', reason);
  };

  set('server', 'running', msg('signIn.server.running'));
  try {
    await fetchServerJson<unknown>('/api/health');
    set('server', 'pass', msg('signIn.server.pass'));
  } catch (error) {
    set(
      'server',
      'fail',
      error instanceof ApiError && error.status !== 0
        ? msg('signIn.server.httpStatus', { status: error.status })
        : msg('signIn.server.noAnswer'),
      error instanceof ApiError ? (error.problem?.detail ?? null) : null,
    );
    skipFrom('proxy', msg('signIn.skip.serverUnreachable'));
    return result;
  }

  set('proxy', 'running', msg('signIn.proxy.running', { address: cluster.restAddress }));
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
    skipFrom('auth', msg('signIn.skip.clusterUnreachable'));
    return result;
  }
  set('proxy', 'pass', msg('signIn.proxy.pass', { address: cluster.restAddress }));

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
      notSignedIn ? msg('signIn.auth.signInBelow', { reason: reason.summary }) : reason.summary,
      apiError.problem?.detail ?? null,
    );
    skipFrom('topology', msg('signIn.skip.notAuthenticated'));
    return result;
  }
  if (connection === null || connection.method === 'none') {
    set('auth', 'pass', msg('signIn.auth.notNeeded'));
  } else {
    set('auth', 'pass', msg('signIn.auth.accepted', { caller: describeCaller(connection.caller) }));
  }

  if (topologyError || !topology) {
    const failure = apiFailure(topologyError);
    set('topology', 'fail', failure.reason, failure.detail);
  } else {
    result.gatewayVersion = topology.gatewayVersion ?? null;
    result.usable = true;
    const brokers = topology.brokers?.length ?? topology.clusterSize ?? 0;
    set(
      'topology',
      'pass',
      msg('signIn.topology.pass', {
        version: topology.gatewayVersion ?? msg('signIn.topology.versionUnknown'),
        brokers,
        // -1 words "? partitions" when the gateway did not say.
        partitions: topology.partitionsCount ?? -1,
        replication: topology.replicationFactor ?? '?',
      }),
    );
  }

  set('me', 'running', msg('signIn.me.running'));
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
      (connection?.caller.type === 'CLIENT' ? describeCaller(connection.caller) : msg('signIn.me.noUsername'));
    // Names and ids from the cluster, joined as they are; "none" is worded.
    const list = (items: string[]) => items.join(', ') || msg('common.none');
    const memberships = {
      roles: list(user.roles),
      groups: list(user.groups),
      tenants: list(user.tenants.map((t) => t.tenantId)),
    };
    set(
      'me',
      'pass',
      user.displayName
        ? msg('signIn.me.passNamed', { who, displayName: user.displayName, ...memberships })
        : msg('signIn.me.pass', { who, ...memberships }),
    );
  } catch (error) {
    const e = error instanceof ApiError ? error : null;
    if (e?.status === 401 && e.problem === null) {
      set('me', 'warn', msg('signIn.me.anonymous'));
      set('components', 'skipped', msg('signIn.components.anonymous'));
      return result;
    }
    if (e?.status === 404) {
      set('me', 'warn', msg('signIn.me.notAvailable'), e.problem?.detail ?? null);
    } else {
      const failure = apiFailure(error);
      set('me', 'fail', failure.reason, failure.detail);
    }
    set('components', 'skipped', msg('signIn.components.unknown'));
    return result;
  }

  const components = result.currentUser.authorizedComponents;
  if (components.includes('*')) {
    set('components', 'pass', msg('signIn.components.all'));
  } else if (components.length === 0) {
    set('components', 'warn', msg('signIn.components.none'));
  } else {
    set('components', 'pass', msg('signIn.components.list', { components: components.join(', ') }));
  }
  return result;
}
