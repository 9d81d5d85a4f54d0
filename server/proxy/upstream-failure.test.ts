import { describe, expect, it } from 'vitest';
import { classifyUpstreamError } from './upstream-failure.ts';

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('classifyUpstreamError', () => {
  it.each([
    ['ECONNREFUSED', 'refused'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['ETIMEDOUT', 'timeout'],
    ['HPE_HEADER_OVERFLOW', 'headers-too-large'],
    ['HPE_INVALID_STATUS', 'invalid-status'],
    ['HPE_INVALID_HEADER_TOKEN', 'malformed-answer'],
    ['HPE_INVALID_CONTENT_LENGTH', 'malformed-answer'],
    ['HPE_INVALID_CHUNK_SIZE', 'malformed-answer'],
    ['EWHATEVER', 'unknown'],
  ])('%s → %s', (code, kind) => {
    expect(classifyUpstreamError(failure(code))).toBe(kind);
  });
});
