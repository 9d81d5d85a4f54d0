// The task queue's filter, its URL form (so a link reproduces the view) and the search body the
// API expects (docs/camunda-api/endpoints.md §1, §3). Pure, so the round trip is unit-tested.

export const USER_TASK_STATES = [
  'CREATED',
  'COMPLETED',
  'CANCELED',
  'FAILED',
  'CREATING',
  'ASSIGNING',
  'UPDATING',
  'COMPLETING',
  'CANCELING',
] as const;

export const SORT_FIELDS = ['creationDate', 'dueDate', 'followUpDate', 'completionDate', 'priority', 'name'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = 'ASC' | 'DESC';

/** URL tokens for the two assignee choices that are not a username. */
export const ASSIGNEE_ME = '@me';
export const ASSIGNEE_UNASSIGNED = '@unassigned';
/** URL value of `state` meaning "do not filter by state" (absent means the default: open tasks). */
const STATE_ANY = 'any';

export interface DateRange {
  /** Calendar days (YYYY-MM-DD) in the user's time zone, inclusive; '' = open end. */
  from: string;
  to: string;
}

export interface TaskFilter {
  /** A state name, or null for every state. Unknown names are kept: newer clusters add states. */
  state: string | null;
  /** '' (anyone), ASSIGNEE_ME, ASSIGNEE_UNASSIGNED or a username. */
  assignee: string;
  candidateGroup: string;
  candidateUser: string;
  processDefinitionId: string;
  tenantId: string;
  priorityMin: number | null;
  priorityMax: number | null;
  due: DateRange;
  followUp: DateRange;
  created: DateRange;
  sort: { field: SortField; order: SortOrder };
}

export const DEFAULT_TASK_FILTER: TaskFilter = {
  state: 'CREATED',
  assignee: '',
  candidateGroup: '',
  candidateUser: '',
  processDefinitionId: '',
  tenantId: '',
  priorityMin: null,
  priorityMax: null,
  due: { from: '', to: '' },
  followUp: { from: '', to: '' },
  created: { from: '', to: '' },
  sort: { field: 'creationDate', order: 'DESC' },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string | null): string {
  if (value === null || !DAY.test(value)) return '';
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  // Rejects 2025-02-30 and friends, which Date would silently roll over.
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? value : '';
}

function parsePriority(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : null;
}

function parseSort(value: string | null): TaskFilter['sort'] {
  if (value === null) return DEFAULT_TASK_FILTER.sort;
  const [field, order] = value.split(':');
  if (!(SORT_FIELDS as readonly string[]).includes(field ?? '')) return DEFAULT_TASK_FILTER.sort;
  return { field: field as SortField, order: order?.toLowerCase() === 'asc' ? 'ASC' : 'DESC' };
}

export function parseTaskFilter(params: URLSearchParams): TaskFilter {
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const stateParam = params.get('state');
  let state: string | null = DEFAULT_TASK_FILTER.state;
  if (stateParam === STATE_ANY) state = null;
  else if (stateParam !== null && /^[A-Z_]+$/.test(stateParam)) state = stateParam;
  return {
    state,
    assignee: text('assignee'),
    candidateGroup: text('candidateGroup'),
    candidateUser: text('candidateUser'),
    processDefinitionId: text('process'),
    tenantId: text('tenant'),
    priorityMin: parsePriority(params.get('priorityMin')),
    priorityMax: parsePriority(params.get('priorityMax')),
    due: { from: parseDay(params.get('dueFrom')), to: parseDay(params.get('dueTo')) },
    followUp: { from: parseDay(params.get('followUpFrom')), to: parseDay(params.get('followUpTo')) },
    created: { from: parseDay(params.get('createdFrom')), to: parseDay(params.get('createdTo')) },
    sort: parseSort(params.get('sort')),
  };
}

/** Only what differs from the default goes into the URL, in a stable order. */
export function serializeTaskFilter(filter: TaskFilter): URLSearchParams {
  const params = new URLSearchParams();
  const put = (name: string, value: string | number | null) => {
    if (value !== null && value !== '') params.set(name, String(value));
  };
  if (filter.state !== DEFAULT_TASK_FILTER.state) put('state', filter.state ?? STATE_ANY);
  put('assignee', filter.assignee);
  put('candidateGroup', filter.candidateGroup);
  put('candidateUser', filter.candidateUser);
  put('process', filter.processDefinitionId);
  put('tenant', filter.tenantId);
  put('priorityMin', filter.priorityMin);
  put('priorityMax', filter.priorityMax);
  put('dueFrom', filter.due.from);
  put('dueTo', filter.due.to);
  put('followUpFrom', filter.followUp.from);
  put('followUpTo', filter.followUp.to);
  put('createdFrom', filter.created.from);
  put('createdTo', filter.created.to);
  const { field, order } = filter.sort;
  if (field !== DEFAULT_TASK_FILTER.sort.field || order !== DEFAULT_TASK_FILTER.sort.order) {
    put('sort', `${field}:${order.toLowerCase()}`);
  }
  return params;
}

/** How many filter fields differ from the default (the sort does not count). */
export function countActiveFilters(filter: TaskFilter): number {
  const params = serializeTaskFilter({ ...filter, sort: DEFAULT_TASK_FILTER.sort });
  const names = new Set([...params.keys()].map((k) => k.replace(/(From|To|Min|Max)$/, '')));
  return names.size;
}

/** Local midnight of a YYYY-MM-DD day plus `addDays`, as an ISO instant. */
function startOfLocalDay(day: string, addDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

type DateFilter = { $gte?: string; $lt?: string };

function dateRangeFilter(range: DateRange): DateFilter | undefined {
  const filter: DateFilter = {};
  if (range.from) filter.$gte = startOfLocalDay(range.from);
  // "to" is inclusive for the user, so the bound is the start of the following day.
  if (range.to) filter.$lt = startOfLocalDay(range.to, 1);
  return Object.keys(filter).length > 0 ? filter : undefined;
}

export interface UserTaskSearchBody {
  filter: Record<string, unknown>;
  sort: { field: SortField; order: SortOrder }[];
}

export type SearchBodyResult = { ok: true; body: UserTaskSearchBody } | { ok: false; reason: 'me-without-username' };

/**
 * The `POST /v2/user-tasks/search` body for a filter. `currentUsername` resolves "assigned to me";
 * an anonymous caller (unprotected cluster) or an API client has no username to match.
 */
export function toSearchBody(filter: TaskFilter, currentUsername: string | null): SearchBodyResult {
  const body: Record<string, unknown> = {};
  if (filter.state !== null) body.state = filter.state;
  if (filter.assignee === ASSIGNEE_ME) {
    if (!currentUsername) return { ok: false, reason: 'me-without-username' };
    body.assignee = currentUsername;
  } else if (filter.assignee === ASSIGNEE_UNASSIGNED) {
    body.assignee = { $exists: false };
  } else if (filter.assignee) {
    body.assignee = filter.assignee;
  }
  if (filter.candidateGroup) body.candidateGroup = filter.candidateGroup;
  if (filter.candidateUser) body.candidateUser = filter.candidateUser;
  if (filter.processDefinitionId) body.processDefinitionId = filter.processDefinitionId;
  if (filter.tenantId) body.tenantId = filter.tenantId;
  if (filter.priorityMin !== null || filter.priorityMax !== null) {
    const priority: { $gte?: number; $lte?: number } = {};
    if (filter.priorityMin !== null) priority.$gte = filter.priorityMin;
    if (filter.priorityMax !== null) priority.$lte = filter.priorityMax;
    body.priority = priority;
  }
  const due = dateRangeFilter(filter.due);
  if (due) body.dueDate = due;
  const followUp = dateRangeFilter(filter.followUp);
  if (followUp) body.followUpDate = followUp;
  const created = dateRangeFilter(filter.created);
  if (created) body.creationDate = created;
  return { ok: true, body: { filter: body, sort: [{ field: filter.sort.field, order: filter.sort.order }] } };
}
