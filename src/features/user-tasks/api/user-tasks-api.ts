import * as z from 'zod/mini';
import { apiRequest, apiRequestText } from '../../../lib/api/api-client.ts';
import type { UserTaskSearchBody } from '../lib/task-filter.ts';

// Tolerant of 8.8 (everything optional, nulls may be absent), 8.9 (required, nullable) and 8.10
// (`businessId`); see docs/camunda-api/versions.md §2–3. States stay strings: a newer cluster may add one.
const optionalText = z.optional(z.nullable(z.string()));
const optionalList = z.optional(z.nullable(z.array(z.string())));

const userTaskSchema = z.pipe(
  z.looseObject({
    userTaskKey: z.string(),
    name: optionalText,
    state: optionalText,
    assignee: optionalText,
    candidateUsers: optionalList,
    candidateGroups: optionalList,
    elementId: optionalText,
    elementInstanceKey: optionalText,
    processDefinitionId: optionalText,
    processDefinitionKey: optionalText,
    processDefinitionVersion: z.optional(z.nullable(z.number())),
    processName: optionalText,
    processInstanceKey: optionalText,
    rootProcessInstanceKey: optionalText,
    creationDate: optionalText,
    completionDate: optionalText,
    dueDate: optionalText,
    followUpDate: optionalText,
    priority: z.optional(z.nullable(z.number())),
    tenantId: optionalText,
    formKey: optionalText,
    externalFormReference: optionalText,
    customHeaders: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
    tags: optionalList,
    businessId: optionalText,
  }),
  z.transform((t) => ({
    userTaskKey: t.userTaskKey,
    name: t.name ?? null,
    state: t.state ?? 'UNKNOWN',
    assignee: t.assignee || null,
    candidateUsers: t.candidateUsers ?? [],
    candidateGroups: t.candidateGroups ?? [],
    elementId: t.elementId ?? null,
    elementInstanceKey: t.elementInstanceKey ?? null,
    processDefinitionId: t.processDefinitionId ?? null,
    processDefinitionKey: t.processDefinitionKey ?? null,
    processDefinitionVersion: t.processDefinitionVersion ?? null,
    processName: t.processName ?? null,
    processInstanceKey: t.processInstanceKey ?? null,
    rootProcessInstanceKey: t.rootProcessInstanceKey ?? null,
    creationDate: t.creationDate ?? null,
    completionDate: t.completionDate ?? null,
    dueDate: t.dueDate ?? null,
    followUpDate: t.followUpDate ?? null,
    priority: t.priority ?? null,
    tenantId: t.tenantId ?? null,
    formKey: t.formKey ?? null,
    externalFormReference: t.externalFormReference ?? null,
    // Header values are strings per spec; anything else is shown as JSON text.
    customHeaders: Object.entries(t.customHeaders ?? {}).map(([name, value]) => ({
      name,
      value: typeof value === 'string' ? value : JSON.stringify(value),
    })),
    tags: t.tags ?? [],
    businessId: t.businessId ?? null,
  })),
);

export type UserTask = z.output<typeof userTaskSchema>;

const pageSchema = z.looseObject({
  totalItems: z.number(),
  hasMoreTotalItems: z.optional(z.nullable(z.boolean())),
  startCursor: optionalText,
  endCursor: optionalText,
});

/** Exported for the queue's warm-up (`lib/queue-warmup.ts`), which parses a sample while the search runs. */
export const userTaskPageSchema = z.looseObject({
  items: z.optional(z.nullable(z.array(userTaskSchema))),
  page: pageSchema,
});

