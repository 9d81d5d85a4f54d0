import { Select, SelectItem, TextInput } from '@carbon/react';
import { useId } from 'react';
import { type DirectorySnapshot, knownClients, type Subject } from '../../../../lib/authz/effective-permissions.ts';
import { subjectWithoutToken } from '../../../../lib/authz/subject-from-token.ts';
import type { ClusterSummary } from '../../../../lib/clusters/cluster-summary.ts';
import type { SimulatorPrincipalType } from '../../../../lib/authz/permission-gate-link.ts';

export const PRINCIPAL_TYPE_LABEL: Record<SimulatorPrincipalType, string> = {
  USER: 'User',
  CLIENT: 'Client',
  GROUP: 'Group',
  ROLE: 'Role',
  MAPPING_RULE: 'Mapping rule',
};

export function principalIds(snapshot: DirectorySnapshot, type: SimulatorPrincipalType): string[] {
  switch (type) {
    case 'USER':
      return snapshot.users.map((u) => u.username);
    case 'CLIENT':
      return knownClients(snapshot);
    case 'GROUP':
      return snapshot.groups.map((g) => g.groupId);
    case 'ROLE':
      return snapshot.roles.map((r) => r.roleId);
    case 'MAPPING_RULE':
      return snapshot.mappingRules.map((m) => m.mappingRuleId);
  }
}

/**
 * The owner to evaluate for a principal given without a token. On OIDC clusters the token it would
 * carry is assumed (its id in the naming claim) and the assumptions are listed; Basic callers carry
 * no claims, so mapping rules never apply to them and nothing needs assuming.
 */
export function simulatedSubject(
  owner: { type: SimulatorPrincipalType; id: string },
  cluster: ClusterSummary | undefined,
  snapshot: DirectorySnapshot,
): { subject: Subject; assumptions: string[] } {
  if (cluster?.auth === 'oidc') {
    const resolved = subjectWithoutToken(owner, cluster.oidc, snapshot);
    if (resolved.subject) return { subject: resolved.subject, assumptions: resolved.assumptions };
  }
  const subject: Subject =
    owner.type === 'USER' || owner.type === 'CLIENT' ? { ...owner, claims: {}, groupsFromToken: null } : owner;
  return { subject, assumptions: [] };
}

/** Who to simulate: a type and an id from the directory (type to search) or any id typed in. */
export function SimulatorPrincipal({
  snapshot,
  type,
  id,
  onChange,
}: {
  snapshot: DirectorySnapshot;
  type: SimulatorPrincipalType;
  id: string;
  onChange: (type: SimulatorPrincipalType, id: string) => void;
}) {
  const prefix = useId();
  const ids = principalIds(snapshot, type);
  return (
    <div className="diagnosis-row">
      <Select
        id={`${prefix}-type`}
        labelText="Principal type"
        value={type}
        onChange={(e) => onChange(e.target.value as SimulatorPrincipalType, '')}
      >
        {(Object.keys(PRINCIPAL_TYPE_LABEL) as SimulatorPrincipalType[]).map((t) => (
          <SelectItem key={t} value={t} text={PRINCIPAL_TYPE_LABEL[t]} />
        ))}
      </Select>
      <TextInput
        id={`${prefix}-id`}
        labelText={`${PRINCIPAL_TYPE_LABEL[type]} id`}
        helperText={ids.length > 0 ? `Type to search the ${ids.length} you can read, or type any id.` : 'Type the id.'}
        list={`${prefix}-ids`}
        autoComplete="off"
        value={id}
        onChange={(e) => onChange(type, e.target.value)}
      />
      <datalist id={`${prefix}-ids`}>
        {ids.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
    </div>
  );
}
