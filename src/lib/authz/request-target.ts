// What a /v2 request acts on, read from its method and path. Read-side 403 texts never carry
// resource ids (docs/camunda-api/error-messages.md §3.2), so the diagnosis takes them from the request when it can.

export type UserTaskOperation = 'read' | 'claim' | 'assign' | 'unassign' | 'complete' | 'update';

export interface RequestTarget {
  /** Short description of what was attempted, e.g. "assign user task 2251799813685281". */
  description: string;
  /** Resource ids the path names, by resource type (GROUP → group id, USER_TASK → userTaskKey, …). */
  idsByResourceType: Record<string, string>;
  userTaskKey: string | null;
  userTaskOperation: UserTaskOperation | null;
}

const SEGMENT = '([^/?#]+)';

interface Route {
  method: string | null;
  pattern: RegExp;
  build: (id: string) => Omit<RequestTarget, 'description'> & { description: string };
}

function userTask(operation: UserTaskOperation, verb: string): Route['build'] {
  return (key) => ({
    description: `${verb} user task ${key}`,
    idsByResourceType: { USER_TASK: key },
    userTaskKey: key,
    userTaskOperation: operation,
  });
}

function entity(resourceType: string, noun: string, verb: string): Route['build'] {
  return (id) => ({
    description: `${verb} ${noun} ${id}`,
    idsByResourceType: { [resourceType]: id },
    userTaskKey: null,
    userTaskOperation: null,
  });
}

const ENTITY_ROUTES: { prefix: string; resourceType: string; noun: string }[] = [
  { prefix: 'groups', resourceType: 'GROUP', noun: 'group' },
  { prefix: 'roles', resourceType: 'ROLE', noun: 'role' },
  { prefix: 'tenants', resourceType: 'TENANT', noun: 'tenant' },
  { prefix: 'users', resourceType: 'USER', noun: 'user' },
  { prefix: 'mapping-rules', resourceType: 'MAPPING_RULE', noun: 'mapping rule' },
];

const ROUTES: Route[] = [
  { method: 'GET', pattern: new RegExp(`^/v2/user-tasks/${SEGMENT}$`), build: userTask('read', 'read') },
  { method: 'PATCH', pattern: new RegExp(`^/v2/user-tasks/${SEGMENT}$`), build: userTask('update', 'update') },
  {
    method: 'POST',
    pattern: new RegExp(`^/v2/user-tasks/${SEGMENT}/assignment$`),
    build: userTask('assign', 'assign'),
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/v2/user-tasks/${SEGMENT}/assignee$`),
    build: userTask('unassign', 'unassign'),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v2/user-tasks/${SEGMENT}/completion$`),
    build: userTask('complete', 'complete'),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/user-tasks/${SEGMENT}/form$`),
    build: userTask('read', 'read the form of'),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v2/user-tasks/${SEGMENT}/(?:effective-)?variables/search$`),
    build: userTask('read', 'read the variables of'),
  },
  ...ENTITY_ROUTES.flatMap(({ prefix, resourceType, noun }): Route[] => [
    { method: 'GET', pattern: new RegExp(`^/v2/${prefix}/${SEGMENT}$`), build: entity(resourceType, noun, 'read') },
    { method: 'PUT', pattern: new RegExp(`^/v2/${prefix}/${SEGMENT}$`), build: entity(resourceType, noun, 'update') },
    { method: 'PATCH', pattern: new RegExp(`^/v2/${prefix}/${SEGMENT}$`), build: entity(resourceType, noun, 'update') },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/v2/${prefix}/${SEGMENT}$`),
      build: entity(resourceType, noun, 'delete'),
    },
    {
      method: null,
      pattern: new RegExp(`^/v2/${prefix}/${SEGMENT}/[^?#]+$`),
      build: entity(resourceType, noun, 'change the members of'),
    },
  ]),
];

/** Strips a proxy prefix (`/clusters/<id>`), the query string and a trailing slash. */
export function apiPath(path: string): string {
  const withoutQuery = path.split(/[?#]/)[0] ?? '';
  const index = withoutQuery.indexOf('/v2/');
  const api = index >= 0 ? withoutQuery.slice(index) : withoutQuery;
  return api.length > 1 && api.endsWith('/') ? api.slice(0, -1) : api;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function describeRequestTarget(method: string, path: string): RequestTarget {
  const normalizedMethod = method.toUpperCase();
  const api = apiPath(path);
  for (const route of ROUTES) {
    if (route.method !== null && route.method !== normalizedMethod) continue;
    const match = route.pattern.exec(api);
    if (match?.[1] !== undefined) return route.build(safeDecode(match[1]));
  }
  return {
    description: `${normalizedMethod} ${api}`,
    idsByResourceType: {},
    userTaskKey: null,
    userTaskOperation: null,
  };
}
