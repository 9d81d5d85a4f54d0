import * as z from 'zod/mini';
import { ApiError, type ApiErrorRequest, type ProblemDetail } from './api-error.ts';
import { addRequestLogEntry, newRequestId, redactBody, redactHeaders, updateRequestLogEntry } from './request-log.ts';
import { recordClusterDate } from '../connection/clock-skew.ts';
import { getCredentialHeaders, renewCredentials, signInAgain } from '../connection/connection-store.ts';

// The only code that calls `fetch` for cluster data (docs/decisions.md). It adds the
// connection's credentials, turns every failure into an ApiError, validates answers at the
// boundary and records each request in the request log.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions<T> {
  method?: HttpMethod;
  /** Path of the cluster API, starting with `/v2/`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  schema?: z.ZodMiniType<T>;
  signal?: AbortSignal;
  /** Internal: the connection check probes without the 401 → renew → sign-in handling. */
  skipAuthRecovery?: boolean;
  /** Internal: send these credentials instead of the connection's (probing before sign-in). */
  credentialHeaders?: Record<string, string>;
  /** Use apiRequestText: the answer is a document such as BPMN XML, returned as its text. */
  responseText?: boolean;
}

export interface ApiResponseMeta {
  status: number;
  /** The server's `Date` header, as a Date, or null when absent or unparsable. */
  date: Date | null;
  requestId: string;
  headers: Headers;
}

const problemSchema = z.looseObject({
  type: z.optional(z.nullable(z.string())),
  title: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.number())),
  detail: z.optional(z.nullable(z.string())),
  instance: z.optional(z.nullable(z.string())),
});

/** Reads a problem body tolerantly: null members are dropped, unknown members kept. */
export function parseProblem(value: unknown): ProblemDetail | null {
  const parsed = problemSchema.safeParse(value);
  if (!parsed.success) return null;
  const out: ProblemDetail = {};
  for (const [k, v] of Object.entries(parsed.data)) {
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out;
}

function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - now) / 1000));
}

function toQuery(query: ApiRequestOptions<unknown>['query']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined) out[k] = String(v);
  }
  return out;
}

function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /\bjson\b|\+json\b/i.test(contentType);
}

/** Names the first failing field, e.g. `brokers[0].partitions: expected array`. */
function describeSchemaIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected response shape';
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
  return `${path || '(root)'}: ${issue.message}`;
}

async function readBody(response: Response): Promise<{ text: string; json: unknown; jsonError: boolean }> {
  const text = await response.text().catch(() => '');
  if (text.trim() === '') return { text, json: undefined, jsonError: false };
  try {
    return { text, json: JSON.parse(text) as unknown, jsonError: false };
  } catch {
    return { text, json: undefined, jsonError: true };
  }
}

