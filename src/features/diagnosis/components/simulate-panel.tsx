import { Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { CAPABILITIES, evaluateCapability } from '../../../lib/authz/capabilities.ts';
import {
  computeEffectivePermissions,
  describeGrantTarget,
  type DirectorySnapshot,
  knownClients,
  type Subject,
} from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { BreakableName } from './breakable-name.tsx';
import { ProvenanceChip } from './provenance-chip.tsx';
import { VerdictTag } from './verdict-tag.tsx';

type SubjectType = Subject['type'];

const TYPE_LABEL: Record<SubjectType, string> = {
  USER: 'User',
  CLIENT: 'Client',
  GROUP: 'Group',
  ROLE: 'Role',
  MAPPING_RULE: 'Mapping rule',
};

function idsOf(snapshot: DirectorySnapshot, type: SubjectType): string[] {
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

/** "Simulate as": effective permissions of any owner, with provenance, from the authorization data. */
export function SimulatePanel({ snapshot, version }: { snapshot: DirectorySnapshot; version: ClusterVersion }) {
  const [type, setType] = useState<SubjectType>('USER');
  const ids = idsOf(snapshot, type);
  const [chosen, setChosen] = useState<string>('');
  const id = ids.includes(chosen) ? chosen : (ids[0] ?? '');
  // Cheap enough to compute per render: a few hundred grants at most.
  const effective = id ? computeEffectivePermissions(snapshot, { type, id }, version) : null;
  return (
    <div className="diagnosis-simulate" data-testid="simulate-panel">
      <div className="diagnosis-row">
        <Select
          id="simulate-type"
          labelText="Simulate as"
          value={type}
          onChange={(e) => {
            setType(e.target.value as SubjectType);
            setChosen('');
          }}
        >
          {(Object.keys(TYPE_LABEL) as SubjectType[]).map((t) => (
            <SelectItem key={t} value={t} text={TYPE_LABEL[t]} />
          ))}
        </Select>
        <Select id="simulate-id" labelText={TYPE_LABEL[type]} value={id} onChange={(e) => setChosen(e.target.value)}>
          {ids.map((value) => (
            <SelectItem key={value} value={value} text={value} />
          ))}
        </Select>
      </div>
      {!effective ? (
        <p className="diagnosis-muted">No {TYPE_LABEL[type].toLowerCase()} is visible to you.</p>
      ) : (
        <>
          {effective.warnings.map((warning) => (
            <p key={warning} className="diagnosis-muted">
              {warning}
            </p>
          ))}
          <h3>Effective grants</h3>
          {effective.grants.length === 0 ? (
            <p>None: every check is denied (there are no deny rules; nothing grants anything).</p>
          ) : (
            <table className="diagnosis-table" aria-label="Effective grants">
              <thead>
                <tr>
                  <th scope="col">Permissions</th>
                  <th scope="col">On</th>
                  <th scope="col">How</th>
                </tr>
              </thead>
              <tbody>
                {effective.grants.map((grant, index) => (
                  <tr key={`${grant.authorization.authorizationKey ?? index}-${grant.provenance.label}`}>
                    <td>
                      <code>
                        <BreakableName text={grant.authorization.permissionTypes.join(', ')} />
                      </code>
                    </td>
                    <td>
                      <code>{grant.authorization.resourceType}</code>{' '}
                      <CodeText text={describeGrantTarget(grant.authorization)} />
                    </td>
                    <td>
                      <ProvenanceChip provenance={grant.provenance} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            Tenants:{' '}
            {effective.tenants.length === 0
              ? 'none'
              : effective.tenants.map((t) => `${t.tenantId} (${t.provenance.label})`).join(', ')}
          </p>
          <details className="diagnosis-details">
            <summary>
              What {TYPE_LABEL[type].toLowerCase()} {id} may do ({CAPABILITIES.length} capabilities)
            </summary>
            <table className="diagnosis-table" aria-label="Simulated capabilities">
              <tbody>
                {CAPABILITIES.map((capability) => {
                  const result = evaluateCapability(capability, effective);
                  return (
                    <tr key={capability.id} data-capability={capability.id}>
                      <th scope="row">{capability.label}</th>
                      <td>
                        <VerdictTag verdict={result.verdict} scope={result.scope} />
                      </td>
                      <td>
                        <CodeText text={result.reason} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