export interface UserTaskPage {
  items: UserTask[];
  /** Absolute index of the first item in the whole result, so rows keep their place in a window. */
  offset: number;
  totalItems: number;
  hasMoreTotalItems: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Which page to ask for: after a page's end cursor, before a page's start cursor, or by offset (8.8
 * may omit cursors). Cursor params carry where they point, for the page's absolute `offset`.
 */
export type PageParam =
  { after: string; offset: number } | { before: string; end: number } | { from: number; limit?: number } | null;

export const PAGE_SIZE = 200;

/** The `page` of the search body; the bookkeeping fields stay in Lantern. */
export function pageRequestOf(pageParam: PageParam): Record<string, string | number> {
  if (pageParam === null) return { limit: PAGE_SIZE };
  if ('after' in pageParam) return { after: pageParam.after, limit: PAGE_SIZE };
  if ('before' in pageParam) return { before: pageParam.before, limit: PAGE_SIZE };
  return { from: pageParam.from, limit: pageParam.limit ?? PAGE_SIZE };
}

/** Where a fetched page starts in the whole result; a page before a cursor ends where the cursor is. */
export function pageOffsetOf(pageParam: PageParam, itemCount: number): number {
  if (pageParam === null) return 0;
  if ('after' in pageParam) return pageParam.offset;
  if ('before' in pageParam) return Math.max(0, pageParam.end - itemCount);
  return pageParam.from;
}

export async function searchUserTasks(
  clusterId: string,
  body: UserTaskSearchBody,
  pageParam: PageParam,
  signal?: AbortSignal,
): Promise<UserTaskPage> {
  const result = await apiRequest(clusterId, {
    method: 'POST',
    path: '/v2/user-tasks/search',
    body: { ...body, page: pageRequestOf(pageParam) },
    schema: userTaskPageSchema,
    signal,
  });
  const items = result.items ?? [];
  return {
    items,
    offset: pageOffsetOf(pageParam, items.length),
    totalItems: result.page.totalItems,
    hasMoreTotalItems: result.page.hasMoreTotalItems ?? false,
    startCursor: result.page.startCursor ?? null,
    endCursor: result.page.endCursor ?? null,
  };
}

export function fetchUserTask(clusterId: string, userTaskKey: string, signal?: AbortSignal): Promise<UserTask> {
  return apiRequest(clusterId, {
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}`,
    schema: userTaskSchema,
    signal,
  });
}

const variableSchema = z.looseObject({
  name: z.string(),
  value: z.string(),
  isTruncated: z.optional(z.nullable(z.boolean())),
  variableKey: optionalText,
  scopeKey: optionalText,
  processInstanceKey: optionalText,
  tenantId: optionalText,
});

const variablePageSchema = z.looseObject({
  items: z.optional(z.nullable(z.array(variableSchema))),
  page: pageSchema,
});

export interface TaskVariable {
  name: string;
  /** JSON text as the API returns it; cut short when `isTruncated`. */
  value: string;
  isTruncated: boolean;
  variableKey: string | null;
  scopeKey: string | null;
}

export interface TaskVariables {
  items: TaskVariable[];
  totalItems: number;
}

export const VARIABLES_LIMIT = 200;

/** `name` narrows to one variable (`$like` with `*` for a substring search); `full` asks for untruncated values. */
export async function searchTaskVariables(
  clusterId: string,
  userTaskKey: string,
  options: { nameLike?: string; exactName?: string; full?: boolean },
  signal?: AbortSignal,
): Promise<TaskVariables> {
  const filter: Record<string, unknown> = {};
  if (options.exactName) filter.name = options.exactName;
  else if (options.nameLike) filter.name = { $like: `*${options.nameLike.replace(/[\\*?]/g, '\\$&')}*` };
  const result = await apiRequest(clusterId, {
    method: 'POST',
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}/variables/search`,
    query: { truncateValues: options.full ? false : undefined },
    body: { filter, sort: [{ field: 'name', order: 'ASC' }], page: { limit: VARIABLES_LIMIT } },
    schema: variablePageSchema,
    signal,
  });
  return {
    items: (result.items ?? []).map((v) => ({
      name: v.name,
      value: v.value,
      isTruncated: v.isTruncated ?? false,
      variableKey: v.variableKey ?? null,
      scopeKey: v.scopeKey ?? null,
    })),
    totalItems: result.page.totalItems,
  };
}

const formSchema = z.optional(
  z.looseObject({
    formId: optionalText,
    formKey: optionalText,
    version: z.optional(z.nullable(z.number())),
    tenantId: optionalText,
    // A JSON string from 8.9 on; an object in the 8.8 SDK types (docs/camunda-api/versions.md §4).
    schema: z.union([z.string(), z.record(z.string(), z.unknown())]),
  }),
);

export interface TaskForm {
  formId: string | null;
  formKey: string | null;
  version: number | null;
  schema: string | Record<string, unknown>;
}

/** The linked form, or null when the task has none (204). */
export async function fetchTaskForm(
  clusterId: string,
  userTaskKey: string,
  signal?: AbortSignal,
): Promise<TaskForm | null> {
  const form = await apiRequest(clusterId, {
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}/form`,
    schema: formSchema,
    signal,
  });
  if (!form) return null;
  return {
    formId: form.formId ?? null,
    formKey: form.formKey ?? null,
    version: form.version ?? null,
    schema: form.schema,
  };
}

/** The process definition's BPMN XML, where an embedded form lives (lib/form-embedded.ts). */
export function fetchProcessDefinitionXml(
  clusterId: string,
  processDefinitionKey: string,
  signal?: AbortSignal,
): Promise<string> {
  return apiRequestText(clusterId, {
    path: `/v2/process-definitions/${encodeURIComponent(processDefinitionKey)}/xml`,
    signal,
  });
}

export function assignUserTask(
  clusterId: string,
  userTaskKey: string,
  assignee: string,
  allowOverride: boolean,
): Promise<void> {
  return apiRequest(clusterId, {
    method: 'POST',
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}/assignment`,
    body: { assignee, allowOverride },
  });
}

export function unassignUserTask(clusterId: string, userTaskKey: string): Promise<void> {
  return apiRequest(clusterId, {
    method: 'DELETE',
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}/assignee`,
  });
}

export function completeUserTask(
  clusterId: string,
  userTaskKey: string,
  variables: Record<string, unknown>,
): Promise<void> {
  return apiRequest(clusterId, {
    method: 'POST',
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}/completion`,
    body: { variables },
  });
}

/** PATCH changeset: null/absent keeps a value, '' resets a date, [] resets a list (docs/camunda-api/endpoints.md §3). */
export interface TaskChangeset {
  dueDate?: string;
  followUpDate?: string;
  priority?: number;
  candidateGroups?: string[];
  candidateUsers?: string[];
}

export function updateUserTask(clusterId: string, userTaskKey: string, changeset: TaskChangeset): Promise<void> {
  return apiRequest(clusterId, {
    method: 'PATCH',
    path: `/v2/user-tasks/${encodeURIComponent(userTaskKey)}`,
    body: { changeset },
  });
}
