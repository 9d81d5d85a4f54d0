// Reads the request facts around a Camunda sentence: status, title, method and path, the SDK's operation
// name, who called, and ids worth knowing (process id, task key, tenant, …). Every reader is a fixed
// pattern with bounded runs; none is built from the paste.

export type HintName = 'processDefinitionId' | 'userTaskKey' | 'tenantId' | 'processInstanceKey' | 'jobKey' | 'jobType';

export interface PrincipalHint {
  type: 'USER' | 'CLIENT';
  id: string;
}

export interface StatusReading {
  status: number;
  /** Where in the text it was read, to prefer the reading nearest to the sentence. */
  at: number;
}

const METHOD = '(GET|POST|PUT|PATCH|DELETE)';
const STATUS_PATTERNS: RegExp[] = [
  /"status"\s{0,4}:\s{0,4}"?([1-5]\d\d)\b/g,
  /\bstatus\s{0,4}[:=]\s{0,4}['"]?([1-5]\d\d)\b/gi,
  /^< HTTP\/[\d.]{1,3} ([1-5]\d\d)\b/gm,
  /\bHTTP\/[\d.]{1,3}" ([1-5]\d\d)\b/g,
  /\bFailed with code ([1-5]\d\d)\b/g,
  /\bResponse code ([1-5]\d\d) \(/g,
  /\b(?:refused|failed|error|status code|HTTP)[:\s]{1,3}([1-5]\d\d)\b/gi,
  /\b([45]\d\d) (?:Forbidden|Unauthorized|Not Found|FORBIDDEN|UNAUTHORIZED|NOT_FOUND)\b/g,
];
// gRPC codes (Go's "code = PermissionDenied", Java's "PERMISSION_DENIED:") as the HTTP status the REST API would give.
const GRPC_STATUS: [RegExp, number][] = [
  [/\bcode = PermissionDenied\b|\bPERMISSION_DENIED\b/g, 403],
  [/\bcode = NotFound\b|\bStatus\{code=NOT_FOUND\b|\bNOT_FOUND: /g, 404],
  [/\bcode = Unauthenticated\b|\bUNAUTHENTICATED\b/g, 401],
];

export function readStatuses(text: string): StatusReading[] {
  const readings: StatusReading[] = [];
  for (const pattern of STATUS_PATTERNS) {
    for (const match of text.matchAll(pattern)) readings.push({ status: Number(match[1]), at: match.index });
  }
  for (const [pattern, status] of GRPC_STATUS) {
    for (const match of text.matchAll(pattern)) readings.push({ status, at: match.index });
  }
  return readings;
}

const TITLE_PATTERNS: RegExp[] = [
  /"title"\s{0,4}:\s{0,4}"([^"\n]{1,120})"/,
  /\btitle\s{0,4}[:=]\s{0,4}'([^'\n]{1,120})'/,
  /^\s{0,8}title\s{0,4}[:=]\s{0,4}([A-Za-z_][A-Za-z_ ]{0,60})\s*$/m,
  /\btitle=([A-Za-z_][A-Za-z_ ]{0,60})[,}]/,
  // A log line that prints the status beside the problem's title, as the demo app does ("refused: 403
  // FORBIDDEN — …"). Only Camunda's upper-case titles: "HTTP/1.1 403 Forbidden" is the reason phrase.
  /(?<!HTTP\/[\d.]{1,3} )\b[45]\d\d (FORBIDDEN|UNAUTHORIZED|NOT_FOUND)\b/,
];

// c8ctl without --verbose prints "✗ Failed to <verb> <resource>" and, indented below, the SDK error's
// message, which for an HTTP error is the problem's title.
const C8CTL_FAILURE = /^✗ Failed to ([a-z][a-z -]{0,80})\n {2}(\S[^\n]{0,200})$/m;

export function readTitle(text: string): string | null {
  for (const pattern of TITLE_PATTERNS) {
    const value = pattern.exec(text)?.[1]?.trim();
    if (value) return value;
  }
  const c8ctl = C8CTL_FAILURE.exec(text)?.[2]?.trim();
  if (c8ctl && /^[A-Z_]{3,40}$/.test(c8ctl)) return c8ctl;
  return null;
}

