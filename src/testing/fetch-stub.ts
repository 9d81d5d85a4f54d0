import { vi } from 'vitest';

// A scripted `fetch` for unit tests: each route answers with a Response built per call, and
// every call is recorded with its headers, so tests can assert what was sent.
export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

type Responder = (call: RecordedCall) => Response | Promise<Response>;

export function stubFetch(routes: Record<string, Responder | Responder[]>) {
  const calls: RecordedCall[] = [];
  const counters = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const call: RecordedCall = {
      url,
      method: init.method ?? 'GET',
      headers,
      body: typeof init.body === 'string' ? init.body : null,
    };
    calls.push(call);
    const path = url.split('?')[0] ?? url;
    const key = Object.keys(routes).find((k) => k === `${call.method} ${path}` || k === path);
    if (key === undefined) throw new TypeError(`Failed to fetch (no stub for ${call.method} ${url})`);
    const route = routes[key];
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    const responder = Array.isArray(route) ? (route[Math.min(n, route.length - 1)] as Responder) : (route as Responder);
    return responder(call);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problemResponse(status: number, problem: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function textResponse(
  status: number,
  text: string,
  contentType: string | null,
  headers: Record<string, string> = {},
) {
  return new Response(text, { status, headers: contentType ? { 'Content-Type': contentType, ...headers } : headers });
}
