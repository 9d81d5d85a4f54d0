// "Paste anything": turns what an operator has — a problem body, an SDK exception, a CLI's output,
// `curl -v`, an access log line or just the detail sentence — into the facts of one failed /v2 call.
// The sentence itself is interpreted by parseForbidden; this module only finds it and what surrounds it.
// Formats and their public sources: docs/camunda-api/error-texts.md.
import { type Message, msg } from '../../i18n/message.ts';
import { parseForbidden } from '../parse-forbidden.ts';
import { redactText } from '../redact.ts';
import { detectSource, type ErrorTextSource, SOURCE_LABELS } from './detect-source.ts';
import { type DetailSite, locateDetails } from './locate-details.ts';
import { normaliseText } from './normalise-text.ts';
import {
  type HintName,
  type PrincipalHint,
  readHints,
  readOperationId,
  readPrincipal,
  readRequest,
  readStatuses,
  readTitle,
  statusOfTitle,
} from './read-fields.ts';

export type { ErrorTextSource } from './detect-source.ts';

/** What one line of the read-back quotes; the page words the label (explain-page.tsx). */
export type ReadableField =
  'format' | 'status' | 'title' | 'detail' | 'request' | 'sdkOperation' | 'caller' | HintName | 'note' | 'text';

/**
 * One line of the read-back. A string is quoted from the paste (verbatim, credentials masked); a
 * message is Lantern's own wording (the format's name, the caller, a note), worded in the UI language.
 */
export interface ReadableItem {
  field: ReadableField;
  value: string | Message;
}

export interface PastedError {
  source: ErrorTextSource;
  status: number | null;
  title: string | null;
  detail: string | null;
  /** Upper-case. */
  method: string | null;
  /** `/v2/…`: host, query and fragment removed; percent-encoding left as sent. */
  path: string | null;
  /** Only when the text itself names the caller (a Basic header, `-u`, a client id setting, an access log's user). */
  principalHint: PrincipalHint | null;
  hints: Partial<Record<HintName, string>>;
  /**
   * What could be read, as field and value, to quote back (all there is for unrecognised text); credentials
   * masked. `otherErrors` and `truncated` are not repeated here.
   */
  readable: ReadableItem[];
  /** True when a known Camunda 401/403/404/tenant message family was found. */
  recognised: boolean;
  /** The SDK operation name when the text names one (`createProcessInstance`); picks the operation without a path. */
  operationId: string | null;
  /** Further, different 401/403/404 sentences in the paste; only the first is explained. */
  otherErrors: number;
  /** The paste was longer than MAX_PASTE_CHARS and only its beginning was read. */
  truncated: boolean;
}

const HINT_FIELDS: readonly HintName[] = [
  'processDefinitionId',
  'userTaskKey',
  'tenantId',
  'processInstanceKey',
  'jobKey',
  'jobType',
];

const DETAIL_PATTERNS: RegExp[] = [
  /"detail"\s{0,4}:\s{0,4}"([^"\n]{1,4000})"/,
  /^\s{0,8}detail\s{0,4}[:=]\s{0,4}['"]?([^\n]{1,4000}?)['"]?,?\s*$/m,
  /\bdesc = ([^\n]{1,4000})/,
];

const ERROR_STATUSES = new Set([401, 403, 404]);

function nearestStatus(text: string, site: DetailSite | null, from: number, to: number): number | null {
  if (site?.impliedStatus) return site.impliedStatus;
  const anchor = site?.start ?? from;
  let best: { status: number; distance: number } | null = null;
  for (const reading of readStatuses(text)) {
    if (reading.at < from || reading.at >= to) continue;
    const distance = Math.abs(reading.at - anchor);
    // A 401/403/404 reading wins over another status (a retry's 500, a later 200).
    const rank = ERROR_STATUSES.has(reading.status) ? distance : distance + to;
    if (!best || rank < best.distance) best = { status: reading.status, distance: rank };
  }
  return best?.status ?? null;
}

/** The part of the paste that belongs to the chosen sentence: up to the neighbouring, different sentences. */
function segmentOf(text: string, sites: DetailSite[], chosen: DetailSite | null): { from: number; to: number } {
  if (!chosen) return { from: 0, to: text.length };
  let from = 0;
  let to = text.length;
  for (const site of sites) {
    if (site.detail === chosen.detail) continue;
    if (site.end <= chosen.start) from = Math.max(from, site.end);
    else if (site.start >= chosen.end) {
      to = Math.min(to, site.start);
    }
  }
  return { from, to };
}