/** The status Camunda pairs with a problem title (docs/camunda-api/error-messages.md §1), for texts that carry only the title. */
export function statusOfTitle(title: string | null): number | null {
  switch (title) {
    case 'FORBIDDEN':
    case 'Forbidden':
      return 403;
    case 'NOT_FOUND':
    case 'Not Found':
      return 404;
    case 'UNAUTHORIZED':
    case 'Unauthorized':
      return 401;
    default:
      return null;
  }
}

/** The `/v2/…` part of a URL or path: host, query and fragment removed, percent-encoding kept. */
export function apiPathOf(urlOrPath: string): string | null {
  const bare = urlOrPath.split(/[?#]/, 1)[0] ?? '';
  const at = bare.indexOf('/v2');
  if (at === -1) return null;
  const path = bare.slice(at).replace(/['",;:.)\]}>]+$/, '');
  if (path !== '/v2' && !path.startsWith('/v2/')) return null;
  return path.length > 3 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export interface RequestReading {
  method: string | null;
  path: string | null;
}

const REQUEST_PATTERNS: RegExp[] = [
  // curl -v: "> POST /v2/process-instances HTTP/1.1"
  new RegExp(`^> ${METHOD} (\\S{1,2000}) HTTP/`, 'm'),
  // access log: "POST /v2/process-instances HTTP/1.1" 403
  new RegExp(`"${METHOD} (\\S{1,2000}) HTTP/[\\d.]{1,3}"`),
  // a log or exception naming the request: "POST http://host/v2/…", "POST /v2/…"
  new RegExp(`\\b${METHOD}\\s{1,4}['"]?((?:https?://[^\\s/'"]{1,255})?/[^\\s'"]{0,2000})`),
];
const CURL_COMMAND = /(?:^|[\s;|&$])curl\s[^\n]{0,20000}/m;
const CURL_METHOD = new RegExp(`(?:-X|--request)\\s{0,4}['"]?${METHOD}\\b`);
const CURL_URL = /https?:\/\/[^\s'"]{1,2000}/;
const CURL_DATA = /\s(?:-d|--data(?:-raw|-binary|-urlencode)?|--json)[\s=]/;
const INSTANCE = /(?:"instance"\s{0,4}:\s{0,4}"|\binstance\s{0,4}[:=]\s{0,4}['"]?)(\/[^\s'",}]{1,2000})/;

export function readRequest(text: string): RequestReading {
  for (const pattern of REQUEST_PATTERNS) {
    const match = pattern.exec(text);
    const path = match?.[2] ? apiPathOf(match[2]) : null;
    if (match && path) return { method: match[1] ?? null, path };
  }
  // A curl line continued with backslashes is one command.
  const curl = CURL_COMMAND.exec(text.replace(/\\\n/g, ' '))?.[0];
  if (curl) {
    const url = CURL_URL.exec(curl)?.[0];
    const path = url ? apiPathOf(url) : null;
    if (path) {
      const method = CURL_METHOD.exec(curl)?.[1] ?? (CURL_DATA.test(curl) ? 'POST' : 'GET');
      return { method, path };
    }
  }
  const instance = INSTANCE.exec(text)?.[1];
  return { method: null, path: instance ? apiPathOf(instance) : null };
}

const OPERATION_ID = [
  /\boperationId\s{0,4}[:=]\s{0,4}['"]?([a-z][A-Za-z0-9]{1,80})\b/,
  // the demo worker's and many SDK users' log shape: "createProcessInstance(invoice) refused: 403"
  /\b([a-z][A-Za-z0-9]{2,80})\([^()\n]{0,200}\) (?:refused|failed)\b/,
];

/** c8ctl's "Failed to complete user task" as the SDK operation it calls (completeUserTask); list maps to search. */
function operationOfC8ctlFailure(text: string): string | null {
  const words = C8CTL_FAILURE.exec(text)?.[1]
    ?.trim()
    .split(/[\s-]+/);
  if (!words || words.length < 2) return null;
  const [verb = '', ...rest] = words;
  const camel = (parts: string[]) => parts.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (verb === 'list' || verb === 'search') {
    const last = rest[rest.length - 1] ?? '';
    return `search${camel([...rest.slice(0, -1), last.endsWith('s') ? last : `${last}s`])}`;
  }
  return `${verb}${camel(rest)}`;
}

export function readOperationId(text: string): string | null {
  for (const pattern of OPERATION_ID) {
    const value = pattern.exec(text)?.[1];
    if (value) return value;
  }
  return operationOfC8ctlFailure(text);
}

function basicUser(encoded: string): string | null {
  try {
    const decoded = atob(encoded);
    const user = decoded.split(':', 1)[0] ?? '';
    return /^[\x21-\x7e]{1,256}$/.test(user) ? user : null;
  } catch {
    return null;
  }
}

const CLIENT_ID_PATTERNS: RegExp[] = [
  /\b(?:client_id|clientId|client-id|CAMUNDA_CLIENT_ID|ZEEBE_CLIENT_ID|CAMUNDA_CLIENT_AUTH_CLIENT_ID)["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9_~@.+-]{1,256})/,
  /--client-?[iI]d[=\s]{1,4}['"]?([A-Za-z0-9_~@.+-]{1,256})/,
];

export function readPrincipal(text: string): PrincipalHint | null {
  const header = /\bAuthorization:\s{0,4}Basic\s{1,4}([A-Za-z0-9+/=]{4,2000})/i.exec(text)?.[1];
  const fromHeader = header ? basicUser(header) : null;
  if (fromHeader) return { type: 'USER', id: fromHeader };
  // -u means a user only on a curl command line (elsewhere it is git's upstream, ps's user, …).
  const curl = CURL_COMMAND.exec(text.replace(/\\\n/g, ' '))?.[0] ?? '';
  const curlUser = /\s(?:-u|--user)[\s=]{1,4}['"]?([^\s:'"]{1,256})/.exec(curl)?.[1];
  if (curlUser) return { type: 'USER', id: curlUser };
  const userinfo = /\bhttps?:\/\/([^\s/:@'"]{1,256})(?::[^\s/@'"]{0,256})?@/.exec(text)?.[1];
  if (userinfo) return { type: 'USER', id: userinfo };
  for (const pattern of CLIENT_ID_PATTERNS) {
    const id = pattern.exec(text)?.[1];
    if (id) return { type: 'CLIENT', id };
  }
  // Common/combined access log: host ident authuser [date] "request" status
  const logUser = /^\S{1,255} \S{1,255} ([^\s[\]-][^\s[\]]{0,255}) \[[^\]\n]{1,64}\] "/m.exec(text)?.[1];
  if (logUser) return { type: 'USER', id: logUser };
  return null;
}

const KEY_VALUE =
  /["']?\b(processDefinitionId|bpmnProcessId|userTaskKey|tenantId|processInstanceKey|jobKey|jobType)["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9_~@.+<>-]{1,256})/g;
const ACTIVATION_TYPE = /"type"\s{0,4}:\s{0,4}"([^"\n]{1,256})"/;

const PATH_HINTS: [RegExp, HintName][] = [
  [/\/v2\/user-tasks\/(\d{1,30})(?:\/|$)/, 'userTaskKey'],
  [/\/v2\/process-instances\/(\d{1,30})(?:\/|$)/, 'processInstanceKey'],
  [/\/v2\/jobs\/(\d{1,30})(?:\/|$)/, 'jobKey'],
  [/\/v2\/tenants\/([^/]{1,256})(?:\/|$)/, 'tenantId'],
];

/** Ids the text names, outside the Camunda sentence itself: the request path first, then bodies and key=value pairs. */
export function readHints(text: string, path: string | null): Partial<Record<HintName, string>> {
  const hints: Partial<Record<HintName, string>> = {};
  if (path) {
    for (const [pattern, name] of PATH_HINTS) {
      const value = pattern.exec(path)?.[1];
      if (value && !hints[name]) hints[name] = value;
    }
  }
  for (const match of text.matchAll(KEY_VALUE)) {
    const key = match[1] === 'bpmnProcessId' ? 'processDefinitionId' : (match[1] as HintName);
    const value = match[2] ?? '';
    if (!hints[key] && value.length > 0) hints[key] = value;
  }
  if (!hints.jobType && (path?.endsWith('/jobs/activation') || /\/v2\/jobs\/activation\b/.test(text))) {
    const type = ACTIVATION_TYPE.exec(text)?.[1];
    if (type) hints.jobType = type;
  }
  return hints;
}
