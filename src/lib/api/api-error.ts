// The one error type every cluster call rejects with. Views branch on `kind` and `status`
// (401 → sign in again, 403 → diagnosis), never on message text.
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [k: string]: unknown;
}

export type ApiErrorKind = 'http' | 'network' | 'invalid-response' | 'proxy';

export interface ApiErrorRequest {
  requestId: string;
  method: string;
  path: string;
  clusterId: string;
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  problem: ProblemDetail | null;
  request: ApiErrorRequest;
  proxyError?: string | null;
  retryAfterSeconds?: number | null;
  contentType?: string | null;
  message?: string;
}

/** Lantern's own server problems use this prefix, so they can be told apart from the cluster's. */
const LANTERN_PROBLEM_TYPE_PREFIX = 'https://lantern.invalid/problems/';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no answer arrived at all. */
  readonly status: number;
  readonly problem: ProblemDetail | null;
  readonly request: ApiErrorRequest;
  readonly kind: ApiErrorKind;
  /**
   * `X-Lantern-Proxy-Error` of the Lantern proxy: refused | dns | tls | reset | timeout | unknown |
   * invalid-status | malformed-answer | headers-too-large | body-too-large | total-timeout.
   */
  readonly proxyError: string | null;
  readonly retryAfterSeconds: number | null;
  /** Content type of the failed answer, to tell an HTML error page from a problem body. */
  readonly contentType: string | null;

  constructor(init: ApiErrorInit) {
    super(init.message ?? describe(init));
    this.status = init.status;
    this.problem = init.problem;
    this.request = init.request;
    this.kind = init.kind;
    this.proxyError = init.proxyError ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.contentType = init.contentType ?? null;
  }

  /** True when the problem body was produced by the Lantern server rather than the cluster. */
  get isLanternProblem(): boolean {
    return typeof this.problem?.type === 'string' && this.problem.type.startsWith(LANTERN_PROBLEM_TYPE_PREFIX);
  }
}

function describe(init: ApiErrorInit): string {
  const where = `${init.request.method} ${init.request.path}`;
  if (init.kind === 'network') return `${where}: no answer from the Lantern server`;
  if (init.kind === 'proxy') return `${where}: the cluster could not be reached (${init.proxyError ?? 'unknown'})`;
  const text = init.problem?.detail ?? init.problem?.title ?? '';
  return `${where} → ${init.status}${text ? `: ${text}` : ''}`;
}

/** The cluster refused the principal (403): every view answers it with the diagnosis callout. */
export function isForbidden(value: unknown): value is ApiError {
  return value instanceof ApiError && value.status === 403;
}
