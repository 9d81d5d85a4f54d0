// Decides whether a request URL may be proxied, working on the raw (still percent-encoded) URL so
// that what is checked is exactly what is sent. Anything that could move the request outside the
// cluster's `/v2/` tree is refused rather than "fixed": `..`/`.` segments (raw or encoded), encoded
// slashes or backslashes, empty segments (`//host` smuggling), double encoding, and `;` in a segment:
// Tomcat and other servlet containers strip `;…` path parameters before resolving dot segments, so
// `..;` reaches them as `..` (Orange Tsai, "Breaking Parser Logic", Black Hat USA 2018). No `/v2`
// path of the REST API has a `;`, so refusing it costs nothing.

export type ProxyTarget =
  | { ok: true; clusterId: string; path: string; query: string }
  | { ok: false; reason: 'not-a-proxy-path' }
  | { ok: false; reason: 'bad-path'; detail: string };

const prefix = '/clusters/';

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function checkSegment(raw: string): string | null {
  if (raw === '') return 'the path has an empty segment';
  if (raw.includes('\\')) return 'the path contains a backslash';
  if (/%(2f|5c)/i.test(raw)) return 'the path contains an encoded slash or backslash';
  if (/%25/i.test(raw)) return 'the path contains double percent-encoding';
  const decoded = decode(raw);
  if (decoded === null) return 'the path has malformed percent-encoding';
  if (decoded === '.' || decoded === '..') return "the path contains a '.' or '..' segment";
  if (decoded.includes(';')) return "the path contains a ';' (a path parameter, read as '..' in '..;' by Tomcat)";
  // Control characters (NUL, CR, LF, …) have no place in a REST path and confuse upstream parsers.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return 'the path contains a control character';
  return null;
}

export function parseProxyPath(rawUrl: string): ProxyTarget {
  const queryIndex = rawUrl.indexOf('?');
  const rawPath = queryIndex === -1 ? rawUrl : rawUrl.slice(0, queryIndex);
  const query = queryIndex === -1 ? '' : rawUrl.slice(queryIndex);
  if (!rawPath.startsWith(prefix)) return { ok: false, reason: 'not-a-proxy-path' };
  const segments = rawPath.slice(prefix.length).split('/');
  const [rawId, version, ...rest] = segments;
  if (rawId === undefined || version !== 'v2') {
    return { ok: false, reason: 'bad-path', detail: 'proxied paths have the form /clusters/<id>/v2/…' };
  }
  const clusterId = decode(rawId);
  if (!clusterId || checkSegment(rawId))
    return { ok: false, reason: 'bad-path', detail: 'the cluster id is malformed' };
  // `/clusters/x/v2` and `/clusters/x/v2/` both mean the API root; keep the trailing slash as sent.
  const tail = rest.length > 0 && rest[rest.length - 1] === '' ? rest.slice(0, -1) : rest;
  for (const segment of tail) {
    const problem = checkSegment(segment);
    if (problem) return { ok: false, reason: 'bad-path', detail: problem };
  }
  if (query.includes('#')) return { ok: false, reason: 'bad-path', detail: 'the URL contains a fragment' };
  return { ok: true, clusterId, path: `/v2${rest.length > 0 ? '/' : ''}${rest.join('/')}`, query };
}
