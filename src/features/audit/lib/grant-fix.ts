// A fix as data: the grants to delete and the grants to create. Creations are AuthorizationDrafts,
// so the formats of src/lib/authz/fix-drafts.ts render them (REST, curl, c8ctl, YAML, env, Helm);
// deletions are `DELETE /v2/authorizations/{authorizationKey}` or `c8ctl delete auth <key>`
// (docs/camunda-api/applying-authorizations.md), which fix-drafts has no format for.
import {
  type AuthorizationDraft,
  c8ctlCommand,
  type ClusterAuthKind,
  curlCommand,
  type FixOwnerType,
  identityAsCodeYaml,
} from '../../../lib/authz/fix-drafts.ts';
import { type Authorization, USER_TASK_PROPERTIES, type UserTaskProperty, WILDCARD } from '../../../lib/authz/model.ts';
import type { Message } from '../../../lib/i18n/message.ts';
import { grantLabel, isPropertyBased } from './directory-index.ts';

export interface GrantFix {
  remove: Authorization[];
  add: AuthorizationDraft[];
  /** What the fix cannot say as grants ("grant it on the ids it needs"), worded at render. */
  notes?: Message[];
}

const FIX_OWNER_TYPES: readonly string[] = ['USER', 'CLIENT', 'GROUP', 'ROLE', 'MAPPING_RULE'];

/** The same grant with other permissions, as a draft; null when the owner type cannot be created. */
export function draftOf(authorization: Authorization, permissionTypes: string[]): AuthorizationDraft | null {
  if (!FIX_OWNER_TYPES.includes(authorization.ownerType) || permissionTypes.length === 0) return null;
  const base = {
    ownerType: authorization.ownerType as FixOwnerType,
    ownerId: authorization.ownerId,
    resourceType: authorization.resourceType,
    permissionTypes,
  };
  const property = authorization.resourcePropertyName;
  if (isPropertyBased(authorization) && USER_TASK_PROPERTIES.includes(property as UserTaskProperty)) {
    return { ...base, resourcePropertyName: property as UserTaskProperty };
  }
  return { ...base, resourceId: authorization.resourceId ?? WILDCARD };
}

function authorizationUrl(restAddress: string, key: string): string {
  return `${restAddress.replace(/\/+$/, '').replace(/\/v2$/, '')}/v2/authorizations/${encodeURIComponent(key)}`;
}

function credentialLines(auth: ClusterAuthKind): string[] {
  if (auth === 'basic') return [`  -u '<username>:<password>'`];
  if (auth === 'oidc') return [`  -H 'Authorization: Bearer <access-token>'`];
  return [];
}

export function deleteCurl(authorization: Authorization, restAddress: string, auth: ClusterAuthKind): string | null {
  const key = authorization.authorizationKey;
  if (!key) return null;
  return [`curl -X DELETE '${authorizationUrl(restAddress, key)}'`, ...credentialLines(auth)].join(' \\\n');
}

export function deleteC8ctl(authorization: Authorization): string | null {
  const key = authorization.authorizationKey;
  return key && /^\d+$/.test(key) ? `c8ctl delete auth ${key}` : null;
}

export interface FixScripts {
  /** One shell script: deletions first, then creations (curl). */
  curl: string;
  /** c8ctl cannot create property-based grants; those lines say so and fall back to curl. */
  c8ctl: string;
  /** Identity-as-code seeds creations only; deletions are listed as comments. */
  yaml: string;
}

/** Every fix of a report in one script per format, for export. */
export function fixScripts(fixes: GrantFix[], target: { baseUrl: string; auth: ClusterAuthKind }): FixScripts {
  const removals = fixes.flatMap((fix) => fix.remove);
  const additions = fixes.flatMap((fix) => fix.add);
  const curl: string[] = ['#!/bin/sh', 'set -e'];
  const c8ctl: string[] = ['#!/bin/sh', 'set -e'];
  for (const authorization of removals) {
    const comment = `# delete ${grantLabel(authorization)}`;
    curl.push(comment, deleteCurl(authorization, target.baseUrl, target.auth) ?? '# (no authorizationKey known)');
    c8ctl.push(comment, deleteC8ctl(authorization) ?? '# (no authorizationKey known)');
  }
  for (const draft of additions) {
    const command = curlCommand(draft, target.baseUrl, target.auth);
    curl.push(command);
    c8ctl.push(c8ctlCommand(draft) ?? `# c8ctl cannot create property-based grants; with curl:\n${command}`);
  }
  const items = additions.map((draft) => identityAsCodeYaml(draft).split('\n').slice(4).join('\n'));
  const yaml = [
    ...removals.map((authorization) => `# delete on the cluster (not seeded): ${grantLabel(authorization)}`),
    'camunda:',
    '  security:',
    '    initialization:',
    `      authorizations:${items.length === 0 ? ' []' : ''}`,
    ...items,
  ].join('\n');
  return { curl: curl.join('\n'), c8ctl: c8ctl.join('\n'), yaml };
}
