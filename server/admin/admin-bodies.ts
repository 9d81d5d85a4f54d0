// The only shapes the administrative client may be used for. Anything else — another endpoint, an
// extra field, a body that would do more than one grant or one membership — is refused before the
// client's token is even fetched, so an allowlisted administrator cannot turn the route into a
// general-purpose proxy with the client's rights.

export type OwnerType = 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE';
export type ContainerType = 'GROUP' | 'ROLE' | 'TENANT';

export interface AuthorizationBody {
  ownerId: string;
  ownerType: OwnerType;
  resourceType: string;
  resourceId?: string;
  resourcePropertyName?: string;
  permissionTypes: string[];
}

export interface MembershipBody {
  containerType: ContainerType;
  containerId: string;
  memberType: OwnerType;
  memberId: string;
}

export interface PageBody {
  page: { from: number; limit: number };
}

export type MembersSearchBody = Omit<MembershipBody, 'memberId'> & PageBody;

export type Checked<T> = { ok: true; value: T } | { ok: false; detail: string };

const OWNER_TYPES: readonly OwnerType[] = ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'];
const MEMBERS_OF: Record<ContainerType, readonly OwnerType[]> = {
  GROUP: ['USER', 'CLIENT', 'MAPPING_RULE'],
  ROLE: ['USER', 'CLIENT', 'GROUP', 'MAPPING_RULE'],
  TENANT: ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'],
};
const MEMBER_PATH: Record<OwnerType, string> = {
  USER: 'users',
  CLIENT: 'clients',
  GROUP: 'groups',
  ROLE: 'roles',
  MAPPING_RULE: 'mapping-rules',
};
const CONTAINER_PATH: Record<ContainerType, string> = { GROUP: 'groups', ROLE: 'roles', TENANT: 'tenants' };
const ENUM_NAME = /^[A-Z][A-Z_]{0,63}$/;
const MAX_ID = 256;

class Refusal extends Error {}

function record(body: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Refusal('The body must be an object.');
  const fields = body as Record<string, unknown>;
  const extra = Object.keys(fields).filter((key) => !allowed.includes(key));
  if (extra.length > 0) throw new Refusal(`Unexpected field ${extra.map((k) => `'${k}'`).join(', ')}.`);
  return fields;
}

function id(fields: Record<string, unknown>, key: string): string {
  const value = fields[key];
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_ID) {
    throw new Refusal(`'${key}' must be a non-empty string of at most ${MAX_ID} characters.`);
  }
  return value;
}

function oneOf<T extends string>(fields: Record<string, unknown>, key: string, values: readonly T[]): T {
  const value = fields[key];
  if (typeof value !== 'string' || !values.includes(value as T)) {
    throw new Refusal(`'${key}' must be one of ${values.join(', ')}.`);
  }
  return value as T;
}

function checked<T>(read: () => T): Checked<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, detail: error.message };
    throw error;
  }
}

/** `POST /v2/authorizations`: one owner, one resource (an id or a property), named permissions. */
export function checkAuthorizationBody(body: unknown): Checked<AuthorizationBody> {
  return checked(() => {
    const fields = record(body, [
      'ownerId',
      'ownerType',
      'resourceType',
      'resourceId',
      'resourcePropertyName',
      'permissionTypes',
    ]);
    const resourceType = fields.resourceType;
    if (typeof resourceType !== 'string' || !ENUM_NAME.test(resourceType)) {
      throw new Refusal("'resourceType' must be a resource type name such as PROCESS_DEFINITION.");
    }
    const hasId = fields.resourceId !== undefined;
    const hasProperty = fields.resourcePropertyName !== undefined;
    if (hasId === hasProperty) throw new Refusal("Give exactly one of 'resourceId' and 'resourcePropertyName'.");
    const permissions = fields.permissionTypes;
    if (
      !Array.isArray(permissions) ||
      permissions.length === 0 ||
      permissions.length > 32 ||
      permissions.some((p) => typeof p !== 'string' || !ENUM_NAME.test(p))
    ) {
      throw new Refusal("'permissionTypes' must be a non-empty list of permission names such as READ.");
    }
    return {
      ownerId: id(fields, 'ownerId'),
      ownerType: oneOf(fields, 'ownerType', OWNER_TYPES),
      resourceType,
      ...(hasId
        ? { resourceId: id(fields, 'resourceId') }
        : { resourcePropertyName: id(fields, 'resourcePropertyName') }),
      permissionTypes: permissions as string[],
    };
  });
}

function container(fields: Record<string, unknown>): Omit<MembershipBody, 'memberId'> {
  const containerType = oneOf(fields, 'containerType', Object.keys(MEMBERS_OF) as ContainerType[]);
  return {
    containerType,
    containerId: id(fields, 'containerId'),
    memberType: oneOf(fields, 'memberType', MEMBERS_OF[containerType]),
  };
}

/** A group, role or tenant membership: `PUT /v2/{groups|roles|tenants}/{id}/{members}/{memberId}`. */
export function checkMembershipBody(body: unknown): Checked<MembershipBody> {
  return checked(() => {
    const fields = record(body, ['containerType', 'containerId', 'memberType', 'memberId']);
    return { ...container(fields), memberId: id(fields, 'memberId') };
  });
}

function page(fields: Record<string, unknown>): PageBody['page'] {
  if (fields.page === undefined) return { from: 0, limit: 1000 };
  const paging = record(fields.page, ['from', 'limit']);
  const from = paging.from ?? 0;
  const limit = paging.limit ?? 1000;
  if (!Number.isInteger(from) || (from as number) < 0 || (from as number) > 100_000) {
    throw new Refusal("'page.from' must be an integer from 0 to 100000.");
  }
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > 1000) {
    throw new Refusal("'page.limit' must be an integer from 1 to 1000.");
  }
  return { from: from as number, limit: limit as number };
}

/** The verification read of every authorization: only a page, no other query. */
export function checkAuthorizationSearchBody(body: unknown): Checked<PageBody> {
  return checked(() => ({ page: page(record(body ?? {}, ['page'])) }));
}

/** The verification read of one container's members. */
export function checkMembersSearchBody(body: unknown): Checked<MembersSearchBody> {
  return checked(() => {
    const fields = record(body, ['containerType', 'containerId', 'memberType', 'page']);
    return { ...container(fields), page: page(fields) };
  });
}

export function membershipPath(body: Omit<MembershipBody, 'memberId'>, memberId?: string): string {
  const base = `/v2/${CONTAINER_PATH[body.containerType]}/${encodeURIComponent(body.containerId)}/${MEMBER_PATH[body.memberType]}`;
  return memberId === undefined ? `${base}/search` : `${base}/${encodeURIComponent(memberId)}`;
}
