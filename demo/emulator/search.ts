import type { ApiVersion } from '../scenarios/scenario-types.ts';
import { badRequest, malformedRequest, show, unexpectedEnumValue } from './problems.ts';

// The search envelope of docs/camunda-api/endpoints.md §1: filter operators, sort, offset / cursor pagination and the
// 8.8 vs 8.9+ page shapes.

export type PageRequest =
  | { kind: 'offset'; from: number; limit: number }
  | { kind: 'after'; cursor: Cursor; limit: number }
  | { kind: 'before'; cursor: Cursor; limit: number };

export interface SortRequest {
  field: string;
  order: 'ASC' | 'DESC';
}

export interface SearchRequest {
  filter: Record<string, unknown>;
  sort: SortRequest[];
  page: PageRequest;
}

interface Cursor {
  key: string;
  index: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.index])).toString('base64');
}

function decodeCursor(value: unknown, field: string): Cursor {
  if (typeof value !== 'string' || value === '')
    throw badRequest(`The value for page.${field} must be a non-empty string.`);
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'number')
      return { key: parsed[0], index: parsed[1] };
  } catch {
    // fall through to the error below
  }
  throw badRequest(`The value for page.${field} '${value}' is not a valid cursor.`);
}

function readLimit(page: Record<string, unknown>, version: ApiVersion): number {
  const limit = page.limit ?? 100;
  const max = version === '8.8' ? Number.MAX_SAFE_INTEGER : 10_000;
  // `limit: 0` is a count-only page (docs/camunda-api/endpoints.md §1).
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > max)
    throw malformedRequest(
      `The value for page.limit is '${show(limit)}' but must be between 0 and ${max === 10_000 ? '10000' : 'any positive number'}.`,
    );
  return limit;
}

export function parseSearchRequest(body: unknown, version: ApiVersion, sortFields: readonly string[]): SearchRequest {
  const b = body === undefined || body === null ? {} : body;
  if (!isObject(b)) throw badRequest('The request body must be a JSON object.');
  // Every search body is filter, sort and page; anything else cannot be read (Bad Request).
  // [inferred] the top-level wording, by analogy with `Request property [filter.<name>] cannot be parsed`.
  const extra = Object.keys(b).find((name) => name !== 'filter' && name !== 'sort' && name !== 'page');
  if (extra !== undefined) throw malformedRequest(`Request property [${extra}] cannot be parsed`);
  const filter = b.filter ?? {};
  if (!isObject(filter)) throw badRequest('The value for filter must be an object.');
  const sortInput = b.sort ?? [];
  if (!Array.isArray(sortInput)) throw badRequest('The value for sort must be an array.');
  const sort = sortInput.map((s: unknown): SortRequest => {
    if (!isObject(s) || typeof s.field !== 'string') throw badRequest('Sort field must not be null.');
    if (!sortFields.includes(s.field)) throw unexpectedEnumValue(s.field, 'field', sortFields);
    // [unverified] the web apps send lower-case orders, so both cases are accepted.
    const order = s.order === undefined || s.order === null ? 'ASC' : show(s.order).toUpperCase();
    // [inferred] same Jackson enum text as the sort field, applied to `order`.
    if (order !== 'ASC' && order !== 'DESC') throw unexpectedEnumValue(show(s.order), 'order', ['ASC', 'DESC']);
    return { field: s.field, order };
  });
  const pageInput = b.page ?? {};
  if (!isObject(pageInput)) throw badRequest('The value for page must be an object.');
  const limit = readLimit(pageInput, version);
  const has = (k: string) => pageInput[k] !== undefined && pageInput[k] !== null;
  if ((has('after') || has('before')) && has('from'))
    throw badRequest('Both page.from and a cursor (page.after / page.before) were provided; use only one.');
  if (has('after') && has('before')) throw badRequest('Both page.after and page.before were provided; use only one.');
  let page: PageRequest;
  if (has('after')) page = { kind: 'after', cursor: decodeCursor(pageInput.after, 'after'), limit };
  else if (has('before')) page = { kind: 'before', cursor: decodeCursor(pageInput.before, 'before'), limit };
  else {
    const from = pageInput.from ?? 0;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
      throw malformedRequest(`The value for page.from is '${show(from)}' but must be a non-negative integer.`);
    page = { kind: 'offset', from, limit };
  }
  return { filter, sort, page };
}

// ---- filter operators -------------------------------------------------------------------------

function likeToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) out += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  // [unverified] case sensitivity of $like; case-insensitive is what an operator searching names expects.
  return new RegExp(`^${out}$`, 'is');
}

const likeCache = new Map<string, RegExp>();
function like(pattern: string): RegExp {
  let re = likeCache.get(pattern);
  if (!re) {
    re = likeToRegExp(pattern);
    if (likeCache.size > 1000) likeCache.clear();
    likeCache.set(pattern, re);
  }
  return re;
}

type Scalar = string | number;

function compareScalar(a: Scalar, b: Scalar): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Generic operator matcher for a single-valued property. `normalise` converts the filter operand
 * to the property's domain (e.g. dates to epoch ms) and throws 400 for a wrong type.
 */
function matchOperators(
  value: Scalar | null,
  condition: unknown,
  field: string,
  normalise: (v: unknown) => Scalar,
  allowed: readonly string[],
): boolean {
  if (!isObject(condition)) return value !== null && value === normalise(condition);
  for (const [op, operand] of Object.entries(condition)) {
    if (operand === undefined) continue;
    if (!allowed.includes(op)) throw badRequest(`Unsupported operator '${op}' for filter.${field}.`);
    switch (op) {
      case '$eq':
        if (value === null || value !== normalise(operand)) return false;
        break;
      case '$neq':
        if (value !== null && value === normalise(operand)) return false;
        break;
      case '$exists':
        if (typeof operand !== 'boolean') throw badRequest(`The value for filter.${field}.$exists must be a boolean.`);
        if ((value !== null) !== operand) return false;
        break;
      case '$in':
      case '$notIn': {
        if (!Array.isArray(operand)) throw badRequest(`The value for filter.${field}.${op} must be an array.`);
        const inList = value !== null && operand.map(normalise).includes(value);
        if (op === '$in' ? !inList : inList) return false;
        break;
      }
      case '$like':
        if (typeof operand !== 'string') throw badRequest(`The value for filter.${field}.$like must be a string.`);
        if (value === null || !like(operand).test(String(value))) return false;
        break;
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        if (value === null) return false;
        const c = compareScalar(value, normalise(operand));
        if (op === '$gt' && !(c > 0)) return false;
        if (op === '$gte' && !(c >= 0)) return false;
        if (op === '$lt' && !(c < 0)) return false;
        if (op === '$lte' && !(c <= 0)) return false;
        break;
      }
    }
  }
  return true;
}

const STRING_OPS = ['$eq', '$neq', '$exists', '$in', '$notIn', '$like'] as const;
const NUMBER_OPS = ['$eq', '$neq', '$exists', '$gt', '$gte', '$lt', '$lte', '$in'] as const;
const ENUM_OPS = ['$eq', '$neq', '$exists', '$in', '$notIn', '$like'] as const;

function asString(field: string) {
  return (v: unknown): string => {
    if (typeof v !== 'string') throw badRequest(`The value for filter.${field} must be a string.`);
    return v;
  };
}

/**
 * A filter property the request type does not have cannot be read: `Bad Request`
 * `Request property [filter.<name>] cannot be parsed` (docs/camunda-api/error-messages.md §6).
 * Only searches whose full filter type the demo knows call this; others still ignore extras.
 */
export function rejectUnknownFilterFields(filter: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(filter).find((name) => !known.includes(name));
  if (unknown !== undefined) throw malformedRequest(`Request property [filter.${unknown}] cannot be parsed`);
}

/** A filter holds when each condition it sets holds, checked in order; absent or null conditions are unset. */
export function matchesFilter(
  filter: Record<string, unknown>,
  matchField: (field: string, condition: unknown) => boolean,
): boolean {
  return Object.entries(filter).every(
    ([field, condition]) => condition === undefined || condition === null || matchField(field, condition),
  );
}

export function matchString(value: string | null, condition: unknown, field: string): boolean {
  return matchOperators(value, condition, field, asString(field), STRING_OPS);
}

/** A plain-string filter (no operators), e.g. 8.8 `name` or `GroupFilter.name`. */
export function matchPlainString(value: string | null, condition: unknown, field: string): boolean {
  if (isObject(condition)) throw badRequest(`The value for filter.${field} must be a string.`);
  return value === asString(field)(condition);
}

export function matchEnum(value: string | null, condition: unknown, field: string, values: readonly string[]): boolean {
  const normalise = (v: unknown) => {
    const s = asString(field)(v);
    if (!values.includes(s)) throw unexpectedEnumValue(s, field, values);
    return s;
  };
  return matchOperators(value, condition, field, (v) => (isObject(v) ? asString(field)(v) : normalise(v)), ENUM_OPS);
}

