// The limits that keep one cluster's answer from holding the server: every proxied request ends
// within `totalTimeoutMs`, whatever the cluster sends, and nothing of an answer is held in memory
// beyond what streaming with backpressure buffers.

export interface ProxyLimits {
  /** Status line and headers complete within this (a silent or trickling cluster gets a 504). */
  headersTimeoutMs: number;
  /** No byte from the cluster for this long, before or after the headers, ends the request. */
  idleTimeoutMs: number;
  /** The whole answer, body included, within this; a body still flowing then is cut off. */
  totalTimeoutMs: number;
  /** Status line plus header lines, in bytes (Node's `maxHeaderSize` for this request). */
  maxHeaderBytes: number;
  /** Body bytes relayed for one answer: a larger declared length is refused, a longer stream is cut. */
  maxBodyBytes: number;
}

/**
 * `upstreamTimeoutMs` (LANTERN_UPSTREAM_TIMEOUT_MS, 30 s by default) bounds the wait for the headers
 * and any silence; the whole answer may take ten times that, enough for a large document download.
 */
export function proxyLimits(upstreamTimeoutMs: number, overrides: Partial<ProxyLimits> = {}): ProxyLimits {
  return {
    headersTimeoutMs: upstreamTimeoutMs,
    idleTimeoutMs: upstreamTimeoutMs,
    totalTimeoutMs: upstreamTimeoutMs * 10,
    maxHeaderBytes: 16 * 1024,
    maxBodyBytes: 64 * 2 ** 20,
    ...overrides,
  };
}