function hintsFromDetail(detail: string): Partial<Record<HintName, string>> {
  const hints: Partial<Record<HintName, string>> = {};
  const explanation = parseForbidden({ detail });
  for (const alternative of explanation.alternatives) {
    const id = alternative.resourceIds[0];
    if (!id) continue;
    if (alternative.resourceType === 'PROCESS_DEFINITION') hints.processDefinitionId ??= id;
    if (alternative.resourceType === 'USER_TASK') hints.userTaskKey ??= id;
  }
  if (explanation.tenantId) hints.tenantId = explanation.tenantId;
  const taskKey = /\b[Uu]ser [Tt]ask with key '?(\d{1,30})/.exec(detail)?.[1];
  if (taskKey) hints.userTaskKey ??= taskKey;
  return hints;
}

function firstLineExcerpt(text: string): string {
  const trimmed = text.trim();
  const excerpt = trimmed.length > 400 ? `${trimmed.slice(0, 400)}…` : trimmed;
  return redactText(excerpt);
}

export function parseErrorText(input: string): PastedError {
  const { text, truncated } = normaliseText(input);
  const sites = locateDetails(text);
  const chosen = sites.find((site) => site.impliedStatus !== null) ?? null;
  const { from, to } = segmentOf(text, sites, chosen);
  const segment = text.slice(from, to);

  const title = readTitle(segment);
  const status = nearestStatus(text, chosen, from, to) ?? statusOfTitle(title);
  let detail = chosen?.detail ?? null;
  if (detail === null) {
    for (const pattern of DETAIL_PATTERNS) {
      const found = pattern.exec(segment)?.[1]?.trim();
      if (found) {
        detail = redactText(found);
        break;
      }
    }
  }

  const recognised =
    chosen !== null && parseForbidden({ status: status ?? undefined, detail: chosen.detail }).family !== 'unknown';
  const request = readRequest(segment);
  // A single short line with no status and no request may be a detail Lantern does not know; a log
  // or access log line with those is not one.
  const line = text.trim();
  if (detail === null && status === null && request.path === null && line.length <= 1000 && !line.includes('\n')) {
    detail = line.length > 0 ? redactText(line) : null;
  }
  const method = request.method?.toUpperCase() ?? null;
  const hints = { ...readHints(segment, request.path), ...(chosen ? hintsFromDetail(chosen.detail) : {}) };
  const principalHint = readPrincipal(text);
  const operationId = readOperationId(segment);
  const otherErrors = new Set(sites.filter((site) => site.detail !== chosen?.detail).map((site) => site.detail)).size;
  const source = detectSource(text, chosen ? chosen.detail : null);

  const readable: ReadableItem[] = [{ field: 'format', value: msg(SOURCE_LABELS[source]) }];
  if (status !== null) readable.push({ field: 'status', value: String(status) });
  if (title !== null) readable.push({ field: 'title', value: title });
  if (detail !== null) readable.push({ field: 'detail', value: detail });
  if (request.path !== null)
    readable.push({ field: 'request', value: method ? `${method} ${request.path}` : request.path });
  if (operationId !== null) readable.push({ field: 'sdkOperation', value: operationId });
  if (principalHint !== null) {
    readable.push({ field: 'caller', value: msg('explain.principal.name', { ...principalHint }) });
  }
  for (const name of HINT_FIELDS) {
    const value = hints[name];
    if (value !== undefined) readable.push({ field: name, value });
  }
  if (source === 'c8ctl' && chosen === null) readable.push({ field: 'note', value: msg('explain.read.c8ctlNote') });
  if (!recognised && text.trim().length > 0) readable.push({ field: 'text', value: firstLineExcerpt(text) });

  return {
    source,
    status,
    title,
    detail,
    method,
    path: request.path,
    principalHint,
    hints,
    readable: readable.map((entry) =>
      typeof entry.value === 'string' ? { ...entry, value: redactText(entry.value) } : entry,
    ),
    recognised,
    operationId,
    otherErrors,
    truncated,
  };
}
