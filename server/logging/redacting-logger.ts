// The only way the server writes log lines. Every line passes through redact(), which removes
// credentials that might have slipped into a message (an error text quoting a header, an upstream
// error body). Registered secrets (the configured client secrets: a fixed, small set) are removed
// verbatim; Authorization-style values and anything shaped like a JWT or JWE (issued tokens, sealed
// sessions) are removed by pattern. Nothing is registered per session, so the cost of a log line does
// not grow with the number of sessions.

export type LogSink = (line: string) => void;

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Registers a secret so it is never written, whatever message it appears in. */
  addSecret(secret: string): void;
  removeSecret(secret: string): void;
}

const patterns: [RegExp, string][] = [
  [/\b(Bearer|Basic|Digest|Negotiate)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  // JWS (3 parts) and JWE (5 parts, the second empty for `dir`): the header always starts `{"` = eyJ.
  [/\beyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){1,4}/g, '[redacted-jwt]'],
  [
    /((?:client_secret|clientSecret|password|access_token|refresh_token|id_token|token)["']?\s*[=:]\s*["']?)[^\s&"',}]+/gi,
    '$1[redacted]',
  ],
];

export function createRedactingLogger(sink: LogSink = (line) => process.stdout.write(`${line}\n`)): Logger {
  const secrets = new Set<string>();

  function redact(message: string): string {
    let out = message;
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement);
    // One line per entry: a value with a newline must not forge a second log line.
    return out.replace(/[\r\n]+/g, ' ');
  }

  const write = (level: string, message: string) => sink(`${new Date().toISOString()} ${level} ${redact(message)}`);
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
    addSecret: (secret) => {
      // Very short strings would shred unrelated text; such secrets are not worth protecting this way.
      if (secret.length >= 4) secrets.add(secret);
    },
    removeSecret: (secret) => {
      secrets.delete(secret);
    },
  };
}
