import http from 'node:http';

// What a browser would get from one proxied request: a complete answer, or an answer whose
// connection was cut after the headers (the proxy's only option once a status is out). Unlike
// `rawRequest`, a cut is a result here, not a failure, and the body is counted, not kept.

export type ProxyOutcome =
  | { kind: 'answer'; status: number; headers: http.IncomingHttpHeaders; body: string }
  | { kind: 'cut'; status: number | null; headers: http.IncomingHttpHeaders; bodyBytes: number };

/** At most this much of a body is kept as text; the rest is only counted. */
const keptBodyBytes = 64 * 1024;

export function proxyOutcome(
  port: number,
  path: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string; timeoutMs?: number } = {},
): Promise<ProxyOutcome> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: ProxyOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    // A hung proxy is what these tests look for: give up and say so instead of waiting forever.
    const timer = setTimeout(() => {
      settled = true;
      req.destroy();
      reject(new Error(`no outcome for ${path} within ${options.timeoutMs ?? 10_000} ms`));
    }, options.timeoutMs ?? 10_000);
    const req = http.request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let bodyBytes = 0;
        res.on('data', (chunk: Buffer) => {
          if (bodyBytes < keptBodyBytes) chunks.push(chunk);
          bodyBytes += chunk.length;
        });
        const cut = () => settle({ kind: 'cut', status: res.statusCode ?? null, headers: res.headers, bodyBytes });
        res.on('aborted', cut);
        res.on('error', cut);
        res.on('close', () => {
          if (!res.complete) cut();
        });
        res.on('end', () =>
          settle({
            kind: 'answer',
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', () => settle({ kind: 'cut', status: null, headers: {}, bodyBytes: 0 }));
    req.end(options.body);
  });
}
