import type { Page, Request } from '@playwright/test';

// The demo clusters' fault-injection control API (docs/scenarios.md), and a counter of the
// requests the page sends, to prove that no write goes out twice.

export interface FaultRule {
  method?: string;
  path: string;
  kind: 'latency' | 'status' | 'malformed-json' | 'html' | 'wrong-shape' | 'drop';
  times?: number;
  latencyMs?: number;
  status?: number;
  retryAfter?: string;
}

const control = (port: number, suffix = '') => `http://localhost:${port}/__control/faults${suffix}`;
// The control API refuses calls without it (a cross-site page cannot send it).
const controlHeaders = { 'x-lantern-demo-control': '1' };

export async function injectFault(clusterPort: number, rule: FaultRule | FaultRule[]): Promise<void> {
  const response = await fetch(control(clusterPort), {
    method: 'POST',
    headers: { ...controlHeaders, 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (response.status !== 201) throw new Error(`fault rejected: ${response.status} ${await response.text()}`);
}

export async function clearFaults(clusterPort: number): Promise<void> {
  const response = await fetch(control(clusterPort), { method: 'DELETE', headers: controlHeaders });
  if (!response.ok) throw new Error(`could not clear faults: ${response.status}`);
}

/** Restores the scenario (assignments, completions) and removes every fault. */
export async function resetCluster(clusterPort: number): Promise<void> {
  const response = await fetch(`http://localhost:${clusterPort}/__control/reset`, {
    method: 'POST',
    headers: controlHeaders,
  });
  if (!response.ok) throw new Error(`could not reset: ${response.status}`);
}

/** Counts the page's requests to `/clusters/<id><path>` whose path matches, per method. */
export function countRequests(page: Page, clusterId: string, path: RegExp, method = 'GET'): () => number {
  const seen: Request[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const prefix = `/clusters/${clusterId}`;
    if (
      request.method() === method &&
      url.pathname.startsWith(prefix) &&
      path.test(url.pathname.slice(prefix.length))
    ) {
      seen.push(request);
    }
  });
  return () => seen.length;
}
