import type { NextFunction, Request, Response } from 'express';

// Test-only fault injection (documented in docs/scenarios.md): rules match method + path glob and
// fire for the next N matching requests (or forever).

export type FaultKind = 'latency' | 'status' | 'malformed-json' | 'html' | 'wrong-shape' | 'drop';

export interface FaultRule {
  id: number;
  method: string;
  path: string;
  kind: FaultKind;
  latencyMs: number;
  status: number | null;
  retryAfter: string | null;
  /** Remaining firings; null = unlimited. */
  times: number | null;
}

const TITLES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'Unauthorized',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'INVALID_STATE',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'ABORTED',
  503: 'RESOURCE_EXHAUSTED',
  504: 'DEADLINE_EXCEEDED',
};

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      out += '.*';
      i++;
    } else if (c === '*') out += '[^/]*';
    else out += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export class FaultInjector {
  private rules: (FaultRule & { pattern: RegExp })[] = [];
  private nextId = 1;

  list(): FaultRule[] {
    return this.rules.map(({ pattern: _pattern, ...rule }) => rule);
  }

  clear(): void {
    this.rules = [];
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  /** Validates and adds one rule; returns an error message for a bad rule. */
  add(input: unknown): FaultRule | string {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'a fault must be an object';
    const r = input as Record<string, unknown>;
    const kinds: FaultKind[] = ['latency', 'status', 'malformed-json', 'html', 'wrong-shape', 'drop'];
    const kind = (r.kind ?? (r.status !== undefined ? 'status' : 'latency')) as FaultKind;
    if (!kinds.includes(kind)) return `kind must be one of ${kinds.join(', ')}`;
    if (typeof r.path !== 'string' || !r.path.startsWith('/')) return 'path must be a path pattern starting with /';
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '*';
    const latencyMs = typeof r.latencyMs === 'number' && r.latencyMs >= 0 ? r.latencyMs : 0;
    if (kind === 'latency' && latencyMs === 0) return 'latency faults need latencyMs > 0';
    const status = typeof r.status === 'number' ? r.status : null;
    if (kind === 'status' && (status === null || status < 100 || status > 599))
      return 'status faults need a status 100..599';
    const times = typeof r.times === 'number' && r.times > 0 ? Math.floor(r.times) : null;
    const retryAfter =
      r.retryAfter === undefined || r.retryAfter === null
        ? null
        : typeof r.retryAfter === 'number'
          ? String(r.retryAfter)
          : typeof r.retryAfter === 'string'
            ? r.retryAfter
            : null;
    const rule = { id: this.nextId++, method, path: r.path, kind, latencyMs, status, retryAfter, times };
    this.rules.push({ ...rule, pattern: globToRegExp(r.path) });
    return rule;
  }

  private take(method: string, path: string): FaultRule | undefined {
    const rule = this.rules.find((r) => (r.method === '*' || r.method === method) && r.pattern.test(path));
    if (!rule) return undefined;
    if (rule.times !== null) {
      rule.times -= 1;
      if (rule.times <= 0) this.rules = this.rules.filter((r) => r !== rule);
    }
    return rule;
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const rule = this.take(req.method, req.path);
      if (!rule) return next();
      const fire = () => {
        if (rule.retryAfter !== null) res.setHeader('Retry-After', rule.retryAfter);
        switch (rule.kind) {
          case 'latency':
            return next();
          case 'drop':
            req.socket.destroy();
            return;
          case 'status': {
            const status = rule.status!;
            res
              .status(status)
              .type('application/problem+json')
              .send(
                JSON.stringify({
                  type: 'about:blank',
                  title: TITLES[status] ?? 'INTERNAL',
                  status,
                  detail: `Injected fault: ${status}`,
                  instance: req.path,
                }),
              );
            return;
          }
          case 'malformed-json':
            res
              .status(rule.status ?? 200)
              .type('application/json')
              .send('{"items": [{"userTaskKey": "2251799813685249",');
            return;
          case 'html':
            res
              .status(rule.status ?? 502)
              .type('text/html')
              .send(
                '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
              );
            return;
          case 'wrong-shape':
            res
              .status(rule.status ?? 200)
              .type('application/json')
              .send(JSON.stringify({ items: 'not-a-list', page: null, unexpected: true }));
            return;
        }
      };
      if (rule.latencyMs > 0) setTimeout(fire, rule.latencyMs);
      else fire();
    };
  }
}

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** The header every control call sends; a cross-site form or link cannot set it. */
export const controlHeader = 'x-lantern-demo-control';

function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').toLowerCase().replace(/:\d+$/, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

/**
 * Why a control request is refused, or null. Loopback callers alone are not enough: a page on another
 * site, open in a browser on the same machine, makes its requests from loopback too (a form post, or a
 * rebound host name). So the Host must be a loopback name and the call must either carry the control
 * header or come from a page of this very origin (`Sec-Fetch-Site`).
 */
export function controlRequestRefusal(req: Request): string | null {
  if (!isLoopback(req.socket.remoteAddress)) return 'control API is loopback-only';
  if (!isLoopbackHost(req.headers.host)) return 'control API answers only for localhost, 127.0.0.1 or [::1]';
  const site = req.headers['sec-fetch-site'];
  if (req.headers[controlHeader] === '1' || site === 'same-origin' || site === 'none') return null;
  return `control API needs the header ${controlHeader}: 1`;
}
