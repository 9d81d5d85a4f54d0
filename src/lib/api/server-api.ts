import { ApiError } from './api-error.ts';
import { parseProblem } from './api-client.ts';

// Calls to the Lantern server's own `/api/*` (cluster list, health, client-credential
// sessions). Not cluster data, so not in the request log; errors are still ApiErrors.
export async function fetchServerJson<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const method = init.method ?? 'GET';
  const request = { requestId: '', method, path, clusterId: '' };
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      cache: 'no-store',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ kind: 'network', status: 0, problem: null, request });
  }
  const contentType = response.headers.get('Content-Type');
  const text = await response.text().catch(() => '');
  let json: unknown = undefined;
  let malformed = false;
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      malformed = true;
    }
  }
  if (!response.ok) {
    throw new ApiError({
      kind: 'http',
      status: response.status,
      problem: malformed ? null : parseProblem(json),
      request,
      contentType,
    });
  }
  if (malformed || json === undefined) {
    if (response.status === 204) return undefined as T;
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      problem: null,
      request,
      contentType,
      message: `${method} ${path}: expected JSON, got ${contentType ?? 'nothing'}`,
    });
  }
  return json as T;
}