async function send<T>(clusterId: string, options: ApiRequestOptions<T>): Promise<{ data: T; meta: ApiResponseMeta }> {
  const method = options.method ?? 'GET';
  if (!options.path.startsWith('/v2/')) throw new Error(`apiRequest path must start with /v2/: ${options.path}`);
  const query = toQuery(options.query);
  const requestId = newRequestId();
  const request: ApiErrorRequest = { requestId, method, path: options.path, clusterId };
  const credentials = options.credentialHeaders ?? (await getCredentialHeaders(clusterId));
  const accept = options.responseText
    ? 'text/xml, application/problem+json'
    : 'application/json, application/problem+json';
  const headers: Record<string, string> = { Accept: accept, ...credentials };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const qs = new URLSearchParams(query).toString();
  const url = `/clusters/${encodeURIComponent(clusterId)}${options.path}${qs ? `?${qs}` : ''}`;
  const startedAt = Date.now();
  const started = performance.now();
  addRequestLogEntry(
    {
      requestId,
      clusterId,
      method,
      path: options.path,
      query,
      requestBody: options.body === undefined ? undefined : redactBody(options.body),
      status: null,
      durationMs: null,
      startedAt,
      requestHeaders: redactHeaders(headers),
      problem: null,
      responseDate: null,
      errorKind: null,
      errorMessage: null,
    },
    // Kept beside the log for a replay, which must send exactly this, not the masked copy.
    options.body,
  );

  const fail = (error: ApiError, responseDate: string | null = null): never => {
    updateRequestLogEntry(requestId, {
      status: error.status,
      durationMs: Math.round(performance.now() - started),
      problem: error.problem,
      responseDate,
      errorKind: error.kind,
      errorMessage: error.message,
    });
    throw error;
  };

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      updateRequestLogEntry(requestId, { status: 0, errorKind: 'aborted', errorMessage: 'aborted' });
      throw cause;
    }
    return fail(new ApiError({ kind: 'network', status: 0, problem: null, request }));
  }

  // The proxy serves a cluster's non-JSON answer as an attachment and names the cluster's own type
  // aside, so an HTML error page is still told apart from a missing problem document.
  const contentType = response.headers.get('X-Lantern-Upstream-Content-Type') ?? response.headers.get('Content-Type');
  const proxyError = response.headers.get('X-Lantern-Proxy-Error');
  const responseDate = response.headers.get('Date');
  // Every answer tells the cluster's time; token expiry is judged on that clock.
  recordClusterDate(clusterId, responseDate, Date.now());
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const body = await readBody(response);
  const durationMs = Math.round(performance.now() - started);

  if (!response.ok) {
    const problem = isJsonType(contentType) && !body.jsonError ? parseProblem(body.json) : null;
    const kind = proxyError ? 'proxy' : 'http';
    let message: string | undefined;
    if (!problem && body.text.trim() !== '') {
      message = isJsonType(contentType)
        ? `${method} ${options.path} → ${response.status}: malformed JSON in the error body`
        : `${method} ${options.path} → ${response.status}: answer was ${contentType ?? 'untyped'}, not a problem document`;
    }
    return fail(
      new ApiError({
        kind,
        status: response.status,
        problem,
        request,
        proxyError,
        retryAfterSeconds,
        contentType,
        ...(message ? { message } : {}),
      }),
      responseDate,
    );
  }

  const meta: ApiResponseMeta = {
    status: response.status,
    date: responseDate && !Number.isNaN(Date.parse(responseDate)) ? new Date(responseDate) : null,
    requestId,
    headers: response.headers,
  };
  const invalid = (message: string): never =>
    fail(
      new ApiError({ kind: 'invalid-response', status: response.status, problem: null, request, contentType, message }),
      responseDate,
    );

  if (response.status === 204 || body.text.trim() === '') {
    if (options.schema && response.status !== 204) {
      // An empty 200 where a document was expected is a broken answer, not "no data".
      const parsed = options.schema.safeParse(undefined);
      if (!parsed.success) invalid(`${method} ${options.path}: empty answer where a JSON document was expected`);
    }
    updateRequestLogEntry(requestId, { status: response.status, durationMs, responseDate });
    return { data: (options.responseText ? '' : undefined) as T, meta };
  }
  if (options.responseText) {
    updateRequestLogEntry(requestId, { status: response.status, durationMs, responseDate });
    return { data: body.text as T, meta };
  }
  if (!isJsonType(contentType)) {
    invalid(`${method} ${options.path}: expected JSON, got ${contentType ?? 'no content type'}`);
  }
  if (body.jsonError) invalid(`${method} ${options.path}: malformed JSON`);
  let data = body.json as T;
  if (options.schema) {
    const parsed = options.schema.safeParse(body.json);
    if (!parsed.success) invalid(`${method} ${options.path}: unexpected shape at ${describeSchemaIssue(parsed.error)}`);
    else data = parsed.data;
  }
  updateRequestLogEntry(requestId, { status: response.status, durationMs, responseDate });
  return { data, meta };
}

/** Like apiRequest, also returning the status, the server `Date` and the request id. */
export async function apiRequestWithMeta<T>(
  clusterId: string,
  options: ApiRequestOptions<T>,
): Promise<{ data: T; meta: ApiResponseMeta }> {
  try {
    return await send(clusterId, options);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || options.skipAuthRecovery || options.credentialHeaders) {
      throw error;
    }
    // 401: renew once (OIDC refresh token) and retry once; a second 401 sends the user to sign in.
    // 403 never comes here: it is the diagnosis's business, not a reason to re-authenticate.
    if (await renewCredentials(clusterId)) {
      try {
        return await send(clusterId, options);
      } catch (retryError) {
        if (retryError instanceof ApiError && retryError.status === 401) signInAgain(clusterId, retryError);
        throw retryError;
      }
    }
    signInAgain(clusterId, error);
    throw error;
  }
}

export async function apiRequest<T>(clusterId: string, options: ApiRequestOptions<T>): Promise<T> {
  return (await apiRequestWithMeta(clusterId, options)).data;
}

/** A GET whose answer is a text document (BPMN or DMN XML), returned as it came. */
export async function apiRequestText(
  clusterId: string,
  options: Omit<ApiRequestOptions<string>, 'schema' | 'responseText'>,
): Promise<string> {
  return apiRequest<string>(clusterId, { ...options, responseText: true });
}