export function matchInteger(value: number | null, condition: unknown, field: string): boolean {
  return matchOperators(
    value,
    condition,
    field,
    (v) => {
      if (typeof v !== 'number' || !Number.isInteger(v))
        throw badRequest(`The value for filter.${field} must be an integer.`);
      return v;
    },
    NUMBER_OPS,
  );
}

export function matchDate(value: string | null, condition: unknown, field: string): boolean {
  const toMs = (v: unknown) => {
    const ms = typeof v === 'string' ? Date.parse(v) : NaN;
    if (Number.isNaN(ms)) throw badRequest(`The provided ${field} '${show(v)}' cannot be parsed as a date-time.`);
    return ms;
  };
  return matchOperators(value === null ? null : Date.parse(value), condition, field, toMs, NUMBER_OPS);
}

/** Key properties: a key string, or the advanced filter (8.10 `ProcessDefinitionKeyFilterProperty`). */
export function matchKey(value: string | null, condition: unknown, field: string): boolean {
  return matchOperators(
    value,
    condition,
    field,
    (v) => {
      if (typeof v !== 'string' && typeof v !== 'number')
        throw badRequest(`The value for filter.${field} must be a key string.`);
      return show(v);
    },
    ['$eq', '$neq', '$exists', '$in', '$notIn'],
  );
}

// ---- sort and pagination ----------------------------------------------------------------------

export type SortAccessor<T> = (item: T) => string | number | null;

/** Sorts by the requested fields (nulls last in both directions), ties broken by key ascending. */
export function sortItems<T>(
  items: T[],
  sort: SortRequest[],
  accessors: Record<string, SortAccessor<T>>,
  keyOf: (item: T) => string,
  compareKey: (a: string, b: string) => number,
): T[] {
  if (sort.length === 0) return items.sort((a, b) => compareKey(keyOf(a), keyOf(b)));
  const fields = sort.map((s) => ({ get: accessors[s.field]!, dir: s.order === 'DESC' ? -1 : 1 }));
  return items.sort((a, b) => {
    for (const { get, dir } of fields) {
      const va = get(a);
      const vb = get(b);
      if (va === vb) continue;
      if (va === null) return 1;
      if (vb === null) return -1;
      return dir * compareScalar(va, vb);
    }
    return compareKey(keyOf(a), keyOf(b));
  });
}

export interface PageResult<T> {
  items: T[];
  page: Record<string, unknown>;
}

export function paginate<T>(
  sorted: T[],
  page: PageRequest,
  keyOf: (item: T) => string,
  version: ApiVersion,
): PageResult<T> {
  let start: number;
  if (page.kind === 'offset') start = page.from;
  else {
    // The cursor names the item it points at; if that item moved or vanished, its old index is used.
    const found = sorted.findIndex((item) => keyOf(item) === page.cursor.key);
    const index = found >= 0 ? found : Math.min(page.cursor.index, sorted.length);
    start = page.kind === 'after' ? (found >= 0 ? index + 1 : index) : Math.max(0, index - page.limit);
  }
  const end =
    page.kind === 'before' ? Math.min(start + page.limit, cursorIndexBefore(sorted, page, keyOf)) : start + page.limit;
  const items = sorted.slice(start, end);
  const first = items[0];
  const last = items[items.length - 1];
  const startCursor = first === undefined ? null : encodeCursor({ key: keyOf(first), index: start });
  const endCursor = last === undefined ? null : encodeCursor({ key: keyOf(last), index: start + items.length - 1 });
  const meta: Record<string, unknown> = { totalItems: sorted.length, hasMoreTotalItems: false };
  if (version === '8.8') {
    // 8.8 types the cursors as optional strings: omit them when there are none (docs/camunda-api/versions.md §2).
    if (startCursor !== null) meta.startCursor = startCursor;
    if (endCursor !== null) meta.endCursor = endCursor;
  } else {
    meta.startCursor = startCursor;
    meta.endCursor = endCursor;
  }
  return { items, page: meta };
}

function cursorIndexBefore<T>(sorted: T[], page: PageRequest, keyOf: (item: T) => string): number {
  if (page.kind !== 'before') return sorted.length;
  const found = sorted.findIndex((item) => keyOf(item) === page.cursor.key);
  return found >= 0 ? found : Math.min(page.cursor.index, sorted.length);
}
