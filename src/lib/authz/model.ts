// The authorization model of the Orchestration Cluster as the /v2 API exposes it (docs/operation-catalogue.md),
// per version. Enum values the cluster returns that we do not know (a newer server) stay strings:
// the UI must render them, never drop them.
import { PERMISSION_MATRIX } from '../catalogue/permission-matrix.ts';
import { msg, type Message } from '../i18n/message.ts';
import {
  API_VERSIONS,
  type ApiVersion,
  type PermissionType as CataloguePermissionType,
  type ResourceType as CatalogueResourceType,
} from '../catalogue/types.ts';

// Versions, resource types and permission types come from the operation catalogue's types and its
// permission matrix (src/lib/catalogue), so a new version or permission is added in one place. The
// matrix is small; the catalogue's operation data is not imported here (it loads lazily).
export type ClusterVersion = ApiVersion;

export const CLUSTER_VERSIONS: readonly ClusterVersion[] = API_VERSIONS;

/** Maps a gateway version string (`"8.9.2"`, `"8.10.0-alpha1"`) to the API generation we model. */
export function clusterVersionOf(gatewayVersion: string | null | undefined): ClusterVersion | null {
  const match = /^(\d+)\.(\d+)/.exec(gatewayVersion ?? '');
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== 8) return major > 8 ? '8.10' : null;
  if (minor <= 7) return null;
  if (minor === 8) return '8.8';
  if (minor === 9) return '8.9';
  return '8.10';
}

export function atLeast(version: ClusterVersion, minimum: ClusterVersion): boolean {
  return CLUSTER_VERSIONS.indexOf(version) >= CLUSTER_VERSIONS.indexOf(minimum);
}

/** 8.8 has no USER_TASK resource; the task-level layer (and property-based grants) exist from 8.9. */
export function hasUserTaskResource(version: ClusterVersion): boolean {
  return atLeast(version, '8.9');
}

export type OwnerType = 'USER' | 'CLIENT' | 'ROLE' | 'GROUP' | 'MAPPING_RULE' | 'UNSPECIFIED';

export type KnownResourceType = CatalogueResourceType;

/** A resource type: a known one, or whatever a newer server sends. */
export type ResourceType = KnownResourceType | (string & {});

export type KnownPermissionType = CataloguePermissionType;

export type PermissionType = KnownPermissionType | (string & {});

/** The matrix's resource types of `version`, oldest version's first (the order of the pickers). */
export function resourceTypesFor(version: ClusterVersion): string[] {
  return Object.keys(PERMISSION_MATRIX[version]).sort(
    (a, b) => firstVersionOfResource(a) - firstVersionOfResource(b) || a.localeCompare(b),
  );
}

/** Every permission type some resource type accepts on `version`, oldest version's first. */
export function permissionTypesFor(version: ClusterVersion): string[] {
  const all = new Set(Object.values(PERMISSION_MATRIX[version]).flat());
  return [...all].sort((a, b) => firstVersionOfPermission(a) - firstVersionOfPermission(b) || a.localeCompare(b));
}

function firstVersionOfResource(resourceType: string): number {
  return CLUSTER_VERSIONS.findIndex((v) => resourceType in PERMISSION_MATRIX[v]);
}

function firstVersionOfPermission(permission: string): number {
  return CLUSTER_VERSIONS.findIndex((v) =>
    Object.values(PERMISSION_MATRIX[v]).some((permissions) => permissions.includes(permission as KnownPermissionType)),
  );
}

/** Whether `resourceType` accepts `permission` on `version` (unknown types never do). */
export function isKnownPair(resourceType: string, permission: string, version: ClusterVersion): boolean {
  const permissions: readonly string[] | undefined = PERMISSION_MATRIX[version][resourceType as KnownResourceType];
  return permissions?.includes(permission) ?? false;
}

export function isKnownPermission(permission: string, version: ClusterVersion): boolean {
  return permissionTypesFor(version).includes(permission);
}

export function isKnownResourceType(resourceType: string, version: ClusterVersion): boolean {
  return resourceTypesFor(version).includes(resourceType);
}

/** The property names a property-based USER_TASK authorization can use (8.9+). */
export type UserTaskProperty = 'assignee' | 'candidateUsers' | 'candidateGroups';
export const USER_TASK_PROPERTIES: readonly UserTaskProperty[] = ['assignee', 'candidateUsers', 'candidateGroups'];

/** An authorization as `/v2/authorizations/search` returns it. 8.8 omits fields freely; 8.9 adds resourcePropertyName. */
export interface Authorization {
  authorizationKey?: string;
  ownerId: string;
  ownerType: OwnerType | (string & {});
  resourceType: ResourceType;
  /** ID-based grants: a resource id or `*`. Null/absent for property-based grants (8.9+). */
  resourceId?: string | null;
  /** Property-based USER_TASK grants (8.9+): `assignee`, `candidateUsers` or `candidateGroups`. */
  resourcePropertyName?: string | null;
  permissionTypes: PermissionType[];
}

/**
 * A resource type's noun in the UI language: `one` names a single resource ("process" before its id),
 * `every` all of them ("every process"; German "alle Prozesse"). Unknown types keep the API's name.
 */
export function resourceNounMessage(resourceType: string, form: 'one' | 'every'): Message {
  return msg(form === 'one' ? 'diagnosis.noun.one' : 'diagnosis.noun.every', { type: resourceType });
}

export const WILDCARD = '*';
