// "Why can anna but not kim?": the effective permissions of two principals side by side, what only
// one of them has, and for every permission where it comes from (direct, group, role, mapping rule).
import {
  type Capability,
  type CapabilityVerdict,
  CAPABILITIES,
  evaluateCapability,
} from '../../../lib/authz/capabilities.ts';
import type {
  DirectorySnapshot,
  EffectivePermissions,
  Provenance,
  Subject,
} from '../../../lib/authz/effective-permissions.ts';
import { type Authorization, type ClusterVersion, WILDCARD } from '../../../lib/authz/model.ts';
import { effectiveFor, indexDirectory, isPropertyBased, permissionTakesEffect } from './directory-index.ts';

export interface PermissionEntry {
  resourceType: string;
  permission: string;
  /** A resource id, `*`, or `@assignee` / `@candidateUsers` / `@candidateGroups` for property-based grants. */
  target: string;
  /** Every grant that gives it, with how the principal receives that grant. */
  sources: { authorization: Authorization; provenance: Provenance }[];
}

export interface CapabilityComparison {
  capabilityId: string;
  label: Capability['label'];
  a: CapabilityVerdict;
  b: CapabilityVerdict;
  differs: boolean;
}

export interface PrincipalSide {
  subject: Subject;
  effective: EffectivePermissions;
  permissions: PermissionEntry[];
}

export interface PrincipalComparison {
  version: ClusterVersion;
  a: PrincipalSide;
  b: PrincipalSide;
  /** Held by A and not covered by anything B holds (B's `*` on the same permission covers A's ids). */
  onlyA: PermissionEntry[];
  onlyB: PermissionEntry[];
  both: { a: PermissionEntry; b: PermissionEntry }[];
  capabilities: CapabilityComparison[];
}

function entryKey(resourceType: string, permission: string, target: string): string {
  return `${resourceType}\u0000${permission}\u0000${target}`;
}

function permissionsOf(effective: EffectivePermissions): PermissionEntry[] {
  const entries = new Map<string, PermissionEntry>();
  for (const { authorization, provenance } of effective.grants) {
    const target = isPropertyBased(authorization)
      ? `@${authorization.resourcePropertyName ?? ''}`
      : (authorization.resourceId ?? WILDCARD);
    for (const permission of authorization.permissionTypes) {
      if (!permissionTakesEffect(authorization, permission, effective.version)) continue;
      const key = entryKey(authorization.resourceType, permission, target);
      const entry = entries.get(key) ?? { resourceType: authorization.resourceType, permission, target, sources: [] };
      entry.sources.push({ authorization, provenance });
      entries.set(key, entry);
    }
  }
  return [...entries.values()].sort((x, y) =>
    entryKey(x.resourceType, x.permission, x.target).localeCompare(entryKey(y.resourceType, y.permission, y.target)),
  );
}

function side(
  snapshotIndex: ReturnType<typeof indexDirectory>,
  subject: Subject,
  version: ClusterVersion,
): PrincipalSide {
  const effective = effectiveFor(snapshotIndex, subject, version);
  return { subject, effective, permissions: permissionsOf(effective) };
}

function matchIn(entry: PermissionEntry, others: Map<string, PermissionEntry>): PermissionEntry | undefined {
  return (
    others.get(entryKey(entry.resourceType, entry.permission, entry.target)) ??
    others.get(entryKey(entry.resourceType, entry.permission, WILDCARD))
  );
}

export function comparePrincipals(
  snapshot: DirectorySnapshot,
  subjectA: Subject,
  subjectB: Subject,
  version: ClusterVersion,
): PrincipalComparison {
  const index = indexDirectory(snapshot);
  const a = side(index, subjectA, version);
  const b = side(index, subjectB, version);
  const mapOf = (entries: PermissionEntry[]) =>
    new Map(entries.map((e) => [entryKey(e.resourceType, e.permission, e.target), e]));
  const aMap = mapOf(a.permissions);
  const bMap = mapOf(b.permissions);
  const onlyA: PermissionEntry[] = [];
  const both: PrincipalComparison['both'] = [];
  for (const entry of a.permissions) {
    const other = matchIn(entry, bMap);
    if (other) both.push({ a: entry, b: other });
    else onlyA.push(entry);
  }
  const onlyB = b.permissions.filter((entry) => !matchIn(entry, aMap));
  const capabilities = CAPABILITIES.map((capability): CapabilityComparison => {
    const verdictA = evaluateCapability(capability, a.effective);
    const verdictB = evaluateCapability(capability, b.effective);
    return {
      capabilityId: capability.id,
      label: capability.label,
      a: verdictA,
      b: verdictB,
      differs: verdictA.verdict !== verdictB.verdict || verdictA.scope !== verdictB.scope,
    };
  });
  return { version, a, b, onlyA, onlyB, both, capabilities };
}
